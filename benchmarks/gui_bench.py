"""GUI figures, each in its own process: start-up, keystrokes, preview, memory."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import Corpus

if TYPE_CHECKING:
    from collections.abc import Iterator

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")
SAMPLES = 20  # per preview row: enough for a p95
# Read back from the page after the change: reading a box forces style and layout, so
# the answer arrives once the new content is laid out (what a person would see next).
LAYOUT_JS = "document.body.getBoundingClientRect().height"


def probe(data_dir: Path, mode: str = "1", display: str | None = None) -> dict[str, str]:
    """Run the real app with its start-up probe; the marks it printed, by name.

    *display*: an X server (":99") instead of the offscreen platform."""
    env = dict(ENV, EDITOR_APP_STARTUP_PROBE=mode)
    if display is not None:
        env.update(QT_QPA_PLATFORM="xcb", DISPLAY=display)
    run = subprocess.run(
        [sys.executable, "-m", "editor_app", "--data-dir", str(data_dir)],
        capture_output=True, text=True, timeout=300, env=env,
    )
    marks = dict(line.split(" ", 1) for line in run.stdout.splitlines() if " " in line)
    if not marks:
        raise RuntimeError(f"the app printed no marks ({env['QT_QPA_PLATFORM']}): "
                           f"{run.stderr[-1500:]}")
    return marks


@contextlib.contextmanager
def xvfb() -> Iterator[str | None]:
    """A private Xvfb for the run (its display name), or None when Xvfb is not installed."""
    exe = shutil.which("Xvfb")
    if exe is None:
        yield None
        return
    number = next(n for n in range(140, 400) if not Path(f"/tmp/.X11-unix/X{n}").exists()
                  and not Path(f"/tmp/.X{n}-lock").exists())
    proc = subprocess.Popen([exe, f":{number}", "-screen", "0", "1920x1080x24", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(10)


def startup(data_dir: Path, runs: int = 5) -> tuple[list[float], list[float], str]:
    """(ms to first paint, ms to usable window) from process start, several warm runs."""
    paint, usable, heavy = [], [], ""
    for _ in range(runs + 1):  # the first run warms the disk cache and is dropped
        t0 = time.time()
        marks = probe(data_dir)
        p_at, heavy = marks["PAINT"].split(" ")
        paint.append((float(p_at) - t0) * 1000)
        usable.append((float(marks["USABLE"]) - t0) * 1000)
    return paint[1:], usable[1:], heavy


FLOOR = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
w = QLabel("Editor App")
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print(f"PAINT {time.time():.6f}", flush=True); app.quit()
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


def floor(runs: int = 5) -> list[float]:
    """First paint of a bare PySide6 window (a QLabel), the same way: the reference."""
    out = []
    for _ in range(runs + 1):
        t0 = time.time()
        text = subprocess.run(
            [sys.executable, "-c", FLOOR], capture_output=True, text=True, env=ENV, timeout=120
        ).stdout
        out.append((float(text.split()[1]) - t0) * 1000)
    return out[1:]


def memory(data_dir: Path, display: str | None = None) -> dict[str, float]:
    """MB of the app's process tree, preview closed and open: ``PSS_CLOSED``, ``RSS_OPEN``…

    PSS is the figure: WebEngine's processes map the same libraries, and a sum of their
    RSS counts those pages once per process (an upper bound, kept for comparison)."""
    marks = probe(data_dir, "memory", display)
    return {k: int(v) / 1024 for k, v in marks.items() if k[:4] in ("RSS_", "PSS_")}


def in_process(data_dir: str) -> dict[str, list[float]]:
    """Keystroke echo and keystroke → preview, in a real window (this process)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent

    from editor_app.app import build_window, open_newsroom
    from editor_app.domain.entities import ArticleFields
    from editor_app.gui.application import Appearance, create_application
    from editor_app.gui.settings import SettingsStore
    from editor_app.paths import resolve

    app = create_application([])
    paths = resolve(data_dir)
    room = open_newsroom(paths)
    s = room.services
    login = "pv"
    person = s.people.by_login(login)
    settings = SettingsStore(paths.config_dir)
    settings.state.last_login = login
    settings.preferences.autosave_ms = 60_000  # keystrokes only, no saving in between
    settings.preferences.editor_mode = "source"  # these rows time w.editor; see editor_bench
    ap = Appearance(app)
    ap.apply(settings.preferences)
    w, c, tasks = build_window(settings, ap, paths.data_dir / "cache")
    w.resize(1480, 900)
    w.show()
    def until(signal: object, start: object) -> None:
        """Run *start* and wait for *signal* (sign-in and opening run on workers)."""
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        start()  # type: ignore[operator]
        loop.exec()
        signal.disconnect(loop.quit)  # type: ignore[attr-defined]

    until(c.context.person_changed, lambda: c.attach(s))
    corpus = Corpus(seed=3)
    results: dict[str, list[float]] = {}

    def wait(ms: int = 20_000) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        w.preview.updated.connect(loop.quit)
        loop.exec()
        w.preview.updated.disconnect(loop.quit)

    def laid_out() -> None:
        if w.preview.engine != "webengine":
            app.processEvents()  # QTextBrowser lays out in setHtml
            return
        loop = QEventLoop()
        w.preview.view.page().runJavaScript(LAYOUT_JS, 0, lambda _h: loop.quit())
        QTimer.singleShot(20_000, loop.quit)
        loop.exec()

    for words in (1000, 20000):
        art = s.drafting.create(
            person,
            ArticleFields(
                title=f"Bài {words} chữ", body=corpus.body(words), category_id="Trong tỉnh"
            ),
        )
        until(c.context.article_changed, lambda aid=art.id: c.open_article(aid))
        app.processEvents()
        w.editor.moveCursor(w.editor.textCursor().MoveOperation.End)
        if words == 20000:
            echo = []
            for i in range(300):
                ch = "aăâ ê"[i % 5]
                t = time.perf_counter()
                press = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_A,
                                  Qt.KeyboardModifier.NoModifier, ch)
                QCoreApplication.sendEvent(w.editor, press)
                app.processEvents()
                echo.append((time.perf_counter() - t) * 1000)
            results["keystroke echo, 20,000 words"] = echo
        w.side.setCurrentWidget(w.preview)
        wait(60_000)  # first full load (WebEngine starts on the first one)
        latencies = []
        for i in range(SAMPLES):
            w.editor.insertPlainText("x" if i % 2 else " ")
            t = time.perf_counter()
            c.review.preview.render_now()  # as the debounce timer would
            wait()
            latencies.append((time.perf_counter() - t) * 1000)
        results[f"keystroke → preview, {words:,} words ({w.preview.engine})"] = latencies
        laid = []
        for i in range(SAMPLES):
            ch = "aăâ ê"[i % 5]
            press = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_A,
                              Qt.KeyboardModifier.NoModifier, ch)
            t = time.perf_counter()
            QCoreApplication.sendEvent(w.editor, press)  # the debounce timer starts here
            wait()
            laid_out()
            laid.append((time.perf_counter() - t) * 1000)
        results[f"key press → preview laid out, {words:,} words ({w.preview.engine})"] = laid
        w.side.setCurrentWidget(w.metadata)
    results["_engine"] = [1.0 if w.preview.engine == "webengine" else 0.0]
    w.close()
    tasks.wait()
    room.close()
    return results


if __name__ == "__main__":
    print(json.dumps(in_process(sys.argv[1])), flush=True)
    os._exit(0)  # as the app does: Qt WebEngine may crash while Python finalizes
