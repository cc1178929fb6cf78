"""Sync under load: N desktops pushing and pulling at once against one server on PostgreSQL.

``python -m benchmarks.sync_load [--clients 50] [--changes 200] [--batch 25]``

One ``editor-app serve`` process on a fresh PostgreSQL database (dropped at the
end); N simulated desktops, one thread each, speak the wire format of
``services/sync_wire`` over HTTP as a desktop's ``HttpTransport`` does: each makes
articles, edits them (a revision on the last one) and comments on them, pushes them
in batches of ``--batch`` and pulls after each push. Each desktop also replays one
push (a retry after a lost answer). Measured: changes stored per second over the
whole run, and the round trip of each push and each pull. Beside them, in the same
run and on the same database, ``pgbench``'s transactions per second (select-only and
TPC-B, 10 connections, 10 seconds each), so the sync figures read against what this
machine's PostgreSQL does at all. At the end every change is counted on the server:
exactly once each, or the run fails.

:func:`run` returns rows ``{name, unit, samples (how many), median, p95, max, note,
values (the samples)}`` for benchmarks/run.py.
Server: EDITOR_APP_BENCH_PG_URL, else 127.0.0.1:5432 user postgres.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy.engine import make_url

SERVER = os.environ.get("EDITOR_APP_BENCH_PG_URL",
                        "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
READY = re.compile(r"^listening on (http://\S+)$")
PER_ARTICLE = 10  # one new article, then nine edits of it; the rest of a desktop's changes
# are comments, one for every revision


def _connect(url: str, **kw: Any):
    import psycopg

    u = make_url(url)
    return psycopg.connect(host=u.host, port=u.port or 5432, user=u.username,
                           password=u.password, dbname=u.database, **kw)


def percentile(samples: list[float], p: float) -> float:
    s = sorted(samples)
    return s[min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))]


def row(name: str, unit: str, samples: list[float], note: str = "") -> dict[str, Any]:
    return {"name": name, "unit": unit, "samples": len(samples),
            "median": statistics.median(samples) if samples else None,
            "p95": percentile(samples, 95) if len(samples) >= 20 else None,
            "max": max(samples) if samples else None, "note": note,
            "values": list(samples)}  # the samples themselves, for measure.Figure


# -- the database, the server's people and tokens --------------------------------------------
class Database:
    def __init__(self) -> None:
        self.name = f"editor_app_bench_sync_{os.getpid()}_{secrets.token_hex(3)}"
        with _connect(SERVER, autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{self.name}" TEMPLATE template0 ENCODING \'UTF8\'')
        self.url = make_url(SERVER).set(database=self.name).render_as_string(
            hide_password=False)

    def drop(self) -> None:
        with _connect(SERVER, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def newsroom(data: Path, url: str, clients: int) -> tuple[list[str], str]:
    """People on the server's store, each with a token; (tokens, category id).

    Tokens are written straight into the store: signing in 50 people over HTTP would
    measure argon2 and the sign-in throttle, not sync.
    """
    from editor_app.app import open_newsroom
    from editor_app.paths import resolve
    from editor_app.services.common import now
    from editor_app.services.tokens import LIFETIME, token_hash
    from editor_app.store.models import ApiTokenRow
    from editor_app.store.uow import UnitOfWorkFactory

    room = open_newsroom(resolve(data, url))
    try:
        category = room.services.taxonomy.add("Thời sự").id
        tokens = []
        uow = UnitOfWorkFactory(room.engine)
        for n in range(clients):
            person = room.services.people.add(f"pv{n:03d}", f"Phóng viên {n}", "reporter")
            token = secrets.token_urlsafe(32)
            with uow(write=True) as u:
                at = now()
                u.tokens.add(ApiTokenRow(id=str(uuid.uuid4()), person_id=person.id,
                                         token_hash=token_hash(token), device="bench",
                                         created_at=at, expires_at=at + LIFETIME,
                                         revoked_at=None))
                u.commit()
            tokens.append(token)
        return tokens, category
    finally:
        room.close()


class Server:
    """``editor-app serve`` as a child process; ready at its ``listening on`` line."""

    def __init__(self, data: Path, url: str) -> None:
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        env.pop("EDITOR_APP_DATABASE_URL", None)
        self.log = open(data / "server.log", "w", encoding="utf-8")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "editor_app", "--lang", "en", "--data-dir", str(data),
             "serve", "--port", "0", "--database", url], stdout=subprocess.PIPE,
            stderr=self.log, stdin=subprocess.DEVNULL, text=True, encoding="utf-8", env=env)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        m = READY.match(line)
        if not m:
            self.stop()
            raise RuntimeError(f"the server did not start: {line!r}")
        self.url = m.group(1)
        # Drain stdout so a chatty server never blocks on a full pipe.
        threading.Thread(target=self.proc.stdout.read, daemon=True).start()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=120)
        self.log.close()


# -- pgbench on the same database --------------------------------------------------------------
def pgbench(url: str, seconds: int = 10) -> list[dict[str, Any]]:
    tool = shutil.which("pgbench")
    if tool is None:
        return [row("pgbench TPS", "tps", [], "pgbench not installed (package postgresql)")]
    u = make_url(url)
    base = [tool, "-h", u.host or "127.0.0.1", "-p", str(u.port or 5432),
            "-U", u.username or "postgres"]
    subprocess.run([*base, "-i", "-s", "1", "-q", u.database], check=True,
                   capture_output=True, timeout=600)
    rows = []
    for label, extra in (("select-only, -S", ["-S"]), ("TPC-B", [])):
        done = subprocess.run([*base, "-c", "10", "-j", "2", "-T", str(seconds), *extra,
                               u.database], check=True, capture_output=True, text=True,
                              timeout=seconds + 300)
        m = re.search(r"tps = ([\d.]+)", done.stdout)
        tps = float(m.group(1)) if m else float("nan")
        rows.append(row(f"pgbench TPS ({label}, -c 10 -T {seconds}, scale 1)", "tps", [tps],
                        "same database, same run"))
    return rows


# -- one simulated desktop ---------------------------------------------------------------------
class Desktop(threading.Thread):
    def __init__(self, url: str, token: str, category: str, changes: int, batch: int,
                 gate: threading.Barrier) -> None:
        super().__init__(daemon=True)
        self.http = httpx.Client(base_url=url, timeout=600,
                                 headers={"Authorization": f"Bearer {token}"})
        self.category, self.batch, self.gate = category, batch, gate
        self.changes = self._changes(changes)
        self.push_ms: list[float] = []
        self.pull_ms: list[float] = []
        self.failures: list[str] = []
        self.cursor = 0

    def _changes(self, count: int) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        article_id, parent = "", None
        while len(out) < count:
            n = len(out)
            if n % (2 * PER_ARTICLE) == 0:
                article_id, parent = str(uuid.uuid4()), None
            if n % 2 == 0:
                rev = str(uuid.uuid4())
                out.append({"change_id": str(uuid.uuid4()), "kind": "revision",
                            "article_id": article_id, "revision_id": rev, "parent_id": parent,
                            "merge_parent_id": None, "note": "", "images": [],
                            "snapshot": {"title": f"Tin {article_id[:8]}",
                                         "body": f"Đoạn {n}: mưa lớn ở miền Trung.\n" * 8,
                                         "category_id": self.category, "tags": [],
                                         "author_ids": []}})
                parent = rev
            else:
                out.append({"change_id": str(uuid.uuid4()), "kind": "comment",
                            "article_id": article_id, "comment_id": str(uuid.uuid4()),
                            "body": f"Ghi chú {n}"})
        return out

    def run(self) -> None:
        try:
            self.gate.wait()
            last: dict[str, Any] = {}
            for start in range(0, len(self.changes), self.batch):
                last = {"changes": self.changes[start:start + self.batch]}
                self._push(last)
                self._pull()
            # A retry after a lost answer: the same push again, stored once.
            self._push(last)
        except Exception as exc:  # reported, and fails the run
            self.failures.append(repr(exc))
        finally:
            self.http.close()

    def _push(self, body: dict[str, Any]) -> None:
        t = time.perf_counter()
        r = self.http.post("/sync/push", json=body)
        self.push_ms.append((time.perf_counter() - t) * 1000)
        r.raise_for_status()
        bad = [x for x in r.json()["results"] if x["status"] != "accepted"]
        if bad:
            self.failures.append(f"{len(bad)} not accepted, first: {bad[0]}")

    def _pull(self) -> None:
        while True:
            t = time.perf_counter()
            r = self.http.get("/sync/pull", params={"after": self.cursor, "limit": 500})
            self.pull_ms.append((time.perf_counter() - t) * 1000)
            r.raise_for_status()
            page = r.json()
            self.cursor = page["next"]
            if not page["more"]:
                return


def exactly_once(url: str, desktops: list[Desktop]) -> dict[str, int]:
    """How many changes are on the server 0 or 2+ times (by revision, comment, receipt id)."""
    kinds = {"revision": ("revisions", "revision_id"), "comment": ("comments", "comment_id")}
    wrong = {"revisions": 0, "comments": 0, "receipts": 0}
    with _connect(url) as conn:
        for kind, (table, key) in kinds.items():
            ids = [c[key] for d in desktops for c in d.changes if c["kind"] == kind]
            counts = dict(conn.execute(f"SELECT id, count(*) FROM {table} WHERE id = ANY(%s) "
                                       "GROUP BY id", (ids,)).fetchall())
            wrong[table] = sum(1 for i in ids if counts.get(i, 0) != 1)
        cids = [c["change_id"] for d in desktops for c in d.changes]
        counts = dict(conn.execute("SELECT change_id, count(*) FROM sync_receipts "
                                   "WHERE change_id = ANY(%s) GROUP BY change_id",
                                   (cids,)).fetchall())
        wrong["receipts"] = sum(1 for i in cids if counts.get(i, 0) != 1)
    return wrong


def run(clients: int = 50, changes: int = 200, batch: int = 25,
        pgbench_seconds: int = 10) -> list[dict[str, Any]]:
    db = Database()
    data = Path(tempfile.mkdtemp(prefix="editor-app-sync-load-"))
    server = None
    try:
        tokens, category = newsroom(data, db.url, clients)
        bench_rows = pgbench(db.url, pgbench_seconds)
        server = Server(data, db.url)
        gate = threading.Barrier(clients + 1)
        desktops = [Desktop(server.url, tokens[n], category, changes, batch, gate)
                    for n in range(clients)]
        for d in desktops:
            d.start()
        gate.wait()
        started = time.perf_counter()
        for d in desktops:
            d.join()
        seconds = time.perf_counter() - started
        failures = [f for d in desktops for f in d.failures]
        if failures:
            raise RuntimeError(f"{len(failures)} desktop failure(s), first: {failures[0]}")
        wrong = exactly_once(db.url, desktops)
        if any(wrong.values()):
            raise RuntimeError(f"changes not stored exactly once: {wrong}")
        total = clients * changes
        push = [t for d in desktops for t in d.push_ms]
        pull = [t for d in desktops for t in d.pull_ms]
        label = f"{clients} desktops × {changes} changes"
        sync_rows = [
            row(f"sync: changes stored per second ({label})", "changes/s", [total / seconds],
                f"{total:,} changes in {seconds:.1f} s, each stored exactly once "
                "(revisions, comments and receipts counted)"),
            row(f"sync: push round trip ({batch} changes)", "ms", push,
                f"{label}; includes one replayed push per desktop"),
            row("sync: pull round trip (a page)", "ms", pull, label),
        ]
        return sync_rows + bench_rows
    finally:
        if server is not None:
            server.stop()
        db.drop()
        shutil.rmtree(data, ignore_errors=True)


def table(rows: list[dict[str, Any]]) -> str:
    def fmt(v: Any) -> str:
        return "-" if v is None else f"{v:,.1f}"

    lines = [f"{'row':<58} {'unit':>9} {'n':>5} {'median':>10} {'p95':>10} {'max':>10}"]
    for r in rows:
        lines.append(f"{r['name'][:58]:<58} {r['unit']:>9} {r['samples']:>5} "
                     f"{fmt(r['median']):>10} {fmt(r['p95']):>10} {fmt(r['max']):>10}")
        if r["note"]:
            lines.append(f"    {r['note']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.sync_load", description=__doc__
                                 .split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--changes", type=int, default=200, help="per desktop")
    ap.add_argument("--batch", type=int, default=25, help="changes per push")
    ap.add_argument("--pgbench-seconds", type=int, default=10)
    args = ap.parse_args(argv)
    print(table(run(args.clients, args.changes, args.batch, args.pgbench_seconds)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
