"""The one place that wires paths → store → migrations → services (→ GUI)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy import Engine

    from editor_app.gui.application import Appearance
    from editor_app.gui.controller import Controller
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.settings import SettingsStore
    from editor_app.gui.tasks import Tasks
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


def run_gui(argv: list[str]) -> int:
    """Open the desktop app: paint a window first, then open the store behind it."""
    import argparse

    from editor_app.gui.application import Appearance, create_application
    from editor_app.gui.instance import SingleInstance
    from editor_app.gui.settings import SettingsStore
    from editor_app.paths import resolve

    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--database")
    parser.add_argument("--lang", choices=["vi", "en"])
    args, qt_args = parser.parse_known_args(argv)
    paths = resolve(args.data_dir, args.database)
    app = create_application(["editor-app", *qt_args])
    settings = SettingsStore(paths.config_dir)
    if args.lang:
        settings.preferences.language = args.lang
    appearance = Appearance(app)
    appearance.apply(settings.preferences)

    instance = SingleInstance(paths.lock_file)
    if not instance.acquire():
        import sys

        from PySide6.QtWidgets import QMessageBox

        message = app.translate(
            "Launch", "Editor App is already open on this newsroom (process %1). Its window "
            "has been brought forward.").replace("%1", str(instance.holder_pid()))
        print(f"editor-app: {message}", file=sys.stderr, flush=True)
        QMessageBox.information(None, "Editor App", message)
        return 0
    window, controller, tasks = build_window(settings, appearance, paths.data_dir / "cache")
    def bring_forward() -> None:
        window.showNormal()
        window.raise_()
        window.activateWindow()

    instance.activated.connect(bring_forward)
    from editor_app.gui import startup_probe

    if startup_probe.enabled():
        startup_probe.watch(window)
    window.show()
    holder: dict[str, Newsroom] = {}

    def opened(room: Newsroom) -> None:
        holder["room"] = room
        controller.attach(room.services, read_only=room.read_only)
        if startup_probe.enabled():
            startup_probe.usable(app)

    def failed(exc: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(window, "Editor App", app.translate(
            "Launch", "The newsroom store could not be opened:\n%1").replace("%1", str(exc)))
        window.close()

    tasks.read(lambda: open_newsroom(paths), opened, failed)
    code = app.exec()
    tasks.wait()
    if "room" in holder:
        holder["room"].close()
    instance.release()
    return int(code)


def build_window(
    settings: SettingsStore, appearance: Appearance, cache_dir: Path
) -> tuple[MainWindow, Controller, Tasks]:
    """The main window and its controller, wired, not yet shown (tests use this too)."""
    from editor_app.gui.controller import Controller
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.tasks import Tasks

    tasks = Tasks()
    prefs = settings.preferences
    window = MainWindow(tasks, prefs.shortcuts, prefs.preview_engine)
    window.registry.load_icons()
    state = settings.state
    if not state.geometry.isEmpty():
        window.restoreGeometry(state.geometry)
        window.restoreState(state.window_state)
        window.splitter.restoreState(state.splitter)
    controller = Controller(window, tasks, settings, appearance, cache_dir)
    return window, controller, tasks
