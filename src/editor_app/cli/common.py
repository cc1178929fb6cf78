"""What every command group shares.

The parser class, ``--as``, JSON output, file input, the newsroom's clock and the
narrow view of an opened store a command gets.

Group modules import from here, never from the package (``editor_app.cli``): the
package imports the groups, so the other way round would be an import cycle.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any, NoReturn, Protocol

from editor_app.domain import i18n
from editor_app.domain.entities import to_jsonable
from editor_app.domain.errors import InvalidInput, NotFound, PermissionDenied
from editor_app.domain.text import nfc
from editor_app.render.dates import VIETNAM

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from datetime import datetime
    from pathlib import Path

    from sqlalchemy import Engine

    from editor_app.domain.entities import Person
    from editor_app.paths import Paths
    from editor_app.services import Services
    from editor_app.services.backup import BackupService

MAX_INPUT_FILE = 20 * 1024 * 1024
MAX_SEARCH_LIMIT = 1000


class UsageError(Exception):
    """The command was given something it cannot use: exit code 2."""


class Room(Protocol):
    """An opened store as a command sees it (``editor_app.app.Newsroom`` is one)."""

    paths: Paths
    engine: Engine
    services: Services
    read_only: bool
    backup: BackupService | None

    def close(self) -> None: ...


class Parser(argparse.ArgumentParser):
    """Usage errors: the usage line, one error line, exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def group(sub: Any, name: str, helptext: str) -> Any:
    """A command with sub-commands of its own (``user add``, ``category list``…)."""
    return sub.add_parser(name, help=helptext).add_subparsers(
        dest="sub", required=True, parser_class=Parser)


def acting(p: argparse.ArgumentParser) -> None:
    """``--as LOGIN``: who is acting (see :func:`actor`)."""
    p.add_argument("--as", dest="login", metavar="LOGIN",
                   help="who is acting (default: the person signed in with `editor-app login`)")


def actor(args: argparse.Namespace, room: Room) -> Person:
    """The person ``--as`` names; without it, the one signed in to the newsroom server.

    Signed in, the desktop acts only as that person: the server would refuse the
    changes of anyone else anyway, so another ``--as`` is refused here (exit 3).
    Not signed in, ``--as`` is required, as it always was.
    """
    signed = signed_in(room)
    if args.login is None:
        if signed is None:
            raise UsageError(i18n.tr("remote.as_needed"))
        try:
            return room.services.people.by_login(signed)
        except NotFound:  # signed in, but the first sync has not brought the people yet
            raise NotFound(i18n.tr("remote.sync_first", login=signed)) from None
    if signed is not None and nfc(args.login.strip().lower()) != signed:
        raise PermissionDenied(i18n.tr("remote.other_login", login=signed, other=args.login))
    return room.services.people.by_login(args.login)


def signed_in(room: Room) -> str | None:
    """The login signed in to the newsroom server from this data folder's own store.

    Another store named with ``--database`` is not the folder's working copy: its
    commands act as ``--as`` says, whoever is signed in on the folder.
    """
    from editor_app.paths import DB_FILE
    from editor_app.services.credentials import signed_in_login

    paths = room.paths
    if paths.database_file is None or paths.database_file != paths.data_dir / DB_FILE:
        return None
    return signed_in_login(paths)


def local(when: datetime) -> datetime:
    """A stored time on the newsroom's clock (UTC+7), as the window shows it."""
    return when.astimezone(VIETNAM)


def print_json(data: Any) -> None:
    print(json.dumps(to_jsonable(data), ensure_ascii=False, indent=2))


def output[T](items: Sequence[T], args: argparse.Namespace, line: Callable[[T], str]) -> int:
    """*items* as JSON (``--json``) or one *line* each; exit code 0."""
    if args.json:
        print_json(items)
    for item in [] if args.json else items:
        print(line(item))
    return 0


def read_text(path: Path) -> str:
    """A UTF-8 text file given on the command line, NFC, at most MAX_INPUT_FILE bytes."""
    try:
        if path.stat().st_size > MAX_INPUT_FILE:
            raise InvalidInput(f"{path}: larger than {MAX_INPUT_FILE // 1_000_000} MB")
        return nfc(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InvalidInput(f"{path}: not UTF-8 text") from None
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
