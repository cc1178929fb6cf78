"""Why an article came back: the return reason as a banner for its author, with the comments.

A returned article used to open with no sign of why; the reason is in the audit trail
(read on a worker), the discussion in the Comments tab one click away.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editor_app.domain.workflow import Status
from editor_app.gui.panels.review import when

if TYPE_CHECKING:
    from editor_app.domain.entities import Article, Transition
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.context import SessionContext


class ReturnNotice(QObject):
    def __init__(self, window: MainWindow, context: SessionContext) -> None:
        super().__init__(window)
        self.w, self.context = window, context
        self._serial = 0
        context.article_changed.connect(self._article_changed)
        window.return_banner.linkActivated.connect(
            lambda _link: window.side.setCurrentWidget(window.comments))

    def _article_changed(self, article: Article | None) -> None:
        self._serial += 1
        self.w.return_banner.hide()
        person, services = self.context.person, self.context.services
        if article is None or person is None or services is None or \
                Status(article.status) is not Status.RETURNED:
            return
        if person.id != article.author_id and person.id not in {a.id for a in article.authors}:
            return  # the reason is for the author; editors see it in History
        serial, article_id = self._serial, article.id

        def show(transitions: list[Transition]) -> None:
            back = [t for t in transitions if t.to_status is Status.RETURNED]
            current = self.context.article
            if serial != self._serial or not back or current is None or \
                    current.id != article_id:
                return
            last = back[-1]
            reason = html.escape(last.note) if last.note else self.tr("(no reason given)")
            self.w.return_banner.setText(
                self.tr("<b>Returned to you by %1</b> on %2: %3 &nbsp; "
                        "<a href=\"#comments\">See the comments</a>")
                .replace("%1", html.escape(last.actor_name)).replace("%2", when(last.at))
                .replace("%3", reason))
            self.w.return_banner.show()

        self.context.read(lambda: services.review.transitions(article_id), show)
