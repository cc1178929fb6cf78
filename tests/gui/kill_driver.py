"""Run the real window in its own process, type, and report each autosave on stdout.

Used by test_kill_restart: the test kills this process with SIGKILL.
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QInputMethodEvent

from editor_app.app import build_window, open_newsroom
from editor_app.gui.application import Appearance, create_application
from editor_app.gui.settings import SettingsStore
from editor_app.paths import resolve


def main(data_dir: str, text: str) -> None:
    app = create_application([])
    paths = resolve(data_dir)
    settings = SettingsStore(paths.config_dir)
    settings.preferences.autosave_ms = 300
    appearance = Appearance(app)
    appearance.apply(settings.preferences)
    window, controller, _tasks = build_window(settings, appearance, paths.data_dir / "cache")
    room = open_newsroom(paths)
    window.show()
    controller.attach(room.services)
    controller.autosave.saved.connect(
        lambda a: print(f"SAVED {a.version} {len(a.body)}", flush=True))

    def type_it() -> None:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QCoreApplication.sendEvent(window.body.active(), event)  # rich, a new person's default

    def shown(article: object) -> None:
        if article is not None:  # the last article, reopened on a worker: type into it
            controller.context.article_changed.disconnect(shown)
            QTimer.singleShot(0, type_it)
            print("READY", flush=True)

    controller.context.article_changed.connect(shown)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
