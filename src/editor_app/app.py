"""The one place that wires paths → store → migrations → services (→ GUI)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from editor_app.paths import Paths
    from editor_app.render.guard import RenderGuard
    from editor_app.services import Services


@dataclass
class Newsroom:
    """An opened store and the services over it."""

    paths: Paths
    engine: Engine
    services: Services
    read_only: bool = False
    _guard: RenderGuard | None = field(default=None, repr=False)

    def render_guard(self) -> RenderGuard:
        """The Markdown worker process, started on first use (not at start-up)."""
        if self._guard is None:
            from editor_app.render.guard import RenderGuard

            self._guard = RenderGuard()
        return self._guard

    def close(self) -> None:
        if self._guard is not None:
            self._guard.close()
        self.engine.dispose()


def open_newsroom(paths: Paths, *, read_only: bool = False) -> Newsroom:
    """Open (creating or upgrading) the store at *paths* and build the services."""
    from editor_app.services import Services
    from editor_app.store import schema
    from editor_app.store.engine import make_engine, sqlite_url
    from editor_app.store.uow import UnitOfWorkFactory

    paths.data_dir.mkdir(parents=True, exist_ok=True)
    url = paths.database_url
    if read_only and paths.database_file is not None:
        url = sqlite_url(paths.database_file, read_only=True)
    engine = make_engine(url, read_only=read_only)
    if not read_only:
        schema.upgrade(engine, before=lambda current: _backup_before_migration(paths, current))
    room = Newsroom(paths, engine, None, read_only)  # type: ignore[arg-type]
    room.services = Services.build(UnitOfWorkFactory(engine), room.render_guard)
    return room


def _backup_before_migration(paths: Paths, current: str | None) -> None:
    """A store that already holds data is copied before its schema changes."""
    db = paths.database_file
    if current is None or db is None or not db.exists():
        return
    from editor_app.store.backup import backup_file

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup_file(db, paths.backups_dir / f"before-migration-{current}-{stamp}.sqlite3")
