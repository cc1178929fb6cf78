"""Build (once) and cache the synthetic stores the benchmarks run against."""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.corpus import CATEGORIES, Corpus
from editor_app.app import Newsroom, open_newsroom, remember_device
from editor_app.domain.entities import ArticleFields
from editor_app.domain.search_text import index_doc
from editor_app.domain.text import slugify
from editor_app.paths import resolve

CACHE = Path("bench") / "cache"
CORPUS_VERSION = 3  # 2: the hunspell-vi lexicon (issue 19); 3: the headline index


def _people_and_categories(room: Newsroom) -> dict[str, object]:
    s = room.services
    people = {
        "reporter": s.people.add("pv", "Nguyễn Văn An", "reporter", "Ban Tuyên giáo Tỉnh ủy"),
        "editor": s.people.add("bt", "Đỗ Văn Thành", "editor"),
        "staff": s.people.add("nv", "Phạm Thu Hòa", "staff"),
    }
    s.taxonomy.add("Thời sự")
    for name in CATEGORIES:
        s.taxonomy.add(name, "Thời sự" if name in ("Trong tỉnh", "Trong nước") else None)
    return people


def build_with_services(folder: Path, count: int) -> tuple[Newsroom, float, list[float]]:
    """A store filled through DraftingService.create: it, the seconds taken, ms per create."""
    shutil.rmtree(folder, ignore_errors=True)
    room = open_newsroom(resolve(folder))
    people = _people_and_categories(room)
    corpus = Corpus()
    start = time.perf_counter()
    each = []
    for _ in range(count):
        a = corpus.article()
        t = time.perf_counter()
        room.services.drafting.create(people["reporter"], ArticleFields(  # type: ignore[arg-type]
            title=a["title"], summary=a["summary"], body=a["body"], category_id=a["category"],
            tags=tuple(str(a["tags"]).split(", "))))
        each.append((time.perf_counter() - t) * 1000)
    return room, time.perf_counter() - start, each


def cached_bulk_store(count: int, status: str | None = None) -> Path:
    """A store of *count* articles (every status, or all *status*), bulk-loaded, cached."""
    folder = CACHE / f"store-{count}-{status or 'mixed'}-v{CORPUS_VERSION}"
    marker = folder / "complete.json"
    if marker.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    room = open_newsroom(resolve(folder))
    people = _people_and_categories(room)
    reporter, editor = people["reporter"], people["editor"]
    cats = {c.name: c.id for c in room.services.taxonomy.list()}
    corpus = Corpus(seed=count)
    status_override = status
    t0 = datetime(2025, 1, 1, tzinfo=UTC)
    raw = room.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("BEGIN IMMEDIATE")
        for i in range(count):
            a = corpus.article()
            aid = str(uuid.uuid4())
            when = (t0 + timedelta(minutes=7 * i)).replace(tzinfo=None).isoformat(sep=" ")
            status = status_override or str(a["status"])
            approved = status in ("approved", "exported", "withdrawn")
            rid = str(uuid.uuid4())
            title, summary, body = str(a["title"]), str(a["summary"]), str(a["body"])
            cur.execute(
                "INSERT INTO articles (id,title,subtitle,summary,body,slug,status,category_id,"
                "tags,author_id,byline,department,source,dateline,featured_caption,"
                "featured_credit,featured_alt,version,revision_id,created_at,updated_at,"
                "approved_at,approved_by_id) VALUES (?,?,'',?,?,?,?,?,?,?,?,?,'','','','','',1,"
                "?,?,?,?,?)",
                (aid, title, summary, body, f"{slugify(title)[:60]}-{i}", status,
                 cats[str(a["category"])], a["tags"], reporter.id, reporter.name,  # type: ignore[attr-defined]
                 reporter.department, rid, when, when, when if approved else None,  # type: ignore[attr-defined]
                 editor.id if approved else None))  # type: ignore[attr-defined]
            pk = cur.lastrowid
            cur.execute(
                "INSERT INTO revisions (id,article_id,parent_id,number,author_id,created_at,note,"
                "status,title,snapshot) VALUES (?,?,NULL,1,?,?,'',?,?,?)",
                (rid, aid, reporter.id, when, status, title,  # type: ignore[attr-defined]
                 json.dumps({"title": title, "summary": summary, "body": body},
                            ensure_ascii=False)))
            doc = index_doc(title, "", summary, body, reporter.name, reporter.department,  # type: ignore[attr-defined]
                            str(a["tags"]))
            cur.execute("INSERT INTO article_search (rowid,title,summary,body,meta) "
                        "VALUES (?,?,?,?,?)", (pk, doc.title, doc.summary, doc.body, doc.meta))
            # The headline tier reads its own index (search_index.put writes both).
            cur.execute("INSERT INTO article_titles (rowid, title) VALUES (?, ?)",
                        (pk, doc.title))
            if i % 5000 == 4999:
                cur.execute("COMMIT")
                cur.execute("BEGIN IMMEDIATE")
                print(f"  … {i + 1:,} articles", flush=True)
        cur.execute("COMMIT")
        cur.execute("PRAGMA optimize")
        cur.execute("INSERT INTO article_search(article_search) VALUES ('optimize')")
        cur.execute("INSERT INTO article_titles(article_titles) VALUES ('optimize')")
    finally:
        raw.close()
    room.close()
    remember_device(resolve(folder), "pv")  # the GUI starts signed in as pv
    marker.write_text(json.dumps({"count": count}))
    return folder


def scratch_copy(folder: Path, name: str) -> Path:
    """A throw-away copy for benchmarks that change the store."""
    target = CACHE / f"scratch-{name}"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(folder, target)
    # The copy sits dirty in the page cache: the first fsync of the store's file (the
    # first WAL checkpoint) would flush all of it, a 0.6 s stall in an autosave at
    # 100,000 articles that a desk never has. Flushed here, outside what is timed.
    os.sync()
    return target
