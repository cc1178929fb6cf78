"""The WebEngine preview in its own process (Qt WebEngine may crash at interpreter exit).

Prints the page text as JSON, then ends with os._exit as the app does. With ``rest``
as a third argument the preview is hidden, put to rest and shown again first, and the
page's lifecycle state while resting is printed too.
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


def main(data_dir: str, article_id: str, rest: bool = False) -> None:
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
    window.side.setCurrentWidget(window.preview)
    loop.exec()
    said: dict[str, str] = {"engine": window.preview.engine}
    if rest:
        window.side.setCurrentWidget(window.metadata)  # hidden: the preview may rest
        app.processEvents()
        window.preview.rest()
        said["resting"] = window.preview.view.page().lifecycleState().name
        window.side.setCurrentWidget(window.preview)  # shown again: loaded whole
        loop.exec()
    got: dict[str, str] = {}
    window.preview.text(lambda t: (got.setdefault("text", t), loop.quit()))
    loop.exec()
    print(json.dumps({**said, "text": got.get("text", "")}), flush=True)
    window.close()
    tasks.wait()
    room.close()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], rest=sys.argv[3:] == ["rest"])
