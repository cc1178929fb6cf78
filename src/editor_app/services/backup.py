"""Backups, restore and the store's health check.

Backups use SQLite's online backup API (consistent while others write), are
checked with ``PRAGMA integrity_check`` and written atomically. Restore
never destroys the current store: it is moved into ``recovery/`` first.
"""

from __future__ import annotations

import errno
import hashlib
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.domain import i18n
from editor_app.domain.errors import InvalidInput, ReadOnlyStore, StorageError, StorageFull
from editor_app.store import health
from editor_app.store.backup import backup_file, check_file

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy import Engine

    from editor_app.paths import Paths
    from editor_app.services.common import UowFactory

DAILY_PREFIX = "daily-"
KEEP_DAYS = 14
_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
_NOT_WRITABLE = (errno.EROFS, errno.EACCES, errno.EPERM)


@dataclass(frozen=True)
class Finding:
    area: str  # integrity, foreign keys, revisions, media, search index
    problem: str


def _utc_now() -> datetime:
    return datetime.now(UTC)


class BackupService:
    def __init__(self, paths: Paths, engine: Engine, uow: UowFactory,
                 clock: Callable[[], datetime] = _utc_now) -> None:
        self.paths = paths
        self.engine = engine
        self._uow = uow
        self._clock = clock  # injectable: the machine's clock can be years off

    def _db(self) -> Path:
        if self.paths.database_file is None:
            raise StorageError("Backups here cover the embedded SQLite store; back up a shared "
                               "PostgreSQL store with its own tools (pg_dump).")
        return self.paths.database_file

    def backup(self, target: Path | None = None) -> Path:
        stamp = self._clock().strftime("%Y%m%dT%H%M%SZ")
        target = Path(target) if target else self.paths.backups_dir / f"manual-{stamp}.sqlite3"
        db = self._db()
        try:
            return backup_file(db, target)
        except (OSError, sqlite3.Error) as exc:
            raise _backup_error(exc, target.parent) from exc

    def auto_backup(self, keep_days: int = KEEP_DAYS, today: date | None = None) -> Path | None:
        """Once a day: a checked backup; old daily backups rotated (see :func:`stale_dailies`)."""
        today = today or self._clock().date()
        target = self.paths.backups_dir / f"{DAILY_PREFIX}{today:%Y%m%d}.sqlite3"
        made = None
        if not target.exists():
            made = backup_file(self._db(), target)
        for old in stale_dailies(self.paths.backups_dir, today, keep_days):
            old.unlink(missing_ok=True)
        return made

    def check(self) -> list[Finding]:
        """Integrity, foreign keys, revision chains, media hashes, search index in step.

        Damage (integrity problems, or SQLite calling the file malformed while it is
        read) is reported as an "integrity" finding and marks the store damaged, so
        that other commands refuse it until a backup is restored.
        """
        from sqlalchemy.exc import DatabaseError

        try:
            findings = self._integrity()
            if not findings:
                findings = self._consistency()
        except (DatabaseError, sqlite3.DatabaseError) as exc:
            if not health.is_malformed(exc):
                raise
            findings = [Finding("integrity", str(getattr(exc, "orig", None) or exc)
                                .splitlines()[0])]
        if any(f.area == "integrity" for f in findings) and self.paths.database_file:
            health.mark_damaged(self.paths.database_file, findings[0].problem)
        return findings

    def _integrity(self) -> list[Finding]:
        findings: list[Finding] = []
        with self.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
                if rows != ["ok"]:
                    findings += [Finding("integrity", r) for r in rows[:20]]
        return findings

    def _consistency(self) -> list[Finding]:
        findings: list[Finding] = []
        with self.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                for r in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                    findings.append(Finding("foreign keys", f"{r[0]} row {r[1]} → {r[2]}"))
        with self._uow() as uow:
            for rid in uow.revisions.chain_problems():
                findings.append(Finding("revisions", f"revision {rid}: parent is missing or "
                                                     "belongs to another article"))
            for art_id in uow.articles.without_current_revision():
                findings.append(Finding("revisions", f"article {art_id}: its current "
                                                     "revision is missing"))
            for sha, data in uow.media.hashes_and_data():
                if hashlib.sha256(data).hexdigest() != sha:
                    findings.append(Finding("media", f"{sha}: content does not match "
                                                     "its hash"))
            for art_id, path in health.missing_export_files(uow.session):
                findings.append(Finding("exports", f"article {art_id}: its export record "
                                        f"names {path}, which does not exist; export it again"))
            missing, orphans = uow.search.out_of_step()
            if missing or orphans:
                findings.append(Finding("search index", f"{missing} articles not indexed, "
                                                        f"{orphans} index rows without article"))
        return findings


def _backup_error(exc: OSError | sqlite3.Error, where: Path) -> StorageError:
    """The store's usual one-line errors for a backup that could not be written."""
    text = str(exc).lower()
    code = exc.errno if isinstance(exc, OSError) else None
    if code in _FULL or "disk is full" in text or "file too large" in text:
        return StorageFull(i18n.tr("backup.full", where=where))
    if code in _NOT_WRITABLE or "readonly" in text or "read-only" in text:
        return ReadOnlyStore(i18n.tr("backup.read_only", where=where))
    error = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return StorageError(i18n.tr("backup.failed", where=where, error=error))


def stale_dailies(backups_dir: Path, today: date, keep: int) -> list[Path]:
    """Daily backups that may go: older than *keep* days AND beyond the *keep* newest good ones.

    Age alone trusts the clock: one start with the clock at 2036 once deleted every
    backup. So the *keep* newest sound backups dated up to *today* always stay, and a
    backup dated after *today* (a clock that ran ahead) is kept and never counted:
    it is no reason to delete older ones.
    """
    cutoff = today - timedelta(days=keep)
    dated: list[tuple[date, Path]] = []
    for path in backups_dir.glob(f"{DAILY_PREFIX}*.sqlite3"):
        try:
            day = datetime.strptime(path.stem.removeprefix(DAILY_PREFIX), "%Y%m%d").date()
        except ValueError:
            continue
        if day <= today:
            dated.append((day, path))
    if not any(day < cutoff for day, _ in dated):
        return []  # nothing old enough: no need to check any file
    dated.sort(reverse=True)
    good = 0
    stale = []
    for day, path in dated:
        if good < keep:
            good += check_file(path, quick=True) is None
        elif day < cutoff:
            stale.append(path)
    return stale


def restore_backup(paths: Paths, backup: Path) -> Path | None:
    """Put *backup* in place of the store (which must be closed); the old one goes aside.

    Returns where the previous store was moved (None when there was none).
    """
    db = paths.database_file
    if db is None:
        raise StorageError("Restore works on the embedded SQLite store; restore a shared "
                           "PostgreSQL store with its own tools (pg_restore, or psql for a "
                           "plain pg_dump file).")
    problem = check_file(Path(backup))
    if problem is not None:
        raise InvalidInput(f"{backup}: not a sound backup ({problem})")
    moved = health.move_aside(db, paths.recovery_dir) if db.exists() else None
    tmp = db.with_name(db.name + ".restoring")
    shutil.copyfile(backup, tmp)
    with tmp.open("rb+") as fh:
        import os

        os.fsync(fh.fileno())
    tmp.replace(db)
    health.clear_damage(db)  # a sound store is in place: commands may run again
    return moved


def start_empty(paths: Paths) -> Path | None:
    """The person's explicit choice to go on with an empty store after damage.

    A store still in place is moved to recovery/ first (never deleted); an empty file
    takes its place and the mark is cleared, so the next start sets up a new store.
    Returns where the old store went (None when it had already been moved aside).
    """
    db = paths.database_file
    if db is None:
        raise StorageError("Starting empty works on the embedded SQLite store.")
    moved = health.move_aside(db, paths.recovery_dir) if db.exists() else None
    db.parent.mkdir(parents=True, exist_ok=True)
    db.touch()  # an empty file is an empty SQLite store: the choice is recorded by it
    health.clear_damage(db)
    return moved
