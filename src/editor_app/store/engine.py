"""Engine creation with the settings the newsroom relies on, for SQLite and PostgreSQL.

SQLite: WAL lets readers work while the one writer commits; ``synchronous=FULL``
makes a commit we report as saved survive power loss; writers start with
``BEGIN IMMEDIATE`` so two writers queue on ``busy_timeout`` instead of
failing halfway through with "database is locked".

PostgreSQL: a writing unit of work first takes one transaction-scoped advisory
lock, so writers queue exactly as they do on SQLite. The services were written
for "read, check, write" under one writer at a time (two editors approving at
once: the second sees the article already approved and is refused); the lock
keeps that true on a shared server without a retry loop in every service.
Newsroom writes are a few milliseconds each, so one queue costs nothing
a person notices.

Neither engine puts bound parameters in log lines or error messages
(``hide_parameters``): a password hash must never reach a log or a terminal.
"""

from __future__ import annotations

import sqlite3
import threading
import weakref
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

if TYPE_CHECKING:
    from pathlib import Path

BUSY_TIMEOUT_MS = 30_000
WRITE_OPTION = "editor_app_write"
# Any fixed 64-bit number: the key of the one writer lock on a PostgreSQL store.
PG_WRITER_LOCK = 0x45_44_49_54_4F_52  # "EDITOR"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_url(path: Path, *, read_only: bool = False) -> str:
    if read_only:
        return f"sqlite:///file:{path}?mode=ro&uri=true"
    return f"sqlite:///{path}"


def normalize_url(url: str) -> str:
    """``postgresql://…`` means psycopg 3 here (SQLAlchemy's default would be psycopg2)."""
    u = make_url(url)
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    return u.render_as_string(hide_password=False)


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """Create the engine for *url*; SQLite gets its pragmas and BEGIN control."""
    if not is_sqlite(url):
        return _server_engine(normalize_url(url))
    # NullPool: a connection per unit of work. Cheap for SQLite, and a pooled
    # connection never outlives a kill or crosses threads.
    engine = create_engine(
        url, poolclass=NullPool, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
        hide_parameters=True,
    )

    keeper = _WalKeeper(make_url(url).database, engine) if not read_only else None

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take BEGIN out of pysqlite's hands so we can choose IMMEDIATE.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
        cur.close()
        if keeper is not None:
            keeper.open()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write and not read_only else "BEGIN")

    return engine


class _WalKeeper:
    """One idle connection held open for the engine's life, so the WAL stays.

    With a connection per unit of work, each close was the store's last: SQLite then
    checkpoints the WAL into the database and deletes it, and the next write creates it
    again, five fsyncs a save where one makes it durable (a create: 20 ms of a 45 ms
    save on a loaded disk). Held open, the WAL is checkpointed as SQLite does anyway
    (every 1,000 pages) and when the engine is disposed: the last close. It never holds
    a transaction, so it blocks no one; every commit still waits for its fsync
    (synchronous=FULL), so nothing acknowledged is lost to a kill or a power cut.
    """

    def __init__(self, database: str | None, engine: Engine) -> None:
        self._database = database if database and database != ":memory:" else None
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        event.listen(engine, "engine_disposed", lambda _engine: self.close())
        weakref.finalize(engine, self.close)

    def open(self) -> None:
        if self._database is None or self._conn is not None:
            return
        with self._lock:
            if self._conn is None:
                conn = sqlite3.connect(self._database, timeout=BUSY_TIMEOUT_MS / 1000,
                                       check_same_thread=False, isolation_level=None)
                # Reading the schema opens the WAL and its index: that is what is kept.
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                self._conn = conn

    def close(self) -> None:
        with self._lock:
            conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()


def _server_engine(url: str) -> Engine:
    if make_url(url).drivername == "postgresql+psycopg":
        _require_psycopg()
    engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
    if engine.dialect.name != "postgresql":
        return engine

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get(WRITE_OPTION, False):
            # Waiting longer than SQLite's busy_timeout becomes "store busy", not a hang.
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = {BUSY_TIMEOUT_MS}")
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITER_LOCK})")

    return engine


def _require_psycopg() -> None:
    """The psycopg driver comes with the server extra (a reporter's install stays lean): say so."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        from editor_app.domain import i18n
        from editor_app.domain.errors import StorageError

        raise StorageError(i18n.tr("store.no_driver")) from None
