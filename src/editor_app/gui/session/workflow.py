"""Workflow steps from the window: checklist, submit, review, return, approve, withdraw.

Each step saves what is typed first, runs on the writer, and announces the new
version through the session context; the list, tabs and actions update themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from editor_app.domain.checklist import check
from editor_app.domain.house_style import checklist_items
from editor_app.domain.workflow import Role
from editor_app.gui.actions import ActionName as A
from editor_app.gui.dialogs.checklist import ChecklistDialog
from editor_app.gui.dialogs.reason import ReasonDialog

if TYPE_CHECKING:
    from collections.abc import Callable

    from editor_app.domain.entities import Article
    from editor_app.gui.application import Appearance
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.autosave import AutosaveSession
    from editor_app.gui.session.context import SessionContext
    from editor_app.services import Services


class Workflow(QObject):
    def __init__(self, window: MainWindow, context: SessionContext, autosave: AutosaveSession,
                 appearance: Appearance) -> None:
        super().__init__(window)
        self.w, self.context, self.autosave, self.appearance = \
            window, context, autosave, appearance
        a = window.registry
        a.on(A.SUBMIT, self.submit)
        a.on(A.START_REVIEW, self.start_review)
        a.on(A.RETURN, self.return_to_author)
        a.on(A.APPROVE, self.approve)
        a.on(A.WITHDRAW, self.withdraw)
        a.on(A.CHECK, self.show_checklist)

    # -- the checklist ---------------------------------------------------------------
    def _checked(self, then: Callable[[list[Any]], None]) -> None:
        """Save, read the stored article off the UI thread, run the checklist on it."""
        services, article = self.context.services, self.context.article
        if services is None or article is None or not self.autosave.flush():
            return
        article_id, lang = article.id, self.appearance.language

        def run() -> list[Any]:
            stored, style = services.drafting.get(article_id), services.house_style.get()
            return check(stored, lang) + checklist_items(stored, style.tone, style.terms, lang)

        self.context.read(run, then)

    def _checklist_then(self, action_text: str, *, editor_step: bool,
                        go_on: Callable[[], None]) -> None:
        def decide(items: list[Any]) -> None:
            if not items:
                go_on()
                return
            person = self.context.person
            may_pass = editor_step and person is not None and person.role is Role.EDITOR
            dlg = ChecklistDialog(items, action_text,
                                  may_pass_warnings=may_pass or not editor_step, parent=self.w)
            dlg.jump.connect(self.jump_to)
            if dlg.exec() == QDialog.DialogCode.Accepted and not dlg.blocked:
                go_on()

        self._checked(decide)

    def show_checklist(self) -> None:
        def show(items: list[Any]) -> None:
            if not items:
                QMessageBox.information(self.w, self.tr("Checklist"),
                                        self.tr("Everything on the checklist is in order."))
                return
            dlg = ChecklistDialog(items, self.tr("submit"), may_pass_warnings=False,
                                  parent=self.w)
            dlg.jump.connect(self.jump_to)
            dlg.exec()

        self._checked(show)

    def jump_to(self, field: str, position: int) -> None:
        if field == "body":
            self.w.body.jump_to(position)
            return
        self.w.side.setCurrentWidget(self.w.metadata)
        self.w.metadata.focus_field(field)

    # -- steps -----------------------------------------------------------------------------
    def _step(self, fn: Callable[[Services, Any, str], Article], done_message: str) -> None:
        services, person, article = self.context.services, self.context.person, \
            self.context.article
        if services is None or person is None or article is None:
            return
        if not self.autosave.flush():
            return
        article_id = article.id

        def after(stored: Article) -> None:
            self.context.show(stored)  # as the old text shows it: status, tabs, actions
            self.context.saved(stored)
            self.w.statusBar().showMessage(done_message, 6000)

        self.context.write(lambda: fn(services, person, article_id), after)

    def _confirm(self, title: str, consequence: str) -> bool:
        answer = QMessageBox.question(self.w, title, consequence)
        return answer == QMessageBox.StandardButton.Yes

    def submit(self) -> None:
        def go_on() -> None:
            if self._confirm(self.tr("Submit for review"), self.tr(
                    "Send this article to the editors? You cannot change it while it is being "
                    "reviewed, unless it is returned to you.")):
                self._step(lambda s, p, aid: s.review.submit(p, aid),
                           self.tr("Submitted for review."))

        self._checklist_then(self.tr("submit"), editor_step=False, go_on=go_on)

    def start_review(self) -> None:
        self._step(lambda s, p, aid: s.review.start_review(p, aid), self.tr("Review started."))

    def return_to_author(self) -> None:
        dlg = ReasonDialog(self.tr("Return to author"), self.tr(
            "The author gets the article back with your reason and can change it."),
            parent=self.w)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        reason = dlg.reason()
        self._step(lambda s, p, aid: s.review.return_to_author(p, aid, reason),
                   self.tr("Returned to the author."))

    def approve(self) -> None:
        def go_on() -> None:
            if self._confirm(self.tr("Approve"), self.tr(
                    "Approve this article for publication? Staff can then export it to the "
                    "portal.")):
                self._step(lambda s, p, aid: s.review.approve(p, aid), self.tr("Approved."))

        self._checklist_then(self.tr("approve"), editor_step=True, go_on=go_on)

    def withdraw(self) -> None:
        if self.context.article is None:
            return
        dlg = ReasonDialog(self.tr("Withdraw from the portal"), self.tr(
            "The article will be marked as withdrawn (gỡ tin); the portal must take it down. "
            "Say why."), parent=self.w)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        reason = dlg.reason()
        self._step(lambda s, p, aid: s.review.withdraw(p, aid, reason),
                   self.tr("Withdrawn from the portal."))
