"""Every change a store keeps, recorded for sync in the flush that writes it.

A *server* store numbers each new revision, status change, comment and pin list in
``sync_log`` (the feed pull reads); a *client* store puts its person's own changes
in ``sync_outbox`` (what push sends). Doing it at flush time means no service can
change an article without the change being recorded, and no service needs to know
about sync. Rows a client copies from the server are written with
``session.info["mirror"]`` set and recorded nowhere.
"""

from __future__ import annotations

import uuid
import weakref
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, event, insert, inspect, select, text, update
from sqlalchemy.orm import Session, SessionTransaction

from editor_app.store.engine import WRITE_OPTION
from editor_app.store.models import (
    ArticleRow,
    CommentRow,
    OutboxRow,
    RelatedPinRow,
    RevisionRow,
    SyncLogRow,
    SyncStateRow,
    TransitionRow,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import UOWTransaction

SERVER, CLIENT = "server", "client"
# The action a status change was, from the status it reached (a client's outbox names
# actions, the server runs them through the role table again).
ACTION_OF = {"submitted": "submit", "in_review": "start_review", "returned": "return",
             "approved": "approve", "exported": "export", "withdrawn": "withdraw",
             "archived": "archive"}
# PostgreSQL advisory lock, held from a transaction's first log entry to its commit: log
# numbers are committed in the order given, so a pull never passes a number whose change
# commits later. Every write on PostgreSQL already holds the store's writer lock for the
# whole transaction (store/engine.py), which gives the same order; this one keeps the
# guarantee should a write ever run without it. Taken once per transaction.
_LOCK = 8470
_locked: weakref.WeakSet[SessionTransaction] = weakref.WeakSet()
_modes: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def mode_of(engine: Engine) -> str:
    """"server", "client" or "" for this store (read once per engine, then remembered)."""
    if engine not in _modes:
        with engine.connect() as conn:
            mode = ""
            if inspect(conn).has_table("sync_state"):
                mode = conn.execute(select(SyncStateRow.mode)).scalar() or ""
        _modes[engine] = mode
    return _modes[engine]


def set_mode(engine: Engine, mode: str) -> None:
    """Make this store a sync server or client (the log or the outbox starts now)."""
    if mode not in (SERVER, CLIENT):
        raise ValueError(mode)
    with engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        before = conn.execute(select(SyncStateRow.mode)).scalar()
        if before is None:
            conn.execute(insert(SyncStateRow).values(id=1, mode=mode, cursor=0))
        else:
            conn.execute(update(SyncStateRow).values(mode=mode))
        if mode == SERVER and conn.execute(select(SyncLogRow.seq).limit(1)).first() is None:
            _seed(conn)
        if mode == CLIENT and before != CLIENT:
            _seed_outbox(conn)
    _modes[engine] = mode


def _seed(conn: Connection) -> None:
    """A newsroom store that becomes a server: what it holds already is numbered first."""
    found = [(at, 0, n, "revision", a, i) for at, n, a, i in conn.execute(
        select(RevisionRow.created_at, RevisionRow.number, RevisionRow.article_id,
               RevisionRow.id))]
    found += [(at, 1, i, "transition", a, str(i)) for at, a, i in conn.execute(
        select(TransitionRow.at, TransitionRow.article_id, TransitionRow.id))]
    found += [(at, 2, 0, "comment", a, i) for at, a, i in conn.execute(
        select(CommentRow.created_at, CommentRow.article_id, CommentRow.id))]
    found += [(at, 3, 0, "pins", a, "") for at, a in conn.execute(
        select(ArticleRow.updated_at, ArticleRow.id)
        .where(ArticleRow.id.in_(select(RelatedPinRow.article_id))))]
    found.sort(key=lambda f: f[:3])
    at = _now()
    for _, _, _, kind, article_id, object_id in found:
        conn.execute(insert(SyncLogRow).values(kind=kind, article_id=article_id,
                                               object_id=object_id, change_id=None, at=at))


def _seed_outbox(conn: Connection) -> None:
    """Articles written before this desktop was connected: each goes up as it is now.

    Without this they would never reach the server (only changes made after the store
    became a client are captured). The current text is sent as a new article; its older
    revisions stay in this desktop's history. An article the server already holds (a
    store copied from it) is answered "accepted" there, as a replay is.
    """
    heads = conn.execute(
        select(RevisionRow.article_id, RevisionRow.id, RevisionRow.note, RevisionRow.snapshot)
        .join(ArticleRow, ArticleRow.revision_id == RevisionRow.id)
        .order_by(ArticleRow.created_at, ArticleRow.id)).all()
    for h in heads:
        conn.execute(insert(OutboxRow).values(**_change("revision", h.article_id, {
            "revision_id": h.id, "parent_id": None, "merge_parent_id": None, "note": h.note,
            "snapshot": h.snapshot})))


@event.listens_for(Session, "after_flush")
def _record(session: Session, _flush: UOWTransaction) -> None:
    mode = session.info.get("sync_mode")
    if not mode or session.info.get("mirror"):
        session.info.pop("sync_pins", None)
        return
    new = [o for o in session.new if isinstance(o, RevisionRow | TransitionRow | CommentRow)]
    pins = {o.article_id for o in [*session.new, *session.deleted]
            if isinstance(o, RelatedPinRow)} | session.info.pop("sync_pins", set())
    if not new and not pins:
        return
    if mode == SERVER:
        _log(session, new, pins)
    else:
        _outbox(session, new, pins)


def _now() -> datetime:
    return datetime.now(UTC)


def _log(session: Session, new: list[Any], pins: set[str]) -> None:
    conn = session.connection()
    # Per savepoint too: rolling one back releases a lock taken inside it.
    tx = session.get_nested_transaction() or session.get_transaction()
    if conn.dialect.name == "postgresql" and tx is not None and tx not in _locked:
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK})
        _locked.add(tx)
    change = session.info.get("change_id")
    rows = [{"kind": _kind(o), "article_id": o.article_id, "object_id": str(o.id),
             "change_id": change, "at": _now()} for o in _ordered(new)]
    rows += [{"kind": "pins", "article_id": a, "object_id": "", "change_id": change,
              "at": _now()} for a in sorted(pins)]
    for row in rows:  # one by one: the numbers follow the order of the changes
        conn.execute(insert(SyncLogRow).values(**row))


def _kind(o: Any) -> str:
    return {RevisionRow: "revision", TransitionRow: "transition", CommentRow: "comment"}[type(o)]


def _ordered(new: list[Any]) -> list[Any]:
    """Revisions before status changes before comments; revisions by number."""
    order = {RevisionRow: 0, TransitionRow: 1, CommentRow: 2}
    return sorted(new, key=lambda o: (order[type(o)], getattr(o, "number", 0), str(o.id)))


def _outbox(session: Session, new: list[Any], pins: set[str]) -> None:
    conn = session.connection()
    rows: list[dict[str, Any]] = []
    for o in _ordered(new):
        if isinstance(o, RevisionRow):
            rows.append(_change("revision", o.article_id, {
                "revision_id": o.id, "parent_id": o.parent_id,
                "merge_parent_id": o.merge_parent_id, "note": o.note,
                "snapshot": o.snapshot}))
        elif isinstance(o, TransitionRow):
            action = ACTION_OF.get(o.to_status)
            # A creation, or an approval ended by new content, is part of a revision.
            if o.from_status is None or action is None or (
                    o.from_status, o.to_status) == ("approved", "in_review"):
                continue
            head = conn.execute(select(ArticleRow.revision_id)
                                .where(ArticleRow.id == o.article_id)).scalar()
            rows.append(_change("action", o.article_id, {
                "action": action, "revision_id": head, "note": o.note}))
        else:
            rows.append(_change("comment", o.article_id, {"comment_id": o.id, "body": o.body}))
    for article_id in sorted(pins):
        found = conn.execute(select(RelatedPinRow.related_id, RelatedPinRow.hidden)
                             .where(RelatedPinRow.article_id == article_id)
                             .order_by(RelatedPinRow.position)).all()
        rows.append(_change("pins", article_id, {
            "pinned": [r for r, hidden in found if not hidden],
            "hidden": [r for r, hidden in found if hidden]}))
    for row in rows:
        conn.execute(insert(OutboxRow).values(**row))


def _change(kind: str, article_id: str, payload: dict[str, Any]) -> dict[str, Any]:
    return {"change_id": str(uuid.uuid4()), "kind": kind, "article_id": article_id,
            "payload": payload, "state": "pending", "reason": "", "created_at": _now()}
