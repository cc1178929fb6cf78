"""Typing in a 20,000-word article with spelling on and off, both views (own process).

The real window on a scratch demo store, as :mod:`benchmarks.editor_bench` does: the
article opened, the cursor put at the end, words typed key by key (some misspelt), each
key timed until the event loop is idle again. After each word the run waits for the
spelling answer, so every answer is drawn between keys; how long drawing one takes on
the UI thread is its own figure.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.measure import Figure

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")
WORDS = 20_000
TYPED = "hôm nay trời đẹpp bà con ngừơi dân ra đồng gặt lúa sớm "  # two misspelt
ROUNDS = 4


def in_process(data_dir: str) -> dict[str, list[float]]:
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
    from PySide6.QtGui import QKeyEvent

    from benchmarks.corpus import Corpus
    from editor_app.app import build_window, open_newsroom, remember_device
    from editor_app.domain.entities import ArticleFields
    from editor_app.gui.application import Appearance, create_application
    from editor_app.gui.editor.spell_marks import SpellMarks
    from editor_app.gui.settings import SettingsStore
    from editor_app.paths import resolve
    from editor_app.services.demo import fill_demo

    app = create_application([])
    paths = resolve(data_dir)
    room = open_newsroom(paths)
    fill_demo(room.services, per_seed=1)
    s = room.services
    person = s.people.by_login("an.pv")
    remember_device(paths, "an.pv")
    settings = SettingsStore(paths.config_dir)
    settings.preferences.autosave_ms = 60_000  # keystrokes only, no saving in between
    settings.preferences.preview_engine = "text"
    Appearance(app).apply(settings.preferences)
    w, c, tasks = build_window(settings, Appearance(app), paths.data_dir / "cache")
    w.resize(1480, 900)
    w.show()

    def until(signal: object, start: object) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        start()  # type: ignore[operator]
        loop.exec()
        signal.disconnect(loop.quit)  # type: ignore[attr-defined]

    drawing: list[float] = []
    answered = SpellMarks._answered

    def timed_answer(self: SpellMarks, keys: set[tuple[bool, str]]) -> None:
        t = time.perf_counter()
        answered(self, keys)
        drawing.append((time.perf_counter() - t) * 1000)

    SpellMarks._answered = timed_answer  # type: ignore[method-assign]
    until(c.context.person_changed, lambda: c.attach(s))
    speller = c.spelling.speller
    while speller.dictionary is None:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    art = s.drafting.create(person, ArticleFields(
        title="Bài 20.000 chữ", body=Corpus(seed=3).body(WORDS), category_id="Trong tỉnh"))
    until(c.context.article_changed, lambda: c.open_article(art.id))
    results: dict[str, list[float]] = {}
    for mode in ("rich", "source"):
        w.registry["markdown_source"].setChecked(mode == "source")
        while w.body.rich.loading:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        for on in (True, False):
            speller.set_enabled(on)
            while speller.busy:  # the whole article checked (on opening, once)
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
            app.processEvents()
            editor = w.body.active()
            editor.setFocus()
            editor.moveCursor(editor.textCursor().MoveOperation.End)
            drawing.clear()
            echo = []
            for _ in range(ROUNDS):
                for ch in TYPED:
                    t = time.perf_counter()
                    QCoreApplication.sendEvent(editor, QKeyEvent(
                        QKeyEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier,
                        ch))
                    app.processEvents()
                    echo.append((time.perf_counter() - t) * 1000)
                    if ch == " ":  # a pause after each word: the answer comes and is drawn
                        while speller.busy:
                            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents,
                                              20)
                        app.processEvents()
            state = "on" if on else "off"
            results[f"keystroke echo, {WORDS:,} words, {mode}, spelling {state}"] = echo
            if on:
                results[f"spelling answer drawn, {WORDS:,} words, {mode}"] = list(drawing)
    w.close()
    tasks.wait()
    room.close()
    return results


def run() -> dict[str, list[float]]:
    """Measure in a child process on a scratch store; the figures by name."""
    import subprocess

    with tempfile.TemporaryDirectory(prefix="spelling-bench-") as tmp:
        out = subprocess.run([sys.executable, "-m", "benchmarks.spelling_bench", str(Path(tmp))],
                             capture_output=True, text=True, timeout=900, env=ENV)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-3000:])
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def bench(figures: list[Figure]) -> None:
    """The rows for benchmarks/run.py."""
    from benchmarks.measure import Figure

    for name, samples in run().items():
        if name.startswith("keystroke"):  # the editor rows' budget, spelling on or off
            figures.append(Figure(name, samples, "p99 ≤ 16", source="benchmarks"))
        else:  # one frame at 60 Hz: a redraw must not be felt while typing
            figures.append(Figure(name, samples, "p99 ≤ 16", source="stated",
                                  note="UI-thread time to redraw after an answer"))


if __name__ == "__main__":
    print(json.dumps(in_process(sys.argv[1])), flush=True)
    os._exit(0)
