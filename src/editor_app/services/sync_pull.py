"""The server's side of pull: the change log after a number, as much as the person may see.

Editors, staff and admins see the whole newsroom. A reporter sees their own
articles (owner or listed author) with their history, and of the others only
published ones (approved, exported), as their current revision only, for the related lists:
never another reporter's unsubmitted draft. When a published article stops being
published (withdrawn, reopened for a correction), a reporter who may no longer see it
gets a ``withdrawn`` entry naming only its id, so the desktop drops its copy instead of
showing a retracted article in its related lists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from editor_app.domain.workflow import Role
from editor_app.services import sync_wire as wire
from editor_app.services.article import snapshot_of
from editor_app.store.models import CommentRow, SyncLogRow, TransitionRow

if TYPE_CHECKING:
    from editor_app.domain.entities import Person
    from editor_app.store.models import ArticleRow
    from editor_app.store.uow import UnitOfWork

PUBLISHED = frozenset({"approved", "exported"})
FULL, HEAD_ONLY, NOTHING = "full", "head", ""


def sight(me: Person, row: ArticleRow, author_ids: list[str]) -> str:
    """How much of an article *me* may receive."""
    if me.role is not Role.REPORTER or me.id == row.author_id or me.id in author_ids:
        return FULL
    return HEAD_ONLY if row.status in PUBLISHED else NOTHING


def page(uow: UnitOfWork, me: Person, after: int, limit: int) -> dict[str, Any]:
    logs = uow.session.scalars(select(SyncLogRow).where(SyncLogRow.seq > after)
                               .order_by(SyncLogRow.seq).limit(limit)).all()
    articles: dict[str, tuple[str, dict[str, Any]] | None] = {}
    entries = []
    for log in logs:
        if log.article_id not in articles:
            articles[log.article_id] = _article(uow, me, log.article_id)
        seen = articles[log.article_id]
        if seen is None:
            if _unpublished(uow, log):
                entries.append({"seq": log.seq, "kind": "withdrawn", "change_id": None,
                                "article": {"id": log.article_id}, "revision": None,
                                "transition": None, "comment": None, "pins": None})
            continue
        how, state = seen
        entry: dict[str, Any] = {"seq": log.seq, "kind": log.kind, "change_id": log.change_id,
                                 "article": state, "revision": None, "transition": None,
                                 "comment": None, "pins": None}
        if how == FULL:
            _detail(uow, log, entry)
        elif state["revision_id"]:  # the current text as a revision, with no history
            head = uow.revisions.get(state["revision_id"])
            if head is not None:
                entry["revision"] = {**wire.revision(head), "parent_id": None,
                                     "merge_parent_id": None}
        entries.append(entry)
    return {
        "entries": entries,
        "next": logs[-1].seq if logs else after,
        "more": len(logs) == limit,
        "people": [wire.person(p) for p in uow.people.list()],
        "categories": [wire.category(c) for c in uow.categories.list()],
    }


def _article(uow: UnitOfWork, me: Person, article_id: str) -> tuple[str, dict[str, Any]] | None:
    row = uow.articles.get(article_id)
    if row is None:
        return None
    snap = snapshot_of(uow, row)
    how = sight(me, row, list(snap.author_ids))
    if not how:
        return None
    images = [wire.image(m) for m, _ in uow.media.for_article(article_id)]
    return how, wire.article(row, list(snap.author_ids), snap.to_json(), images)


def _unpublished(uow: UnitOfWork, log: SyncLogRow) -> bool:
    """Whether *log* is the step that took a published article out of sight."""
    if log.kind != "transition":
        return False
    t = uow.session.get(TransitionRow, int(log.object_id))
    return t is not None and t.from_status in PUBLISHED and t.to_status not in PUBLISHED


def _detail(uow: UnitOfWork, log: SyncLogRow, entry: dict[str, Any]) -> None:
    if log.kind == "revision":
        rev = uow.revisions.get(log.object_id)
        entry["revision"] = wire.revision(rev) if rev is not None else None
    elif log.kind == "transition":
        t = uow.session.get(TransitionRow, int(log.object_id))
        entry["transition"] = wire.transition(t) if t is not None else None
    elif log.kind == "comment":
        c = uow.session.get(CommentRow, log.object_id)
        entry["comment"] = wire.comment(c) if c is not None else None
    elif log.kind == "pins":
        pins = uow.related.pins(log.article_id)
        entry["pins"] = {"pinned": [p.related_id for p in pins if not p.hidden],
                         "hidden": [p.related_id for p in pins if p.hidden]}
