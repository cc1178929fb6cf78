"""Command-line front end over the services.

Exit codes: 0 done; 2 usage; 3 not permitted; 4 not found; 5 invalid state,
conflict or invalid input; 1 anything else. Errors are one line on stderr.

This package knows nothing of the desktop app and never imports ``editor_app.app``
or Qt: ``editor_app.__main__`` parses the command line here (:func:`parse`), starts
the window when no command is given, and otherwise hands :func:`run` the function
that opens a store (:class:`Store`).

Adding a command group
----------------------
Write a module in this package (``cli/sync.py``, say) with one function::

    from editor_app.cli.common import Room, acting, actor, group

    def add_parsers(sub) -> None:
        push = group(sub, "sync", "exchange articles with the server").add_parser(
            "push", help="send local changes")
        acting(push)                      # --as LOGIN, if someone acts
        push.set_defaults(func=run_push)  # func(args, room) -> exit code

    def run_push(args, room: Room) -> int:
        ...
        return 0

and add the module to :data:`GROUPS` below (the order there is the order of
``--help``). A command that must not open the store (it reads only files, or the
store may be broken) sets ``set_defaults(func=f, store=False)``; ``f(args)`` gets
the global options on *args* (``args.data_dir``, ``args.database``). Import shared
helpers from :mod:`editor_app.cli.common`, never from this package (that would be
an import cycle). Raise domain errors or :class:`~editor_app.cli.common.UsageError`:
:func:`run` turns them into one line on stderr and the exit code.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NoReturn

from editor_app.cli import (
    about,
    articles,
    bundles,
    categories,
    convert,
    demo,
    maintenance,
    people,
    portal,
    publishing,
    remote,
    server,
    workflow,
)
from editor_app.cli.common import Parser, Room, UsageError
from editor_app.domain import i18n
from editor_app.domain.errors import DomainError, StoreCorrupt

if TYPE_CHECKING:
    from collections.abc import Callable

    from editor_app.paths import Paths

# Each module's add_parsers(sub) adds its commands, in this order in --help.
GROUPS = (people, categories, articles, workflow, bundles, maintenance, about, demo,
          publishing, portal, server, convert, remote)


@dataclass(frozen=True)
class Store:
    """How commands reach a store; ``editor_app.__main__`` passes the app's own."""

    # open(paths, inspect_damaged=…) → an opened store (editor_app.app.open_newsroom)
    open: Callable[..., Room]
    # damage(paths, exc) → the StoreCorrupt to show when *exc* means a damaged store
    damage: Callable[[Paths, BaseException], Exception | None]


class _Version(argparse.Action):
    """``--version``: the metadata is read only when asked, not on every start."""

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> NoReturn:
        from editor_app.about import version

        print(f"editor-app {version()}")
        parser.exit(0)


def build_parser() -> argparse.ArgumentParser:
    p = Parser(prog="editor-app", description="Editor App: the newsroom from the command line. "
               "Without a command, the desktop app starts.")
    p.add_argument("--version", action=_Version, nargs=0, help="print the version and exit")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--data-dir", help="folder of the embedded store (EDITOR_APP_DATA_DIR)")
    where.add_argument("--database", help="SQLAlchemy URL of a shared store "
                       "(EDITOR_APP_DATABASE_URL)")
    p.add_argument("--lang", choices=["vi", "en"], help="language of messages")
    sub = p.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    for module in GROUPS:
        module.add_parsers(sub)
    return p


def parse(argv: list[str]) -> argparse.Namespace:
    """The command line, parsed once; ``command`` is None when none was given."""
    return build_parser().parse_args(argv)


def paths_of(args: argparse.Namespace) -> Paths:
    from editor_app.paths import resolve

    return resolve(args.data_dir, args.database)


def run(args: argparse.Namespace, store: Store) -> int:
    """Run the parsed command; the exit code (errors: one line on stderr)."""
    if args.lang:
        i18n.set_language(args.lang)
    before = getattr(args, "before", None)  # what must hold before a store is opened
    if before is not None and (code := before(args)) is not None:
        return int(code)
    if not getattr(args, "store", True):
        return _without_store(args)
    paths = paths_of(args)
    inspect = getattr(args, "inspect_damaged", False)
    room = None
    try:
        try:
            room = store.open(paths, inspect_damaged=inspect)
            return int(args.func(args, room))
        except Exception as exc:
            damage = store.damage(paths, exc)  # "malformed": mark it, say so, hint
            if damage is None:
                raise
            if inspect:
                return maintenance.report_damage(damage, paths)
            raise damage from exc
    except BrokenPipeError:
        return _reader_left()
    except StoreCorrupt as exc:
        print(f"editor-app: {exc}{maintenance.restore_hint(exc.backup)}", file=sys.stderr)
        return 1
    except (DomainError, UsageError) as exc:
        return _refused(exc)
    except Exception as exc:
        what = "cannot open the store" if room is None else "unexpected error"
        print(f"editor-app: {what}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        if room is not None:
            room.close()


def _without_store(args: argparse.Namespace) -> int:
    """A command that reads only files (or the store's files, maybe broken ones)."""
    try:
        return int(args.func(args))
    except BrokenPipeError:
        return _reader_left()
    except (DomainError, UsageError) as exc:
        return _refused(exc)


def _refused(exc: DomainError | UsageError) -> int:
    print(f"editor-app: {exc}", file=sys.stderr)
    return exc.exit_code if isinstance(exc, DomainError) else 2


def _reader_left() -> int:
    """The reader closed the pipe (``| head``): stop quietly, as any Unix tool does.

    stdout is pointed at /dev/null so the interpreter's last flush cannot fail again.
    """
    import contextlib
    import os

    with contextlib.suppress(OSError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
