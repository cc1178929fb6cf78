"""A PostgreSQL server for the tests: the machine's, EDITOR_APP_TEST_PG_URL's, or our own.

Order: EDITOR_APP_TEST_PG_URL, then 127.0.0.1:5432 (user postgres, trust); when
neither answers, a throwaway cluster from Debian's ``postgresql`` package is
started in a temporary folder on a free port, as an unprivileged user
(PostgreSQL refuses to run as root), and removed at the end of the run.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy.engine import make_url

ENV_URL = "EDITOR_APP_TEST_PG_URL"
DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def _answers(url: str) -> bool:
    import psycopg

    u = make_url(url)
    try:
        with psycopg.connect(host=u.host, port=u.port or 5432, user=u.username,
                             password=u.password, dbname=u.database or "postgres",
                             connect_timeout=3):
            return True
    except psycopg.Error:
        return False


def _admin(url: str):
    import psycopg

    u = make_url(url)
    return psycopg.connect(host=u.host, port=u.port or 5432, user=u.username,
                           password=u.password, dbname=u.database or "postgres",
                           autocommit=True)


class Cluster:
    """A throwaway PostgreSQL cluster owned by an unprivileged user."""

    def __init__(self) -> None:
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(Path(p).parts[-3]))
        if not bins:
            raise RuntimeError("no PostgreSQL server here: install Debian's postgresql "
                               "package (make sysdeps)")
        self.bin = Path(bins[-1]).parent
        self.dir = Path(tempfile.mkdtemp(prefix="editor-app-pg-"))
        self.user = None
        if os.geteuid() == 0:
            self.user = "nobody"
            entry = pwd.getpwnam(self.user)
            os.chown(self.dir, entry.pw_uid, entry.pw_gid)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        data = self.dir / "data"
        self._run("initdb", "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8")
        self._run("pg_ctl", "-D", str(data), "-l", str(self.dir / "log"), "-w", "-o",
                  f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 "
                  "-c fsync=off -c synchronous_commit=off", "start")
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run([str(self.bin / tool), *args], check=True, capture_output=True,
                       user=self.user, cwd=self.dir, timeout=120)

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)


class TestDatabase:
    """One database per test run, with a unique name, dropped at the end."""

    def __init__(self, server_url: str) -> None:
        self.server_url = server_url
        self.name = f"editor_app_test_{os.getpid()}_{secrets.token_hex(3)}"
        with _admin(server_url) as conn:
            conn.execute(f'CREATE DATABASE "{self.name}" ENCODING \'UTF8\' TEMPLATE template0')
        self.url = make_url(server_url).set(database=self.name).render_as_string(
            hide_password=False)

    def drop(self) -> None:
        with _admin(self.server_url) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def server() -> tuple[str, Cluster | None]:
    """The URL of a PostgreSQL server to use, and the cluster we started (if any)."""
    url = os.environ.get(ENV_URL) or DEFAULT_URL
    if _answers(url):
        return url, None
    cluster = Cluster()
    return cluster.url, cluster
