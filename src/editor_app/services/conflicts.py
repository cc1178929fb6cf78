"""An article in conflict: both heads shown, and a person's choice that ends it.

A conflict is two heads of one article (its current revision and the one that
clashed with it). Resolving writes a revision whose two parents are those heads;
on a desktop that revision goes into the outbox and ends the conflict on the
server too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from editor_app.domain import i18n
from editor_app.domain.entities import PersonRef, Snapshot
from editor_app.domain.errors import InvalidInput, InvalidState
from editor_app.domain.merge import MergeConflict, merge_snapshots
from editor_app.domain.workflow import Action, Status, authorize
from editor_app.services.article import prepare, receive_revision, snapshot_of
from editor_app.services.common import acting, clean, now, require_article

if TYPE_CHECKING:
    from datetime import datetime

    from editor_app.domain.entities import Person
    from editor_app.services.common import Clock, UowFactory
    from editor_app.store.models import RevisionRow
    from editor_app.store.uow import UnitOfWork


@dataclass(frozen=True)
class ConflictView:
    """What the conflict view shows: both sides whole, and the merge with clashes marked."""

    article_id: str
    head_id: str
    other_id: str
    head: Snapshot  # the text the article shows (it reached the server first)
    other: Snapshot  # the text that clashed with it
    merge: MergeConflict | None  # None: the two merge cleanly now (nothing to mark)
    # Who wrote each side and when: the desktop's conflict view names them.
    head_author: PersonRef | None = None
    other_author: PersonRef | None = None
    head_at: datetime | None = None
    other_at: datetime | None = None


class ConflictService:
    def __init__(self, uow: UowFactory, clock: Clock = now) -> None:
        self._uow = uow
        self._clock = clock

    def view(self, article_id: str) -> ConflictView:
        with self._uow() as uow:
            row = require_article(uow, article_id)
            head, other = _heads(uow, row.revision_id, row.conflict_revision_id, row.title)
            base_row = uow.revisions.get(other.parent_id) if other.parent_id else None
            base = Snapshot.from_json(base_row.snapshot) if base_row else Snapshot()
            hs, os_ = Snapshot.from_json(head.snapshot), Snapshot.from_json(other.snapshot)
            m = merge_snapshots(base, os_, hs)
            return ConflictView(row.id, head.id, other.id, hs, os_,
                                m if isinstance(m, MergeConflict) else None,
                                _writer(uow, head.author_id), _writer(uow, other.author_id),
                                head.created_at, other.created_at)

    def resolve(self, actor: Person, article_id: str, *, body: str | None = None,
                take: str | None = None) -> str:
        """End the conflict with *body* (the rest as the article shows it) or one whole side.

        *take*: "mine" (the side *actor* wrote) or "theirs" (the other). Returns the
        new revision's id.
        """
        if (body is None) == (take is None) or take not in (None, "mine", "theirs"):
            raise InvalidInput(i18n.tr("invalid", field="resolve", problem="--body-file | --take"))
        with self._uow(write=True) as uow:
            me = acting(uow, actor)
            row = require_article(uow, article_id)
            authorize(Action.EDIT, me.actor, Status(row.status), row.author_id)
            head, other = _heads(uow, row.revision_id, row.conflict_revision_id, row.title)
            if take is not None:
                chosen = _side(me, head, other, take)
                snap = Snapshot.from_json(chosen.snapshot)
            else:
                snap = replace(snapshot_of(uow, row),
                               body=clean("body", body, multiline=True))
            row.conflict_revision_id = None
            receive_revision(uow, row, me, prepare(snap), note=i18n.tr("sync.resolved"),
                             clock=self._clock, force=True, merge_parent_id=other.id)
            uow.commit()
            return str(row.revision_id)


def _writer(uow: UnitOfWork, person_id: str) -> PersonRef:
    p = uow.people.get(person_id)
    return PersonRef(person_id, p.login, p.name) if p else PersonRef(person_id, "?", "?")


def _heads(uow: UnitOfWork, head_id: str | None, other_id: str | None,
           title: str) -> tuple[RevisionRow, RevisionRow]:
    head = uow.revisions.get(head_id) if head_id else None
    other = uow.revisions.get(other_id) if other_id else None
    if head is None or other is None:
        raise InvalidState(i18n.tr("sync.not_in_conflict", title=title))
    return head, other


def _side(me: Person, head: RevisionRow, other: RevisionRow, take: str) -> RevisionRow:
    mine = [r for r in (head, other) if r.author_id == me.id]
    if len(mine) != 1:
        raise InvalidInput(i18n.tr("sync.neither_side"))
    theirs = other if mine[0] is head else head
    return mine[0] if take == "mine" else theirs
