"""Consistent copies of the SQLite store through SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from editor_app.atomic import atomic_path

if TYPE_CHECKING:
    from pathlib import Path


def backup_file(source: Path, target: Path) -> Path:
    """Copy *source* to *target* while others may be writing; checked, atomic."""
    with atomic_path(target) as tmp:
        src = _open_source(source)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
            problem = integrity_problem(dst)
            if problem:
                raise sqlite3.DatabaseError(f"backup of {source} failed its check: {problem}")
        finally:
            dst.close()
            src.close()
    return target


def _open_source(source: Path) -> sqlite3.Connection:
    """A read-only connection to *source*, immutable on read-only media.

    There no -shm file can be made, and nobody can be writing: the app reads such a
    store the same way.
    """
    con = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return con
    except sqlite3.OperationalError:
        con.close()
        return sqlite3.connect(f"file:{source}?mode=ro&immutable=1", uri=True)


def integrity_problem(conn: sqlite3.Connection, *, quick: bool = False) -> str | None:
    pragma = "quick_check" if quick else "integrity_check"  # quick: no index cross-check
    rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    return None if rows == ["ok"] else "; ".join(rows[:5])


def check_file(path: Path, *, quick: bool = False) -> str | None:
    """None if *path* is a sound SQLite database, else what is wrong with it."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return integrity_problem(conn, quick=quick)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
