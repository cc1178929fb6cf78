"""The rich / Markdown source switch (View menu, toolbar, remembered), and pictures.

The pictures the rich view shows are read from the store off the UI thread when the
view first lays them out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editor_app.gui.actions import ActionName as A
from editor_app.gui.editor.body_editor import RICH, SOURCE

if TYPE_CHECKING:
    from collections.abc import Callable

    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.context import SessionContext
    from editor_app.gui.settings import SettingsStore

_MEDIA = re.compile(r"^media/([0-9a-f]{64})\.\w+$")


class RichMode(QObject):
    def __init__(self, window: MainWindow, context: SessionContext,
                 settings: SettingsStore) -> None:
        super().__init__(window)
        self.w, self.context, self.settings = window, context, settings
        self._asked: set[str] = set()
        mode = settings.preferences.editor_mode
        window.body.mode_changed.connect(self._shown)
        window.body.set_mode(mode)
        self._shown(window.body.mode)
        action = window.registry[A.MARKDOWN_SOURCE]
        action.setChecked(mode == SOURCE)
        action.toggled.connect(self._toggled)
        window.body.rich.request_media = self._fetch
        window.body.rich.format_async = self._render
        window.body.rich.render_failed.connect(self._show_source)
        # Runs after the Settings dialog (connected later than Lifecycle's slot).
        window.registry[A.SETTINGS].triggered.connect(self._from_preferences)
        context.article_changed.connect(lambda _a: self._asked.clear())

    def _toggled(self, source: bool) -> None:
        mode = SOURCE if source else RICH
        self.w.body.set_mode(mode)
        self.settings.preferences.editor_mode = mode
        self.settings.save_preferences()

    def _render(self, source: str, done: Callable[[str | None], None]) -> None:
        """Python-Markdown in the guarded worker process, as for the preview."""
        services = self.context.services
        if services is None:
            done(None)
            return
        self.context.read(lambda: services.rendering.body(source),
                          lambda r: done(r.html if r.ok else None), lambda _e: done(None))

    def _show_source(self) -> None:
        """The renderer gave up on this text: show it as Markdown, nothing is lost."""
        action = self.w.registry[A.MARKDOWN_SOURCE]
        blocked = action.blockSignals(True)  # for this article only: the choice is kept
        action.setChecked(True)
        action.blockSignals(blocked)
        self.w.body.set_mode(SOURCE)
        self.w.statusBar().showMessage(self.tr(
            "This article could not be shown formatted; it is shown as Markdown source."),
            15_000)

    def _from_preferences(self) -> None:
        self.w.registry[A.MARKDOWN_SOURCE].setChecked(
            self.settings.preferences.editor_mode == SOURCE)

    def _shown(self, _mode: str) -> None:
        # Find and replace work on whichever view is shown (both have the same cursor API).
        self.w.find_bar.editor = self.w.body.active()  # type: ignore[assignment]

    def _fetch(self, src: str) -> None:
        """Read the picture behind *src* once; the rich view redraws when it arrives."""
        m = _MEDIA.match(src)
        services = self.context.services
        if m is None or services is None or src in self._asked:
            return
        self._asked.add(src)
        sha = m.group(1)

        def show(data: bytes) -> None:
            article = self.context.article
            ref = next((r for r in (article.media if article else ()) if r.sha256 == sha), None)
            self.w.body.rich.set_media(src, data, ref.caption if ref else "",
                                       ref.credit if ref else "")

        self.context.read(lambda: services.media.data(sha), show, lambda _e: None)
