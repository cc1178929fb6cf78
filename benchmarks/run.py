"""Run every benchmark, print a table, write bench/results.json.

Sizes can be reduced for a quick look: BENCH_SMALL=2000 BENCH_LARGE=10000 make bench.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.corpus import Corpus
from benchmarks.measure import Figure, timed
from benchmarks.stores import CACHE, build_with_services, cached_bulk_store, scratch_copy
from editor_app import atomic
from editor_app.app import open_newsroom, remember_device
from editor_app.domain.entities import ArticleFields
from editor_app.domain.search_text import parse_query
from editor_app.paths import resolve
from editor_app.render.guard import RenderGuard
from editor_app.store.search_index import _fts_match

SMALL = int(os.environ.get("BENCH_SMALL", "10000"))
LARGE = int(os.environ.get("BENCH_LARGE", "100000"))
QUERIES = ["của", "và", "tỉnh", "tinh", "dang", "Đảng", "nông thôn mới", "nong thon moi",
           "cọn nước", "con nuoc", "shan tuyết", "khen be", "hoà bình", "thuy loi"]


def bench_create(figures: list[Figure]) -> None:
    folder = CACHE / "create-run"
    room, seconds = build_with_services(folder, SMALL)
    f = Figure(f"create {SMALL:,} articles through the services", [seconds * 1000],
               note=f"{seconds / SMALL * 1000:.2f} ms per article, each its own "
                    "synchronous=FULL commit with revision, audit row and index")
    figures.append(f)
    room.close()
    shutil.rmtree(folder, ignore_errors=True)


def bench_queries(figures: list[Figure]) -> None:
    folder = cached_bulk_store(LARGE)
    room = open_newsroom(resolve(folder))
    s = room.services
    runs = 5

    samples: list[float] = []
    for q in QUERIES:
        samples += timed(lambda q=q: s.search.search(q, limit=50), runs)
    ref_samples: list[float] = []
    con = sqlite3.connect(folder / "newsroom.sqlite3")
    for q in QUERIES:
        match = _fts_match(parse_query(q, prefix_last=False), exact=False)
        sql = ("SELECT rowid FROM article_search WHERE article_search MATCH ? "
               "ORDER BY rowid DESC LIMIT 50")
        ref_samples += timed(lambda sql=sql, m=match: con.execute(sql, (m,)).fetchall(), runs)
    con.close()
    figures.append(Figure(f"search, {LARGE:,} articles, folded", samples,
                          "p50 ≤ 30, p95 ≤ 100, max ≤ 250",
                          Figure("raw sqlite3 FTS5 query, same terms", ref_samples),
                          note=f"{len(QUERIES)} queries × {runs}: " + ", ".join(QUERIES)))

    figures.append(Figure(f"list first 100 of {LARGE:,}",
                          timed(lambda: s.drafting.summaries(limit=100), 30), "≤ 5"))
    some = s.drafting.summaries(status="exported", category="Trong tỉnh", limit=20)
    figures.append(Figure("related 15", [t for a in some for t in
                                         timed(lambda a=a: s.related.related(a.id), 3)], "≤ 5"))

    reporter = s.people.by_login("pv")
    target = s.drafting.summaries(status="draft", limit=1)[0]
    art = s.drafting.get(target.id)
    state = {"v": art.version, "body": art.body}

    def autosave() -> None:
        state["body"] += "x"
        saved = s.drafting.edit(reporter, art.id, ArticleFields(body=state["body"]),
                                expected_version=state["v"])
        state["v"] = saved.version

    con = sqlite3.connect(folder / "newsroom.sqlite3", isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")

    def raw_commit() -> None:
        state["body"] += "y"
        con.execute("BEGIN IMMEDIATE")
        con.execute("UPDATE articles SET body = ?, version = version + 1 WHERE id = ?",
                    (state["body"], art.id))
        con.execute("COMMIT")

    figures.append(Figure("autosave of one article", timed(autosave, 100), "p99 ≤ 10",
                          Figure("raw sqlite3 commit of the same row", timed(raw_commit, 100)),
                          note="a revision row (full snapshot), the index row and the version "
                               "check come on top of the raw UPDATE"))
    con.close()
    room.close()


def bench_postgres(figures: list[Figure]) -> None:
    """Search and list on PostgreSQL, beside the SQLite rows, with a raw-SQL reference."""
    from benchmarks.pg_bench import bench_postgres as run

    run(figures, cached_bulk_store(LARGE), LARGE, QUERIES)


def bench_bundles(figures: list[Figure]) -> None:
    import tempfile

    folder = scratch_copy(cached_bulk_store(1000, status="approved"), "bundles")
    room = open_newsroom(resolve(folder))
    s = room.services
    staff = s.people.by_login("nv")
    ids = [a.id for a in s.drafting.summaries(status="approved")]
    out = Path(tempfile.mkdtemp(prefix="bench-bundles-"))
    one = []
    for aid in ids[:20]:
        t = time.perf_counter()
        s.exporting.export(staff, aid, out / "one")
        one.append((time.perf_counter() - t) * 1000)
    figures.append(Figure("export one bundle", one, "≤ 30",
                          note="render, ninjs, zip, fsync, rename, status + record commit"))
    t = time.perf_counter()
    report = s.exporting.export_many(staff, out / "batch", ids[20:1020])
    batch_s = time.perf_counter() - t
    figures.append(Figure(f"export batch of {len(report.written):,}", [batch_s * 1000],
                          "≤ 30 s", note=f"{len(report.failed)} failed"))
    room.close()
    bundles = sorted((out / "batch").glob("*.zip"))
    target = CACHE / "scratch-import"
    shutil.rmtree(target, ignore_errors=True)
    other = open_newsroom(resolve(target))
    editor = other.services.people.add("bt", "Đỗ Văn Thành", "editor")
    t = time.perf_counter()
    results = other.services.bundles.import_many(editor, bundles)
    rate = len(bundles) / (time.perf_counter() - t)
    failed = [r for r in results if isinstance(r, Exception)]
    if failed:
        raise RuntimeError(f"{len(failed)} imports failed: {failed[0]}")
    figures.append(Figure("bundle import", [rate], "≥ 1,000 articles/s", unit="articles/s",
                          note=f"{len(bundles)} bundles: names, sizes, hashes checked; "
                               "100 per commit"))
    other.close()
    shutil.rmtree(out, ignore_errors=True)


def bench_gui(figures: list[Figure]) -> None:
    from benchmarks import gui_bench

    demo = CACHE / "demo-store"
    if not (demo / "newsroom.sqlite3").exists():
        shutil.rmtree(demo, ignore_errors=True)
        room = open_newsroom(resolve(demo))
        from editor_app.services.demo import fill_demo

        fill_demo(room.services)
        room.close()
        remember_device(resolve(demo), "an.pv")  # the window starts signed in
    big = cached_bulk_store(LARGE)
    floor = Figure("bare PySide6 window, first paint", gui_bench.floor())
    paint, usable, heavy = gui_bench.startup(demo)
    figures.append(Figure("first window paint, warm (demo store)", paint, "≤ 300", floor,
                          note=f"heavy modules imported at first paint: {heavy}"))
    figures.append(Figure("usable window (demo store)", usable))
    paint, usable, _ = gui_bench.startup(big)
    figures.append(Figure(f"first window paint, warm ({LARGE:,} articles)", paint, "≤ 300"))
    figures.append(Figure(f"usable window ({LARGE:,} articles)", usable, "≤ 700"))
    scratch = scratch_copy(big, "gui")
    closed, opened = gui_bench.memory(scratch)
    figures.append(Figure(f"memory, {LARGE:,} articles, preview closed", [closed], "≤ 200",
                          unit="MB", note="RSS of the whole process tree"))
    figures.append(Figure(f"memory, {LARGE:,} articles, preview open", [opened], "≤ 500",
                          unit="MB", note="RSS of the whole process tree, WebEngine included"))
    out = subprocess.run([sys.executable, "-m", "benchmarks.gui_bench", str(scratch)],
                         capture_output=True, text=True, timeout=900, env=gui_bench.ENV)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-3000:])
    data = json.loads(out.stdout.strip().splitlines()[-1])
    budgets = {"keystroke echo": "p99 ≤ 16", "1,000": "p95 ≤ 50", "20,000": "p95 ≤ 150"}
    for name, samples in data.items():
        if name.startswith("_"):
            continue
        budget = next((b for k, b in budgets.items() if k in name), "")
        figures.append(Figure(name, samples, budget))
    shutil.rmtree(scratch, ignore_errors=True)


def bench_editor_modes(figures: list[Figure]) -> None:
    """Issue 15: the rich view beside the Markdown source, same article, same window."""
    from benchmarks import editor_bench

    for name, samples in editor_bench.run().items():
        budget = "p99 ≤ 16" if name.startswith("keystroke") else ""
        note = "written once per change, for autosave, counts and preview" \
            if name.startswith("body") and "rich" in name else ""
        figures.append(Figure(name, samples, budget, note=note))


def bench_spelling(figures: list[Figure]) -> None:
    """Issue 16: typing with spelling on and off (benchmarks/spelling_bench.py)."""
    from benchmarks import spelling_bench

    spelling_bench.bench(figures)


def bench_render(figures: list[Figure]) -> None:
    corpus = Corpus(seed=7)
    with RenderGuard() as guard:
        for words, budget in ((1000, "preview p95 ≤ 50"), (20000, "preview p95 ≤ 150")):
            body = corpus.body(words)
            figures.append(Figure(f"render body, {words:,} words", timed(
                lambda b=body: guard.render(b), 15, warmup=2), budget,
                note="Markdown + nh3 in the worker process, including the pipe both ways"))


def bench_hostile(figures: list[Figure]) -> None:
    """Pathological text (issue 11): once quadratic, now linear or bounded."""
    import random

    from editor_app.domain.text import markdown_to_plain
    from editor_app.services.diff import diff_words
    from editor_app.services.search import snippet

    for name, body, budget in (
        ("plain text of 300,000 '['", "[" * 300_000, "was 162 s; ≤ 200"),
        ("plain text of 300,000 '<'", "<" * 300_000, "was 26 s; ≤ 200"),
        ("plain text of 1 MB, 120k links+tags", "[a](b) <i>x</i> **đậm** " * 40_000,
         "reference: linear"),
    ):
        figures.append(Figure(name, timed(lambda b=body: markdown_to_plain(b), 5), budget))
    hostile = "[" * 300_000 + "\n\nTin về Đảng bộ tỉnh.\n" + "<" * 300_000
    query = parse_query("dang bo")
    figures.append(Figure("snippet of a 600k-char hostile body", timed(
        lambda: snippet(hostile, query), 10), "was 19.6 s a search; ≤ 100"))
    rng = random.Random(7)
    vocab = [f"từ{i}" for i in range(3000)]
    old = " ".join(rng.choice(vocab) for _ in range(20_000))
    new = " ".join(rng.choice(vocab) for _ in range(20_000))
    figures.append(Figure("word diff, two unrelated 20k-word texts", timed(
        lambda: diff_words(old, new), 3), "was 78 s; ≤ 1500 (deadline 1 s, then coarse)"))
    paras = [" ".join(rng.choice(vocab) for _ in range(50)) for _ in range(400)]
    edited = list(paras)
    edited[10] = "MỚI " + edited[10]
    edited[300] += " thêm"
    figures.append(Figure("word diff, 20k words, two edits", timed(
        lambda: diff_words("\n\n".join(paras), "\n\n".join(edited)), 5), "≤ 500"))


NOT_YET: list[str] = []


def main() -> int:
    started = time.perf_counter()
    figures: list[Figure] = []
    print(f"Building/using stores of {SMALL:,} and {LARGE:,} articles (cached in {CACHE}) …")
    only = os.environ.get("BENCH_ONLY", "")
    for name, fn in (("create", bench_create), ("queries", bench_queries),
                     ("postgres", bench_postgres), ("render", bench_render),
                     ("bundles", bench_bundles), ("gui", bench_gui), ("hostile", bench_hostile),
                     ("editor", bench_editor_modes), ("spelling", bench_spelling)):
        if not only or name in only.split(","):
            print(f"… {name}", flush=True)
            fn(figures)
    print()
    print(f"{'figure':<46} {'median':>9} {'p95':>9} {'p99':>9} {'max':>9}  budget")
    for f in figures:
        rows = [f] + ([f.reference] if f.reference else [])
        for i, row in enumerate(rows):
            d = row.summary()
            label = ("  ↳ " if i else "") + row.name
            unit = "" if row.unit == "ms" else f" {row.unit}"
            print(f"{label[:46]:<46} {d['median']:>9.2f} {d['p95']:>9.2f} {d['p99']:>9.2f} "
                  f"{d['max']:>9.2f}  {row.budget}{unit}")
        if f.note:
            print(f"{'':<4}{f.note}")
    if NOT_YET:
        print("\nnot measured yet: " + "; ".join(NOT_YET))
    results = {
        "machine": {"python": sys.version.split()[0], "platform": platform.platform(),
                    "cpus": os.cpu_count()},
        "sizes": {"small": SMALL, "large": LARGE},
        "figures": [f.summary() for f in figures],
        "not_measured": NOT_YET,
        "seconds": round(time.perf_counter() - started, 1),
    }
    out = Path("bench") / "results.json"
    atomic.write_text(out, json.dumps(results, ensure_ascii=False, indent=2))
    print(f"\nwritten: {out} ({results['seconds']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
