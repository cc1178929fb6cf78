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
from sqlalchemy.orm import undefer

from editor_app.domain.entities import Snapshot
from editor_app.domain.workflow import Role
from editor_app.services import sync_wire as wire
from editor_app.services.article import split_tags
from editor_app.store.models import (
    ArticleAuthorRow,
    ArticleMediaRow,
    ArticleRow,
    CommentRow,
    MediaRow,
    PersonRow,
    RevisionRow,
    SyncLogRow,
    TransitionRow,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from editor_app.domain.entities import Person
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
    # Everything the page names, read a kind at a time (not a row at a time): a desktop
    # pages through every change in the newsroom, most of them another reporter's
    # drafts it may not see, and each read is a round trip the writers wait behind.
    found = _Found(uow, me, logs)
    entries = []
    for log in logs:
        seen = found.articles[log.article_id]
        if seen is None:
            if found.unpublished(log):
                entries.append({"seq": log.seq, "kind": "withdrawn", "change_id": None,
                                "article": {"id": log.article_id}, "revision": None,
                                "transition": None, "comment": None, "pins": None})
            continue
        how, state = seen
        entry: dict[str, Any] = {"seq": log.seq, "kind": log.kind, "change_id": log.change_id,
                                 "article": state, "revision": None, "transition": None,
                                 "comment": None, "pins": None}
        if how == FULL:
            found.detail(log, entry)
        elif state["revision_id"]:  # the current text as a revision, with no history
            head = found.revisions.get(state["revision_id"])
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


class _Found:
    """The rows a page of log entries names, each kind read in one query.

    ``articles``: each article's (sight, state on the wire), or None when *me* may not
    see it (or it is gone); the rows are those ``page`` once read one by one, so the
    answer is the same.
    """

    def __init__(self, uow: UnitOfWork, me: Person, logs: Sequence[SyncLogRow]) -> None:
        s = uow.session
        self.uow = uow
        ids = list(dict.fromkeys(log.article_id for log in logs))
        rows = {r.id: r for r in s.scalars(select(ArticleRow).where(ArticleRow.id.in_(ids))
                                           .options(undefer(ArticleRow.body)))} if ids else {}
        authors: dict[str, list[str]] = {}
        if rows:
            for article_id, person_id in s.execute(
                    select(ArticleAuthorRow.article_id, PersonRow.id)
                    .join(PersonRow, PersonRow.id == ArticleAuthorRow.person_id)
                    .where(ArticleAuthorRow.article_id.in_(list(rows)))
                    .order_by(ArticleAuthorRow.article_id, ArticleAuthorRow.position)):
                authors.setdefault(article_id, []).append(person_id)
        sights = {i: sight(me, r, authors.get(i, [])) for i, r in rows.items()}
        visible = [i for i in ids if sights.get(i)]
        images: dict[str, list[dict[str, str]]] = {}
        if visible:
            for m, _media in s.execute(
                    select(ArticleMediaRow, MediaRow)
                    .join(MediaRow, MediaRow.sha256 == ArticleMediaRow.sha256)
                    .where(ArticleMediaRow.article_id.in_(visible))
                    .order_by(ArticleMediaRow.article_id, ArticleMediaRow.sha256)):
                images.setdefault(m.article_id, []).append(wire.image(m))
        self.articles: dict[str, tuple[str, dict[str, Any]] | None] = {i: None for i in ids}
        for i in visible:
            row = rows[i]
            snap = _snapshot(row, authors.get(i, []))
            self.articles[i] = (sights[i], wire.article(row, list(snap.author_ids),
                                                        snap.to_json(), images.get(i, [])))
        full = {i for i in visible if sights[i] == FULL}
        hidden = set(ids) - set(visible)
        wanted = [log.object_id for log in logs if log.kind == "revision"
                  and log.article_id in full]
        heads = [rows[i].revision_id for i in visible if sights[i] == HEAD_ONLY]
        wanted += [h for h in heads if h]
        self.revisions: dict[str, RevisionRow] = {r.id: r for r in s.scalars(
            select(RevisionRow).where(RevisionRow.id.in_(wanted))
            .options(undefer(RevisionRow.snapshot)))} if wanted else {}
        # Transitions: the detail of a visible article's, or whether a hidden one's
        # took a published article out of sight.
        steps = [int(log.object_id) for log in logs if log.kind == "transition"
                 and (log.article_id in full or log.article_id in hidden)]
        self.transitions: dict[int, TransitionRow] = {t.id: t for t in s.scalars(
            select(TransitionRow).where(TransitionRow.id.in_(steps)))} if steps else {}
        notes = [log.object_id for log in logs if log.kind == "comment"
                 and log.article_id in full]
        self.comments: dict[str, CommentRow] = {c.id: c for c in s.scalars(
            select(CommentRow).where(CommentRow.id.in_(notes)))} if notes else {}
        self.pins: dict[str, dict[str, list[str]]] = {}

    def unpublished(self, log: SyncLogRow) -> bool:
        """Whether *log* is the step that took a published article out of sight."""
        if log.kind != "transition":
            return False
        t = self.transitions.get(int(log.object_id))
        return t is not None and t.from_status in PUBLISHED and t.to_status not in PUBLISHED

    def detail(self, log: SyncLogRow, entry: dict[str, Any]) -> None:
        if log.kind == "revision":
            rev = self.revisions.get(log.object_id)
            entry["revision"] = wire.revision(rev) if rev is not None else None
        elif log.kind == "transition":
            t = self.transitions.get(int(log.object_id))
            entry["transition"] = wire.transition(t) if t is not None else None
        elif log.kind == "comment":
            c = self.comments.get(log.object_id)
            entry["comment"] = wire.comment(c) if c is not None else None
        elif log.kind == "pins":
            if log.article_id not in self.pins:  # the list as it is now: once per article
                pins = self.uow.related.pins(log.article_id)
                self.pins[log.article_id] = {
                    "pinned": [p.related_id for p in pins if not p.hidden],
                    "hidden": [p.related_id for p in pins if p.hidden]}
            entry["pins"] = {k: list(v) for k, v in self.pins[log.article_id].items()}


def _snapshot(row: ArticleRow, author_ids: list[str]) -> Snapshot:
    """``article.snapshot_of`` with the authors already read."""
    return Snapshot(
        title=row.title, subtitle=row.subtitle, summary=row.summary, body=row.body,
        slug=row.slug, category_id=row.category_id, tags=split_tags(row.tags),
        byline=row.byline, department=row.department, source=row.source,
        dateline=row.dateline, author_ids=tuple(author_ids),
        featured_sha256=row.featured_sha256, featured_caption=row.featured_caption,
        featured_credit=row.featured_credit, featured_alt=row.featured_alt,
    )
