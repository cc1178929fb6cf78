"""The live preview: the portal page as the reader will see it, beside the editor.

Qt WebEngine is created the first time the preview is shown (start-up does
not pay for it) and falls back to QTextBrowser when it is not installed.
The first render loads the whole page; later ones patch the headline, sapo
and body in place with JavaScript, so the page does not flash or jump.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import QLabel, QStackedLayout, QTextBrowser, QWidget

if TYPE_CHECKING:
    from pathlib import Path

# Headline, sapo and subtitle are plain text (textContent: never parsed as HTML);
# only the body, already sanitized by nh3, goes in as HTML.
PATCH_JS = """
(function (d) {
  var text = function (sel, t) { var n = document.querySelector(sel); if (n) n.textContent = t; };
  text('.headline', d.title); text('.sapo', d.summary); text('.subtitle', d.subtitle);
  var body = document.querySelector('.body'); if (body) body.innerHTML = d.body;
  return true;
})(%s);
"""


# A static news page needs no GPU process, spare renderer or back/forward cache;
# without them the preview's process tree is ~60 MB smaller (measured: 536 → 474 MB).
LEAN_FLAGS = ("--renderer-process-limit=1 --disable-gpu --disable-gpu-compositing "
              "--disable-features=SpareRendererForSitePerProcess,BackForwardCache "
              "--js-flags=--max-old-space-size=48")


def chromium_flags() -> None:
    """Set Chromium's flags before WebEngine starts, keeping any the user set."""
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    if "--renderer-process-limit" not in flags:
        flags = f"{flags} {LEAN_FLAGS}"
    if getattr(os, "geteuid", lambda: 1)() == 0 and "--no-sandbox" not in flags:
        flags += " --no-sandbox"  # Chromium refuses to sandbox as root (CI, some kiosks)
    if "--no-sandbox" in flags.split() and "zygote" not in flags:
        # Without a sandbox the zygote (two processes that fork the renderer) buys only
        # a faster start of later renderers, and we keep one: measured 541 → 445 MB RSS,
        # 363 → 340 MB PSS. With the sandbox on, Chromium needs its zygote: left alone.
        flags += " --no-zygote"
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = flags.strip()


def software_graphics() -> None:
    """Draw the preview without OpenGL; call before the QApplication exists.

    Chromium already paints the page in software (--disable-gpu); OpenGL would only put
    that bitmap on screen, and loading it costs ~60 MB per process where there is no
    GPU driver (Mesa's llvmpipe under X: libLLVM; Xvfb, preview open: 415 → 351 MB PSS).
    The app draws nothing else with OpenGL. Qt Quick (inside QWebEngineView) must then
    use its software renderer: without it the window stays black. A user's own choice
    of either variable (QT_XCB_GL_INTEGRATION=xcb_glx brings OpenGL back) is kept.
    Linux only: measured there; Windows and macOS keep Qt's own choice (D3D, Metal).
    """
    if not sys.platform.startswith("linux"):
        return
    os.environ.setdefault("QT_XCB_GL_INTEGRATION", "none")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")


def webengine_available() -> bool:
    try:
        import PySide6.QtWebEngineWidgets  # noqa: F401
    except ImportError:
        return False
    return True


class PreviewPane(QWidget):
    """Shows a page; tells how long each update took (``updated`` in ms)."""

    updated = Signal(float)

    def __init__(self, engine: str = "auto", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.engine_choice = engine
        self.engine = ""
        self.view: Any = None
        self._stack = QStackedLayout(self)
        self.placeholder = QLabel(self)
        self.placeholder.setWordWrap(True)
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)  # error texts quote the article
        self._stack.addWidget(self.placeholder)
        self._loaded_key: tuple[Any, ...] | None = None
        self._started = 0.0
        self._scroll_ratio = 0.0

    def ensure_view(self) -> None:
        if self.view is not None:
            return
        use_web = self.engine_choice in ("auto", "webengine") and webengine_available()
        if use_web:
            chromium_flags()
            from PySide6.QtWebEngineWidgets import QWebEngineView

            web = QWebEngineView(self)
            web.loadFinished.connect(self._load_finished)
            self.engine = "webengine"
            view: QWidget = web
        else:
            text = QTextBrowser(self)
            text.setOpenLinks(False)
            self.engine = "text"
            view = text
        view.setObjectName("preview_view")
        self.view = view
        self._stack.addWidget(view)
        self._stack.setCurrentWidget(view)

    def release(self) -> None:
        """Delete the web page before its profile goes (WebEngine warns otherwise)."""
        if self.engine == "webengine" and self.view is not None:
            from PySide6.QtCore import QCoreApplication, QEvent

            self._stack.removeWidget(self.view)
            self.view.page().deleteLater()
            self.view.deleteLater()
            self.view = None
            self.engine = ""
            self._loaded_key = None
            # No event loop may run again (closing, tests): delete now, not "later".
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def rest(self) -> None:
        """Hidden a while: let Chromium drop the page and its renderer process.

        Measured: 456 → 319 MB RSS, 331 → 264 MB PSS for the app. The next render
        loads the page whole (setHtml wakes the page up), as the first one did.
        """
        if self.engine != "webengine" or self.view is None or self.isVisible():
            return  # Chromium refuses to discard a page one can see
        from PySide6.QtWebEngineCore import QWebEnginePage

        page = self.view.page()
        if page.lifecycleState() != QWebEnginePage.LifecycleState.Discarded:
            page.setLifecycleState(QWebEnginePage.LifecycleState.Discarded)
            self._loaded_key = None  # nothing left to patch in place

    def show_message(self, text: str) -> None:
        self.placeholder.setText(text)
        self._stack.setCurrentWidget(self.placeholder)

    def show_page(self, key: tuple[Any, ...], html: str, base: Path,
                  patch: dict[str, str] | None = None) -> None:
        """Show *html*; if the same article's page is loaded, patch it in place instead."""
        self.ensure_view()
        self._stack.setCurrentWidget(self.view)
        self._started = time.perf_counter()
        if self.engine == "webengine":
            if patch is not None and key == self._loaded_key:
                self.view.page().runJavaScript(PATCH_JS % json.dumps(patch, ensure_ascii=False),
                                               0, self._patched)
                return
            self._loaded_key = key
            self.view.setHtml(html, QUrl.fromLocalFile(str(base) + "/"))
            return
        bar = self.view.verticalScrollBar()
        ratio = bar.value() / max(1, bar.maximum())
        self.view.setSearchPaths([str(base)])
        self.view.setHtml(html)
        self._loaded_key = key
        bar.setValue(round(ratio * bar.maximum()))
        self._done()

    def follow(self, ratio: float) -> None:
        """Scroll to the same place as the editor (0 = top, 1 = bottom)."""
        self._scroll_ratio = ratio
        if self.view is None:
            return
        if self.engine == "webengine":
            if self._loaded_key is None:
                return  # nothing loaded (or discarded while hidden): the next load scrolls
            self.view.page().runJavaScript(
                f"window.scrollTo(0, {ratio:.4f} * (document.body.scrollHeight - "
                "window.innerHeight));")
        else:
            bar = self.view.verticalScrollBar()
            bar.setValue(round(ratio * bar.maximum()))

    def text(self, callback: Any) -> None:
        """The page's visible text (tests, accessibility)."""
        if self.view is None:
            callback("")
        elif self.engine == "webengine":
            self.view.page().toPlainText(callback)
        else:
            callback(self.view.toPlainText())

    def _load_finished(self, _ok: bool) -> None:
        self.follow(self._scroll_ratio)
        self._done()

    def _patched(self, _result: object) -> None:
        self._done()

    def _done(self) -> None:
        self.updated.emit((time.perf_counter() - self._started) * 1000)


class PreviewController(QObject):
    """Debounces edits, renders off the UI thread, one render in flight at a time."""

    def __init__(self, pane: PreviewPane, tasks: Any, delay_ms: int = 250,
                 parent: QObject | None = None, rest_ms: int = 60_000) -> None:
        super().__init__(parent)
        self.pane = pane
        self.tasks = tasks
        self.render_fn: Any = None  # () -> (key, html, base, patch) built by the window
        self.timer = QTimer(self, singleShot=True, interval=delay_ms)
        self.timer.timeout.connect(self.render_now)
        # Hidden this long, the page gives its memory back (a reload when shown again).
        self.rest_timer = QTimer(self, singleShot=True, interval=rest_ms)
        self.rest_timer.timeout.connect(self._rest)
        self.busy = False
        self.again = False
        self.active = False
        self.last_ms = 0.0
        pane.updated.connect(self._updated)

    def set_active(self, active: bool) -> None:
        self.active = active
        if active:
            self.rest_timer.stop()
            self.render_now()
        else:
            self.rest_timer.start()

    def _rest(self) -> None:
        if not self.active and not self.busy:
            self.pane.rest()

    def schedule(self) -> None:
        if self.active:
            self.timer.start()

    def render_now(self) -> None:
        if not self.active or self.render_fn is None:
            return
        if self.busy:
            self.again = True
            return
        job = self.render_fn()
        if job is None:
            return
        self.busy = True
        self.tasks.read(job, self._show, self._failed)

    def _show(self, result: tuple[Any, ...]) -> None:
        key, html, base, patch = result
        try:
            self.pane.show_page(key, html, base, patch)
        except Exception as exc:
            self._failed(exc)

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        self.pane.show_message(str(exc))

    def _updated(self, ms: float) -> None:
        self.busy = False
        self.last_ms = ms
        if not self.active:
            self.rest_timer.start()  # hidden while this render ran
        if self.again:
            self.again = False
            self.render_now()
