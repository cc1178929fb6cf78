"""File → Recent articles: the last articles opened on this machine, newest first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from editor_app.domain.entities import Article
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.context import SessionContext
    from editor_app.gui.session.editing import Editing
    from editor_app.gui.settings import SettingsStore

KEEP = 10


class RecentArticles(QObject):
    def __init__(self, window: MainWindow, context: SessionContext, settings: SettingsStore,
                 editing: Editing) -> None:
        super().__init__(window)
        self.w, self.settings, self.editing = window, settings, editing
        context.article_changed.connect(self._opened)
        context.article_saved.connect(self._opened)  # a new headline renames the entry
        window.language_changed.connect(self._rebuild)
        self._rebuild()

    def entries(self) -> list[tuple[str, str]]:
        out = []
        for line in self.settings.state.recent_articles.splitlines():
            article_id, _, title = line.partition("\t")
            if article_id:
                out.append((article_id, title))
        return out

    def _opened(self, article: Article | None) -> None:
        if article is None:
            return
        title = " ".join(article.title.split()) or article.id
        kept = [(i, t) for i, t in self.entries() if i != article.id]
        entries = [(article.id, title), *kept][:KEEP]
        text = "\n".join(f"{i}\t{t}" for i, t in entries)
        if text != self.settings.state.recent_articles:
            self.settings.state.recent_articles = text
            self.settings.save_state()
            self._rebuild()

    def _rebuild(self) -> None:
        menu = self.w.recent_menu
        menu.clear()
        entries = self.entries()
        for n, (article_id, title) in enumerate(entries, start=1):
            label = title if len(title) <= 70 else title[:69] + "…"
            action = menu.addAction(f"&{n % 10} {label.replace('&', '&&')}")
            action.setData(article_id)
            action.triggered.connect(
                lambda _=False, aid=article_id: self.editing.open_article(aid))
        if not entries:
            empty = menu.addAction(self.tr("(none yet)"))
            empty.setEnabled(False)
