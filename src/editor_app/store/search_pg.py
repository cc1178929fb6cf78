"""The search index on PostgreSQL: a ``tsvector`` over the folded text, with a GIN index.

The text is the same as FTS5 gets on SQLite (folded words, then the exact
spelling of every word that has marks; see domain/search_text.py). Python
splits it into words first, so PostgreSQL's parser never turns a URL, an
e-mail address or "1.5" into one unsplittable token that FTS5 would split.
Weights tell the headline (A) from the lead (B), the body (C) and the
byline, department and tags (D): a headline tier is the same query with
``:A``. Positions are not needed (no phrase queries), so each word is sent
once, which also keeps a pasted novel under PostgreSQL's 1 MB tsvector cap.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

if TYPE_CHECKING:
    from editor_app.domain.search_text import IndexDoc, Query

TABLE = "article_search"
INDEX = "ix_article_search_doc"
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Unique words of one column, in characters: far above any real article.
MAX_COLUMN_CHARS = 400_000
_DOC = (
    "setweight(to_tsvector('simple', :title), 'A') || "
    "setweight(to_tsvector('simple', :summary), 'B') || "
    "setweight(to_tsvector('simple', :body), 'C') || "
    "setweight(to_tsvector('simple', :meta), 'D')"
)


def create(conn: Connection) -> None:
    conn.exec_driver_sql(
        f"CREATE TABLE IF NOT EXISTS {TABLE} (pk INTEGER PRIMARY KEY, doc tsvector NOT NULL)"
    )
    conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} USING gin (doc)")


def words(column: str) -> str:
    """Each word once, split the way FTS5's unicode61 tokenizer splits."""
    out = " ".join(dict.fromkeys(_WORD.findall(column)))
    if len(out) > MAX_COLUMN_CHARS:
        out = out[:MAX_COLUMN_CHARS].rsplit(" ", 1)[0]
    return out


def put(conn: Connection, pk: int, doc: IndexDoc) -> None:
    conn.execute(
        text(f"INSERT INTO {TABLE} (pk, doc) VALUES (:pk, {_DOC}) "
             "ON CONFLICT (pk) DO UPDATE SET doc = EXCLUDED.doc"),
        {"pk": pk, "title": words(doc.title), "summary": words(doc.summary),
         "body": words(doc.body), "meta": words(doc.meta)},
    )


def tsquery(query: Query, *, exact: bool, title_only: bool) -> str:
    """``'dang' & 'bo':*`` — every word must match; the last may be a prefix."""
    parts = []
    last = len(query.terms) - 1
    for i, term in enumerate(query.terms):
        word = term.exact if exact and term.marked else term.folded
        flags = ("*" if query.prefix_last and i == last else "") + ("A" if title_only else "")
        label = f":{flags}" if flags else ""
        # Terms are runs of letters and digits (parse_query), so quoting is safe.
        parts.append(f"'{word}'{label}")
    return " & ".join(parts)


def search(
    conn: Connection, query: Query, filters_sql: str, params: dict[str, object], limit: int
) -> list[tuple[int, bool]]:
    """Same tiers as FTS5: exact spelling, then folded; headline first within each."""
    results: list[tuple[int, bool]] = []
    seen: set[int] = set()
    tiers = [(e, t) for e in ([True, False] if query.marked else [False]) for t in (True, False)]
    for exact, title_only in tiers:
        if len(results) >= limit:
            break
        p = dict(params, q=tsquery(query, exact=exact, title_only=title_only),
                 lim=limit - len(results) + len(seen))
        sql = (
            f"SELECT a.pk FROM {TABLE} s JOIN articles a ON a.pk = s.pk "
            f"WHERE s.doc @@ to_tsquery('simple', :q){filters_sql} "
            "ORDER BY s.pk DESC LIMIT :lim"
        )
        for pk in conn.execute(text(sql), p).scalars():
            if pk not in seen and len(results) < limit:
                seen.add(pk)
                results.append((pk, exact))
    return results
