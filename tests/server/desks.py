"""Desktops for the server tests: a data folder each, driven through the command line.

:class:`Desk` runs commands in this process (quick: setting a scene) or as a real
child process (``python -m editor_app --data-dir D sync --json``), which a test may
kill or run under a shifted clock. Tokens are kept in files (``EDITOR_APP_KEYRING=0``,
set by the ``desk`` fixture): the test machine's keyring is none of a test's business.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import socket
import subprocess
import sys
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from editor_app.__main__ import main
from editor_app.paths import DB_FILE
from editor_app.store.models import OutboxRow
from tests.server.conftest import PASSWORD

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

# A cold start of the CLI on a busy 2-core machine: generous, never a timing assertion.
PROCESS_TIMEOUT = 300


def cli(capsys, monkeypatch, data, *argv, stdin: str = ""):
    """Run one command on the desktop *data*; (exit code, stdout, stderr)."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    capsys.readouterr()
    code = main(["--lang", "en", "--data-dir", str(data), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Desk:
    """A desktop's data folder, connected to *url* and signed in as *login*."""

    def __init__(self, tmp_path, name, template, capsys, monkeypatch) -> None:
        self.data = tmp_path / name
        self.data.mkdir()
        shutil.copyfile(template, self.data / DB_FILE)
        self._capsys, self._mp = capsys, monkeypatch

    @property
    def db(self) -> Path:
        return self.data / DB_FILE

    def run(self, *argv, stdin: str = ""):
        return cli(self._capsys, self._mp, self.data, *argv, stdin=stdin)

    def connect(self, url: str, login: str, password: str = PASSWORD) -> None:
        assert self.run("remote", "set", url)[0] == 0
        self.login(login, password)

    def login(self, login: str, password: str = PASSWORD) -> None:
        code, out, err = self.run("login", login, "--password-stdin", "--device", "test",
                                  stdin=password + "\n")
        assert code == 0, err
        assert f"as {login}" in out

    def sync(self, *argv):
        return self.run("sync", *argv)

    # -- as a child process -------------------------------------------------------------
    def command(self, *argv: str) -> list[str]:
        return [sys.executable, "-m", "editor_app", "--lang", "en", "--data-dir",
                str(self.data), *argv]

    def start(self, *argv: str, prefix: Sequence[str] = (),
              env: dict[str, str] | None = None) -> subprocess.Popen[str]:
        """``editor-app ARGV`` as its own process (*prefix*: e.g. ``faketime -f +1d``)."""
        return subprocess.Popen([*prefix, *self.command(*argv)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
                                encoding="utf-8", env={**os.environ, **(env or {})})

    def sync_process(self, prefix: Sequence[str] = (),
                     env: dict[str, str] | None = None) -> tuple[int, dict[str, Any], str]:
        """``sync --json`` in a process of its own: (exit code, its JSON report, stderr)."""
        proc = self.start("sync", "--json", prefix=prefix, env=env)
        out, err = proc.communicate(timeout=PROCESS_TIMEOUT)
        try:
            report = json.loads(out)
        except ValueError:
            raise AssertionError(f"not JSON (exit {proc.returncode}): {out!r}\n{err}") from None
        return proc.returncode, report, err

    # -- what the desktop's store holds -------------------------------------------------
    def outbox(self, state: str | None = None) -> int:
        from editor_app.app import open_newsroom
        from editor_app.paths import resolve

        room = open_newsroom(resolve(self.data))
        try:
            with room.engine.connect() as conn:
                q = select(func.count()).select_from(OutboxRow)
                if state is not None:
                    q = q.where(OutboxRow.state == state)
                return conn.execute(q).scalar_one()
        finally:
            room.close()

    def pending(self) -> int:
        return self.outbox("pending")
