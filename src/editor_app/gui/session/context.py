"""The session: who is signed in, the services, the open article — and signals when they change.

Panels and controllers listen and refresh themselves (like Anki's
``operation_did_execute``); nobody refreshes the list or a tab by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from collections.abc import Callable

    from editor_app.domain.entities import Article, Person
    from editor_app.gui.tasks import Tasks
    from editor_app.services import Services


class SessionContext(QObject):
    person_changed = Signal(object)  # Person: someone signed in
    signed_out = Signal()  # nobody is signed in any more (File → Sign out)
    article_changed = Signal(object)  # Article | None: another article is shown (or reloaded)
    article_saved = Signal(object)  # Article: a new version of the open article was stored
    articles_changed = Signal()  # several articles changed at once (export, import)
    portal_changed = Signal()  # an admin changed the portal's identity: pages look different
    media_added = Signal(object, bytes)  # MediaRef, its bytes: an image just stored

    def __init__(self, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.services: Services | None = None
        self.person: Person | None = None
        self.article: Article | None = None
        self.read_only = False

    @property
    def ready(self) -> bool:
        return self.services is not None and self.person is not None

    def attach(self, services: Services, *, read_only: bool = False) -> None:
        self.services = services
        self.read_only = read_only

    def sign_in(self, person: Person) -> None:
        self.person = person
        self.person_changed.emit(person)

    def sign_out(self) -> None:
        """Nobody at the desk: the open article closes, the window shows nothing of theirs."""
        self.person = None
        self.show(None)
        self.signed_out.emit()

    def show(self, article: Article | None) -> None:
        """The article the window now shows, as the store holds it."""
        self.article = article
        self.article_changed.emit(article)

    def saved(self, article: Article) -> None:
        """The open article got a new version (a save, a workflow step, a restore)."""
        if self.article is not None and self.article.id == article.id:
            self.article = article
        self.article_saved.emit(article)

    # -- background work with the default failure handler ------------------------
    def read(self, fn: Callable[[], Any], done: Callable[[Any], None] | None = None,
             failed: Callable[[Exception], None] | None = None) -> None:
        self.tasks.read(fn, done, failed)

    def write(self, fn: Callable[[], Any], done: Callable[[Any], None] | None = None,
              failed: Callable[[Exception], None] | None = None) -> None:
        self.tasks.write(fn, done, failed)
