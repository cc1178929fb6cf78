"""Autosave: the open article is saved a moment after typing stops, without blocking typing.

One save is in flight at a time, on the writer thread. Edits made while it
runs are counted, and another save follows. A conflict (someone saved in
between) is never resolved silently: the window is told and the person chooses.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from editor_app.domain.errors import Conflict

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from collections.abc import Callable

    from editor_app.domain.entities import Article, ArticleFields
    from editor_app.gui.session.context import SessionContext


class AutosaveSession(QObject):
    saved = Signal(object)  # Article
    failed = Signal(str)
    conflict = Signal(object)  # Conflict
    state_changed = Signal()

    def __init__(self, context: SessionContext, delay_ms: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks = context.tasks
        self.collect: Callable[[], ArticleFields] | None = None
        self.article: Article | None = None
        self.version = 0
        self.edits = 0  # changes made since open; compared to what the last save carried
        self.saved_edits = 0
        self.saving = False
        self.last_saved: datetime | None = None
        self.last_error = ""
        self.timer = QTimer(self, singleShot=True, interval=delay_ms)
        self.timer.timeout.connect(self.save_now)
        context.article_changed.connect(self.open)
        context.article_saved.connect(self._stored)
        self.saved.connect(context.saved)

    @property
    def dirty(self) -> bool:
        return self.edits != self.saved_edits

    def set_delay(self, ms: int) -> None:
        self.timer.setInterval(ms)

    def open(self, article: Article | None) -> None:
        self.timer.stop()
        self.article = article
        self.version = article.version if article else 0
        self.edits = self.saved_edits = 0
        self.last_error = ""
        self.state_changed.emit()

    def _stored(self, article: Article) -> None:
        """A newer version of the open article came from elsewhere (a workflow step)."""
        if self.article is not None and article.id == self.article.id and \
                article.version >= self.version:
            self.article, self.version = article, article.version

    def touched(self) -> None:
        """Something the person typed; the timer restarts so saves wait for a pause."""
        if self.article is None:
            return
        self.edits += 1
        self.timer.start()
        self.state_changed.emit()

    def save_now(self, note: str = "") -> None:
        services, person = self.context.services, self.context.person
        if self.article is None or services is None or person is None:
            return
        if self.saving or not self.dirty:
            if self.saving and self.dirty:
                self.timer.start()  # try again when the current save is done
            return
        assert self.collect is not None
        fields = self.collect()
        carried = self.edits
        article_id, version = self.article.id, self.version
        self.saving = True
        self.state_changed.emit()

        def save() -> Article:
            return services.drafting.edit(person, article_id, fields, expected_version=version,
                                          note=note)

        def done(article: Article) -> None:
            self.saving = False
            if self.article is None or article.id != self.article.id:
                return
            self.article = article
            self.version = article.version
            self.saved_edits = carried
            self.last_saved = datetime.now(UTC)
            self.last_error = ""
            self.saved.emit(article)
            self.state_changed.emit()
            if self.dirty:
                self.timer.start()

        def failed(exc: Exception) -> None:
            log.warning("autosave of %s (version %s) failed: %s", article_id, version, exc)
            self.saving = False
            self.last_error = str(exc)
            self.state_changed.emit()
            if isinstance(exc, Conflict):
                self.conflict.emit(exc)
            else:
                self.failed.emit(str(exc))

        self.tasks.write(save, done, failed)

    def flush(self) -> bool:
        """Save what is unsaved, now, and wait (closing, switching person, a workflow step).

        The save runs on the writer thread like every other; the window waits for it.
        """
        self.timer.stop()
        self.tasks.wait()
        # A save that finished has its answer queued for this thread: take it now, or the
        # version here is the old one and our own save looks like someone else's (Conflict).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        services, person = self.context.services, self.context.person
        if not self.dirty or self.article is None or services is None or person is None:
            return True
        assert self.collect is not None
        fields, article_id, version = self.collect(), self.article.id, self.version
        try:
            article = self.tasks.write_and_wait(
                lambda: services.drafting.edit(person, article_id, fields,
                                               expected_version=version))
        except Exception as exc:
            self.last_error = str(exc)
            if isinstance(exc, Conflict):
                self.conflict.emit(exc)
            else:
                self.failed.emit(str(exc))
            return False
        self.article, self.version = article, article.version
        self.saved_edits = self.edits
        self.last_saved = datetime.now(UTC)
        self.saved.emit(article)
        return True
