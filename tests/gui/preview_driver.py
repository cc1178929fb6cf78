"""The WebEngine preview in its own process (Qt WebEngine may crash at interpreter exit).

Prints the page text as JSON, then ends with os._exit as the app does.
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
    remember_device(paths, "thanh.bt")  # the window starts signed in
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
    window.side.setCurrentIndex(1)
    loop.exec()
    got: dict[str, str] = {}
    window.preview.text(lambda t: (got.setdefault("text", t), loop.quit()))
    loop.exec()
    print(json.dumps({"engine": window.preview.engine, "text": got.get("text", "")}),
          flush=True)
    window.close()
    tasks.wait()
    room.close()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
