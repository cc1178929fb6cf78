"""Engine creation with the SQLite settings the newsroom relies on.

WAL lets readers work while the one writer commits; ``synchronous=FULL``
makes a commit we report as saved survive power loss; writers start with
``BEGIN IMMEDIATE`` so two writers queue on ``busy_timeout`` instead of
failing halfway through with "database is locked".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

if TYPE_CHECKING:
    from pathlib import Path

BUSY_TIMEOUT_MS = 30_000
WRITE_OPTION = "editor_app_write"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_url(path: Path, *, read_only: bool = False) -> str:
    if read_only:
        return f"sqlite:///file:{path}?mode=ro&uri=true"
    return f"sqlite:///{path}"


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """Create the engine for *url*; SQLite gets its pragmas and BEGIN control."""
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True)
    # NullPool: a connection per unit of work. Cheap for SQLite, and a pooled
    # connection never outlives a kill or crosses threads.
    engine = create_engine(
        url, poolclass=NullPool, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}
    )

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

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write and not read_only else "BEGIN")

    return engine
