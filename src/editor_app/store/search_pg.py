"""The search index on PostgreSQL: a ``tsvector`` over the folded text, with a GIN index.

The text is the same as FTS5 gets on SQLite (folded words, then the exact
spelling of every word that has marks; see domain/search_text.py). Python
splits it into words first, so PostgreSQL's parser never turns a URL, an
e-mail address or "1.5" into one unsplittable token that FTS5 would split.
The headline has a tsvector of its own (``title_doc``), beside ``doc`` for
the whole article, each with a GIN index. Weights in one vector (``'x':A``)
were measured first: the index cannot check a weight, so PostgreSQL read and
decompressed the whole vector of every candidate row, 0.2–3.4 s per query at
100,000 articles against 1–6 ms for the same words in any column.
Positions are not needed (no phrase queries), so each word is sent once,
which also keeps a pasted novel under PostgreSQL's 1 MB tsvector cap.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, column, select, table, text

from editor_app.store.models import ArticleRow

if TYPE_CHECKING:
    from sqlalchemy import Select

    from editor_app.domain.search_text import IndexDoc, Query

TABLE = "article_search"
INDEX = "ix_article_search_doc"
TITLE_INDEX = "ix_article_search_title_doc"
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Unique words of one column, in characters: far above any real article.
MAX_COLUMN_CHARS = 400_000
_TABLE = table(TABLE, column("pk"))


def create(conn: Connection) -> None:
    conn.exec_driver_sql(
        f"CREATE TABLE IF NOT EXISTS {TABLE} (pk INTEGER PRIMARY KEY, "
        "title_doc tsvector NOT NULL, doc tsvector NOT NULL)"
    )
    conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} USING gin (doc)")
    conn.exec_driver_sql(
        f"CREATE INDEX IF NOT EXISTS {TITLE_INDEX} ON {TABLE} USING gin (title_doc)")


def words(column: str) -> str:
    """Each word once, split the way FTS5's unicode61 tokenizer splits."""
    out = " ".join(dict.fromkeys(_WORD.findall(column)))
    if len(out) > MAX_COLUMN_CHARS:
        out = out[:MAX_COLUMN_CHARS].rsplit(" ", 1)[0]
    return out


def vectors(doc: IndexDoc) -> tuple[str, str]:
    """The words of the headline, and of the whole article (headline included)."""
    return words(doc.title), words(" ".join((doc.title, doc.summary, doc.body, doc.meta)))


def put(conn: Connection, pk: int, doc: IndexDoc) -> None:
    title, everything = vectors(doc)
    conn.execute(
        text(f"INSERT INTO {TABLE} (pk, title_doc, doc) VALUES (:pk, "
             "to_tsvector('simple', :title), to_tsvector('simple', :all)) "
             "ON CONFLICT (pk) DO UPDATE SET title_doc = EXCLUDED.title_doc, doc = EXCLUDED.doc"),
        {"pk": pk, "title": title, "all": everything},
    )


def tsquery(query: Query, *, exact: bool) -> str:
    """``'dang' & 'bo':*`` — every word must match; the last may be a prefix."""
    parts = []
    last = len(query.terms) - 1
    for i, term in enumerate(query.terms):
        word = term.exact if exact and term.marked else term.folded
        # Terms are runs of letters and digits (parse_query), so quoting is safe.
        parts.append(f"'{word}'" + (":*" if query.prefix_last and i == last else ""))
    return " & ".join(parts)


def matching(query: Query, *, exact: bool, title_only: bool) -> Select[Any]:
    """Articles whose headline (or whole text) has every word, newest first."""
    vector = "title_doc" if title_only else "doc"
    return (
        select(ArticleRow.pk)
        .select_from(_TABLE.join(ArticleRow.__table__, ArticleRow.pk == _TABLE.c.pk))
        .where(text(f"{TABLE}.{vector} @@ to_tsquery('simple', :q)")
               .bindparams(q=tsquery(query, exact=exact)))
        .order_by(_TABLE.c.pk.desc())
    )
