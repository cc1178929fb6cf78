"""Backups, restore and the store's health check.

Backups use SQLite's online backup API (consistent while others write), are
checked with ``PRAGMA integrity_check`` and written atomically. Restore
never destroys the current store: it is moved into ``recovery/`` first.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.domain.errors import InvalidInput, StorageError
from editor_app.store import health
from editor_app.store.backup import backup_file, check_file

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from editor_app.paths import Paths
    from editor_app.services.common import UowFactory

DAILY_PREFIX = "daily-"
KEEP_DAYS = 14


@dataclass(frozen=True)
class Finding:
    area: str  # integrity, foreign keys, revisions, media, search index
    problem: str


class BackupService:
    def __init__(self, paths: Paths, engine: Engine, uow: UowFactory) -> None:
        self.paths = paths
        self.engine = engine
        self._uow = uow

    def _db(self) -> Path:
        if self.paths.database_file is None:
            raise StorageError("Backups here cover the embedded SQLite store; back up a shared "
                               "PostgreSQL store with its own tools (pg_dump).")
        return self.paths.database_file

    def backup(self, target: Path | None = None) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = Path(target) if target else self.paths.backups_dir / f"manual-{stamp}.sqlite3"
        return backup_file(self._db(), target)

    def auto_backup(self, keep_days: int = KEEP_DAYS, today: date | None = None) -> Path | None:
        """Once a day: a checked backup, and daily backups older than *keep_days* removed."""
        today = today or datetime.now(UTC).date()
        target = self.paths.backups_dir / f"{DAILY_PREFIX}{today:%Y%m%d}.sqlite3"
        made = None
        if not target.exists():
            made = backup_file(self._db(), target)
        cutoff = today - timedelta(days=keep_days)
        for old in self.paths.backups_dir.glob(f"{DAILY_PREFIX}*.sqlite3"):
            try:
                day = datetime.strptime(old.stem.removeprefix(DAILY_PREFIX), "%Y%m%d").date()
            except ValueError:
                continue
            if day < cutoff:
                old.unlink(missing_ok=True)
        return made

    def check(self) -> list[Finding]:
        """Integrity, foreign keys, revision chains, media hashes, search index in step."""
        findings: list[Finding] = []
        with self.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
                if rows != ["ok"]:
                    findings += [Finding("integrity", r) for r in rows[:20]]
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
            missing, orphans = uow.search.out_of_step()
            if missing or orphans:
                findings.append(Finding("search index", f"{missing} articles not indexed, "
                                                        f"{orphans} index rows without article"))
        return findings

    def rebuild_search(self) -> int:
        with self._uow(write=True) as uow:
            n = uow.search.rebuild()
            uow.commit()
            return n


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
    return moved
