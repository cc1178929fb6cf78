"""What the search index stores and how a query is read, independent of the engine.

Each indexed column holds the folded text (so "dang" finds "Đảng") followed
by the words whose exact form differs from their folded form (so a query
typed with diacritics can prefer articles spelled that way).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor_app.domain.text import exact_key, fold, markdown_to_plain

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class IndexDoc:
    title: str
    summary: str
    body: str
    meta: str


@dataclass(frozen=True)
class Term:
    folded: str
    exact: str
    marked: bool  # the person typed diacritics in this word


@dataclass(frozen=True)
class Query:
    terms: tuple[Term, ...]
    prefix_last: bool

    @property
    def marked(self) -> bool:
        return any(t.marked for t in self.terms)


def _column(text: str) -> str:
    folded = fold(text)
    # Each distinct word folded once (a 20,000-word body has a few thousand), in order.
    words = dict.fromkeys(_TOKEN.findall(exact_key(text)))
    extras = [w for w in words if fold(w) != w]
    return f"{folded} {' '.join(extras)}" if extras else folded


def index_doc(
    title: str, subtitle: str, summary: str, body: str, byline: str, department: str, tags: str
) -> IndexDoc:
    return IndexDoc(
        title=_column(f"{title} {subtitle}"),
        summary=_column(summary),
        body=_column(markdown_to_plain(body)),
        meta=_column(f"{byline} {department} {tags.replace(',', ' ')}"),
    )


def parse_query(text: str, *, prefix_last: bool = True) -> Query:
    """Split what a person typed into terms; the last may be a prefix while typing."""
    terms = []
    for word in _TOKEN.findall(exact_key(text)):
        folded = fold(word)
        terms.append(Term(folded=folded, exact=word, marked=folded != word))
    typing = prefix_last and bool(text) and not text[-1].isspace()
    return Query(tuple(terms), prefix_last=typing)
