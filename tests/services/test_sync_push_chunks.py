"""A push's changes are stored a few per transaction; the answers are those of one each.

The server stores ``sync_server.CHUNK`` changes per transaction. A refusal or a change id
sent twice in the middle of a chunk must be answered as when every change was pushed
alone, and what is stored must be the same: each change once, its log entries its own.
"""

from __future__ import annotations

import uuid
from collections import Counter
from typing import Any

from sqlalchemy import select

from editor_app.services import sync_server
from editor_app.store.models import CommentRow, RevisionRow, SyncLogRow, SyncReceiptRow
from tests.services.sync_helpers import server_of


def _changes(category: str) -> list[dict[str, Any]]:
    """Two articles with edits and comments, a comment on no article, a repeated id."""
    out: list[dict[str, Any]] = []
    for a in range(2):
        article, parent = str(uuid.uuid4()), None
        for n in range(4):
            rev = str(uuid.uuid4())
            out.append({"change_id": str(uuid.uuid4()), "kind": "revision",
                        "article_id": article, "revision_id": rev, "parent_id": parent,
                        "merge_parent_id": None, "note": "", "images": [],
                        "snapshot": {"title": f"Tin {a}", "body": f"Đoạn {n}.\n",
                                     "category_id": category, "tags": [], "author_ids": []}})
            parent = rev
            out.append({"change_id": str(uuid.uuid4()), "kind": "comment",
                        "article_id": article, "comment_id": str(uuid.uuid4()),
                        "body": f"Ghi chú {a}.{n}"})
    out.insert(5, {"change_id": str(uuid.uuid4()), "kind": "comment",
                   "article_id": str(uuid.uuid4()), "comment_id": str(uuid.uuid4()),
                   "body": "Bài không có"})  # refused: no such article
    out.insert(9, dict(out[2]))  # the same change again, in the same push
    return out


def _stored(room: Any) -> tuple[Counter[str], list[tuple[str, str | None]]]:
    with room.engine.connect() as conn:
        counts = Counter({
            "revisions": len(conn.execute(select(RevisionRow.id)).all()),
            "comments": len(conn.execute(select(CommentRow.id)).all()),
            "receipts": len(conn.execute(select(SyncReceiptRow.change_id)).all())})
        log = [(k, c) for k, c in conn.execute(
            select(SyncLogRow.kind, SyncLogRow.change_id).order_by(SyncLogRow.seq))]
    return counts, log


def _shape(results: list[dict[str, Any]]) -> list[tuple[str, str, bool]]:
    return [(r["change_id"], r["status"], bool(r["reason"])) for r in results]


def test_a_push_in_chunks_answers_and_stores_as_one_change_at_a_time(room, cast, monkeypatch):
    server = server_of(room)
    category = room.services.taxonomy.add("Tin thử chia khối").id
    changes = _changes(category)
    assert len(changes) > sync_server.CHUNK
    chunked = server.push(cast.reporter, {"changes": changes})["results"]
    stored, log = _stored(room)

    statuses = [r["status"] for r in chunked]
    assert statuses.count("rejected") == 1
    assert statuses[5] == "rejected"
    assert chunked[9] == chunked[2]  # the repeat answered as the first, stored once
    assert stored == Counter(revisions=8, comments=8, receipts=17)
    # Every log entry names the change that made it, in the order pushed: a new article
    # is a revision and its creation, anything else one entry.
    made = [c for i, c in enumerate(changes) if i not in (5, 9)]
    assert [c for _, c in log] == [c["change_id"] for c in made for _ in range(
        2 if c["kind"] == "revision" and c["parent_id"] is None else 1)]

    # The same push again: the same answers, nothing more stored.
    assert server.push(cast.reporter, {"changes": changes})["results"] == chunked
    assert _stored(room) == (stored, log)

    # One change per transaction (a chunk of one) answers the same.
    monkeypatch.setattr(sync_server, "CHUNK", 1)
    fresh = [{**c, "change_id": str(uuid.uuid4())} for c in _changes(category)]
    fresh[9] = dict(fresh[2])
    one_by_one = server.push(cast.reporter, {"changes": fresh})["results"]
    assert [s for _, s, _ in _shape(one_by_one)] == statuses
