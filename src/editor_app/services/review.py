"""The review workflow: status changes with an audit row each, comments, history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor_app.domain import i18n
from editor_app.domain.entities import (
    Article,
    Comment,
    HistoryEntry,
    Person,
    Revision,
    RevisionInfo,
    Snapshot,
    Transition,
)
from editor_app.domain.errors import NotFound, PermissionDenied
from editor_app.domain.workflow import Action, Role, Status, authorize
from editor_app.services.article import load_article, record_transition
from editor_app.services.common import acting, clean, later_of, new_id, now, require_article

if TYPE_CHECKING:
    from editor_app.services.common import Clock, UowFactory
    from editor_app.store.models import ArticleRow
    from editor_app.store.uow import UnitOfWork


def move(
    uow: UnitOfWork, me: Person, action: Action, row: ArticleRow, note: str, clock: Clock
) -> None:
    """Apply a workflow *action* by *me* (re-read in this transaction) to *row*, audited."""
    old = row.status
    # Four eyes: whoever wrote any of it (owner, listed author, writer of any
    # revision) may not approve it; the database refuses it too (migration 0003).
    writers = uow.articles.writer_ids(row.id) if action is Action.APPROVE else set()
    new = authorize(action, me.actor, Status(old), row.author_id, note, writers=writers)
    assert new is not None
    t = later_of(clock, row.created_at, row.updated_at)
    row.status = new.value
    row.updated_at = t
    if new is Status.SUBMITTED:
        row.submitted_at = t
    elif new is Status.APPROVED:
        row.approved_at, row.approved_by_id = t, me.id
    elif new is Status.RETURNED or action is Action.REOPEN:
        # The approval covered the text as it was; a correction needs a new one.
        row.approved_at = row.approved_by_id = None
    elif new is Status.EXPORTED:
        row.exported_at = t
    record_transition(uow, row, me, old, note, at=t)


class ReviewService:
    def __init__(self, uow: UowFactory, clock: Clock = now) -> None:
        self._uow = uow
        self._clock = clock

    def _move(self, action: Action, actor: Person, article_id: str, note: str = "") -> Article:
        with self._uow(write=True) as uow:
            me = acting(uow, actor)
            row = require_article(uow, article_id, body=False)
            move(uow, me, action, row, note, self._clock)
            uow.commit()
            return load_article(uow, row)

    def submit(self, actor: Person, article_id: str, note: str = "") -> Article:
        return self._move(Action.SUBMIT, actor, article_id, note)

    def start_review(self, actor: Person, article_id: str) -> Article:
        return self._move(Action.START_REVIEW, actor, article_id)

    def return_to_author(self, actor: Person, article_id: str, reason: str) -> Article:
        return self._move(Action.RETURN, actor, article_id, reason)

    def approve(self, actor: Person, article_id: str, note: str = "") -> Article:
        return self._move(Action.APPROVE, actor, article_id, note)

    def mark_exported(self, actor: Person, article_id: str, note: str = "") -> Article:
        return self._move(Action.EXPORT, actor, article_id, note)

    def withdraw(self, actor: Person, article_id: str, reason: str) -> Article:
        return self._move(Action.WITHDRAW, actor, article_id, reason)

    def archive(self, actor: Person, article_id: str, note: str = "") -> Article:
        return self._move(Action.ARCHIVE, actor, article_id, note)

    def reopen(self, actor: Person, article_id: str, reason: str) -> Article:
        """Staff take a published (or withdrawn) article back for a correction, saying why.

        It goes back to review; the post made on a portal stays remembered, so
        publishing after the new approval updates that post instead of adding one.
        """
        return self._move(Action.REOPEN, actor, article_id, reason)

    # -- comments --------------------------------------------------------
    def comment(self, actor: Person, article_id: str, text: str) -> Comment:
        with self._uow(write=True) as uow:
            me = acting(uow, actor)
            row = require_article(uow, article_id, body=False)
            authorize(Action.COMMENT, me.actor, Status(row.status), row.author_id)
            from editor_app.store.models import CommentRow

            c = CommentRow(id=new_id(), article_id=row.id, author_id=me.id,
                           body=clean("comment", text, required=True, multiline=True),
                           created_at=self._clock(), resolved=False)
            uow.comments.add(c)
            uow.commit()
            return Comment(c.id, row.id, me.name, me.id, c.body, c.created_at, False)

    def set_resolved(self, actor: Person, comment_id: str, resolved: bool = True) -> Comment:
        """The commenter, the article's author or an editor may resolve a comment."""
        with self._uow(write=True) as uow:
            me = acting(uow, actor)
            c = uow.comments.get(comment_id)
            if c is None:
                raise NotFound(i18n.tr("not_found", what=i18n.tr("comment"), key=comment_id))
            art = require_article(uow, c.article_id, body=False)
            if me.id not in (c.author_id, art.author_id) and me.role is not Role.EDITOR:
                raise PermissionDenied(i18n.tr("role_forbidden", name=me.name,
                                               role=i18n.role_name(me.role),
                                               action=i18n.action_name("comment")))
            c.resolved = resolved
            uow.commit()
            author = uow.people.get(c.author_id)
            return Comment(c.id, c.article_id, author.name if author else "?", c.author_id,
                           c.body, c.created_at, c.resolved)

    def comments(self, article_id: str) -> list[Comment]:
        with self._uow() as uow:
            require_article(uow, article_id, body=False)
            return [Comment(c.id, c.article_id, name, c.author_id, c.body, c.created_at,
                            c.resolved) for c, name in uow.comments.for_article(article_id)]

    # -- history ---------------------------------------------------------
    def revisions(self, article_id: str) -> list[RevisionInfo]:
        with self._uow() as uow:
            require_article(uow, article_id, body=False)
            return [RevisionInfo(r.id, r.article_id, r.parent_id, r.number, name, r.created_at,
                                 r.note, Status(r.status), r.title)
                    for r, name in uow.revisions.for_article(article_id)]

    def revision(self, revision_id: str) -> Revision:
        with self._uow() as uow:
            r = uow.revisions.get(revision_id)
            if r is None:
                raise NotFound(i18n.tr("not_found", what=i18n.tr("revision"), key=revision_id))
            author = uow.people.get(r.author_id)
            return Revision(r.id, r.article_id, r.parent_id, r.number,
                            author.name if author else "?", r.created_at, r.note,
                            Status(r.status), r.title, snapshot=Snapshot.from_json(r.snapshot))

    def transitions(self, article_id: str) -> list[Transition]:
        with self._uow() as uow:
            return [Transition(t.article_id, name,
                               Status(t.from_status) if t.from_status else None,
                               Status(t.to_status), t.note, t.at)
                    for t, name in uow.transitions.for_article(article_id)]

    def history(self, article_id: str) -> list[HistoryEntry]:
        """Revisions and status changes in one timeline, oldest first."""
        entries = [
            HistoryEntry(r.created_at, "revision", r.author_name,
                         f"#{r.number} {r.note}".strip(), r.id)
            for r in self.revisions(article_id)
        ]
        for t in self.transitions(article_id):
            old = i18n.status_name(t.from_status) if t.from_status else "—"
            text = f"{old} → {i18n.status_name(t.to_status)}"
            entries.append(HistoryEntry(t.at, "transition", t.actor_name,
                                        f"{text}: {t.note}" if t.note else text,
                                        to_status=t.to_status.value))
        entries.sort(key=lambda e: (e.at, e.kind != "revision"))
        return entries
