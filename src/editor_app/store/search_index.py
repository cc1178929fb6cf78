"""The full-text index: SQLite FTS5, a tsvector on PostgreSQL (search_pg), LIKE elsewhere.

Rows are keyed by ``articles.pk``. The index is written in the same
transaction as the article, so it cannot drift from what was saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

from editor_app.domain.search_text import IndexDoc, Query, index_doc
from editor_app.store import search_pg

if TYPE_CHECKING:
    from collections.abc import Sequence

TABLE = "article_search"
COLUMNS = ("title", "summary", "body", "meta")


@dataclass(frozen=True)
class Filters:
    status: str | Sequence[str] | None = None
    category_ids: Sequence[str] | None = None
    author_id: str | None = None


def _sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def _pg(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def create(conn: Connection) -> None:
    if _pg(conn):
        search_pg.create(conn)
    elif _sqlite(conn):
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
            f"{', '.join(COLUMNS)}, tokenize = 'unicode61 remove_diacritics 0')"
        )
    else:
        conn.exec_driver_sql(
            f"CREATE TABLE IF NOT EXISTS {TABLE} (pk INTEGER PRIMARY KEY, "
            + ", ".join(f"{c} TEXT NOT NULL" for c in COLUMNS)
            + ")"
        )


def drop(conn: Connection) -> None:
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")


def _key(conn: Connection) -> str:
    return "rowid" if _sqlite(conn) else "pk"


def remove(conn: Connection, pk: int) -> None:
    conn.execute(text(f"DELETE FROM {TABLE} WHERE {_key(conn)} = :pk"), {"pk": pk})


def put(conn: Connection, pk: int, doc: IndexDoc) -> None:
    if _pg(conn):
        search_pg.put(conn, pk, doc)
        return
    remove(conn, pk)
    conn.execute(
        text(
            f"INSERT INTO {TABLE} ({_key(conn)}, {', '.join(COLUMNS)}) "
            "VALUES (:pk, :title, :summary, :body, :meta)"
        ),
        {"pk": pk, "title": doc.title, "summary": doc.summary, "body": doc.body, "meta": doc.meta},
    )


def rebuild(conn: Connection, batch: int = 500) -> int:
    """Index every article again from its stored text; returns the count."""
    conn.exec_driver_sql(f"DELETE FROM {TABLE}")
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


def _filters_sql(filters: Filters, params: dict[str, object]) -> str:
    sql = ""
    if isinstance(filters.status, str):
        sql += " AND a.status = :status"
        params["status"] = filters.status
    elif filters.status:
        names = []
        for i, st in enumerate(filters.status):
            params[f"s{i}"] = st
            names.append(f":s{i}")
        sql += f" AND a.status IN ({', '.join(names)})"
    if filters.category_ids is not None:
        names = []
        for i, cid in enumerate(filters.category_ids):
            params[f"c{i}"] = cid
            names.append(f":c{i}")
        sql += f" AND a.category_id IN ({', '.join(names) or 'NULL'})"
    if filters.author_id:
        sql += " AND a.author_id = :author"
        params["author"] = filters.author_id
    return sql


def search(conn: Connection, query: Query, filters: Filters, limit: int) -> list[tuple[int, bool]]:
    """Return ``(article pk, exact)`` pairs, in tiers, newest first within each tier.

    Tiers: the spelling typed (exact diacritics) before folded matches, and a
    match in the headline before one elsewhere. Ordering by rowid (newest first)
    lets FTS5 stop after *limit* rows; bm25 would score every match of a common
    word ("của": most of the store) before it could return the first one.
    """
    if not query.terms:
        return []
    if _pg(conn):
        params: dict[str, object] = {}
        return search_pg.search(conn, query, _filters_sql(filters, params), params, limit)
    if not _sqlite(conn):
        return _search_like(conn, query, filters, limit)
    results: list[tuple[int, bool]] = []
    seen: set[int] = set()
    tiers = [(e, c) for e in ([True, False] if query.marked else [False])
             for c in ("title", "")]
    for exact, columns in tiers:
        if len(results) >= limit:
            break
        params = {"q": _fts_match(query, exact=exact, columns=columns),
                                     "lim": limit - len(results) + len(seen)}
        sql = (
            f"SELECT a.pk FROM {TABLE} s JOIN articles a ON a.pk = s.rowid "
            f"WHERE {TABLE} MATCH :q{_filters_sql(filters, params)} "
            "ORDER BY s.rowid DESC LIMIT :lim"
        )
        for pk in conn.execute(text(sql), params).scalars():
            if pk not in seen and len(results) < limit:
                seen.add(pk)
                results.append((pk, exact))
    return results


def _search_like(
    conn: Connection, query: Query, filters: Filters, limit: int
) -> list[tuple[int, bool]]:
    params: dict[str, object] = {"lim": limit}
    clauses = []
    for i, term in enumerate(query.terms):
        params[f"t{i}"] = f"%{term.folded}%"
        clauses.append("(" + " OR ".join(f"s.{c} LIKE :t{i}" for c in COLUMNS) + ")")
    sql = (
        f"SELECT a.pk FROM {TABLE} s JOIN articles a ON a.pk = s.pk WHERE "
        + " AND ".join(clauses)
        + _filters_sql(filters, params)
        + " ORDER BY a.updated_at DESC LIMIT :lim"
    )
    return [(pk, False) for pk in conn.execute(text(sql), params).scalars()]
