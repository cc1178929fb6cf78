"""Pull pages read a kind of row at a time; the answer is the one reading row by row gave.

``_page_one_by_one`` is ``sync_pull.page`` as it was before (one article, revision,
transition or comment read per log entry); every person's every page, at several page
sizes, must come out the same from both.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from editor_app.domain.entities import ArticleFields
from editor_app.services import sync_pull
from editor_app.services import sync_wire as wire
from editor_app.services.article import snapshot_of
from editor_app.services.common import acting
from editor_app.store.models import CommentRow, SyncLogRow, TransitionRow
from editor_app.store.uow import UnitOfWorkFactory
from tests.services.test_sync import _article, newsroom  # noqa: F401  (the fixture)


def _page_one_by_one(uow: Any, me: Any, after: int, limit: int) -> dict[str, Any]:
    logs = uow.session.scalars(select(SyncLogRow).where(SyncLogRow.seq > after)
                               .order_by(SyncLogRow.seq).limit(limit)).all()
    articles: dict[str, Any] = {}
    entries = []
    for log in logs:
        if log.article_id not in articles:
            articles[log.article_id] = _article_state(uow, me, log.article_id)
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
        if how == sync_pull.FULL:
            _detail(uow, log, entry)
        elif state["revision_id"]:
            head = uow.revisions.get(state["revision_id"])
            if head is not None:
                entry["revision"] = {**wire.revision(head), "parent_id": None,
                                     "merge_parent_id": None}
        entries.append(entry)
    return {"entries": entries, "next": logs[-1].seq if logs else after,
            "more": len(logs) == limit,
            "people": [wire.person(p) for p in uow.people.list()],
            "categories": [wire.category(c) for c in uow.categories.list()]}


def _article_state(uow: Any, me: Any, article_id: str) -> Any:
    row = uow.articles.get(article_id)
    if row is None:
        return None
    snap = snapshot_of(uow, row)
    how = sync_pull.sight(me, row, list(snap.author_ids))
    if not how:
        return None
    images = [wire.image(m) for m, _ in uow.media.for_article(article_id)]
    return how, wire.article(row, list(snap.author_ids), snap.to_json(), images)


def _unpublished(uow: Any, log: Any) -> bool:
    if log.kind != "transition":
        return False
    t = uow.session.get(TransitionRow, int(log.object_id))
    return (t is not None and t.from_status in sync_pull.PUBLISHED
            and t.to_status not in sync_pull.PUBLISHED)


def _detail(uow: Any, log: Any, entry: dict[str, Any]) -> None:
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


def _newsroom_with_everything(n: Any) -> None:
    """Drafts, published and unpublished articles, edits, comments, pins and an image."""
    from tests.images import png

    art = _article(n)
    other = _article(n, body="Một bài khác.\n")
    draft = _article(n, body="Bản nháp của An.\n")
    ref = n.an.s.media.add(n.cast.reporter, png(4, 3))
    n.an.s.media.attach(n.cast.reporter, art.id, ref.sha256, caption="Nước lên",
                        credit="Ảnh: An")
    n.an.s.drafting.edit(n.cast.reporter, art.id, ArticleFields(summary="Ngập nặng."))
    for a in (art, other):
        n.an.s.review.submit(n.cast.reporter, a.id)
    assert n.an.sync().clean
    n.thanh.sync()
    for a in (art, other):
        n.thanh.s.review.start_review(n.cast.editor, a.id)
        n.thanh.s.review.approve(n.cast.editor, a.id)
    n.thanh.s.related.pin(n.cast.editor, art.id, other.id)
    n.thanh.s.related.hide(n.cast.editor, art.id, draft.id)
    n.thanh.s.review.comment(n.cast.editor, draft.id, "Cần thêm nguồn.")
    assert n.thanh.sync().clean
    hoa = n.make("hoa", n.cast.staff)
    hoa.s.review.mark_exported(n.cast.staff, art.id)
    hoa.s.review.withdraw(n.cast.staff, art.id, "Sai số liệu")
    assert hoa.sync().clean
    hoa.room.close()


def test_every_page_of_every_person_is_what_reading_row_by_row_gave(newsroom):  # noqa: F811
    n = newsroom
    _newsroom_with_everything(n)
    uow_of = UnitOfWorkFactory(n.room.engine)
    with uow_of() as uow:
        last = uow.session.scalar(select(SyncLogRow.seq).order_by(SyncLogRow.seq.desc()))
    assert last is not None
    assert last > 10
    kinds = set()
    for person in (n.cast.reporter, n.cast.reporter2, n.cast.editor, n.cast.staff):
        for limit in (1, 3, 7, 500):
            after = 0
            while True:
                with uow_of() as uow:
                    me = acting(uow, person)
                    old = _page_one_by_one(uow, me, after, limit)
                with uow_of() as uow:
                    me = acting(uow, person)
                    new = sync_pull.page(uow, me, after, limit)
                assert new == old, (person.login, after, limit)
                kinds |= {e["kind"] for e in new["entries"]}
                after = new["next"]
                if not new["more"]:
                    break
    # The scene had every kind of entry in it, the unpublished one included.
    assert kinds >= {"revision", "transition", "comment", "pins", "withdrawn"}
