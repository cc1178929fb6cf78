"""The open article's sync news: two versions in conflict, changes the server refused.

A conflict shows a banner with Resolve…, which opens the conflict view and ends the
conflict through ConflictService on a writer thread. A refused change shows the
server's reason until the person dismisses it. Both follow the open article:
whatever reloads it (a sync, a save, a resolve) refreshes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    from editor_app.domain.entities import Article
    from editor_app.gui.dialogs.sync_conflict import SyncConflictDialog
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.autosave import AutosaveSession
    from editor_app.gui.session.context import SessionContext
    from editor_app.services.conflicts import ConflictView
    from editor_app.services.outbox import RejectedChange


class SyncNotices(QObject):
    def __init__(self, window: MainWindow, context: SessionContext,
                 autosave: AutosaveSession) -> None:
        super().__init__(window)
        self.w, self.context, self.autosave = window, context, autosave
        self._serial = 0
        self.rejected: list[RejectedChange] = []
        self.dialog: SyncConflictDialog | None = None  # the open conflict view (tests reach it)
        context.article_changed.connect(self._article_changed)
        context.article_saved.connect(self._article_saved)
        window.conflict_banner.buttons["resolve"].clicked.connect(self.resolve)
        window.rejected_banner.buttons["dismiss"].clicked.connect(self.dismiss)

    def _article_saved(self, article: Article) -> None:
        current = self.context.article
        if current is not None and current.id == article.id:
            self._article_changed(article)

    def _article_changed(self, article: Article | None) -> None:
        self._serial += 1
        self._show_conflict(article)
        self.rejected = []
        self._show_rejected()
        services = self.context.services
        if article is None or services is None:
            return
        serial, article_id = self._serial, article.id

        def show(found: list[RejectedChange]) -> None:
            if serial == self._serial:
                self.rejected = found
                self._show_rejected()

        self.context.read(lambda: services.outbox.list_rejected(article_id), show)

    def _show_conflict(self, article: Article | None) -> None:
        bar = self.w.conflict_banner
        if article is None or not article.in_conflict:
            bar.hide()
            return
        bar.label.setText(self.tr("This article has two versions in conflict: another "
                                  "version was written at the same time as this one."))
        bar.buttons["resolve"].setText(self.tr("Resolve…"))
        bar.show()

    def _show_rejected(self) -> None:
        bar = self.w.rejected_banner
        if not self.rejected:
            bar.hide()
            return
        first = self.rejected[0]
        text = self.tr("The server refused your change: %1").replace("%1", first.reason)
        if len(self.rejected) > 1:
            text += " " + self.tr("(1 of %1)").replace("%1", str(len(self.rejected)))
        bar.label.setText(text)
        bar.buttons["dismiss"].setText(self.tr("Dismiss"))
        bar.show()

    # -- actions ------------------------------------------------------------------------
    def resolve(self) -> None:
        """Open the conflict view; the choice made there ends the conflict."""
        services, person, article = self.context.services, self.context.person, \
            self.context.article
        if services is None or person is None or article is None or not article.in_conflict:
            return
        if not self.autosave.flush():
            return
        article_id, title = article.id, article.title

        def choose(view: ConflictView) -> None:
            current = self.context.article
            if current is None or current.id != article_id:
                return
            from editor_app.gui.dialogs.sync_conflict import SyncConflictDialog

            self.dialog = SyncConflictDialog(view, person.id, title, self.w)
            try:
                if self.dialog.exec() != QDialog.DialogCode.Accepted:
                    return
                choice, body = self.dialog.choice, self.dialog.body
            finally:
                self.dialog.deleteLater()
                self.dialog = None
            self._resolve(article_id, choice, body)

        self.context.read(lambda: services.conflicts.view(article_id), choose)

    def _resolve(self, article_id: str, choice: str, body: str) -> None:
        services, person = self.context.services, self.context.person
        if services is None or person is None:
            return

        def write() -> Any:
            if choice == "merged":
                services.conflicts.resolve(person, article_id, body=body)
            else:
                services.conflicts.resolve(person, article_id, take=choice)
            return services.drafting.get(article_id)

        def after(stored: Article) -> None:
            self.context.show(stored)
            self.context.saved(stored)
            self.w.statusBar().showMessage(self.tr("Conflict resolved."), 6000)

        self.context.write(write, after)

    def dismiss(self) -> None:
        """Forget the refused change shown; the next one (if any) shows."""
        services, person, article = self.context.services, self.context.person, \
            self.context.article
        if services is None or person is None or article is None or not self.rejected:
            return
        change_id, article_id, serial = self.rejected[0].change_id, article.id, self._serial

        def write() -> list[RejectedChange]:
            services.outbox.dismiss(person, change_id)
            return services.outbox.list_rejected(article_id)

        def after(found: list[RejectedChange]) -> None:
            if serial == self._serial:
                self.rejected = found
                self._show_rejected()

        self.context.write(write, after)
