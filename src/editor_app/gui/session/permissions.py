"""What the signed-in person may do with the open article: greys out actions and says why.

Listens to the session context; the services refuse anyway (DESIGN §2).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editor_app.domain.workflow import Action, Status, allowed
from editor_app.gui.actions import (
    ALWAYS_ACTIONS,
    ARTICLE_ACTIONS,
    EDITING_ACTIONS,
    WORKFLOW_ACTIONS,
    ActionName,
)

if TYPE_CHECKING:
    from editor_app.domain.workflow import Actor
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.context import SessionContext

A = ActionName
STEPS = {A.SUBMIT: Action.SUBMIT, A.START_REVIEW: Action.START_REVIEW, A.RETURN: Action.RETURN,
         A.APPROVE: Action.APPROVE, A.WITHDRAW: Action.WITHDRAW}
# Usable as soon as someone has signed in, whatever the article.
SIGNED_IN_ACTIONS = (A.SWITCH_PERSON, A.SIGN_OUT, A.SETTINGS, A.FIND, A.REPLACE, A.FOCUS_SEARCH)


class Permissions(QObject):
    def __init__(self, window: MainWindow, context: SessionContext) -> None:
        super().__init__(window)
        self.w, self.context = window, context
        self._status: Status | None = None
        context.person_changed.connect(lambda _p: self.update())
        context.signed_out.connect(self.set_opening)
        context.article_changed.connect(lambda _a: self.update())
        context.article_saved.connect(self._saved)
        window.language_changed.connect(self.update)
        self.set_opening()

    def set_opening(self) -> None:
        """Before anyone signs in, only quitting, settings and About work."""
        self.w.body.setReadOnly(True)
        self.w.metadata.set_read_only(True)
        for name in ActionName:
            if name not in ALWAYS_ACTIONS:
                self.w.registry[name].setEnabled(False)
        self._administration(None)

    def _administration(self, actor: Actor | None) -> None:
        """The Administration menu shows only what the role table lets this person do."""
        shown = False
        for name, action in ((A.PEOPLE, Action.MANAGE_PEOPLE),
                             (A.CATEGORIES, Action.MANAGE_CATEGORIES),
                             (A.HOUSE_STYLE, Action.MANAGE_STYLE),
                             (A.PORTAL_IDENTITY, Action.MANAGE_PORTAL)):
            ok = actor is not None and allowed(action, actor)[0]
            self.w.registry[name].setVisible(ok)
            self.w.registry[name].setEnabled(ok)
            shown = shown or ok
        self.w.menus["admin"].menuAction().setVisible(shown)

    def _saved(self, article: object) -> None:
        status = getattr(article, "status", None)
        if status != self._status:  # a save that changed the status (editing after approval)
            self.update()

    def _read_only_reason(self) -> str:
        return self.tr("The store is open read-only.")

    def update(self) -> None:
        a, person, article = self.w.registry, self.context.person, self.context.article
        if person is None:
            return
        read_only = self.context.read_only
        for name in SIGNED_IN_ACTIONS:
            a.allow(name, True)
        actor = person.actor
        self._administration(None if read_only else actor)
        for name, action in ((A.NEW_ARTICLE, Action.CREATE), (A.EXPORT, Action.EXPORT),
                             (A.IMPORT_BUNDLE, Action.IMPORT),
                             (A.HOUSE_STYLE, Action.MANAGE_STYLE)):
            ok, why = allowed(action, actor)
            if read_only:
                ok, why = False, self._read_only_reason()
            a.allow(name, ok, why)
        if article is None:
            self._status = None
            for name in ARTICLE_ACTIONS:
                a.allow(name, False, self.tr("Open an article first."))
            self.w.body.setReadOnly(True)
            self.w.metadata.set_read_only(True)
            return
        status = self._status = Status(article.status)
        may_edit, why_not = allowed(Action.EDIT, actor, status, article.author_id)
        if read_only:
            may_edit, why_not = False, self._read_only_reason()
        self.w.body.setReadOnly(not may_edit)
        self.w.metadata.set_read_only(not may_edit)
        for name in EDITING_ACTIONS:
            a.allow(name, may_edit, why_not)
        if may_edit:
            self.w.banner.hide()
        elif not read_only:  # a read-only store has its own banner already
            self.w.banner.setText(self.tr("Read only: %1").replace("%1", why_not))
            self.w.banner.setProperty("kind", "role")
            self.w.banner.show()
        a.allow(A.CHECK, True)
        a.allow(A.PREVIEW, True)
        a.allow(A.PRINT, True)
        a.allow(A.SAVE_PDF, True)
        for name in WORKFLOW_ACTIONS:
            # Writers too: a co-author or anyone who wrote a revision may not approve it.
            ok, why = allowed(STEPS[name], actor, status, article.author_id,
                              writers=article.writer_ids)
            if read_only:
                ok, why = False, self._read_only_reason()
            a.allow(name, ok, why)
