"""The one place that wires paths → store → migrations → services (→ GUI)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy import Engine

    from editor_app.gui.application import Appearance
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.wiring import WindowParts
    from editor_app.gui.settings import SettingsStore
    from editor_app.gui.tasks import Tasks
    from editor_app.paths import Paths
    from editor_app.render.guard import RenderGuard
    from editor_app.services import Services
    from editor_app.services.backup import BackupService
    from editor_app.store.uow import UnitOfWorkFactory


@dataclass
class Newsroom:
    """An opened store and the services over it."""

    paths: Paths
    engine: Engine
    services: Services
    read_only: bool = False
    _guard: RenderGuard | None = field(default=None, repr=False)
    backup: BackupService | None = None
    uow: UnitOfWorkFactory | None = None  # what the services use (sync runs over it too)

    def render_guard(self) -> RenderGuard:
        """The Markdown worker process, started on first use (not at start-up)."""
        if self._guard is None:
            from editor_app.render.guard import RenderGuard

            self._guard = RenderGuard()
        return self._guard

    def close(self) -> None:
        if self._guard is not None:
            self._guard.close()
        self._index_caught_up()
        self.engine.dispose()

    def _index_caught_up(self) -> None:
        """Leave the search index current (saves defer it to the next search).

        Not required: whoever searches next catches up, so a busy, full or damaged
        store is closed as it is (the articles wait in index_pending).
        """
        from contextlib import suppress

        from sqlalchemy.exc import SQLAlchemyError

        from editor_app.domain.errors import StorageError
        from editor_app.services.common import index_caught_up

        if self.uow is None or self.read_only:
            return
        with suppress(StorageError, SQLAlchemyError):
            index_caught_up(self.uow)


def open_newsroom(paths: Paths, *, read_only: bool = False,
                  inspect_damaged: bool = False) -> Newsroom:
    """Open (creating or upgrading) the store at *paths* and build the services.

    A store known to be damaged is refused (StoreCorrupt), and so is a missing
    store whose damaged predecessor was moved aside: starting empty is a choice
    (:func:`editor_app.services.backup.start_empty`). *inspect_damaged*: open a
    marked store that is still in place anyway, for ``check``.
    """
    from editor_app.services import Services
    from editor_app.services.backup import BackupService
    from editor_app.store import schema
    from editor_app.store.engine import make_engine, sqlite_url
    from editor_app.store.uow import UnitOfWorkFactory

    paths.data_dir.mkdir(parents=True, exist_ok=True)
    db = paths.database_file
    if db is not None:
        _refuse_damaged(paths, db, inspect=inspect_damaged)
    if db is not None and db.exists():
        from editor_app.store import health

        if not read_only and not health.writable(db):
            read_only = True  # read-only media or permissions: open, but say so
    url = paths.database_url
    if read_only and db is not None:
        url = sqlite_url(db, read_only=True)
    engine = make_engine(url, read_only=read_only)
    if read_only:
        engine = _readable_engine(engine, db)
        if schema.current_revision(engine) != schema.HEAD:
            from editor_app.domain.errors import ReadOnlyStore

            raise ReadOnlyStore("The store is read-only and needs a schema upgrade first.")
    else:
        schema.upgrade(engine, before=lambda current: _backup_before_migration(paths, current))
    uow = UnitOfWorkFactory(engine, read_only=read_only)
    room = Newsroom(paths, engine, None, read_only)  # type: ignore[arg-type]
    room.services = Services.build(uow, room.render_guard, config_dir=paths.config_dir)
    room.backup = BackupService(paths, engine, uow)
    room.uow = uow
    return room


def _refuse_damaged(paths: Paths, db: Path, *, inspect: bool = False) -> None:
    from editor_app.domain import i18n
    from editor_app.domain.errors import StoreCorrupt
    from editor_app.store import health

    known = health.known_damage(db, paths.recovery_dir)
    if known is not None and not (inspect and db.exists()):
        good = health.newest_good_backup(paths.backups_dir)
        raise StoreCorrupt(i18n.tr("store.known_damage", path=db, problem=known),
                           backup=str(good) if good else "")
    if not db.exists():
        return
    problem = health.file_problem(db)
    if problem is None:
        return
    moved = health.move_aside(db, paths.recovery_dir)
    health.mark_damaged(db, problem, moved)
    good = health.newest_good_backup(paths.backups_dir)
    raise StoreCorrupt(i18n.tr("corrupt", path=db, problem=problem, moved=moved),
                       moved_to=str(moved), backup=str(good) if good else "")


def report_damage(paths: Paths, exc: BaseException) -> Exception | None:
    """A database error that means damage: mark the store, return the StoreCorrupt to show.

    None when *exc* is some other failure (a lock, a full disk, a bug).
    """
    from editor_app.domain.errors import StoreCorrupt
    from editor_app.store import health

    db = paths.database_file
    if db is None or not db.exists() or not health.is_malformed(exc):
        return None
    health.mark_damaged(db, _problem(exc))
    good = health.newest_good_backup(paths.backups_dir)
    from editor_app.domain import i18n

    return StoreCorrupt(i18n.tr("store.known_damage", path=db, problem=_problem(exc)),
                        backup=str(good) if good else "")


def _problem(exc: BaseException) -> str:
    """SQLite's own words, without SQLAlchemy's statement and link."""
    return str(getattr(exc, "orig", None) or exc).splitlines()[0]


def _readable_engine(engine: Engine, db: Path | None) -> Engine:
    """mode=ro needs the WAL index; on read-only media fall back to immutable=1."""
    from sqlalchemy.exc import OperationalError

    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        return engine
    except OperationalError:
        if db is None:
            raise
        from editor_app.store.engine import make_engine

        engine.dispose()
        return make_engine(f"sqlite:///file:{db}?mode=ro&immutable=1&uri=true", read_only=True)


def _backup_before_migration(paths: Paths, current: str | None) -> None:
    """A store that already holds data is copied before its schema changes."""
    db = paths.database_file
    if current is None or db is None or not db.exists():
        return
    from editor_app.store.backup import backup_file

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup_file(db, paths.backups_dir / f"before-migration-{current}-{stamp}.sqlite3")


def run_gui(paths: Paths, lang: str | None = None) -> int:
    """Open the desktop app: paint a window first, then open the store behind it.

    *paths* and *lang* come from the command line, parsed once in ``__main__``.
    """
    from pathlib import Path

    from editor_app.gui.application import Appearance, create_application
    from editor_app.gui.errors import setup_logging
    from editor_app.gui.instance import SingleInstance
    from editor_app.gui.settings import SettingsStore

    log_file = setup_logging(paths.log_file)
    import logging

    # The file, or only the URL's scheme: a server URL may carry a password.
    store = paths.database_file or paths.database_url.split(":", 1)[0] + " server"
    logging.getLogger(__name__).info("starting: store %s, log %s", store, log_file)
    app = create_application(["editor-app"])
    settings = SettingsStore(paths.config_dir)
    if lang:
        settings.preferences.language = lang
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
    # The bare window paints first; the store opens on a worker while the rest is built.
    from editor_app.gui.tasks import Tasks

    tasks = Tasks()
    window = main_window(settings, tasks)
    from editor_app.gui import startup_probe

    if startup_probe.enabled():
        startup_probe.watch(window)
    window.show()
    app.processEvents()  # the first paint happens here, before anything heavy starts
    holder: dict[str, Newsroom] = {}
    if startup_probe.enabled():
        # Usable = signed in and the first page of the list shown (both off the UI thread).
        model = window.list_panel.model

        def first_page() -> None:
            model.page_loaded.disconnect(first_page)
            startup_probe.usable(app, window)

        model.page_loaded.connect(first_page)

    def opened(room: Newsroom) -> None:
        holder["room"] = room
        parts.attach(room.services, read_only=room.read_only)
        if room.uow is not None and not room.read_only:
            uow, list_model = room.uow, window.list_panel.model

            # The server's side (its modules, the outbox count) waits for the list's first
            # page: on the worker beside sign-in and the list it delayed both. Nothing
            # syncs before someone is signed in, and the list loads right after that.
            def sync_after_list() -> None:
                list_model.page_loaded.disconnect(sync_after_list)
                parts.sync.attach(room.paths, uow)

            list_model.page_loaded.connect(sync_after_list)
        backup = room.backup
        if not startup_probe.enabled() and not room.read_only and backup is not None \
                and paths.database_file:
            tasks.read(backup.auto_backup)  # once a day, checked, off the UI thread

    def failed(exc: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        from editor_app.domain.errors import StoreCorrupt

        if isinstance(exc, StoreCorrupt) and exc.backup:
            answer = QMessageBox.question(window, "Editor App", app.translate(
                "Launch", "%1\n\nRestore the newest good backup (%2)?")
                .replace("%1", str(exc)).replace("%2", exc.backup))
            if answer == QMessageBox.StandardButton.Yes:
                from editor_app.services.backup import restore_backup

                restore_backup(paths, Path(exc.backup))
                tasks.read(lambda: open_newsroom(paths), opened, failed)
                return
        import logging

        if not isinstance(exc, StoreCorrupt):
            logging.getLogger(__name__).error("the store could not be opened: %r", exc)
        QMessageBox.critical(window, "Editor App", app.translate(
            "Launch", "The newsroom store could not be opened:\n%1").replace("%1", str(exc)))
        window.close()

    # Started before the window's parts are built: SQLAlchemy's import and the schema
    # check overlap the building. Its answer waits in the event queue until app.exec(),
    # when *parts* exists.
    tasks.read(lambda: open_newsroom(paths), opened, failed)
    parts = window_parts(window, tasks, settings, appearance, paths.data_dir / "cache",
                         log_file)
    parts.errors.install()  # an exception nobody caught: logged, and a dialog says so

    def bring_forward() -> None:
        window.showNormal()
        window.raise_()
        window.activateWindow()

    instance.activated.connect(bring_forward)
    window.registry.load_icons()  # while the store opens on its thread
    window.toolbar.show()
    code = app.exec()
    tasks.wait(sync=True)
    if "room" in holder:
        holder["room"].close()
    instance.release()
    # Everything is saved and closed. Qt WebEngine can crash while Python finalizes
    # the application objects (seen here about one exit in four); skip finalization.
    import os
    import sys

    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(int(code))


def remember_device(paths: Paths, login: str) -> None:
    """Make the desktop app on *paths* stay signed in as *login*, as ticking the box does.

    For scripts that start the window signed in: benchmarks, tests, a kiosk set-up.
    """
    from editor_app.gui.settings import SettingsStore

    room = open_newsroom(paths)
    try:
        services = room.services
        secret = services.auth.remember_device(services.people.by_login(login))
    finally:
        room.close()
    settings = SettingsStore(paths.config_dir)
    settings.state.last_login = login
    settings.state.device_secret = secret
    settings.save_state()


def main_window(settings: SettingsStore, tasks: Tasks) -> MainWindow:
    """The main window alone, laid out as it was left, toolbar hidden: what paints first."""
    from editor_app.gui.main_window import MainWindow

    prefs = settings.preferences
    window = MainWindow(tasks, prefs.shortcuts, prefs.preview_engine)
    tasks.setParent(window)  # answers arriving after the window is gone are dropped
    # Icons (qtawesome and its font) cost ~130 ms: run_gui loads them after the first
    # paint, and shows the toolbar with them; tests load them at once.
    window.toolbar.hide()
    state = settings.state
    if not state.geometry.isEmpty():
        window.restoreGeometry(state.geometry)
        window.restoreState(state.window_state)
        window.splitter.restoreState(state.splitter)
    return window


def window_parts(window: MainWindow, tasks: Tasks, settings: SettingsStore,
                 appearance: Appearance, cache_dir: Path,
                 log_file: Path | None = None) -> WindowParts:
    """What the window does (gui/session/), wired to it: built after the first paint."""
    from editor_app.gui.session.wiring import WindowParts

    return WindowParts(window, tasks, settings, appearance, cache_dir, log_file)


def build_window(
    settings: SettingsStore, appearance: Appearance, cache_dir: Path,
    log_file: Path | None = None,
) -> tuple[MainWindow, WindowParts, Tasks]:
    """The main window and its parts, wired, not yet shown (tests use this too)."""
    from editor_app.gui.tasks import Tasks

    tasks = Tasks()
    window = main_window(settings, tasks)
    parts = window_parts(window, tasks, settings, appearance, cache_dir, log_file)
    return window, parts, tasks
