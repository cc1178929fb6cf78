"""What a bundle is built from, read from the store: the article, its related list, pins, chain.

One article (``article export``) or many in one transaction (a batch): a batch passes
:class:`Shared`, read once for its articles, and gets the lists the single read gives
(tests/export/test_export_batch.py pins the bundles of both paths to each other).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from editor_app.domain import i18n
from editor_app.domain.errors import NotFound
from editor_app.services.article import assemble_article, load_article
from editor_app.services.common import category_paths
from editor_app.services.related import RelatedCache, related_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from editor_app.domain.entities import Article, Category, RelatedItem
    from editor_app.store.uow import UnitOfWork


@dataclass(frozen=True)
class Facts:
    article: Article
    related: list[RelatedItem]
    pinned: list[str]  # the editor's pins, in order
    hidden: list[str]  # the articles an editor hid from the list
    chain: list[str]  # revision ids, oldest first
    category_slug: str


@dataclass
class Shared:
    """Read once for every article of a batch: valid while the store does not change."""

    paths: dict[str, Category]
    slugs: dict[str, str]
    related: RelatedCache = field(default_factory=RelatedCache)
    # Read ahead for the batch's articles, one query each instead of one per article.
    details: dict[str, Any] = field(default_factory=dict)
    people: dict[str, tuple[list[tuple[str, str, str]], set[str]]] = field(default_factory=dict)
    media: dict[str, list[Any]] = field(default_factory=dict)
    chains: dict[str, list[str]] = field(default_factory=dict)
    pins: dict[str, list[Any]] = field(default_factory=dict)

    @classmethod
    def read(cls, uow: UnitOfWork, article_ids: Sequence[str] = ()) -> Shared:
        rows = uow.categories.list()
        shared = cls(category_paths(rows), {c.id: c.slug for c in rows})
        if article_ids:
            shared.details = uow.articles.details_many(article_ids)
            shared.people = uow.articles.people_many(article_ids)
            shared.media = uow.media.for_articles(article_ids)
            shared.chains = uow.revisions.chains(article_ids)
            shared.pins = uow.related.pins_many(article_ids)
        return shared

    def article(self, uow: UnitOfWork, article_id: str) -> Article:
        """The article as :func:`load_article` reads it, from what was read ahead."""
        if article_id not in self.people:  # not read ahead
            return load_article(uow, article_id, self.paths)
        found = self.details.get(article_id)
        if found is None:
            raise NotFound(i18n.tr("not_found", what=i18n.tr("article"), key=article_id))
        authors, writers = self.people[article_id]
        return assemble_article(found, authors, writers, self.media[article_id], self.paths)


def read_facts(uow: UnitOfWork, article_id: str, shared: Shared | None = None) -> Facts:
    """Everything of the store a bundle of *article_id* holds; NotFound if it is gone."""
    one = shared or Shared.read(uow)
    article = one.article(uow, article_id)  # NotFound if it is gone
    pins = one.pins[article_id] if article_id in one.pins else uow.related.pins(article_id)
    # One article: the related list straight from the store, as the preview reads it.
    related = related_of(uow, article_id, article.category_id, pins,
                         cache=shared.related if shared else None)
    return Facts(
        article=article,
        related=related,
        pinned=[p.related_id for p in pins if not p.hidden],
        hidden=[p.related_id for p in pins if p.hidden],
        chain=one.chains[article_id] if article_id in one.chains
        else uow.revisions.chain(article_id),
        category_slug=one.slugs.get(article.category_id or "", ""),
    )
