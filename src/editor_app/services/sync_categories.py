"""A desktop's own category becoming the newsroom's category with the same name.

A desktop used alone has its own categories ("Trong tỉnh" typed here, under
another id than the server's). When the server's categories arrive, one whose
slug, or whose name compared as people read it (NFC, case-folded), is a local
category's is the same section: the local category takes the server's id.
Everything naming the local id moves with it, in the same transaction: the
columns found through the foreign keys to ``categories.id`` (articles, child
categories, and any table added later), the category ids inside revision
snapshots and waiting changes (their push would otherwise name an id the server
never had), and the portal's section paths keyed by category id. Then the local
row goes; the server's name, place and position win.

Only categories the server does not have are candidates: two of the server's own
categories are never merged because one took the other's former name.

A local category matching nothing stays on this desktop. The server refuses a
revision filed under a category it does not have, so :func:`unknown_to_server`
lets the push send such a revision without a category (see ``sync_client``).

Runs in the pull's mirror session: nothing of this goes into the outbox.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Any

from sqlalchemy import Text, cast, select, update

from editor_app.services.sync_people import move, references
from editor_app.store.models import AuditRow, CategoryRow, OutboxRow, PortalIdentityRow, RevisionRow

if TYPE_CHECKING:
    from collections.abc import Collection

    from sqlalchemy.orm import Session

    from editor_app.store.uow import UnitOfWork


def same_name(a: str, b: str) -> bool:
    """Two category names a reader takes for one ("trong tỉnh", "Trong tỉnh")."""
    return unicodedata.normalize("NFC", a).casefold() == unicodedata.normalize("NFC", b).casefold()


def adopt_all(uow: UnitOfWork, categories: list[dict[str, Any]]) -> int:
    """Every local category matching one of the server's *categories* becomes it."""
    server_ids = {c["id"] for c in categories}
    return sum(adopt(uow, c, server_ids) for c in categories)


def adopt(uow: UnitOfWork, c: dict[str, Any], server_ids: Collection[str]) -> int:
    """Local categories (ids not in *server_ids*) matching *c* become *c*; how many."""
    session = uow.session
    local = [row for row in session.scalars(select(CategoryRow).where(
        CategoryRow.id.not_in(list(server_ids))))
        if row.slug == c["slug"] or same_name(row.name, c["name"])]
    for row in local:
        _become(session, row, c)
    if local:
        session.expire_all()  # rows loaded before the move still hold the old id
    return len(local)


def _become(session: Session, local: CategoryRow, c: dict[str, Any]) -> None:
    old, new = local.id, c["id"]
    # Name and slug are unique: the local row lets go of them before the server's row takes
    # them (a row the desktop already has under the server's id keeps its own).
    local.name, local.slug = f"~{old}", f"~{old}"[:80]
    session.flush()
    if session.get(CategoryRow, new) is None:
        # No parent yet: the server's parent may arrive later in the page; the copy sets it.
        session.add(CategoryRow(id=new, name=c["name"], slug=c["slug"], parent_id=None,
                                position=c["position"]))
        session.flush()
    for table, column in references("categories"):
        move(session, table, column, old, new)
    session.execute(update(AuditRow).where(AuditRow.subject_kind == "category",
                                           AuditRow.subject_id == old).values(subject_id=new))
    _rename_in_snapshots(session, old, new)
    _rename_section(session, old, new)
    session.delete(local)
    session.flush()


def _rename_in_snapshots(session: Session, old: str, new: str) -> None:
    for rev in session.scalars(select(RevisionRow).where(
            cast(RevisionRow.snapshot, Text).contains(old))):
        if rev.snapshot.get("category_id") == old:
            rev.snapshot = {**rev.snapshot, "category_id": new}
    for row in session.scalars(select(OutboxRow).where(cast(OutboxRow.payload, Text)
                                                       .contains(old))):
        snap = row.payload.get("snapshot")
        if isinstance(snap, dict) and snap.get("category_id") == old:
            row.payload = {**row.payload, "snapshot": {**snap, "category_id": new}}
    session.flush()


def _rename_section(session: Session, old: str, new: str) -> None:
    """The portal's section path set for the local category is the server one's now."""
    portal = session.get(PortalIdentityRow, 1)
    if portal is not None and old in (portal.sections or {}):
        sections = dict(portal.sections)
        path = sections.pop(old)
        sections.setdefault(new, path)
        portal.sections = sections
        session.flush()


def unknown_to_server(uow: UnitOfWork, server_ids: Collection[str],
                      changes: list[dict[str, Any]]) -> dict[str, str]:
    """Category id → name of local-only categories the waiting revisions are filed under."""
    named = {c["snapshot"].get("category_id") for c in changes if c["kind"] == "revision"}
    out = {}
    for cid in sorted(i for i in named if i and i not in server_ids):
        row = uow.categories.get(cid)
        out[cid] = row.name if row is not None else cid
    return out
