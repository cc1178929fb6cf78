"""Is the store file a sound, writable SQLite database? Checks that run before opening it."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.store.backup import check_file

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm")


def file_problem(db: Path) -> str | None:
    """A quick look at start-up: header and schema readable. None when it looks sound."""
    try:
        size = db.stat().st_size
        if size == 0:
            return None  # SQLite treats an empty file as an empty database
        with db.open("rb") as fh:
            if fh.read(16) != HEADER:
                return "not a SQLite database (bad header)"
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            con.execute("PRAGMA schema_version").fetchone()
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.OperationalError:
        # Locked, disk I/O, file too large, cannot open: a condition, not damage.
        # Moving a healthy store aside for it would be far worse than failing to open.
        return None
    except sqlite3.DatabaseError as exc:  # "file is not a database", "malformed"
        return str(exc)
    except OSError as exc:
        return f"cannot read: {exc}"
    return None


def writable(db: Path) -> bool:
    """Whether we can take the write lock (os.access says yes to root on read-only files)."""
    try:
        con = sqlite3.connect(db, timeout=5, isolation_level=None)
        try:
            con.execute("BEGIN IMMEDIATE")
            con.execute("ROLLBACK")
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        return "locked" in text or "busy" in text  # busy: writable, someone else is writing
    return True


def move_aside(db: Path, recovery_dir: Path) -> Path:
    """Move a damaged store (and its WAL files) into recovery/, never overwriting anything."""
    recovery_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = recovery_dir / f"{db.name}.{stamp}.damaged"
    n = 2
    while target.exists():
        target = recovery_dir / f"{db.name}.{stamp}-{n}.damaged"
        n += 1
    shutil.move(str(db), target)
    for suffix in SIDE_FILES:
        side = db.with_name(db.name + suffix)
        if side.exists():
            shutil.move(str(side), target.with_name(target.name + suffix))
    return target


def newest_good_backup(backups_dir: Path) -> Path | None:
    if not backups_dir.is_dir():
        return None
    for candidate in sorted(backups_dir.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime,
                            reverse=True):
        if check_file(candidate) is None:
            return candidate
    return None


def missing_export_files(session: Session) -> list[tuple[str, str]]:
    """(article id, path) of each article's newest export record whose file is gone.

    A record that claims a bundle which does not exist (a kill between record and
    rename in older versions, or a file deleted by hand) means the portal may lack it.
    """
    from sqlalchemy import select

    from editor_app.store.models import ExportRecordRow

    newest: dict[str, str] = {}
    rows = session.execute(select(ExportRecordRow.article_id, ExportRecordRow.path)
                           .order_by(ExportRecordRow.at))
    for article_id, path in rows:
        newest[article_id] = path
    return [(a, p) for a, p in newest.items() if not Path(p).is_file()]


# A store found damaged is marked, so that no later command works on it (or, once it
# was moved aside, silently starts an empty one in its place) until a person restores a
# backup or chooses to start empty. The mark is a small JSON file beside the store.
MARK_SUFFIX = ".damaged.json"
MALFORMED = ("malformed", "file is not a database", "not a database", "disk image")


def damage_mark(db: Path) -> Path:
    return db.with_name(db.name + MARK_SUFFIX)


def mark_damaged(db: Path, problem: str, moved_to: Path | None = None) -> None:
    """Leave the mark (atomically); the first problem found is the one kept."""
    import json

    from editor_app.atomic import write_text

    mark = damage_mark(db)
    if mark.exists():
        return
    note = {"problem": problem, "found": datetime.now(UTC).isoformat(timespec="seconds"),
            "moved_to": str(moved_to) if moved_to else ""}
    write_text(mark, json.dumps(note, ensure_ascii=False, indent=2) + "\n")


def known_damage(db: Path, recovery_dir: Path) -> str | None:
    """What is known to be wrong with the store at *db*, or None.

    Known: the mark; or no store at all while recovery/ holds a damaged one moved
    aside (by a version before the mark): starting empty then must be a choice.
    """
    import json

    mark = damage_mark(db)
    if mark.exists():
        try:
            note = json.loads(mark.read_text("utf-8"))
            return str(note.get("problem") or "damaged")
        except (OSError, ValueError, AttributeError):
            return "damaged"
    if not db.exists() and recovery_dir.is_dir() \
            and any(recovery_dir.glob(f"{db.name}.*.damaged")):
        return f"moved aside into {recovery_dir}"
    return None


def clear_damage(db: Path) -> None:
    damage_mark(db).unlink(missing_ok=True)


def is_malformed(exc: BaseException) -> bool:
    """Whether a database error means damage (not a lock, a full disk or a bad query)."""
    text = str(exc).lower()
    return any(m in text for m in MALFORMED)
