"""Article → Publish to the portal, and Reopen for correction, from the window.

Publishing goes through the same service as `editor-app publish`: staff, an
approved or already published article, a configured target. The action is greyed
out (with the reason) otherwise. The call runs on the writer (it ends with a
write), a progress dialog shows meanwhile, and the post's URL is shown as a link.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QProgressDialog

from editor_app.domain.workflow import Action, Status, allowed
from editor_app.gui.actions import ActionName as A
from editor_app.gui.errors import plain_message_box

if TYPE_CHECKING:
    from editor_app.domain.entities import Article
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.autosave import AutosaveSession
    from editor_app.gui.session.context import SessionContext
    from editor_app.services.publishing.service import PublishResult, TargetInfo


class Publish(QObject):
    published = Signal(object)  # PublishResult
    failed = Signal(str)  # the message shown

    def __init__(self, window: MainWindow, context: SessionContext,
                 autosave: AutosaveSession) -> None:
        super().__init__(window)
        self.w, self.context, self.autosave = window, context, autosave
        self.targets: list[TargetInfo] = []
        self.progress: QProgressDialog | None = None
        self.result_box: QMessageBox | None = None
        self.running = False
        window.registry.on(A.PUBLISH, self.publish)
        window.registry.on(A.REOPEN, self.reopen)
        context.person_changed.connect(self._signed_in)
        context.article_changed.connect(lambda _a: self.update())
        context.article_saved.connect(lambda _a: self.update())
        window.language_changed.connect(self.update)

    # -- what may be done ------------------------------------------------------------
    def _signed_in(self, _person: object) -> None:
        self.update()
        self.load_targets()

    def load_targets(self) -> None:
        """Which portals there are (`editor-app target add`), read off the UI thread."""
        services = self.context.services
        if services is None:
            return

        def look() -> list[TargetInfo] | None:
            # On the worker: the publishing service is built on first use (HTTP, secrets).
            pub = services.publishing
            return None if pub is None else pub.targets()

        def known(targets: list[TargetInfo] | None) -> None:
            if targets is None:
                return
            self.targets = targets
            self.update()

        self.context.read(look, known)

    def update(self) -> None:
        a, person, article = self.w.registry, self.context.person, self.context.article
        if person is None:
            return
        if article is None:
            for name in (A.PUBLISH, A.REOPEN):
                a.allow(name, False, self.tr("Open an article first."))
            return
        status = Status(article.status)
        ok, why = allowed(Action.EXPORT, person.actor, status, article.author_id)
        if ok and not self.targets:
            ok, why = False, self.tr("No portal to publish to yet: staff add one with "
                                     "“editor-app target add wordpress …”.")
        if ok and self.running:
            ok, why = False, self.tr("Publishing…")
        reopen, why_reopen = allowed(Action.REOPEN, person.actor, status, article.author_id)
        if self.context.read_only:
            ok = reopen = False
            why = why_reopen = self.tr("The store is open read-only.")
        a.allow(A.PUBLISH, ok, why)
        a.allow(A.REOPEN, reopen, why_reopen)

    # -- publishing --------------------------------------------------------------------
    def _choose_target(self) -> str | None:
        if len(self.targets) == 1:
            return self.targets[0].name
        names = [t.name for t in self.targets]
        name, ok = QInputDialog.getItem(self.w, self.tr("Publish to the portal"),
                                        self.tr("Portal:"), names, 0, False)
        return name if ok else None

    def publish(self) -> None:
        services, person, article = self.context.services, self.context.person, \
            self.context.article
        if services is None or person is None or article is None or \
                services.publishing is None or not self.autosave.flush():
            return
        target = self._choose_target()
        if target is None:
            return
        pub, article_id = services.publishing, article.id
        self.progress = QProgressDialog(
            self.tr("Publishing “%1” to %2…").replace("%1", article.title).replace("%2", target),
            "", 0, 0, self.w)
        self.progress.setObjectName("publish_progress")
        self.progress.setWindowTitle(self.tr("Publish to the portal"))
        self.progress.setCancelButton(None)  # the site is answering; stopping half-way helps no one
        self.progress.setMinimumDuration(0)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.show()
        self.running = True
        self.update()

        def work() -> tuple[PublishResult, Article]:
            result = pub.publish(person, article_id, target)
            return result, services.drafting.get(article_id)

        self.context.write(work, self._done, self._failed)

    def _finish(self) -> None:
        self.running = False
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, outcome: tuple[PublishResult, Article]) -> None:
        result, stored = outcome
        self._finish()
        if self.context.article is not None and self.context.article.id == stored.id:
            self.context.show(stored)
        self.context.saved(stored)
        self.context.articles_changed.emit()
        what = self.tr("Published on %1.") if result.created else self.tr("Updated on %1.")
        url = html.escape(result.url, quote=True)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Publish to the portal"),
                          f"{html.escape(what.replace('%1', result.target))}<br>"
                          f'<a href="{url}">{url}</a>', QMessageBox.StandardButton.Ok, self.w)
        box.setObjectName("publish_result")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.result_box = box
        box.destroyed.connect(self._forget_box)
        box.open()
        self.w.statusBar().showMessage(result.url, 15000)
        self.update()
        self.published.emit(result)

    def _forget_box(self) -> None:
        self.result_box = None

    def _failed(self, exc: Exception) -> None:
        self._finish()
        text = self.tr("Publishing failed: %1\nThe article was not changed.").replace(
            "%1", str(exc))
        box = plain_message_box(self.w, QMessageBox.Icon.Warning,
                                self.tr("Publish to the portal"), text)
        box.setObjectName("publish_error")
        self.result_box = box
        box.destroyed.connect(self._forget_box)
        box.open()
        self.update()
        self.failed.emit(text)

    # -- a correction after publication -----------------------------------------------
    def reopen(self) -> None:
        services, person, article = self.context.services, self.context.person, \
            self.context.article
        if services is None or person is None or article is None:
            return
        from editor_app.gui.dialogs.reason import ReasonDialog

        dlg = ReasonDialog(self.tr("Reopen for correction"), self.tr(
            "The article goes back to review so that editors can correct it and approve it "
            "again. Publishing it then updates the same post on the portal. Say what needs "
            "correcting."), parent=self.w)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        reason, article_id = dlg.reason(), article.id

        def after(stored: Any) -> None:
            self.context.show(stored)
            self.context.saved(stored)
            self.w.statusBar().showMessage(self.tr("Reopened for correction."), 6000)

        self.context.write(lambda: services.review.reopen(person, article_id, reason), after)
