"""The real window, on a real store in tmp_path, driven with pytest-qt."""

from __future__ import annotations

import pytest

from editor_app.app import build_window, open_newsroom
from editor_app.gui.application import Appearance
from editor_app.gui.settings import SettingsStore
from editor_app.paths import resolve


class Desk:
    """One person's window on a newsroom store."""

    def __init__(self, qtbot, qapp, data_dir, login: str | None, lang: str = "en",
                 preview: str = "text"):
        self.paths = resolve(data_dir)
        self.room = open_newsroom(self.paths)
        self.settings = SettingsStore(self.paths.config_dir)
        self.settings.preferences.language = lang
        self.settings.preferences.autosave_ms = 500
        if login:
            self.settings.state.last_login = login
        self.appearance = Appearance(qapp)
        self.appearance.apply(self.settings.preferences)
        self.settings.preferences.preview_engine = preview
        self.window, self.controller, self.tasks = build_window(
            self.settings, self.appearance, self.paths.data_dir / "cache")
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
        return self

    def close(self):
        self.window.close()
        self.tasks.wait()
        self.room.close()


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

    def make(data_dir, login="an.pv", lang="en", preview="text"):
        d = Desk(qtbot, qapp, data_dir, login, lang, preview)
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
