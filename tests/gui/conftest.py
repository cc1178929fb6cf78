"""The real window, on a real store in tmp_path, driven with pytest-qt."""

from __future__ import annotations

import threading
import traceback

import pytest

from editor_app.app import build_window, open_newsroom, remember_device
from editor_app.gui.application import Appearance
from editor_app.gui.settings import SettingsStore
from editor_app.paths import resolve


class StoreGuard:
    """Wraps the unit-of-work factory: records every store use made on the GUI thread.

    The services reach the store only through this factory, so a use recorded here is a
    store read or write that would freeze the window.
    """

    def __init__(self, uow):
        self.uow = uow
        self.gui_thread = threading.main_thread()
        self.on_gui_thread: list[str] = []
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        if threading.current_thread() is self.gui_thread:
            self.on_gui_thread.append("".join(traceback.format_stack(limit=8)))
        return self.uow(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.uow, name)


def guard_services(room):
    """Rebuild the room's services over a guarded factory; returns the guard."""
    from editor_app.services import Services

    guard = StoreGuard(room.services.people._uow)
    room.services = Services.build(guard, room.render_guard, config_dir=room.paths.config_dir)
    return guard


class Desk:
    """One person's window on a newsroom store."""

    def __init__(self, qtbot, qapp, data_dir, login: str | None, lang: str = "en",
                 preview: str = "text", editor_mode: str = "source"):
        self.paths = resolve(data_dir)
        if login:  # the window starts signed in: this device stays signed in as *login*
            remember_device(self.paths, login)
        self.room = open_newsroom(self.paths)
        self.store_guard = guard_services(self.room)
        from editor_app.gui.errors import setup_logging

        self.log_file = setup_logging(self.paths.log_file)
        self.settings = SettingsStore(self.paths.config_dir)
        self.settings.preferences.language = lang
        self.settings.preferences.autosave_ms = 500
        self.appearance = Appearance(qapp)
        self.appearance.apply(self.settings.preferences)
        self.settings.preferences.preview_engine = preview
        # Most tests drive the Markdown source view (w.editor); the rich view, a new
        # person's default, has its own tests (test_rich_editor.py), which ask for it.
        self.settings.preferences.editor_mode = editor_mode
        self.window, self.controller, self.tasks = build_window(
            self.settings, self.appearance, self.paths.data_dir / "cache",
            self.paths.log_file)
        qtbot.addWidget(self.window)
        self.qtbot = qtbot

    @property
    def services(self):
        return self.room.services

    def start(self):
        self.window.registry.load_icons()
        self.window.toolbar.show()
        self.window.show()
        self.controller.attach(self.room.services)
        self.settle()
        return self

    def settle(self):
        """Wait until every background job has finished and its answer was shown."""
        self.qtbot.waitUntil(lambda: not self.tasks.busy, timeout=30_000)
        return self

    def open(self, article_id):
        """Open an article as a click in the list does, and wait until it is shown."""
        context = self.controller.context
        self.settle()
        if context.article is not None and context.article.id == article_id:
            return self  # already open (the last article of the previous session)
        with self.qtbot.waitSignal(context.article_changed, timeout=15_000,
                                   check_params_cb=lambda a: a is not None and a.id == article_id):
            self.controller.open_article(article_id)
        return self.settle()

    def close(self):
        self.window.close()
        self.tasks.wait()
        self.room.close()
        # Translators and theme belong to the shared QApplication: leave it as found.
        self.appearance.set_language("en")
        self.appearance.set_theme("system")


@pytest.fixture
def newsroom_dir(tmp_path):
    """A store with the demo newsroom in it (people, categories, articles)."""
    from editor_app.services.demo import fill_demo

    data = tmp_path / "data"
    room = open_newsroom(resolve(data))
    fill_demo(room.services, per_seed=1)
    room.close()
    return data


@pytest.fixture
def desk_factory(qtbot, qapp):
    desks = []

    def make(data_dir, login="an.pv", lang="en", preview="text", editor_mode="source"):
        d = Desk(qtbot, qapp, data_dir, login, lang, preview, editor_mode)
        desks.append(d)
        return d

    yield make
    for d in desks:
        d.close()
    qapp.processEvents()


def type_text(widget, text: str) -> None:
    """Type as a Vietnamese input method does: each word arrives as a commit string.

    (QTest.keyClicks asserts on non-ASCII characters.)
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    for piece in text.split(" "):
        for chunk in (piece, " "):
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QCoreApplication.sendEvent(widget, event)
    # the last space was extra
    cursor = widget.textCursor()
    cursor.deletePreviousChar()
