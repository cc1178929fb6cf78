"""Repository of the server's sign-in tokens (stored as SHA-256 hashes only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select, update

from editor_app.store.models import ApiTokenRow, PersonRow

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from sqlalchemy.orm import Session


class Tokens:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, row: ApiTokenRow) -> None:
        self.s.add(row)
        self.s.flush()

    def get(self, token_id: str) -> ApiTokenRow | None:
        return self.s.get(ApiTokenRow, token_id)

    def by_hash(self, token_hash: str) -> tuple[ApiTokenRow, PersonRow] | None:
        """The token and its person in one query (every request asks this)."""
        found = self.s.execute(
            select(ApiTokenRow, PersonRow)
            .join(PersonRow, PersonRow.id == ApiTokenRow.person_id)
            .where(ApiTokenRow.token_hash == token_hash)
        ).first()
        return None if found is None else (found[0], found[1])

    def for_person(self, person_id: str) -> Sequence[ApiTokenRow]:
        return self.s.scalars(
            select(ApiTokenRow).where(ApiTokenRow.person_id == person_id)
            .order_by(ApiTokenRow.created_at, ApiTokenRow.id)).all()

    def revoke_all(self, person_id: str, at: datetime) -> int:
        """Revoke every live token of a person; the number revoked."""
        result = self.s.execute(
            update(ApiTokenRow)
            .where(ApiTokenRow.person_id == person_id, ApiTokenRow.revoked_at.is_(None))
            .values(revoked_at=at))
        return int(getattr(result, "rowcount", 0) or 0)
