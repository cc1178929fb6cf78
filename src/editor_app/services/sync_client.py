"""A desktop's side of sync: push its outbox, then pull the server's changes.

The transport is anything with the five calls of :class:`Transport` (HTTP for a
real server, a function call in tests); it carries the JSON shapes of
``sync_wire`` and raises on a network failure, which leaves the outbox as it
was: everything waits for the next sync.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import delete, select

from editor_app.services import sync_categories
from editor_app.services import sync_wire as wire
from editor_app.services.common import now
from editor_app.services.sync_apply import apply_directory, apply_page
from editor_app.store.models import OutboxRow, SyncStateRow

if TYPE_CHECKING:
    from editor_app.services.common import Clock, UowFactory
    from editor_app.store.uow import UnitOfWork


# Changes per push request. The server takes up to wire.MAX_CHANGES, but all its writes
# pass one writer lock (a few pushes at a time, ten changes per transaction); with fifty
# desktops pushing at once (the load benchmark) a full request waited longer than the
# desktop's timeout. Smaller requests answer sooner, and each accepted batch is recorded
# before the next is sent.
PUSH_BATCH = 50


class Transport(Protocol):
    def push(self, body: dict[str, Any]) -> dict[str, Any]: ...
    def pull(self, after: int, limit: int) -> dict[str, Any]: ...
    def media_missing(self, hashes: list[str]) -> dict[str, Any]: ...
    def media_put(self, sha256: str, data: bytes) -> dict[str, Any]: ...
    def media_get(self, sha256: str) -> bytes: ...


@dataclass(frozen=True)
class Rejected:
    change_id: str
    article_id: str
    kind: str
    reason: str


@dataclass
class SyncReport:
    """What one sync did, for ``editor-app sync`` and the status bar."""

    sent: int = 0
    accepted: int = 0
    merged: list[str] = field(default_factory=list)  # article ids
    conflicts: list[str] = field(default_factory=list)  # article ids
    rejected: list[Rejected] = field(default_factory=list)
    received: int = 0
    # (article id, category name): sent without a category the server does not have
    uncategorised: list[tuple[str, str]] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.rejected and not self.conflicts


class SyncClient:
    def __init__(self, uow: UowFactory, transport: Transport, clock: Clock = now,
                 page: int = wire.MAX_PAGE) -> None:
        self._uow = uow
        self._transport = transport
        self._clock = clock
        self._page = page

    def sync(self) -> SyncReport:
        report = SyncReport()
        server_categories = self.directory()
        self.push(report, server_categories)
        self.pull(report)
        return report

    def waiting(self) -> int:
        """Changes not yet accepted by the server (the status bar's "N waiting")."""
        with self._uow() as uow:
            return len(uow.session.scalars(select(OutboxRow.id)
                                           .where(OutboxRow.state == "pending")).all())

    def directory(self) -> set[str] | None:
        """Before a push: the newsroom's people and categories; the server's category ids.

        Drafts written before the desktop was connected name their local author and
        category in their snapshots; pushed as they are, the server would not know those
        ids. One small pull (its entries are left for the real pull) maps a local login or
        category name the server knows onto the server's first. Later syncs ask again only
        when a waiting revision is filed under a category (a category made on this desktop
        after it was connected is still unknown to the server); None: nothing to check.
        """
        with self._uow() as uow:
            cursor = uow.session.scalar(select(SyncStateRow.cursor)) or 0
            filed = any(isinstance(r.payload.get("snapshot"), dict)
                        and r.payload["snapshot"].get("category_id")
                        for r in uow.session.scalars(select(OutboxRow).where(
                            OutboxRow.state == "pending", OutboxRow.kind == "revision")))
        if cursor and not filed:
            return None
        page = self._transport.pull(cursor, 1)
        with self._uow(write=True) as uow:
            apply_directory(uow, page)
            uow.commit()
        return {c["id"] for c in page.get("categories", [])}

    def push(self, report: SyncReport, server_categories: set[str] | None = None) -> None:
        with self._uow() as uow:
            rows = uow.session.scalars(select(OutboxRow).where(OutboxRow.state == "pending")
                                       .order_by(OutboxRow.id)).all()
            changes = [{"change_id": r.change_id, "kind": r.kind, "article_id": r.article_id,
                        **r.payload} for r in rows]
            if server_categories is not None:
                self._unfile(uow, changes, server_categories, report)
            for c in changes:  # captions and credits as they are now, not when it was typed
                if c["kind"] == "revision":
                    c["images"] = [wire.image(m) for m, _ in
                                   uow.media.for_article(c["article_id"])]
        self._upload_media(changes)
        for start in range(0, len(changes), PUSH_BATCH):
            batch = changes[start:start + PUSH_BATCH]
            results = self._transport.push({"changes": batch})["results"]
            report.sent += len(batch)
            self._record(batch, results, report)

    @staticmethod
    def _unfile(uow: UnitOfWork, changes: list[dict[str, Any]], server_categories: set[str],
                report: SyncReport) -> None:
        """Revisions filed under a category the server does not have go without that filing.

        The server refuses a category it does not know, and a desktop cannot create one
        there (categories are the administrators'). Rather than leave the words on this
        desktop, the revision is sent with the category its parent had on the server (the
        filing unchanged), or none for a new article; the report names them, and the next
        pull brings the server's filing back here.
        """
        unknown = sync_categories.unknown_to_server(uow, server_categories, changes)
        if not unknown:
            return
        for c in changes:
            snap = c.get("snapshot") if c["kind"] == "revision" else None
            if not isinstance(snap, dict) or snap.get("category_id") not in unknown:
                continue
            parent = uow.revisions.get(c["parent_id"]) if c.get("parent_id") else None
            before = parent.snapshot.get("category_id") if parent is not None else None
            c["snapshot"] = {**snap, "category_id": before if before in server_categories
                             else None}
            report.uncategorised.append((c["article_id"], unknown[snap["category_id"]]))

    def _upload_media(self, changes: list[dict[str, Any]]) -> None:
        hashes = sorted({h for c in changes if c["kind"] == "revision"
                         for h in [c["snapshot"].get("featured_sha256"),
                                   *(i["sha256"] for i in c["images"])] if h})
        if not hashes:
            return
        for sha in self._transport.media_missing(hashes)["missing"]:
            with self._uow() as uow:
                row = uow.media.get(sha, data=True)
                data = row.data if row is not None else None
            if data is not None:
                self._transport.media_put(sha, data)

    def _record(self, batch: list[dict[str, Any]], results: list[dict[str, Any]],
                report: SyncReport) -> None:
        with self._uow(write=True) as uow:
            for change, result in zip(batch, results, strict=True):
                row = uow.session.scalar(select(OutboxRow)
                                         .where(OutboxRow.change_id == change["change_id"]))
                if row is None:
                    continue
                status = result.get("status")
                row.state = "rejected" if status == "rejected" else "accepted"
                row.reason = str(result.get("reason") or "")
                if status == "rejected":
                    report.rejected.append(Rejected(row.change_id, row.article_id, row.kind,
                                                    row.reason))
                elif status == "conflict":
                    report.conflicts.append(row.article_id)
                elif status == "merged":
                    report.merged.append(row.article_id)
                else:
                    report.accepted += 1
            uow.commit()

    def pull(self, report: SyncReport) -> None:
        while True:
            with self._uow() as uow:
                cursor = uow.session.scalar(select(SyncStateRow.cursor)) or 0
                own = set(uow.session.scalars(select(OutboxRow.change_id)
                                              .where(OutboxRow.state == "accepted")))
            page = self._transport.pull(cursor, self._page)
            with self._uow(write=True) as uow:
                report.received += apply_page(uow, page, self._transport.media_get, own)
                state = uow.session.get(SyncStateRow, 1)
                if state is None:
                    uow.session.add(SyncStateRow(id=1, mode="client", cursor=page["next"]))
                else:
                    state.cursor = page["next"]
                if not page["more"]:  # the server has all we pushed, and we have it back
                    uow.session.execute(delete(OutboxRow).where(OutboxRow.state == "accepted"))
                uow.commit()
            if not page["more"]:
                return
