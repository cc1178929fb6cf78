"""The newsroom server's sync use cases, for any transport: push, pull, media.

Each takes the signed-in person (found by the server from its token, never from
the body) and JSON-ready dicts, and answers JSON-ready dicts; the wire shapes are
in ``sync_wire``. Each pushed change is stored in the same transaction as its
receipt, so a retry after a lost answer is answered again and stored once.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from editor_app.domain import i18n
from editor_app.domain.errors import DomainError, InvalidInput, NotFound
from editor_app.services import sync_pull, sync_push
from editor_app.services import sync_wire as wire
from editor_app.services.common import acting, now
from editor_app.services.media import store_media
from editor_app.store.models import CategoryRow, PersonRow, SyncReceiptRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from editor_app.domain.entities import Person
    from editor_app.services.common import Clock, UowFactory


def _not_yours(cid: str) -> dict[str, Any]:
    """The answer to a change id someone else pushed: refused.

    Their answer (which may quote the article's text in its clashes) is not handed
    to another person.
    """
    return sync_push.answer(cid, "rejected", reason=i18n.tr("sync.not_your_change", key=cid))


# Changes stored per transaction. Every write transaction waits for the store's one writer
# lock (store/engine.py) and ends with a commit that waits for the disk; one per change
# made fifty desktops store no more than one. A few changes per transaction share that
# cost; few enough that a push killed halfway keeps most of what it had stored (the
# rest is stored when the desktop retries).
CHUNK = 10


def _forget_rows(session: Session) -> None:
    """Between two changes of a chunk: the next reads every row afresh, as in its own session.

    People and categories stay: a push changes neither, and no one else can while the
    chunk holds the writer lock, so the next change's checks of them cost no read.
    """
    for obj in list(session.identity_map.values()):
        if not isinstance(obj, PersonRow | CategoryRow):
            session.expunge(obj)


class SyncServer:
    def __init__(self, uow: UowFactory, clock: Clock = now) -> None:
        self._uow = uow
        self._clock = clock

    def push(self, actor: Person, body: dict[str, Any]) -> dict[str, Any]:
        """``{"changes": [...]}`` → ``{"results": [...]}``, one result per change, in order."""
        changes = body.get("changes") if isinstance(body, dict) else None
        if not isinstance(changes, list) or len(changes) > wire.MAX_CHANGES:
            raise wire.bad(f"changes: a list of at most {wire.MAX_CHANGES}")
        results: list[dict[str, Any]] = []
        for start in range(0, len(changes), CHUNK):
            results += self._chunk(actor, changes[start:start + CHUNK])
        return {"results": results}

    def _chunk(self, actor: Person, changes: list[Any]) -> list[dict[str, Any]]:
        """Several changes in one transaction, each with its receipt, answered as ``_one`` would.

        The answers are those of one transaction per change, in order: under the writer
        lock nothing else happens between two changes either way, and the session is
        emptied after each so none sees another's loaded rows. The first change refused
        (or raced by a replay of itself) rolls the whole chunk back, and the chunk is
        stored again one change per transaction, the refusal kept as ``_one`` keeps it.
        """
        ids: list[str | None] = []
        for c in changes:
            try:
                ids.append(wire.uuid_of(c, "change_id") if isinstance(c, dict) else None)
            except InvalidInput:
                ids.append(None)
        if None in ids:  # a malformed change: its answer is _one's to give
            return [self._one(actor, c) for c in changes]
        results: list[dict[str, Any]] = []
        try:
            with self._uow(write=True) as uow:
                s = uow.session
                # One read for the chunk's receipts (a replay), not one per change.
                done = {r.change_id: (r.actor_id, r.answer) for r in s.scalars(
                    select(SyncReceiptRow).where(SyncReceiptRow.change_id.in_(ids)))}
                me = acting(uow, actor)
                for cid, c in zip(ids, changes, strict=True):
                    assert cid is not None
                    if cid in done:
                        by, kept = done[cid]
                        results.append(kept if by == actor.id else _not_yours(cid))
                        continue
                    s.info["change_id"] = cid
                    result = sync_push.apply_change(uow, me, c, self._clock)
                    s.add(SyncReceiptRow(change_id=cid, actor_id=me.id, at=self._clock(),
                                         answer=result))
                    s.flush()  # its log entries name this change, not the next
                    _forget_rows(s)
                    done[cid] = (me.id, result)
                    results.append(result)
                uow.commit()
        except (DomainError, IntegrityError):
            return [self._one(actor, c) for c in changes]
        return results

    def _one(self, actor: Person, c: Any) -> dict[str, Any]:
        if not isinstance(c, dict):
            return sync_push.answer("", "rejected", reason=str(wire.bad("change: not an object")))
        try:
            cid = wire.uuid_of(c, "change_id")
        except InvalidInput as exc:
            return sync_push.answer(str(c.get("change_id", ""))[:36], "rejected",
                                    reason=str(exc))
        try:
            with self._uow(write=True) as uow:
                done = uow.session.get(SyncReceiptRow, cid)
                if done is not None:
                    return done.answer if done.actor_id == actor.id else _not_yours(cid)
                me = acting(uow, actor)
                uow.session.info["change_id"] = cid
                result = sync_push.apply_change(uow, me, c, self._clock)
                uow.session.add(SyncReceiptRow(change_id=cid, actor_id=me.id,
                                               at=self._clock(), answer=result))
                uow.commit()
                return result
        except DomainError as exc:
            result = sync_push.answer(cid, "rejected", reason=str(exc))
        except IntegrityError:  # the same change, pushed twice at once: the other won
            return self._receipt(cid, actor) or sync_push.answer(cid, "rejected", reason="busy")
        return self._refused(actor, cid, result)

    def _refused(self, actor: Person, cid: str, result: dict[str, Any]) -> dict[str, Any]:
        """Keep the refusal too: a retry gets the same answer, not another try."""
        try:
            with self._uow(write=True) as uow:
                if uow.session.get(SyncReceiptRow, cid) is None and uow.people.get(actor.id):
                    uow.session.add(SyncReceiptRow(change_id=cid, actor_id=actor.id,
                                                   at=self._clock(), answer=result))
                    uow.commit()
        except IntegrityError:
            return self._receipt(cid, actor) or result
        return result

    def _receipt(self, cid: str, actor: Person) -> dict[str, Any] | None:
        with self._uow() as uow:
            done = uow.session.get(SyncReceiptRow, cid)
            if done is None:
                return None
            return done.answer if done.actor_id == actor.id else _not_yours(cid)

    def pull(self, actor: Person, after: int = 0, limit: int = wire.MAX_PAGE) -> dict[str, Any]:
        """Changes numbered after *after*, at most *limit*, as much as *actor* may see."""
        if not isinstance(after, int) or not isinstance(limit, int) or after < 0:
            raise wire.bad("after, limit: whole numbers")
        with self._uow() as uow:
            me = acting(uow, actor)
            return sync_pull.page(uow, me, after, max(1, min(limit, wire.MAX_PAGE)))

    # -- media: uploaded only when the server lacks the hash ------------------------------
    def media_missing(self, actor: Person, hashes: list[str]) -> dict[str, Any]:
        with self._uow() as uow:
            acting(uow, actor)
            return {"missing": [h for h in dict.fromkeys(hashes)
                                if isinstance(h, str) and uow.media.get(h) is None]}

    def media_put(self, actor: Person, sha256: str, data: bytes) -> dict[str, Any]:
        """Store an image whose content must hash to *sha256* (checked, never trusted)."""
        if hashlib.sha256(data).hexdigest() != sha256:
            raise InvalidInput(i18n.tr("sync.media_mismatch", sha=sha256[:64]))
        with self._uow(write=True) as uow:
            acting(uow, actor)
            ref = store_media(uow, data)
            uow.commit()
            return {"sha256": ref.sha256}

    def media_get(self, actor: Person, sha256: str) -> bytes:
        with self._uow() as uow:
            acting(uow, actor)
            row = uow.media.get(sha256, data=True)
            if row is None:
                raise NotFound(i18n.tr("not_found", what=i18n.tr("media"), key=sha256))
            return row.data
