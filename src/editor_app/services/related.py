""""Tin cùng chuyên mục": newest published articles of the same category, plus editor pins.

Rules: same category or one below it; only approved or exported; never the
article itself; never withdrawn or archived. Pins come first, in the
editor's order; hidden articles never appear.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from editor_app.domain import i18n
from editor_app.domain.entities import Person, RelatedItem
from editor_app.domain.errors import InvalidInput
from editor_app.domain.workflow import Action, Status, authorize
from editor_app.services.common import acting, require_article
from editor_app.services.taxonomy import with_descendants

if TYPE_CHECKING:
    from collections.abc import Sequence

    from editor_app.services.common import UowFactory
    from editor_app.store.models import RelatedPinRow
    from editor_app.store.uow import UnitOfWork

ELIGIBLE = (Status.APPROVED.value, Status.EXPORTED.value)
LIMIT = 15


def _item(row: Any, pinned: bool) -> RelatedItem:
    return RelatedItem(row.id, row.title, row.slug, Status(row.status), row.category_name or "",
                       row.updated_at, pinned)


# Rows a batch keeps per (category, status) beyond the list's length: room for the
# articles an article's own list leaves out (itself, its pins and hides).
SPARE = 16


@dataclass
class RelatedCache:
    """The newest eligible rows per (category, status), read once for many articles.

    Only valid while the store does not change: a batch export keeps one for the
    articles it reads in one transaction. An article's list taken from it is the one
    the query gives (``test_related_cache_gives_the_query_s_lists``): the cached rows
    are the first ones of the same order, so leaving out an article's exclusions keeps
    the first *want* rows of the query, unless too few are left, when it asks the store.
    """

    size: int = LIMIT + SPARE
    rows: dict[tuple[str, str], tuple[list[Any], bool]] = field(default_factory=dict)
    subtrees: dict[str, list[str]] = field(default_factory=dict)

    def newest(self, uow: UnitOfWork, cid: str, status: str, excluded: Sequence[str],
               want: int) -> list[Any]:
        if (cid, status) not in self.rows:
            got = uow.articles.summaries(status=status, category_ids=[cid], limit=self.size)
            self.rows[cid, status] = (list(got), len(got) < self.size)
        rows, complete = self.rows[cid, status]
        out = set(excluded)
        kept = [r for r in rows if r.id not in out]
        if len(kept) >= want or complete:
            return kept[:want]
        return list(uow.articles.summaries(status=status, category_ids=[cid],
                                           exclude_ids=excluded, limit=want))


def related_items(uow: UnitOfWork, article_id: str, limit: int = LIMIT) -> list[RelatedItem]:
    art = require_article(uow, article_id, body=False)
    return related_of(uow, article_id, art.category_id, uow.related.pins(article_id), limit)


def related_of(uow: UnitOfWork, article_id: str, category_id: str | None,
               pins: Sequence[RelatedPinRow], limit: int = LIMIT,
               cache: RelatedCache | None = None) -> list[RelatedItem]:
    """:func:`related_items` of an article already read (its category and pins)."""
    hidden = [p.related_id for p in pins if p.hidden]
    pinned_ids = [p.related_id for p in pins if not p.hidden and p.related_id != article_id]
    found = uow.articles.summaries_by_ids(pinned_ids) if pinned_ids else {}
    items = [_item(found[i], True) for i in pinned_ids
             if i in found and found[i].status in ELIGIBLE][:limit]
    if category_id and len(items) < limit:
        want = limit - len(items)
        excluded = [article_id, *pinned_ids, *hidden]
        rows: list[Any] = []
        if cache is None:
            subtree = with_descendants(uow, category_id)
        else:
            subtree = cache.subtrees.get(category_id) or cache.subtrees.setdefault(
                category_id, with_descendants(uow, category_id))
        # One query per (category, status): each is a single range of the
        # (category, status, updated) index read newest first, stopping at *want*;
        # "status IN (…)" over several categories would sort thousands of rows.
        for cid in subtree:
            for status in ELIGIBLE:
                if cache is not None:
                    rows += cache.newest(uow, cid, status, excluded, want)
                else:
                    rows += uow.articles.summaries(status=status, category_ids=[cid],
                                                   exclude_ids=excluded, limit=want)
        rows.sort(key=lambda r: (r.updated_at, r.pk), reverse=True)
        items += [_item(r, False) for r in rows[:want]]
    return items


class RelatedService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def related(self, article_id: str, limit: int = LIMIT) -> list[RelatedItem]:
        with self._uow() as uow:
            return related_items(uow, article_id, limit)

    def hidden_items(self, article_id: str) -> list[RelatedItem]:
        """The articles hidden from this one's list, so a person can show them again."""
        with self._uow() as uow:
            hidden = [p.related_id for p in uow.related.pins(article_id) if p.hidden]
            found = uow.articles.summaries_by_ids(hidden) if hidden else {}
            return [_item(found[i], False) for i in hidden if i in found]

    def choices(self, article_id: str) -> tuple[list[str], list[str]]:
        """(pinned ids in order, hidden ids)."""
        with self._uow() as uow:
            pins = uow.related.pins(article_id)
            return ([p.related_id for p in pins if not p.hidden],
                    [p.related_id for p in pins if p.hidden])

    def set_choices(
        self, actor: Person, article_id: str, pinned: list[str], hidden: list[str]
    ) -> list[RelatedItem]:
        """Replace the pins and hides of an article; returns the resulting list."""
        if article_id in pinned or set(pinned) & set(hidden):
            raise InvalidInput(i18n.tr("invalid", field="related", problem="pinned ∩ hidden"))
        with self._uow(write=True) as uow:
            me = acting(uow, actor)
            art = require_article(uow, article_id, body=False)
            authorize(Action.PIN_RELATED, me.actor, Status(art.status), art.author_id)
            for rid in [*pinned, *hidden]:
                require_article(uow, rid, body=False)
            from editor_app.store.models import RelatedPinRow

            uow.related.clear(article_id)
            for pos, rid in enumerate(dict.fromkeys(pinned)):
                uow.related.add(RelatedPinRow(article_id=article_id, related_id=rid,
                                              position=pos, hidden=False))
            for rid in dict.fromkeys(hidden):
                uow.related.add(RelatedPinRow(article_id=article_id, related_id=rid,
                                              position=0, hidden=True))
            uow.commit()
            return related_items(uow, article_id)

    def pin(self, actor: Person, article_id: str, related_id: str) -> list[RelatedItem]:
        pinned, hidden = self.choices(article_id)
        return self.set_choices(actor, article_id,
                                [*[p for p in pinned if p != related_id], related_id],
                                [h for h in hidden if h != related_id])

    def hide(self, actor: Person, article_id: str, related_id: str) -> list[RelatedItem]:
        pinned, hidden = self.choices(article_id)
        return self.set_choices(actor, article_id, [p for p in pinned if p != related_id],
                                [*[h for h in hidden if h != related_id], related_id])

    def reset(self, actor: Person, article_id: str, related_id: str) -> list[RelatedItem]:
        """Neither pinned nor hidden: back to the automatic rule."""
        pinned, hidden = self.choices(article_id)
        return self.set_choices(actor, article_id, [p for p in pinned if p != related_id],
                                [h for h in hidden if h != related_id])
