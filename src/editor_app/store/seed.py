"""Rows a new store starts with: the house term list every newsroom begins from."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlalchemy import insert

from editor_app.domain.house_style import SEED_TERMS
from editor_app.store.models import HouseTermRow

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


def seed_house_terms(conn: Connection) -> None:
    """Insert the seed terms (into an empty list: the migration, and tests that clear)."""
    conn.execute(insert(HouseTermRow), [
        {"id": str(uuid.uuid4()), "canonical": t.canonical,
         "variants": {"forms": list(t.variants)}, "before_name": t.before_name, "position": n}
        for n, t in enumerate(SEED_TERMS)])
