"""The WebEngine preview hidden, put to rest, then shown again (in its own process).

Prints, as JSON, the page's state while resting and its text once shown again.
"""

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer

from editor_app.app import build_window, open_newsroom, remember_device
from editor_app.gui.application import Appearance, create_application
from editor_app.gui.settings import SettingsStore
from editor_app.paths import resolve


def main(data_dir: str, article_id: str) -> None:
    app = create_application([])
    paths = resolve(data_dir)
    remember_device(paths, "thanh.bt")
    settings = SettingsStore(paths.config_dir)
    settings.preferences.language = "en"
    settings.preferences.preview_engine = "webengine"
    appearance = Appearance(app)
    appearance.apply(settings.preferences)
    room = open_newsroom(paths)
    window, controller, tasks = build_window(settings, appearance, paths.data_dir / "cache")
    window.show()
    controller.attach(room.services)
    controller.open_article(article_id)
    loop = QEventLoop()
    window.preview.updated.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    window.side.setCurrentWidget(window.preview)
    loop.exec()
    window.side.setCurrentWidget(window.metadata)  # hidden: the preview may rest
    app.processEvents()
    window.preview.rest()
    state = window.preview.view.page().lifecycleState().name
    window.side.setCurrentWidget(window.preview)  # shown again: loaded whole
    loop.exec()
    got: dict[str, str] = {}
    window.preview.text(lambda t: (got.setdefault("text", t), loop.quit()))
    loop.exec()
    print(json.dumps({"resting": state, "text": got.get("text", "")}), flush=True)
    window.close()
    tasks.wait()
    room.close()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
