"""A batch's export records written with one statement per kind of row, where that is the same.

``ExportService._apply_record`` per bundle costs a savepoint, an ORM read of the
article and two flushed inserts. Here the chunk's articles are read in one query,
each is checked as ``_apply_record`` checks it (missing, changed since it was read,
not exportable by this person: that bundle fails alone with the same error), and
the status changes, audit rows and export records are written by ``executemany``.

Only in a store without sync capture: a sync server's log and a client's outbox are
written by an ORM flush event (store/sync_capture.py) that Core statements would
bypass, so such a store keeps the ORM path. Whatever the database refuses (an
IntegrityError: say the person was removed meanwhile) rolls this back whole and the
caller records bundle by bundle, each in its own savepoint, so only that one fails.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError

from editor_app.domain import i18n
from editor_app.domain.errors import Conflict, DomainError, NotFound
from editor_app.domain.workflow import Action, Status, authorize
from editor_app.services.common import new_id, now
from editor_app.store.models import ArticleRow, ExportRecordRow, TransitionRow

if TYPE_CHECKING:
    from editor_app.services.export_parts import Staged
    from editor_app.store.uow import UnitOfWork

Refused = tuple["Staged", DomainError]
_ARTICLES = cast("Table", ArticleRow.__table__)
_TRANSITIONS = cast("Table", TransitionRow.__table__)
_EXPORTS = cast("Table", ExportRecordRow.__table__)


def core_allowed(uow: UnitOfWork, staged: list[Staged]) -> bool:
    """Whether :func:`record_core` writes what the ORM path would for *staged*."""
    ids = [s.article.id for s in staged]
    return not uow.session.info.get("sync_mode") and len(set(ids)) == len(ids)


def record_core(uow: UnitOfWork, staged: list[Staged]) -> list[Refused] | None:
    """Record *staged* in *uow*; the refused ones, or None if the database refused the lot.

    None: nothing was written (the savepoint is rolled back); record one by one.
    """
    a = _ARTICLES.c
    found = {r.id: r for r in uow.session.execute(
        select(a.id, a.version, a.status, a.author_id, a.revision_id)
        .where(a.id.in_([s.article.id for s in staged])))}
    refused: list[Refused] = []
    changed: list[dict[str, object]] = []
    touched: list[dict[str, object]] = []
    transitions: list[dict[str, object]] = []
    records: list[dict[str, object]] = []
    for s in staged:
        row = found.get(s.article.id)
        try:
            if row is None:
                raise NotFound(i18n.tr("not_found", what=i18n.tr("article"), key=s.article.id))
            if row.version != s.article.version:
                raise Conflict(i18n.tr("conflict", who="?", theirs=row.version,
                                       yours=s.article.version))
            authorize(Action.EXPORT, s.me.actor, Status(row.status), row.author_id)
        except DomainError as exc:
            refused.append((s, exc))
            continue
        t = now()
        if row.status != Status.EXPORTED:
            changed.append({"b_id": row.id, "b_at": t})
            # Dated as the status change itself: never before the article's last change.
            transitions.append({"article_id": row.id, "actor_id": s.me.id,
                                "from_status": row.status, "to_status": Status.EXPORTED.value,
                                "note": "", "at": t})
        else:
            touched.append({"b_id": row.id, "b_at": t})
        records.append({"id": new_id(), "article_id": row.id,
                        "revision_id": row.revision_id or "", "exporter_id": s.me.id,
                        "at": t, "path": str(s.target), "sha256": s.digest})
    by_id = a.id == bindparam("b_id")
    try:
        with uow.session.begin_nested():
            # Asked for inside the savepoint: the session emits SAVEPOINT only then.
            conn = uow.session.connection()
            if changed:
                conn.execute(update(_ARTICLES).where(by_id).values(
                    status=Status.EXPORTED.value, updated_at=bindparam("b_at"),
                    exported_at=bindparam("b_at")), changed)
            if touched:
                conn.execute(update(_ARTICLES).where(by_id).values(
                    exported_at=bindparam("b_at")), touched)
            if transitions:
                conn.execute(insert(_TRANSITIONS), transitions)
            if records:
                conn.execute(insert(_EXPORTS), records)
    except IntegrityError:
        return None
    return refused
