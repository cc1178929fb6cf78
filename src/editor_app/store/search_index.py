"""The full-text index: SQLite FTS5, a tsvector on PostgreSQL (search_pg), LIKE elsewhere.

Rows are keyed by ``articles.pk``. On PostgreSQL (and LIKE stores) the index is
written in the same transaction as the article. On SQLite a save records the
article in ``index_pending`` in its transaction instead (:func:`defer`), and
whoever reads the index next indexes those articles first (:func:`catch_up`): a
long article's autosave no longer rewrites its FTS rows each time, and a hundred
autosaves then one search index it once. Never stale to a reader, and a crash
between the save and the catch-up leaves the fact in the table.
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
PENDING = "index_pending"  # models.IndexPendingRow
_TEXT = "title, subtitle, summary, body, byline, department, tags"


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

def _doc(r: Any) -> IndexDoc:
    """An article's index text from its stored columns (what a save's prepare() made)."""
    return index_doc(r.title, r.subtitle, r.summary, r.body or "", r.byline, r.department,
                     r.tags)


def defers(conn: Connection) -> bool:
    """True where a save defers its index rows (SQLite: the desktop store)."""
    return _sqlite(conn)


def defer(conn: Connection, pk: int) -> None:
    """Note that article *pk*'s index rows are behind its text; call in the save's transaction."""
    conn.execute(text(f"INSERT OR IGNORE INTO {PENDING} (pk) VALUES (:pk)"), {"pk": pk})


def behind(conn: Connection) -> bool:
    """True if some article waits to be indexed (one indexed read: cheap before a search)."""
    if not _sqlite(conn):
        return False
    return conn.execute(text(f"SELECT 1 FROM {PENDING} LIMIT 1")).first() is not None


def pending_keys(conn: Connection) -> set[int]:
    if not _sqlite(conn):
        return set()
    return set(conn.execute(text(f"SELECT pk FROM {PENDING}")).scalars())


# What catch_up may be given: article pk → (its indexed columns as read, their IndexDoc).
Folded = dict[int, tuple[tuple[Any, ...], IndexDoc]]


def _waiting(conn: Connection) -> Any:
    return conn.execute(text(f"SELECT pk, {_TEXT} FROM articles WHERE pk IN "
                             f"(SELECT pk FROM {PENDING}) ORDER BY pk"))


def folded_waiting(conn: Connection) -> Folded:
    """The index text of the articles waiting, folded from what *conn* reads now.

    The text work of a catch-up, done in a read transaction so that the write lock is
    held only to write (:func:`catch_up` checks the text is still the same).
    """
    if not _sqlite(conn):
        return {}
    return {r.pk: (tuple(r[1:]), _doc(r)) for r in _waiting(conn)}


def catch_up(conn: Connection, folded: Folded | None = None) -> int:
    """Index the articles waiting in ``index_pending``, in the caller's write transaction.

    Reads their text as it is now, so a hundred saves of one article cost one index
    write; *folded* (:func:`folded_waiting`) is used where that text is still the one
    it was folded from. An article deleted meanwhile leaves the index. Returns how
    many were done.
    """
    if not _sqlite(conn) or not conn.dialect.has_table(conn, PENDING):  # before 0013
        return 0
    pks = set(conn.execute(text(f"SELECT pk FROM {PENDING}")).scalars())
    if not pks:
        return 0
    folded = folded or {}
    found = set()
    for r in _waiting(conn):
        ready = folded.get(r.pk)
        put(conn, r.pk, ready[1] if ready and ready[0] == tuple(r[1:]) else _doc(r))
        found.add(r.pk)
    for pk in pks - found:
        remove(conn, pk)
    conn.exec_driver_sql(f"DELETE FROM {PENDING}")
    return len(pks)


def rebuild(conn: Connection, batch: int = 500) -> int:
    """Index every article again from its stored text; returns the count."""
    conn.exec_driver_sql(f"DELETE FROM {TABLE}")
    if _sqlite(conn):
        conn.exec_driver_sql(f"DELETE FROM {TITLES}")
        if conn.dialect.has_table(conn, PENDING):  # not before migration 0013
            conn.exec_driver_sql(f"DELETE FROM {PENDING}")
    rows = conn.execute(text(f"SELECT pk, {_TEXT} FROM articles ORDER BY pk"))
    count = 0
    while chunk := rows.fetchmany(batch):
        for r in chunk:
            put(conn, r.pk, _doc(r))
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


def search(
    conn: Connection, query: Query, filters: Filters, limit: int,
    waiting: Folded | None = None,
) -> list[tuple[int, bool]]:
    """Return ``(article pk, exact)`` pairs, in tiers, newest first within each tier.

    Tiers: the spelling typed (exact diacritics) before folded matches, and a
    match in the headline before one elsewhere. Ordering by rowid (newest first)
    lets FTS5 stop after *limit* rows; bm25 would score every match of a common
    word ("của": most of the store) before it could return the first one.
    PostgreSQL's tsvector index answers the same tiers (search_pg.matching).

    *waiting* (SQLite, a reader that cannot write: a read-only store left with
    articles in ``index_pending``): their index text, searched in temporary tables
    in place of their rows in the index, which are behind.
    """
    if not query.terms:
        return []
    if not (_pg(conn) or _sqlite(conn)):
        return _search_like(conn, query, filters, limit)
    matching = search_pg.matching if _pg(conn) else _fts_matching
    if waiting and _sqlite(conn):
        _load_waiting(conn, waiting)
    results: list[tuple[int, bool]] = []
    seen: set[int] = set()
    tiers = [(e, t) for e in ([True, False] if query.marked else [False]) for t in (True, False)]
    for exact, title_only in tiers:
        if len(results) >= limit:
            break
        stmt = narrowed(matching(query, exact=exact, title_only=title_only), filters)
        if waiting and _sqlite(conn):
            found = _with_waiting(conn, query, filters, limit, stmt, waiting, exact=exact,
                                  title_only=title_only)
        else:
            found = list(conn.execute(stmt.limit(limit)).scalars())
        for pk in found:
            if pk not in seen and len(results) < limit:
                seen.add(pk)
                results.append((pk, exact))
    return results


_TITLES = table(TITLES, column("rowid"))


_WAITING, _WAITING_TITLES = "waiting_search", "waiting_titles"  # temporary: this connection's


def _load_waiting(conn: Connection, waiting: Folded) -> None:
    conn.exec_driver_sql(fts5_ddl(f"temp.{_WAITING}", None))
    conn.exec_driver_sql(fts5_ddl(f"temp.{_WAITING_TITLES}", None, ("title",)))
    conn.exec_driver_sql(f"DELETE FROM temp.{_WAITING}")
    conn.exec_driver_sql(f"DELETE FROM temp.{_WAITING_TITLES}")
    for pk, (_text, doc) in waiting.items():
        conn.execute(text(f"INSERT INTO temp.{_WAITING} (rowid, {', '.join(COLUMNS)}) "
                          "VALUES (:pk, :title, :summary, :body, :meta)"),
                     {"pk": pk, "title": doc.title, "summary": doc.summary, "body": doc.body,
                      "meta": doc.meta})
        conn.execute(text(f"INSERT INTO temp.{_WAITING_TITLES} (rowid, title) "
                          "VALUES (:pk, :title)"), {"pk": pk, "title": doc.title})


def _with_waiting(
    conn: Connection, query: Query, filters: Filters, limit: int, stmt: Select[Any],
    waiting: Folded, *, exact: bool, title_only: bool,
) -> list[int]:
    """One tier: the index without the waiting articles' stale rows, and their text."""
    name = _WAITING_TITLES if title_only else _WAITING
    fts = _TITLES if title_only else _FTS
    indexed = conn.execute(stmt.where(fts.c.rowid.not_in(list(waiting))).limit(limit))
    fresh = narrowed(_fts_matching(query, exact=exact, title_only=title_only, name=name),
                     filters)
    pks = {*indexed.scalars(), *conn.execute(fresh.limit(limit)).scalars()}
    return sorted(pks, reverse=True)[:limit]  # newest first, as each query is


def _fts_matching(
    query: Query, *, exact: bool, title_only: bool, name: str | None = None
) -> Select[Any]:
    match = _fts_match(query, exact=exact)
    fts, name = ((_TITLES, TITLES) if title_only else (_FTS, TABLE)) if name is None else (
        table(name, column("rowid")), name)
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
