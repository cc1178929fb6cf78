"""Run every benchmark, print a table with a verdict per row, write bench/results.json.

`make bench`: stores of 100,000 articles. `make bench-quick` (BENCH_QUICK=1): the same
rows on 5,000 articles and fewer start-ups, for a check in a few minutes; its verdicts
are against the same budgets, which are set for 100,000 articles.
Sizes can be set by hand: BENCH_SMALL=2000 BENCH_LARGE=10000 make bench.
BENCH_ONLY=queries,gui runs some groups only.

Budgets: the issue-19 table ("Figures to reach") where it has the figure, else the
budgets this file had before ([benchmarks]), else one stated here ([stated]).
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.corpus import Corpus, group, lexicon, queries
from benchmarks.measure import Figure, Limit, results, table, timed
from benchmarks.stores import CACHE, build_with_services, cached_bulk_store, scratch_copy
from editor_app import atomic
from editor_app.app import open_newsroom, remember_device
from editor_app.domain.entities import ArticleFields
from editor_app.domain.search_text import parse_query
from editor_app.paths import resolve
from editor_app.render.guard import RenderGuard
from editor_app.store.search_index import _fts_match

QUICK = bool(os.environ.get("BENCH_QUICK"))
SMALL = int(os.environ.get("BENCH_SMALL", "500" if QUICK else "10000"))
LARGE = int(os.environ.get("BENCH_LARGE", "5000" if QUICK else "100000"))
STARTUPS = 8 if QUICK else 20  # process start-ups per start-up row
BUNDLES = 500 if QUICK else 1000
ISSUE, OLD, STATED = "issue 19", "benchmarks", "stated"
# The window's search (gui/panels/article_list.py, _run_search): as you type.
WINDOW_SEARCH = {"limit": 200, "prefix": True, "snippets": False}  # as article_list.py asks
NOT_YET: list[str] = []
CORPUS: dict[str, object] = {}


def bench_create(figures: list[Figure]) -> None:
    folder = CACHE / "create-run"
    room, seconds, each = build_with_services(folder, SMALL)
    figures.append(Figure(
        "create one article through the services", each, "p95 ≤ 20", source=STATED,
        note=f"{SMALL:,} creates in {seconds:.1f} s; each its own synchronous=FULL commit "
             "with revision and audit row; the index rows wait for the next search "
             "(index_pending)"))
    room.close()
    shutil.rmtree(folder, ignore_errors=True)


def _corpus_report(db: Path, qs: list[str]) -> dict[str, object]:
    """Vocabulary of the store's index and how many articles hold each query's words
    (the last word as a prefix, as the window searches)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    con.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, article_search, 'row')")
    terms = con.execute("SELECT count(*) FROM temp.vocab").fetchone()[0]
    total = con.execute("SELECT count(*) FROM article_search").fetchone()[0]

    def matches(match: str) -> int:
        return con.execute("SELECT count(*) FROM article_search WHERE article_search MATCH ?",
                           (match,)).fetchone()[0]

    per_query: dict[str, object] = {}
    for q in qs:
        parsed = parse_query(q, prefix_last=True)
        last = len(parsed.terms) - 1
        dfs = {t.folded + ("*" if i == last else ""): matches(
            '"' + t.folded + '"' + ("*" if i == last else "")) for i, t in enumerate(parsed.terms)}
        hits = matches(_fts_match(parsed, exact=False))
        share = hits / max(1, total)
        per_query[q] = {"group": group(share), "term_df": dfs, "matches": hits,
                        "share": round(share, 4)}
    con.close()
    lx = lexicon()
    return {"articles": total, "index_terms": terms, "lexicon_syllables": len(lx.syllables),
            "lexicon_compounds": len(lx.compounds), "lexicon_names": len(lx.names),
            "lexicon_vocabulary": lx.size, "queries": per_query}


def bench_queries(figures: list[Figure]) -> None:
    folder = cached_bulk_store(LARGE)
    db = folder / "newsroom.sqlite3"
    qs = queries()
    CORPUS.update(_corpus_report(db, qs))
    kinds = {q: d["group"] for q, d in CORPUS["queries"].items()}  # type: ignore[attr-defined]
    room = open_newsroom(resolve(folder))
    s = room.services
    runs = 3

    by_group: dict[str, list[float]] = {}
    for q in qs:
        by_group.setdefault(kinds[q], []).extend(
            timed(lambda q=q: s.search.search(q, **WINDOW_SEARCH), runs))  # type: ignore[arg-type]
    samples = [t for v in by_group.values() for t in v]

    # The same join and row fetch as the service (rows by pk, the columns a hit shows,
    # category and people names; no bodies, as summaries_by_pks), one folded tier.
    con = sqlite3.connect(db)
    sql = ("SELECT a.pk, a.id, a.title, a.status, a.summary, a.category_id, "
           "a.updated_at, a.author_id FROM article_search JOIN articles a "
           "ON a.pk = article_search.rowid WHERE article_search MATCH ? "
           "ORDER BY article_search.rowid DESC LIMIT 200")

    def raw(match: str) -> None:
        con.execute(sql, (match,)).fetchall()
        con.execute("SELECT id, name FROM categories").fetchall()
        con.execute("SELECT id, name FROM people").fetchall()

    ref: list[float] = []
    for q in qs:
        m = _fts_match(parse_query(q, prefix_last=True), exact=False)
        ref += timed(lambda m=m: raw(m), runs)
    con.close()
    groups = "; ".join(f"{g} ({len(v) // runs}) p50 {statistics.median(v):.1f} ms"
                       for g, v in sorted(by_group.items()))
    figures.append(Figure(
        f"search as the window does, {LARGE:,} articles", samples, "p50 ≤ 15, p95 ≤ 50",
        Figure("raw sqlite3: FTS5 match + same join and rows, no snippets", ref),
        source=ISSUE,
        note=f"limit 200, prefix, no snippets (the list shows none); "
             f"{len(qs)} queries × {runs}: {groups}"))

    figures.append(Figure(f"list first 100 of {LARGE:,}",
                          timed(lambda: s.drafting.summaries(limit=100), 30), "p95 ≤ 5",
                          source=ISSUE))
    some = s.drafting.summaries(status="exported", category="Trong tỉnh", limit=20)
    figures.append(Figure("related 15", [t for a in some for t in
                                         timed(lambda a=a: s.related.related(a.id), 2)],
                          "p95 ≤ 5", source=ISSUE, note=f"{len(some)} articles × 2"))
    room.close()


def bench_autosave(figures: list[Figure]) -> None:
    """Autosave of 1,000- and 20,000-word articles, on a scratch copy of the large store."""
    folder = scratch_copy(cached_bulk_store(LARGE), "autosave")
    room = open_newsroom(resolve(folder))
    s = room.services
    reporter = s.people.by_login("pv")
    corpus = Corpus(seed=11)
    con = sqlite3.connect(folder / "newsroom.sqlite3", isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    for words in (1000, 20000):
        art = s.drafting.create(reporter, ArticleFields(  # type: ignore[arg-type]
            title=f"Bài {words} chữ", body=corpus.body(words), category_id="Trong tỉnh"))
        state = {"v": art.version, "body": art.body}

        def autosave(art_id: str = art.id, state: dict = state) -> None:  # type: ignore[type-arg]
            state["body"] += "x"  # one key press between two autosaves
            saved = s.drafting.edit(reporter, art_id, ArticleFields(body=state["body"]),  # type: ignore[arg-type]
                                    expected_version=state["v"])
            state["v"] = saved.version

        def raw_commit(art_id: str = art.id, state: dict = state) -> None:  # type: ignore[type-arg]
            state["body"] += "y"
            con.execute("BEGIN IMMEDIATE")
            con.execute("UPDATE articles SET body = ?, version = version + 1 WHERE id = ?",
                        (state["body"], art_id))
            con.execute("COMMIT")

        saves = timed(autosave, 100)
        floor = timed(raw_commit, 100)
        figures.append(Figure(
            f"autosave, {words:,}-word article", saves, "p99 ≤ 10",
            Figure("raw sqlite3 commit of the same row (UPDATE only)", floor),
            source=ISSUE if words == 20000 else STATED,
            note="" if words == 1000 else
            f"scratch copy of the {LARGE:,} store; a revision row (full snapshot) and the "
            "version check come on top of the raw UPDATE; the index rows wait for the "
            "next search (the row below)"))
        if words == 20000:
            # What a save no longer pays, the first search after it does: the catch-up
            # indexes the waiting article (once for any number of saves) before searching.
            fresh = s.drafting.get(art.id)  # the raw commits above moved it on
            state.update(v=fresh.version, body=fresh.body)
            after: list[float] = []
            for _ in range(20):
                for _ in range(5):
                    autosave()
                started = time.perf_counter()
                s.search.search("khánh thành", **WINDOW_SEARCH)  # type: ignore[arg-type]
                after.append((time.perf_counter() - started) * 1000)
            figures.append(Figure(
                "search after 5 autosaves of 20,000 words", after,
                "p95 ≤ 150", source=STATED,
                note="index catch-up (fold, FTS rows, a write commit) + the window's search; "
                     "a search with nothing waiting is the row 'search as the window does'"))
    con.close()
    room.close()
    shutil.rmtree(folder, ignore_errors=True)


def bench_postgres(figures: list[Figure]) -> None:
    """Search and list on PostgreSQL, beside the SQLite rows, with raw-SQL references."""
    from benchmarks import pg_bench

    if not pg_bench.available():
        NOT_YET.append(f"PostgreSQL rows: no server at {pg_bench.SERVER}")
        return
    qs = queries()
    pg_bench.bench_postgres(figures, cached_bulk_store(LARGE), LARGE, qs, WINDOW_SEARCH)


def _fsync_floor(bundles: list[Path], out: Path) -> list[float]:
    """Writing the same bytes as the batch, each its own fsync + rename: what a disk allows."""
    data = [b.read_bytes() for b in bundles]
    t = time.perf_counter()
    for i, d in enumerate(data):
        atomic.write_bytes(out / f"{i}.zip", d)
    return [len(data) / (time.perf_counter() - t)]


def bench_bundles(figures: list[Figure]) -> None:
    import tempfile

    folder = scratch_copy(cached_bulk_store(BUNDLES + 20, status="approved"), "bundles")
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
    figures.append(Figure("export one bundle", one, "p50 ≤ 30", source=OLD,
                          note="render, ninjs, zip, fsync, rename, status + record commit"))
    t = time.perf_counter()
    report = s.exporting.export_many(staff, out / "batch", ids[20:20 + BUNDLES])
    rate = len(report.written) / (time.perf_counter() - t)
    room.close()
    bundles = sorted((out / "batch").glob("*.zip"))
    figures.append(Figure(
        f"export, batch of {len(report.written):,}", [rate], "≥ 300", unit="articles/s",
        source=ISSUE, note=f"{len(report.failed)} failed",
        reference=Figure("fsync+rename floor, same bytes", _fsync_floor(bundles, out / "floor"),
                         unit="files/s")))
    target = CACHE / "scratch-import"
    shutil.rmtree(target, ignore_errors=True)
    other = open_newsroom(resolve(target))
    editor = other.services.people.add("bt", "Đỗ Văn Thành", "editor")
    t = time.perf_counter()
    imported = other.services.bundles.import_many(editor, bundles)
    rate = len(bundles) / (time.perf_counter() - t)
    failed = [r for r in imported if isinstance(r, Exception)]
    if failed:
        raise RuntimeError(f"{len(failed)} imports failed: {failed[0]}")
    figures.append(Figure("bundle import", [rate], "≥ 1,000", unit="articles/s", source=ISSUE,
                          note=f"{len(bundles)} bundles: names, sizes, hashes checked; "
                               "100 per commit"))
    other.close()
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(target, ignore_errors=True)
    shutil.rmtree(folder, ignore_errors=True)


def _demo_store() -> Path:
    demo = CACHE / "demo-store"
    if not (demo / "newsroom.sqlite3").exists():
        shutil.rmtree(demo, ignore_errors=True)
        room = open_newsroom(resolve(demo))
        from editor_app.services.demo import fill_demo

        fill_demo(room.services)
        room.close()
        remember_device(resolve(demo), "an.pv")  # the window starts signed in
    return demo


def bench_gui(figures: list[Figure]) -> None:
    from benchmarks import gui_bench

    demo = _demo_store()
    big = cached_bulk_store(LARGE)
    bare = gui_bench.floor(STARTUPS)
    limit = round(1.8 * statistics.median(bare), 1)
    for label, store in (("demo store", demo), (f"{LARGE:,} articles", big)):
        paint, usable, heavy = gui_bench.startup(store, STARTUPS)
        figures.append(Figure(
            f"first window paint, warm ({label})", paint, [Limit("median", "<=", limit)],
            Figure("bare PySide6 window, first paint (same run)", bare), source=ISSUE,
            note=f"budget 1.8 × bare PySide6 median ({statistics.median(bare):.0f} ms); "
                 f"heavy modules imported at first paint: {heavy}"))
        figures.append(Figure(f"usable window ({label})", usable, "≤ 500", source=ISSUE,
                              note="process start → signed in, store open, list filled"))
    scratch = scratch_copy(big, "gui")

    # PSS is the figure: QtWebEngine's processes map the same libraries, and a sum of
    # their RSS counts those pages once per process. The RSS sum stays beside it, as the
    # row's reference, so the two can be compared (issue 19 quoted the RSS sum).
    def memory_row(name: str, mem: dict[str, float], state: str, budget: str, source: str,
                   note: str) -> Figure:
        refs = [Figure("sum of RSS of the process tree (shared pages counted per process)",
                       [mem[f"RSS_{state}"]], unit="MB")] if mem else []
        return Figure(name, [mem[f"PSS_{state}"]] if mem else [], budget, unit="MB",
                      source=source, note=note, references=refs)

    mem = gui_bench.memory(scratch)
    figures.append(memory_row(f"memory, {LARGE:,} articles, preview closed (offscreen)", mem,
                              "CLOSED", "≤ 200", OLD, "PSS of the whole process tree"))
    figures.append(memory_row(f"memory, {LARGE:,} articles, preview open (offscreen)", mem,
                              "OPEN", "≤ 500", OLD,
                              "PSS of the whole process tree, WebEngine included"))
    why = "under a real X server (Xvfb), as on a desk"
    x_mem: dict[str, float] = {}
    with gui_bench.xvfb() as display:
        if display is None:
            why = "NOT MEASURED: Xvfb is not installed (make sysdeps)"
        else:
            try:
                x_mem = gui_bench.memory(scratch, display)
            except RuntimeError as exc:  # xcb needs libxcb-cursor0 & co. (make sysdeps)
                why = f"NOT MEASURED: {str(exc)[:300]}"
    if not x_mem:
        NOT_YET.append(f"memory under Xvfb: {why}")
    figures.append(memory_row(f"memory, {LARGE:,} articles, preview closed (Xvfb)", x_mem,
                              "CLOSED", "≤ 200", OLD, f"PSS, {why}"))
    figures.append(memory_row(f"memory, {LARGE:,} articles, preview open (Xvfb)", x_mem,
                              "OPEN", "≤ 450", ISSUE, f"PSS, {why}"))
    out = subprocess.run([sys.executable, "-m", "benchmarks.gui_bench", str(scratch)],
                         capture_output=True, text=True, timeout=900, env=gui_bench.ENV)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-3000:])
    data = json.loads(out.stdout.strip().splitlines()[-1])
    budgets = [("keystroke echo", "p99 ≤ 16", OLD, ""),
               ("laid out, 1,000", "p95 ≤ 300", STATED, "250 ms debounce + the 50 ms render "
                "budget; key press → page laid out (forced layout read back from the page)"),
               ("laid out, 20,000", "p95 ≤ 400", STATED, "250 ms debounce + the 150 ms render "
                "budget"),
               ("preview, 1,000", "p95 ≤ 50", OLD, "no debounce, until the page's callback"),
               ("preview, 20,000", "p95 ≤ 150", OLD, "no debounce, until the page's callback")]
    for name, samples in data.items():
        if name.startswith("_"):
            continue
        budget, source, note = next(((b, src, n) for k, b, src, n in budgets if k in name),
                                    ("", "", ""))
        figures.append(Figure(name, samples, budget, source=source, note=note))
    shutil.rmtree(scratch, ignore_errors=True)


def bench_editor_modes(figures: list[Figure]) -> None:
    """Issue 15: the rich view beside the Markdown source, same article, same window."""
    from benchmarks import editor_bench

    for name, samples in editor_bench.run().items():
        if name.startswith("keystroke"):
            budget, source, note = "p99 ≤ 16", OLD, ""
        elif name.startswith("open"):
            budget, source, note = "≤ 2000", STATED, "a person waits for it once per article"
        else:
            budget, source, note = "≤ 100", STATED, \
                "written once per change, for autosave, counts and preview" \
                if "rich" in name else ""
        figures.append(Figure(name, samples, budget, source=source, note=note))


def bench_spelling(figures: list[Figure]) -> None:
    """Issue 16: typing with spelling on and off (benchmarks/spelling_bench.py)."""
    from benchmarks import spelling_bench

    spelling_bench.bench(figures)


def bench_sync(figures: list[Figure]) -> None:
    """Issue 13 item 9: desktops pushing and pulling at once against one server process on
    PostgreSQL (benchmarks/sync_load.py), with pgbench on the same database beside it."""
    from benchmarks import sync_load

    clients, changes = (10, 50) if QUICK else (50, 200)
    rows = sync_load.run(clients=clients, changes=changes)
    refs = [Figure(r["name"], r["values"], unit=r["unit"], note=r["note"])
            for r in rows if r["name"].startswith("pgbench")]
    budgets = {"changes/s": "≥ 50", "push": "p95 ≤ 30,000", "pull": "p95 ≤ 5,000"}
    for r in rows:
        if r["name"].startswith("pgbench"):
            continue
        key = "changes/s" if r["unit"] == "changes/s" else (
            "push" if "push" in r["name"] else "pull")
        figures.append(Figure(r["name"], r["values"], budgets[key], unit=r["unit"],
                              source=STATED, note=r["note"],
                              references=refs if key == "changes/s" else []))


def bench_render(figures: list[Figure]) -> None:
    corpus = Corpus(seed=7)
    with RenderGuard() as guard:
        for words, budget in ((1000, "p95 ≤ 50"), (20000, "p95 ≤ 150")):
            body = corpus.body(words)
            figures.append(Figure(f"render body, {words:,} words", timed(
                lambda b=body: guard.render(b), 20, warmup=2), budget, source=OLD,
                note="Markdown + nh3 in the worker process, including the pipe both ways"))


def bench_hostile(figures: list[Figure]) -> None:
    """Pathological text (issue 11): once quadratic, now linear or bounded."""
    import random

    from editor_app.domain.text import markdown_to_plain
    from editor_app.services.diff import diff_words
    from editor_app.services.search import snippet

    for name, body, budget, note in (
        ("plain text of 300,000 '['", "[" * 300_000, "≤ 200", "was 162 s"),
        ("plain text of 300,000 '<'", "<" * 300_000, "≤ 200", "was 26 s"),
        ("plain text of 1 MB, 120k links+tags", "[a](b) <i>x</i> **đậm** " * 40_000,
         "≤ 1000", "linear; budget stated"),
    ):
        figures.append(Figure(name, timed(lambda b=body: markdown_to_plain(b), 5), budget,
                              source=OLD, note=note))
    hostile = "[" * 300_000 + "\n\nTin về Đảng bộ tỉnh.\n" + "<" * 300_000
    query = parse_query("dang bo")
    figures.append(Figure("snippet of a 600k-char hostile body", timed(
        lambda: snippet(hostile, query), 10), "≤ 100", source=OLD, note="was 19.6 s a search"))
    rng = random.Random(7)
    vocab = [f"từ{i}" for i in range(3000)]
    old = " ".join(rng.choice(vocab) for _ in range(20_000))
    new = " ".join(rng.choice(vocab) for _ in range(20_000))
    figures.append(Figure("word diff, two unrelated 20k-word texts", timed(
        lambda: diff_words(old, new), 3), "≤ 1500", source=OLD,
        note="was 78 s; deadline 1 s, then coarse"))
    paras = [" ".join(rng.choice(vocab) for _ in range(50)) for _ in range(400)]
    edited = list(paras)
    edited[10] = "MỚI " + edited[10]
    edited[300] += " thêm"
    figures.append(Figure("word diff, 20k words, two edits", timed(
        lambda: diff_words("\n\n".join(paras), "\n\n".join(edited)), 5), "≤ 500", source=OLD))


GROUPS = (("create", bench_create), ("queries", bench_queries), ("autosave", bench_autosave),
          ("postgres", bench_postgres), ("render", bench_render), ("bundles", bench_bundles),
          ("gui", bench_gui), ("hostile", bench_hostile), ("editor", bench_editor_modes),
          ("spelling", bench_spelling), ("sync", bench_sync))


def corpus_lines(c: dict[str, object]) -> list[str]:
    if not c:
        return []
    lines = [f"corpus: {c['articles']:,} articles; {c['index_terms']:,} distinct terms in the "
             f"index; lexicon {c['lexicon_syllables']:,} syllables (hunspell-vi), "
             f"{c['lexicon_compounds']:,} compounds, {c['lexicon_names']} names",
             "document frequency of the query terms (articles holding each; the last word as "
             "a prefix, marked *):"]
    for q, d in c["queries"].items():  # type: ignore[attr-defined]
        dfs = ", ".join(f"{t} {n:,}" for t, n in d["term_df"].items())
        lines.append(f"  {d['group']:<7} {q!r:<22} matches {d['matches']:>7,} "
                     f"({d['share']:.1%})  terms: {dfs}")
    return lines


def main() -> int:
    started = time.perf_counter()
    load_before = os.getloadavg()  # other work on the machine inflates every row
    figures: list[Figure] = []
    print(f"Building/using stores of {SMALL:,} and {LARGE:,} articles (cached in {CACHE}) …")
    only = os.environ.get("BENCH_ONLY", "")
    for name, fn in GROUPS:
        if not only or name in only.split(","):
            print(f"… {name}", flush=True)
            try:
                fn(figures)
            except Exception as exc:  # the other groups still run, and the failure is said
                import traceback

                traceback.print_exc()
                NOT_YET.append(f"{name}: failed ({type(exc).__name__}: {str(exc)[:300]})")
    print()
    print(table(figures))
    for line in corpus_lines(CORPUS):
        print(line)
    if NOT_YET:
        print("\nnot measured: " + "; ".join(NOT_YET))
    data = results(
        figures,
        machine={"python": sys.version.split()[0], "platform": platform.platform(),
                 "cpus": os.cpu_count(), "load_average_before": load_before,
                 "load_average_after": os.getloadavg()},
        mode="quick" if QUICK else "full", sizes={"small": SMALL, "large": LARGE},
        corpus=CORPUS, not_measured=NOT_YET,
        seconds=round(time.perf_counter() - started, 1))
    print(f"verdicts: {data['verdicts']}; load average before {load_before[0]:.1f}, "
          f"after {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    out = Path("bench") / "results.json"
    atomic.write_text(out, json.dumps(data, ensure_ascii=False, indent=2))
    print(f"\nwritten: {out} ({data['seconds']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
