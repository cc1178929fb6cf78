"""Reading articles as a given person: what the server lists and shows to each.

The rule is :mod:`editor_app.domain.visibility`; an article a person may not
read is "not found", the same answer as an id that does not exist, so an id
tells nothing about a draft that is not yours.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor_app.domain import i18n
from editor_app.domain.errors import NotFound
from editor_app.domain.visibility import PUBLIC, may_read, sees_everything
from editor_app.services.article import load_article
from editor_app.services.common import acting, to_summary

if TYPE_CHECKING:
    from editor_app.domain.entities import Article, ArticleSummary, Person
    from editor_app.services.common import UowFactory

MAX_PAGE = 500


class ReadingService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def articles(self, actor: Person, *, status: str | None = None, limit: int = 100,
                 offset: int = 0) -> list[ArticleSummary]:
        """Newest first, what *actor* may read (a page of at most MAX_PAGE)."""
        with self._uow() as uow:
            me = acting(uow, actor)
            readable = None if sees_everything(me.actor) else (
                me.id, [s.value for s in PUBLIC])
            rows = uow.articles.summaries(status=status, limit=max(1, min(limit, MAX_PAGE)),
                                          offset=max(0, offset), readable_by=readable)
            return [to_summary(r) for r in rows]

    def article(self, actor: Person, article_id: str) -> Article:
        with self._uow() as uow:
            me = acting(uow, actor)
            art = load_article(uow, article_id)
            if not may_read(me.actor, art.status, art.author_id, {a.id for a in art.authors}):
                raise NotFound(i18n.tr("not_found", what=i18n.tr("article"), key=article_id))
            return art
