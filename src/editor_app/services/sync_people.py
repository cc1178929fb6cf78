"""A desktop's own person becoming the newsroom's person with the same login.

A desktop set up before it was connected has its own people (the welcome dialog's
admin, a reporter "an" with a password typed here). When the server's people arrive
and one has the login of a local person under another id, they are the same human:
the local person takes the server's id. Everything that names the local id (found
through the foreign keys to ``people.id``, so a table added later is not forgotten)
is moved to the server's id in the same transaction, then the local row goes. The
server's name, role and department win (the server decides roles); the password
typed on this desktop stays, so the person still signs in here with it. A local
person the server does not know stays as they are.

Runs in the pull's mirror session: nothing of this goes into the outbox.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import Text, and_, cast, delete, exists, select, update
from sqlalchemy.orm import aliased

from editor_app.domain.text import nfc
from editor_app.services import sync_wire as wire
from editor_app.store.models import AuditRow, Base, OutboxRow, PersonRow, RevisionRow

if TYPE_CHECKING:
    from sqlalchemy import Column, Table
    from sqlalchemy.orm import Session

    from editor_app.store.uow import UnitOfWork


def adopt(uow: UnitOfWork, p: dict[str, Any]) -> bool:
    """If a local person has *p*'s login under another id, make them *p*; True if so."""
    session = uow.session
    login = nfc(p["login"])
    local = session.scalar(select(PersonRow).where(PersonRow.login == login,
                                                   PersonRow.id != p["id"]))
    if local is None:
        return False
    old, new = local.id, p["id"]
    # The login is unique: the local row lets go of it before the server's row takes it.
    local.login = f"~{old}"[:64]
    session.flush()
    if session.get(PersonRow, new) is None:
        session.add(PersonRow(id=new, login=login, name=p["name"], role=p["role"],
                              department=p["department"], active=p["active"],
                              created_at=wire.when(p["created_at"]) or local.created_at))
        session.flush()
    for table, column in references("people"):
        move(session, table, column, old, new)
    session.execute(update(AuditRow).where(AuditRow.subject_kind == "person",
                                           AuditRow.subject_id == old).values(subject_id=new))
    _rename_in_snapshots(session, old, new)
    session.delete(local)
    session.flush()
    session.expire_all()  # rows loaded before the move still hold the old id
    return True


def references(target: str) -> list[tuple[Table, Column[Any]]]:
    """Every column holding a ``<target>.id``, from the models' metadata."""
    found = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == target and fk.column.name == "id":
                found.append((table, fk.parent))
    return found


def move(session: Session, table: Table, column: Column[Any], old: str, new: str) -> None:
    """Rows naming *old* name *new*; where the key includes the person, no duplicate.

    When both ids already hold a row with the same rest of the key (an article listing
    both, a password under both), the local one stays: it is the password they know.
    """
    if column.primary_key:
        rest = [c for c in table.primary_key.columns if c is not column]
        other = aliased(table)
        clash = exists().where(
            other.c[column.name] == old,
            *[other.c[c.name] == table.c[c.name] for c in rest])
        session.execute(delete(table).where(and_(column == new, clash)))
    session.execute(update(table).where(column == old).values({column.name: new}))


def _rename_in_snapshots(session: Session, old: str, new: str) -> None:
    """Snapshots list their authors by id: local history and waiting changes follow."""
    for rev in session.scalars(select(RevisionRow).where(
            cast(RevisionRow.snapshot, Text).contains(old))):
        rev.snapshot = _renamed(rev.snapshot, old, new)
    for row in session.scalars(select(OutboxRow).where(cast(OutboxRow.payload, Text)
                                                       .contains(old))):
        snap = row.payload.get("snapshot")
        if isinstance(snap, dict):
            row.payload = {**row.payload, "snapshot": _renamed(snap, old, new)}
    session.flush()


def _renamed(snapshot: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    ids = snapshot.get("author_ids") or []
    if old not in ids:
        return snapshot
    out = json.loads(json.dumps(snapshot))
    out["author_ids"] = list(dict.fromkeys(new if i == old else i for i in ids))
    return out
