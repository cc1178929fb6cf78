"""Creating drafts from Markdown or text files with a metadata header."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor_app.domain.entities import Article, ArticleFields, Person
from editor_app.export import frontmatter

if TYPE_CHECKING:
    from editor_app.services import Services


def import_markdown(
    services: Services, actor: Person, text: str, *, category: str | None = None
) -> Article:
    """A new draft from *text*; *category* (if given) wins over the header's."""
    doc = frontmatter.parse(text)
    meta = doc.meta
    tags = tuple(t.strip() for t in meta.get("tags", "").split(",") if t.strip())
    fields = ArticleFields(
        title=doc.title,
        subtitle=meta.get("subtitle"),
        summary=meta.get("summary"),
        body=doc.body,
        category_id=category or meta.get("category") or None,
        tags=tags or None,
        byline=meta.get("byline") or None,
        department=meta.get("department"),
        source=meta.get("source"),
        dateline=meta.get("dateline"),
    )
    return services.drafting.create(actor, fields, note="import")
