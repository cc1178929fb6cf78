"""The article list's filters, written once for every query that narrows articles.

The list (``Articles.summaries``/``count``) and the search index (FTS5, PostgreSQL,
LIKE) apply the same conditions to ``articles``; ``IN`` lists are SQLAlchemy's
expanding bind parameters (one statement, whatever the list's length).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from editor_app.store.models import ArticleRow

if TYPE_CHECKING:
    from collections.abc import Sequence


@dataclass(frozen=True)
class Filters:
    status: str | Sequence[str] | None = None
    category_ids: Sequence[str] | None = None  # None: any; empty: none at all
    author_id: str | None = None


def narrowed(stmt: Any, filters: Filters) -> Any:
    """*stmt* (a select over ``articles``) with the filters' conditions added."""
    status = filters.status
    if isinstance(status, str):
        stmt = stmt.where(ArticleRow.status == status)
    elif status is not None:
        stmt = stmt.where(ArticleRow.status.in_(status))
    if filters.category_ids is not None:
        stmt = stmt.where(ArticleRow.category_id.in_(filters.category_ids))
    if filters.author_id is not None:
        stmt = stmt.where(ArticleRow.author_id == filters.author_id)
    return stmt
