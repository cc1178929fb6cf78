"""What the search index stores and how a query is read, independent of the engine.

Each indexed column holds the folded text (so "dang" finds "Đảng") followed
by the words whose exact form differs from their folded form (so a query
typed with diacritics can prefer articles spelled that way).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

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


# Where a text may be cut into pieces that are folded alone: after a line break, and
# in a paragraph longer than _PIECE_MAX after a sentence's ". " too. A space or line
# break never takes part in NFC, NFD, folding, the tone swap or a word (as
# text.normalize_tone_placement relies on), so the pieces' results put end to end are
# the whole text's. The cuts follow the content, so a key press changes one piece and
# an autosave folds that one alone.
_LINE, _SENTENCE = re.compile(r"(?<=\n)"), re.compile(r"(?<=\. )")
_PIECE_MAX = 4000
# Pieces longer than _PIECE_MAX are folded every time rather than kept: the cache
# holds at most _PIECES × _PIECE_MAX characters (about 30 MB) whatever is typed; a
# 20,000-word article is some 500 pieces.
_PIECES = 2048


def _pieces(text: str) -> list[str]:
    out: list[str] = []
    for paragraph in _LINE.split(text):
        out += _SENTENCE.split(paragraph) if len(paragraph) > _PIECE_MAX else [paragraph]
    return out


def _piece_uncached(piece: str) -> tuple[str, tuple[str, ...]]:
    """(the folded piece, its distinct words whose exact form differs from the folded)."""
    words = dict.fromkeys(_TOKEN.findall(exact_key(piece)))
    return fold(piece), tuple(w for w in words if _marked(w))


@lru_cache(maxsize=1 << 16)
def _marked(word: str) -> bool:
    """Whether *word* differs from its folded form; the same few thousand words recur."""
    return fold(word) != word


_piece = lru_cache(maxsize=_PIECES)(_piece_uncached)


def _column(text: str) -> str:
    folded: list[str] = []
    extras: list[str] = []
    for piece in _pieces(text):
        f, e = _piece(piece) if len(piece) <= _PIECE_MAX else _piece_uncached(piece)
        folded.append(f)
        extras += e
    joined = "".join(folded)
    distinct = dict.fromkeys(extras)  # each word once, where the text first has it
    return f"{joined} {' '.join(distinct)}" if distinct else joined


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
