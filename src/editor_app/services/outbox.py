"""A desktop's refused changes: what the server would not take, and why, until dismissed.

The outbox keeps a rejected change (state "rejected", the server's reason) so the
person learns why their edit or action did not reach the newsroom; nothing retries
it. Dismissing removes it once they have read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from editor_app.services.common import acting

if TYPE_CHECKING:
    from datetime import datetime

    from editor_app.domain.entities import Person
    from editor_app.services.common import UowFactory


@dataclass(frozen=True)
class RejectedChange:
    change_id: str
    article_id: str
    kind: str  # revision, action, comment, pins
    reason: str
    created_at: datetime


class OutboxService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def list_rejected(self, article_id: str) -> list[RejectedChange]:
        """The changes to *article_id* the server refused, oldest first."""
        from sqlalchemy import select  # here: the services package loads without the store

        from editor_app.store.models import OutboxRow

        with self._uow() as uow:
            rows = uow.session.scalars(
                select(OutboxRow).where(OutboxRow.state == "rejected",
                                        OutboxRow.article_id == article_id)
                .order_by(OutboxRow.id)).all()
            return [RejectedChange(r.change_id, r.article_id, r.kind, r.reason, r.created_at)
                    for r in rows]

    def dismiss(self, actor: Person, change_id: str) -> bool:
        """Forget a refused change once read; False when it was already gone.

        Only a rejected row goes: a pending change is still on its way to the server.
        """
        from sqlalchemy import delete

        from editor_app.store.models import OutboxRow

        with self._uow(write=True) as uow:
            acting(uow, actor)  # a disabled person dismisses nothing
            result = uow.session.execute(
                delete(OutboxRow).where(OutboxRow.change_id == change_id,
                                        OutboxRow.state == "rejected"))
            uow.commit()
            return bool(getattr(result, "rowcount", 0))
