"""A client copying what it pulled into its own store, as the server has it.

The server is the authority: its rows are copied as they are (ids, numbers,
times, statuses), in a session marked ``mirror`` so none of it goes back into the
outbox. An article with local changes still waiting to be pushed keeps its local
text; everything else takes the server's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from editor_app.domain.entities import Snapshot
from editor_app.domain.search_text import index_doc
from editor_app.services import sync_categories, sync_people
from editor_app.services import sync_wire as wire
from editor_app.services.media import store_media
from editor_app.store.models import (
    ArticleRow,
    CategoryRow,
    CommentRow,
    OutboxRow,
    PersonRow,
    RelatedPinRow,
    RevisionRow,
    TransitionRow,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from editor_app.store.uow import UnitOfWork

_ARTICLE_TEXT = ("title", "subtitle", "summary", "body", "slug", "byline", "department",
                 "source", "dateline", "featured_caption", "featured_credit", "featured_alt")


def apply_page(uow: UnitOfWork, page: dict[str, Any], fetch_media: Callable[[str], bytes],
               own: set[str]) -> int:
    """Copy one pulled page; *own*: change ids this client pushed. Returns entries applied."""
    apply_directory(uow, page)
    pending = set(uow.session.scalars(select(OutboxRow.article_id)
                                      .where(OutboxRow.state == "pending")))
    for e in page.get("entries", []):
        if e["kind"] == "withdrawn":
            _forget(uow, e["article"]["id"])
            continue
        if e["article"]["id"] not in pending:
            _article(uow, e["article"], fetch_media)
        if e.get("revision"):
            _revision(uow, e["revision"])
        if e.get("transition") and e.get("change_id") not in own:
            _transition(uow, e["transition"])
        if e.get("comment"):
            _comment(uow, e["comment"])
        if e.get("pins") is not None:
            _pins(uow, e["article"]["id"], e["pins"])
    uow.session.flush()
    return len(page.get("entries", []))


def apply_directory(uow: UnitOfWork, page: dict[str, Any]) -> None:
    """The server's people and categories, a local one with the same login or name adopted."""
    apply_people(uow, page.get("people", []))
    categories = page.get("categories", [])
    sync_categories.adopt_all(uow, categories)
    for c in sorted(categories, key=lambda c: c["parent_id"] is not None):
        _category(uow, c)


def apply_people(uow: UnitOfWork, people: list[dict[str, Any]]) -> None:
    """The server's people as it has them (in the mirror session: recorded nowhere)."""
    uow.session.info["mirror"] = True
    for p in people:
        _person(uow, p)
    uow.session.flush()


def _person(uow: UnitOfWork, p: dict[str, Any]) -> None:
    sync_people.adopt(uow, p)  # a local person with this login becomes this one
    row = uow.people.get(p["id"])
    if row is None:
        row = PersonRow(id=p["id"], created_at=wire.when(p["created_at"]))
        uow.session.add(row)
    row.login, row.name, row.role = p["login"], p["name"], p["role"]
    row.department, row.active = p["department"], p["active"]


def _category(uow: UnitOfWork, c: dict[str, Any]) -> None:
    row = uow.categories.get(c["id"])
    if row is None:
        row = CategoryRow(id=c["id"])
        uow.session.add(row)
    row.name, row.slug, row.parent_id = c["name"], c["slug"], c["parent_id"]
    row.position, row.retired_at = c["position"], wire.when(c["retired_at"])
    uow.session.flush()


def _article(uow: UnitOfWork, a: dict[str, Any], fetch_media: Callable[[str], bytes]) -> None:
    snap = Snapshot.from_json(a["snapshot"])
    if snap.featured_sha256 and uow.media.get(snap.featured_sha256) is None:
        store_media(uow, fetch_media(snap.featured_sha256))
    row = uow.articles.get(a["id"])
    if row is None:
        row = ArticleRow(id=a["id"])
        uow.session.add(row)
    for name in _ARTICLE_TEXT:
        setattr(row, name, getattr(snap, name))
    row.featured_sha256 = snap.featured_sha256
    row.category_id, row.tags = snap.category_id, ",".join(snap.tags)
    row.author_id, row.status, row.version = a["author_id"], a["status"], a["version"]
    row.revision_id, row.conflict_revision_id = a["revision_id"], a["conflict_revision_id"]
    row.approved_by_id = a["approved_by_id"]
    for name in ("created_at", "updated_at", "submitted_at", "approved_at", "exported_at"):
        setattr(row, name, wire.when(a[name]))
    uow.session.flush()
    uow.articles.set_authors(row.id, a["author_ids"] or [row.author_id])
    _images(uow, row.id, a.get("images") or [], fetch_media)
    uow.search.put(row.pk, index_doc(snap.title, snap.subtitle, snap.summary, snap.body,
                                     snap.byline, snap.department, ",".join(snap.tags)))


def _images(uow: UnitOfWork, article_id: str, images: list[dict[str, Any]],
            fetch_media: Callable[[str], bytes]) -> None:
    """The article's inline images with their captions and credits, as the server has them."""
    for img in images:
        if uow.media.get(img["sha256"]) is None:
            store_media(uow, fetch_media(img["sha256"]))
        uow.media.attach(article_id, img["sha256"], img["caption"], img["credit"], img["alt"])


def _forget(uow: UnitOfWork, article_id: str) -> None:
    """Drop the copy of an article this person may no longer see (it was unpublished).

    Its revisions, transitions, comments and the pins naming it go with it (the
    foreign keys cascade); the search index is not a foreign key, so it is told.
    """
    row = uow.articles.get(article_id, body=False)
    if row is None:
        return
    uow.search.remove(row.pk)
    uow.session.delete(row)
    uow.session.flush()


def _free_number(uow: UnitOfWork, article_id: str, number: int, keep: str) -> None:
    """A local revision not yet numbered by the server steps aside (below zero)."""
    holder = uow.session.scalar(select(RevisionRow).where(
        RevisionRow.article_id == article_id, RevisionRow.number == number,
        RevisionRow.id != keep))
    if holder is not None:
        low = uow.session.scalar(select(func.min(RevisionRow.number))
                                 .where(RevisionRow.article_id == article_id)) or 0
        holder.number = min(low, 0) - 1
        uow.session.flush()


def _revision(uow: UnitOfWork, r: dict[str, Any]) -> None:
    if uow.articles.get(r["article_id"], body=False) is None:
        return
    _free_number(uow, r["article_id"], r["number"], r["id"])
    row = uow.revisions.get(r["id"])
    if row is not None:  # ours, pushed: the server gave it its number and time
        row.number, row.status = r["number"], r["status"]
        row.created_at = wire.when(r["created_at"]) or row.created_at
        uow.session.flush()
        return

    def known(rid: str | None) -> str | None:  # history from before we could see it
        return rid if rid and uow.revisions.get(rid) is not None else None

    uow.session.add(RevisionRow(
        id=r["id"], article_id=r["article_id"], parent_id=known(r["parent_id"]),
        merge_parent_id=known(r["merge_parent_id"]), number=r["number"],
        author_id=r["author_id"], created_at=wire.when(r["created_at"]), note=r["note"],
        status=r["status"], title=r["title"], snapshot=r["snapshot"]))
    uow.session.flush()


def _transition(uow: UnitOfWork, t: dict[str, Any]) -> None:
    uow.session.add(TransitionRow(
        article_id=t["article_id"], actor_id=t["actor_id"], from_status=t["from_status"],
        to_status=t["to_status"], note=t["note"], at=wire.when(t["at"])))


def _comment(uow: UnitOfWork, c: dict[str, Any]) -> None:
    row = uow.comments.get(c["id"])
    if row is None:
        uow.session.add(CommentRow(id=c["id"], article_id=c["article_id"],
                                   author_id=c["author_id"], body=c["body"],
                                   created_at=wire.when(c["created_at"]),
                                   resolved=c["resolved"]))
    else:
        row.resolved = c["resolved"]


def _pins(uow: UnitOfWork, article_id: str, pins: dict[str, Any]) -> None:
    uow.related.clear(article_id)
    uow.session.flush()
    here = [i for i in [*pins["pinned"], *pins["hidden"]]
            if uow.articles.get(i, body=False) is not None]
    for pos, rid in enumerate(pins["pinned"]):
        if rid in here:
            uow.related.add(RelatedPinRow(article_id=article_id, related_id=rid, position=pos,
                                          hidden=False))
    for rid in pins["hidden"]:
        if rid in here:
            uow.related.add(RelatedPinRow(article_id=article_id, related_id=rid, position=0,
                                          hidden=True))
