"""The PostgreSQL rows of `make bench`: search and list at LARGE articles on a real server.

The store is the SQLite bulk store (benchmarks/stores.py) copied into a
PostgreSQL database with COPY: people, categories, articles and the search
index (the folded columns read from FTS5, split into words and weighted as
search_pg does). Revisions are not copied: search and lists never read them.
The database is kept between runs (``editor_app_bench_<count>_v<n>``).
Server: EDITOR_APP_BENCH_PG_URL, else 127.0.0.1:5432 user postgres.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import time
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url

from benchmarks.measure import Figure, timed
from benchmarks.stores import CORPUS_VERSION
from editor_app.domain.search_text import IndexDoc, parse_query
from editor_app.store import search_pg

if TYPE_CHECKING:
    from pathlib import Path

SERVER = os.environ.get("EDITOR_APP_BENCH_PG_URL",
                        "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
VERSION = 2  # of this copy's layout; the corpus version is part of the name too
ARTICLE_COLS = ("pk", "id", "title", "subtitle", "summary", "body", "slug", "status",
                "category_id", "tags", "author_id", "byline", "department", "source", "dateline",
                "featured_caption", "featured_credit", "featured_alt", "version", "revision_id",
                "created_at", "updated_at", "approved_at", "approved_by_id")


def _connect(url: str, **kw: object):
    import psycopg

    u = make_url(url)
    return psycopg.connect(host=u.host, port=u.port or 5432, user=u.username,
                           password=u.password, dbname=u.database, **kw)


def pg_store(sqlite_folder: Path, count: int) -> tuple[str, float | None]:
    """The URL of a PostgreSQL copy of the bulk store, and the seconds it took (None: cached)."""
    name = f"editor_app_bench_{count}_v{VERSION}_c{CORPUS_VERSION}"
    url = make_url(SERVER).set(database=name).render_as_string(hide_password=False)
    with _connect(SERVER, autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                               (name,)).fetchone()
        if exists:
            with _connect(url) as conn:
                done = conn.execute("SELECT obj_description('articles'::regclass)").fetchone()
            if done and done[0] == "complete":
                return url, None
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
    started = time.perf_counter()
    from editor_app.store import schema
    from editor_app.store.engine import make_engine

    engine = make_engine(url)
    schema.upgrade(engine)
    engine.dispose()
    src = sqlite3.connect(sqlite_folder / "newsroom.sqlite3")
    with _connect(url) as conn:
        conn.execute("DROP INDEX ix_article_search_doc")
        conn.execute("DROP INDEX ix_article_search_title_doc")
        for table, cols in (("people", None), ("categories", None),
                            ("articles", ARTICLE_COLS)):
            names = cols or [r[1] for r in src.execute(f"PRAGMA table_info({table})")]
            bools = {"active"}
            with conn.cursor().copy(f"COPY {table} ({', '.join(names)}) FROM STDIN") as cp:
                for row in src.execute(f"SELECT {', '.join(names)} FROM {table}"):
                    cp.write_row([bool(v) if n in bools else v
                                  for n, v in zip(names, row, strict=True)])
        conn.execute("SELECT setval(pg_get_serial_sequence('articles', 'pk'), "
                     "(SELECT max(pk) FROM articles))")
        conn.execute("CREATE TEMP TABLE words (pk int, title text, everything text)")
        with conn.cursor().copy("COPY words FROM STDIN") as cp:
            for pk, *cols in src.execute(
                    "SELECT rowid, title, summary, body, meta FROM article_search"):
                cp.write_row([pk, *search_pg.vectors(IndexDoc(*cols))])
        conn.execute(
            "INSERT INTO article_search (pk, title_doc, doc) SELECT pk, "
            "to_tsvector('simple', title), to_tsvector('simple', everything) FROM words")
        conn.execute("CREATE INDEX ix_article_search_doc ON article_search USING gin (doc)")
        conn.execute("CREATE INDEX ix_article_search_title_doc ON article_search "
                     "USING gin (title_doc)")
        conn.commit()
    src.close()
    with _connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
        conn.execute("COMMENT ON TABLE articles IS 'complete'")
    return url, time.perf_counter() - started


def available() -> bool:
    try:
        with _connect(SERVER, connect_timeout=3):
            return True
    except Exception:  # psycopg missing or no server: the rows are skipped, and said so
        return False


def pgbench_tps() -> Figure | None:
    """pgbench select-only, one client, 5 s, scale 1 (its own database): the server's pace."""
    exe = shutil.which("pgbench")
    if exe is None:
        return None
    u = make_url(SERVER)
    args = ["-h", u.host or "127.0.0.1", "-p", str(u.port or 5432), "-U", u.username or "postgres"]
    env = dict(os.environ, PGPASSWORD=u.password or "")
    name = "editor_app_bench_pgbench"
    with _connect(SERVER, autocommit=True) as admin:
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            admin.execute(f'CREATE DATABASE "{name}"')
            subprocess.run([exe, *args, "-i", "-s", "1", "-q", name], env=env, check=True,
                           capture_output=True, timeout=300)
    out = subprocess.run([exe, *args, "-S", "-c", "1", "-T", "5", name], env=env,
                         capture_output=True, text=True, timeout=120)
    tps = [float(line.split("=")[1].split()[0]) for line in out.stdout.splitlines()
           if line.startswith("tps")]
    return Figure("pgbench -S, 1 client (same run)", tps[:1], unit="tx/s") if tps else None


def bench_postgres(figures: list[Figure], sqlite_folder: Path, count: int,
                   queries: list[str], window: dict[str, object]) -> None:
    from editor_app.app import open_newsroom
    from editor_app.paths import resolve

    url, built = pg_store(sqlite_folder, count)
    room = open_newsroom(resolve(sqlite_folder / "pg-data", url))
    s = room.services
    runs = 3
    samples: list[float] = []
    for q in queries:
        samples += timed(lambda q=q: s.search.search(q, **window), runs)  # type: ignore[arg-type]
    ref: list[float] = []
    with _connect(url) as conn:
        for q in queries:
            tsq = search_pg.tsquery(parse_query(q, prefix_last=True), exact=False)
            sql = ("SELECT a.pk, a.id, a.title, a.status, a.summary, a.category_id, "
                   "a.updated_at, a.author_id FROM article_search s JOIN articles a "
                   "ON a.pk = s.pk WHERE s.doc @@ to_tsquery('simple', %s) "
                   "ORDER BY s.pk DESC LIMIT 200")
            ref += timed(lambda sql=sql, t=tsq: conn.execute(sql, (t,)).fetchall(), runs)
        note = (f"{len(queries)} queries × {runs}, limit 200, prefix, no snippets, as the window; "
                "tsvectors + GIN; the service runs up to 4 "
                "tiers (exact/folded × headline/all)"
                + (f"; PostgreSQL copy built in {built:.0f} s" if built else ""))
        refs = [Figure("raw psycopg tsquery + same join and rows", ref)]
        tps = pgbench_tps()
        if tps is not None:
            refs.append(tps)
        figures.append(Figure(f"search as the window does, {count:,} articles, PostgreSQL",
                              samples, "p50 ≤ 30, p95 ≤ 100, max ≤ 250", note=note,
                              source="benchmarks", references=refs))
        list_sql = ("SELECT a.pk, a.id, a.title, a.slug, a.status, a.category_id, c.name, "
                    "a.author_id, p.name, a.updated_at, a.version FROM articles a "
                    "JOIN people p ON p.id = a.author_id "
                    "LEFT JOIN categories c ON c.id = a.category_id "
                    "ORDER BY a.updated_at DESC, a.pk DESC LIMIT 100")
        raw_list = timed(lambda: conn.execute(list_sql).fetchall(), 30)
    figures.append(Figure(f"list first 100 of {count:,}, PostgreSQL",
                          timed(lambda: s.drafting.summaries(limit=100), 30), "p95 ≤ 5",
                          Figure("raw psycopg query, same columns", raw_list),
                          source="issue 19"))
    room.close()
