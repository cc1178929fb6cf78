"""Keystroke echo in a 20,000-word article, rich view beside Markdown source (own process).

The real window on a scratch demo store: the article is opened as a click in the list
does, the cursor put at the end, and 300 key presses sent to the shown editor, each
timed until the event loop is idle again (echo, autosave bookkeeping, counts timer).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")
WORDS = 20_000
PRESSES = 300


def in_process(data_dir: str) -> dict[str, list[float]]:
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
    from PySide6.QtGui import QKeyEvent

    from benchmarks.corpus import Corpus
    from editor_app.app import build_window, open_newsroom, remember_device
    from editor_app.domain.entities import ArticleFields
    from editor_app.gui.application import Appearance, create_application
    from editor_app.gui.settings import SettingsStore
    from editor_app.paths import resolve
    from editor_app.services.demo import fill_demo

    app = create_application([])
    paths = resolve(data_dir)
    room = open_newsroom(paths)
    fill_demo(room.services, per_seed=1)
    s = room.services
    login = "an.pv"
    person = s.people.by_login(login)
    remember_device(paths, login)  # the window starts signed in, as it would on a desk
    settings = SettingsStore(paths.config_dir)
    settings.preferences.autosave_ms = 60_000  # keystrokes only, no saving in between
    settings.preferences.preview_engine = "text"
    ap = Appearance(app)
    ap.apply(settings.preferences)
    w, c, tasks = build_window(settings, ap, paths.data_dir / "cache")
    w.resize(1480, 900)
    w.show()

    def until(signal: object, start: object) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        start()  # type: ignore[operator]
        loop.exec()
        signal.disconnect(loop.quit)  # type: ignore[attr-defined]

    until(c.context.person_changed, lambda: c.attach(s))
    art = s.drafting.create(person, ArticleFields(
        title="Bài 20.000 chữ", body=Corpus(seed=3).body(WORDS), category_id="Trong tỉnh"))
    until(c.context.article_changed, lambda: c.open_article(art.id))
    results: dict[str, list[float]] = {}
    for mode in ("rich", "source"):
        w.registry["markdown_source"].setChecked(mode == "source")
        t = time.perf_counter()
        while w.body.rich.loading:  # formatted by the guarded renderer, off the UI thread
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        if mode == "rich":
            results[f"open in the rich view, {WORDS:,} words (render off the UI thread)"] = [
                (time.perf_counter() - t) * 1000]
        app.processEvents()
        editor = w.body.active()
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        echo = []
        for i in range(PRESSES):
            ch = "aăâ ê"[i % 5]
            t = time.perf_counter()
            press = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_A,
                              Qt.KeyboardModifier.NoModifier, ch)
            QCoreApplication.sendEvent(editor, press)
            app.processEvents()
            echo.append((time.perf_counter() - t) * 1000)
        results[f"keystroke echo, {WORDS:,} words, {mode} view"] = echo
        t = time.perf_counter()
        text = w.body.toPlainText()
        results[f"body as Markdown, {WORDS:,} words, {mode} view"] = [
            (time.perf_counter() - t) * 1000]
        assert len(text) > WORDS
    w.close()
    tasks.wait()
    room.close()
    return results


def run() -> dict[str, list[float]]:
    """Measure in a child process on a scratch store; the figures by name."""
    import subprocess

    with tempfile.TemporaryDirectory(prefix="editor-bench-") as tmp:
        out = subprocess.run([sys.executable, "-m", "benchmarks.editor_bench", str(Path(tmp))],
                             capture_output=True, text=True, timeout=900, env=ENV)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    print(json.dumps(in_process(sys.argv[1])), flush=True)
    os._exit(0)
