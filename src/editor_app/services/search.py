"""Folded full-text search with exact-diacritic matches ranked first, and snippets."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from editor_app.domain.entities import SearchHit
from editor_app.domain.search_text import Query, parse_query
from editor_app.domain.text import fold_aligned, markdown_to_plain
from editor_app.domain.workflow import Status
from editor_app.services.common import index_caught_up
from editor_app.services.taxonomy import resolve_category, with_descendants

if TYPE_CHECKING:
    from editor_app.services.common import UowFactory
    from editor_app.store.search_index import Folded
    from editor_app.store.uow import UnitOfWork

SNIPPET_CHARS = 160
# A snippet is cut from this much Markdown around the first match, so a hit on a
# megabyte body costs folding it up to the first match, not converting all of it.
SNIPPET_SOURCE_CHARS = 4_000
_SCAN_STEP = 65_536  # the body is folded piece by piece, up to the first match only


def _source_window(text: str, query: Query) -> tuple[str, bool, bool]:
    """(part of *text* around its first folded match, cut at start, cut at end)."""
    if len(text) <= SNIPPET_SOURCE_CHARS:
        return text, False, False
    first = max(0, _first_match(text, [t.folded for t in query.terms]))
    start = max(0, first - SNIPPET_SOURCE_CHARS // 4)
    start = text.rfind("\n", 0, start) + 1 if start else 0  # whole lines keep their markup
    start = max(start, first - SNIPPET_SOURCE_CHARS // 2)
    end = min(len(text), start + SNIPPET_SOURCE_CHARS)
    return text[start:end], start > 0, end < len(text)


def _first_match(text: str, terms: list[str]) -> int:
    """Where the first folded *terms* match starts in *text* (NFC), or -1."""
    overlap = max(map(len, terms), default=0)
    for start in range(0, len(text), _SCAN_STEP):
        folded = fold_aligned(text[start:start + _SCAN_STEP + overlap])  # positions kept
        found = [i for i in (folded.find(t) for t in terms) if i >= 0]
        if found:
            return start + min(found)
    return -1


def snippet(text: str, query: Query, width: int = SNIPPET_CHARS) -> str:
    """A window of *text* around the first folded match, with «» around the match.

    Reads at most ``SNIPPET_SOURCE_CHARS`` of Markdown around the match.
    """
    source, cut_start, cut_end = _source_window(text, query)
    plain = re.sub(r"\s+", " ", markdown_to_plain(source)).strip()
    folded = fold_aligned(plain)
    best = -1
    length = 0
    for term in query.terms:
        m = re.search(r"(?<!\w)" + re.escape(term.folded), folded)
        if m and (best < 0 or m.start() < best):
            best, length = m.start(), len(term.folded)
    if best < 0:
        return plain[:width] + ("…" if len(plain) > width or cut_end else "")
    start = max(0, best - width // 3)
    if start:
        space = plain.find(" ", start)
        start = space + 1 if 0 <= space < best else start
    end = min(len(plain), start + width)
    out = plain[start:best] + "«" + plain[best:best + length] + "»" + plain[best + length:end]
    return (("…" if start or cut_start else "") + out
            + ("…" if end < len(plain) or cut_end else ""))


class SearchService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def search(
        self,
        text: str,
        *,
        status: str | list[str] | None = None,
        category: str | None = None,
        author_id: str | None = None,
        limit: int = 50,
        prefix: bool = False,
        snippets: bool = True,
    ) -> list[SearchHit]:
        """*prefix*: treat the last word as unfinished (search as you type).

        *snippets*: False leaves ``SearchHit.snippet`` empty and reads no bodies, for
        callers that show none (the article list: up to 200 rows as you type, where
        snippets cost more than the search itself).
        """
        query = parse_query(text, prefix_last=prefix)
        if not query.terms:
            return []
        args = (query, status, category, author_id, limit, snippets)
        with self._uow() as uow:
            # Articles saved since the index was written are indexed first (a desktop
            # save defers that): the reader never sees the index behind the text.
            if not uow.search.behind():
                return self._hits(uow, *args)
            folded = uow.search.folded_waiting()  # the text work, before the write lock
            if getattr(self._uow, "read_only", False):
                # Left by a writer that stopped before catching up; searched beside the index.
                return self._hits(uow, *args, waiting=folded)
        index_caught_up(self._uow, folded)
        with self._uow() as uow:
            return self._hits(uow, *args)

    def _hits(
        self, uow: UnitOfWork, query: Query, status: str | list[str] | None,
        category: str | None, author_id: str | None, limit: int, snippets: bool,
        waiting: Folded | None = None,
    ) -> list[SearchHit]:
        from editor_app.store.filters import Filters

        cats = with_descendants(uow, resolve_category(uow, category).id) if category else None
        found = uow.search.query(query, Filters(status, cats, author_id), limit, waiting)
        if not snippets:
            return self._bare_hits(uow, found)
        rows = uow.articles.by_pks([pk for pk, _ in found])
        names = {c.id: c.name for c in uow.categories.list()}
        people = {p.id: p.name for p in uow.people.list()}
        hits = []
        for pk, exact in found:
            r = rows.get(pk)
            if r is None:
                continue
            source = r.summary if _matches(r.summary, query) else r.body or r.summary
            hits.append(SearchHit(r.id, r.title, Status(r.status), snippet(source, query),
                                  names.get(r.category_id or "", ""), r.updated_at, exact,
                                  people.get(r.author_id, "")))
        return hits

    @staticmethod
    def _bare_hits(uow: UnitOfWork, found: list[tuple[int, bool]]) -> list[SearchHit]:
        """Hits without snippets: the list columns only, in one query, no body read."""
        rows = uow.articles.summaries_by_pks([pk for pk, _ in found])
        return [SearchHit(r.id, r.title, Status(r.status), "", r.category_name or "",
                          r.updated_at, exact, r.author_name or "")
                for pk, exact in found if (r := rows.get(pk)) is not None]


def _matches(text: str, query: Query) -> bool:
    folded = fold_aligned(text)
    return any(t.folded in folded for t in query.terms)
