"""The full-text index: SQLite FTS5, a tsvector on PostgreSQL (search_pg), LIKE elsewhere.

Rows are keyed by ``articles.pk``. The index is written in the same
transaction as the article, so it cannot drift from what was saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, column, or_, select, table, text

from editor_app.domain.search_text import IndexDoc, Query, index_doc
from editor_app.store import search_pg
from editor_app.store.filters import Filters, narrowed
from editor_app.store.models import ArticleRow

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy import Select

TABLE = "article_search"
# SQLite: the headlines again, alone. Search asks the headline first, and a column
# filter on TABLE decodes the positions of every match in every column to find the
# few in a headline (14 ms at 50,000 articles); this table holds only those.
TITLES = "article_titles"
COLUMNS = ("title", "summary", "body", "meta")


_FTS = table(TABLE, column("rowid"))  # FTS5 keys its rows by rowid
# Prefix indexes for words typed so far: search as you type asks "t"*, "th"*, "thu"*.
# Without them FTS5 merges the posting lists of every word with that prefix before it
# can return a row ("kinh t": 0.8 s, "nguoi"*: 30 ms at 50,000 articles); with them it
# reads one list, newest first, and stops at the limit (0.1 ms). A folded Vietnamese
# syllable has at most seven letters, so six cover every unfinished one. The index
# is 3.5 times the size it would be without them.
PREFIX = "1 2 3 4 5 6"


def fts5_ddl(name: str, prefix: str | None, columns: tuple[str, ...] = COLUMNS) -> str:
    """An FTS5 table; *prefix*: its prefix index lengths (None: none, before 0011)."""
    extra = f", prefix = '{prefix}'" if prefix else ""
    return (f"CREATE VIRTUAL TABLE IF NOT EXISTS {name} USING fts5("
            f"{', '.join(columns)}, tokenize = 'unicode61 remove_diacritics 0'{extra})")


def _sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def _pg(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def create(conn: Connection) -> None:
    if _pg(conn):
        search_pg.create(conn)
    elif _sqlite(conn):
        conn.exec_driver_sql(fts5_ddl(TABLE, PREFIX))
        conn.exec_driver_sql(fts5_ddl(TITLES, PREFIX, ("title",)))
    else:
        conn.exec_driver_sql(
            f"CREATE TABLE IF NOT EXISTS {TABLE} (pk INTEGER PRIMARY KEY, "
            + ", ".join(f"{c} TEXT NOT NULL" for c in COLUMNS)
            + ")"
        )


def drop(conn: Connection) -> None:
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {TITLES}")


def _key(conn: Connection) -> str:
    return "rowid" if _sqlite(conn) else "pk"


def remove(conn: Connection, pk: int) -> None:
    conn.execute(text(f"DELETE FROM {TABLE} WHERE {_key(conn)} = :pk"), {"pk": pk})
    if _sqlite(conn):
        conn.execute(text(f"DELETE FROM {TITLES} WHERE rowid = :pk"), {"pk": pk})


def put(conn: Connection, pk: int, doc: IndexDoc, *, title_kept: bool = False) -> None:
    """Index *doc* as article *pk*, in place of what was there.

    *title_kept*: the article's headline row already holds ``doc.title`` (a save that
    left title and subtitle alone), so SQLite's headline index is not rewritten: an
    FTS5 row rewritten is a new segment written at the commit and merged later.
    """
    if _pg(conn):
        search_pg.put(conn, pk, doc)
        return
    conn.execute(text(f"DELETE FROM {TABLE} WHERE {_key(conn)} = :pk"), {"pk": pk})
    conn.execute(
        text(
            f"INSERT INTO {TABLE} ({_key(conn)}, {', '.join(COLUMNS)}) "
            "VALUES (:pk, :title, :summary, :body, :meta)"
        ),
        {"pk": pk, "title": doc.title, "summary": doc.summary, "body": doc.body, "meta": doc.meta},
    )
    if _sqlite(conn) and not title_kept:
        conn.execute(text(f"DELETE FROM {TITLES} WHERE rowid = :pk"), {"pk": pk})
        conn.execute(text(f"INSERT INTO {TITLES} (rowid, title) VALUES (:pk, :title)"),
                     {"pk": pk, "title": doc.title})


def put_many(conn: Connection, items: Sequence[tuple[int, IndexDoc]]) -> None:
    """:func:`put` for many articles at once (a batch import): the same rows.

    On SQLite, one executemany per statement instead of four statements per article.
    """
    if not _sqlite(conn):
        for pk, doc in items:
            put(conn, pk, doc)
        return
    keys = [{"pk": pk} for pk, _ in items]
    conn.execute(text(f"DELETE FROM {TABLE} WHERE rowid = :pk"), keys)
    conn.execute(text(f"DELETE FROM {TITLES} WHERE rowid = :pk"), keys)
    conn.execute(
        text(f"INSERT INTO {TABLE} (rowid, {', '.join(COLUMNS)}) "
             "VALUES (:pk, :title, :summary, :body, :meta)"),
        [{"pk": pk, "title": d.title, "summary": d.summary, "body": d.body, "meta": d.meta}
         for pk, d in items])
    conn.execute(text(f"INSERT INTO {TITLES} (rowid, title) VALUES (:pk, :title)"),
                 [{"pk": pk, "title": d.title} for pk, d in items])


def rebuild(conn: Connection, batch: int = 500) -> int:
    """Index every article again from its stored text; returns the count."""
    conn.exec_driver_sql(f"DELETE FROM {TABLE}")
    if _sqlite(conn):
        conn.exec_driver_sql(f"DELETE FROM {TITLES}")
    rows = conn.execute(
        text(
            "SELECT pk, title, subtitle, summary, body, byline, department, tags "
            "FROM articles ORDER BY pk"
        )
    )
    count = 0
    while chunk := rows.fetchmany(batch):
        for r in chunk:
            put(conn, r.pk, index_doc(r.title, r.subtitle, r.summary, r.body or "",
                                      r.byline, r.department, r.tags))
            count += 1
    return count


def count(conn: Connection) -> int:
    return int(conn.execute(text(f"SELECT count(*) FROM {TABLE}")).scalar_one())


def indexed_keys(conn: Connection) -> set[int]:
    return set(conn.execute(text(f"SELECT {_key(conn)} FROM {TABLE}")).scalars())


def _fts_phrase(word: str, prefix: bool) -> str:
    quoted = '"' + word.replace('"', '""') + '"'
    return quoted + "*" if prefix else quoted


def _fts_match(query: Query, *, exact: bool, columns: str = "") -> str:
    parts = []
    last = len(query.terms) - 1
    for i, term in enumerate(query.terms):
        word = term.exact if exact and term.marked else term.folded
        parts.append(_fts_phrase(word, query.prefix_last and i == last))
    match = " AND ".join(parts)
    return f"{{{columns}}} : ({match})" if columns else match


def search(conn: Connection, query: Query, filters: Filters, limit: int) -> list[tuple[int, bool]]:
    """Return ``(article pk, exact)`` pairs, in tiers, newest first within each tier.

    Tiers: the spelling typed (exact diacritics) before folded matches, and a
    match in the headline before one elsewhere. Ordering by rowid (newest first)
    lets FTS5 stop after *limit* rows; bm25 would score every match of a common
    word ("của": most of the store) before it could return the first one.
    PostgreSQL's tsvector index answers the same tiers (search_pg.matching).
    """
    if not query.terms:
        return []
    if not (_pg(conn) or _sqlite(conn)):
        return _search_like(conn, query, filters, limit)
    matching = search_pg.matching if _pg(conn) else _fts_matching
    results: list[tuple[int, bool]] = []
    seen: set[int] = set()
    tiers = [(e, t) for e in ([True, False] if query.marked else [False]) for t in (True, False)]
    for exact, title_only in tiers:
        if len(results) >= limit:
            break
        stmt = narrowed(matching(query, exact=exact, title_only=title_only), filters)
        for pk in conn.execute(stmt.limit(limit)).scalars():
            if pk not in seen and len(results) < limit:
                seen.add(pk)
                results.append((pk, exact))
    return results


_TITLES = table(TITLES, column("rowid"))


def _fts_matching(query: Query, *, exact: bool, title_only: bool) -> Select[Any]:
    match = _fts_match(query, exact=exact)
    fts, name = (_TITLES, TITLES) if title_only else (_FTS, TABLE)
    return (
        select(ArticleRow.pk)
        .select_from(fts.join(ArticleRow.__table__, ArticleRow.pk == fts.c.rowid))
        .where(text(f"{name} MATCH :q").bindparams(q=match))
        .order_by(fts.c.rowid.desc())
    )


def _search_like(
    conn: Connection, query: Query, filters: Filters, limit: int
) -> list[tuple[int, bool]]:
    s = table(TABLE, column("pk"), *(column(c) for c in COLUMNS))
    stmt = select(ArticleRow.pk).select_from(
        s.join(ArticleRow.__table__, ArticleRow.pk == s.c.pk))
    for term in query.terms:
        stmt = stmt.where(or_(*(s.c[c].like(f"%{term.folded}%") for c in COLUMNS)))
    stmt = narrowed(stmt, filters).order_by(ArticleRow.updated_at.desc()).limit(limit)
    return [(pk, False) for pk in conn.execute(stmt).scalars()]
