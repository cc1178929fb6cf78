"""Sync under faults, with real processes: the server on PostgreSQL, desktops as CLI processes.

One server per module, on its own PostgreSQL database and a fixed port (so a server
killed by a test comes back at the address the desktops know); a test that kills it
leaves it to the ``newsroom`` fixture to start again. Desktops set their scene in
this process and sync as child processes (``editor-app --data-dir D sync --json``),
which a test may kill or run with a clock a day off. What is counted is what a
person would ask: is every change on the server, once, and is the desktop whole?
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import threading
import time
import uuid
import zlib
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import httpx
import pytest
from sqlalchemy import func, select

from editor_app.app import open_newsroom
from editor_app.domain import i18n
from editor_app.domain.entities import ArticleFields
from editor_app.paths import resolve
from editor_app.store.models import (
    ArticleRow,
    CommentRow,
    MediaRow,
    OutboxRow,
    RevisionRow,
    SyncReceiptRow,
    TransitionRow,
)
from tests.conftest import cannot_run
from tests.server.conftest import Site, start_site
from tests.server.desks import PROCESS_TIMEOUT, free_port
from tests.server.process import ServerProcess

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from tests.server.desks import Desk

BASE_BODY = ("Sáng nay mưa lớn gây ngập nhiều tuyến phố.\n\n"
             "Lực lượng cứu hộ đã có mặt từ sớm.\n\n"
             "Người dân được khuyên hạn chế ra đường.\n")


class Newsroom:
    """The module's server: its store (opened here too, for counting) and a way back up."""

    def __init__(self, site: Site, data, port: int, database: str) -> None:
        self.site, self.data, self.port, self.database = site, data, port, database

    @property
    def url(self) -> str:
        return self.site.server.url

    @property
    def server(self) -> ServerProcess:
        return self.site.server

    def up(self) -> None:
        if self.server.proc.poll() is not None:
            self.site.server = ServerProcess(self.data, "--port", str(self.port),
                                             database=self.database)

    def kill(self) -> None:
        self.server.kill()

    def count(self, model, *where) -> int:
        with self.site.room.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(model).where(*where)
                                ).scalar_one()

    def once_each(self, model, ids: Iterable[str]) -> dict[str, int]:
        """How many times each id is stored, for the ids not stored exactly once."""
        ids = list(ids)
        with self.site.room.engine.connect() as conn:
            rows = conn.execute(select(model.id, func.count()).where(model.id.in_(ids))
                                .group_by(model.id)).all()
        found = dict(rows)
        return {i: found.get(i, 0) for i in ids if found.get(i, 0) != 1}

    def article(self, article_id: str) -> ArticleRow:
        with self.site.room.engine.connect() as conn:
            return conn.execute(select(ArticleRow).where(ArticleRow.id == article_id)).one()

    def revisions(self, article_id: str) -> list:
        with self.site.room.engine.connect() as conn:
            # Columns by name: on a plain connection the deferred snapshot is not selected.
            return conn.execute(select(RevisionRow.id, RevisionRow.number, RevisionRow.title,
                                       RevisionRow.created_at, RevisionRow.snapshot)
                                .where(RevisionRow.article_id == article_id)
                                .order_by(RevisionRow.number)).all()

    def cli(self, *argv: str) -> subprocess.CompletedProcess[str]:
        """``editor-app --database URL ARGV`` on the server's store, as an administrator would."""
        return subprocess.run([sys.executable, "-m", "editor_app", "--lang", "en",
                               "--database", self.database, *argv], capture_output=True,
                              text=True, encoding="utf-8", timeout=PROCESS_TIMEOUT)


@pytest.fixture(scope="module")
def _newsroom(pg_server, tmp_path_factory):
    from tests import pg

    i18n.set_language("en")
    db = pg.TestDatabase(pg_server)
    data = tmp_path_factory.mktemp("faults-server")
    port = free_port()
    room = Newsroom(start_site(data, db.url, "--port", str(port)), data, port, db.url)
    try:
        yield room
    finally:
        room.site.http.close()
        room.server.stop()
        room.site.room.close()
        db.drop()


@pytest.fixture
def newsroom(_newsroom):
    _newsroom.up()  # a test before may have killed it
    return _newsroom


def _connected(desk, newsroom: Newsroom, login: str, name: str | None = None) -> Desk:
    d = desk(name or login)
    d.connect(newsroom.url, login)
    code, _, err = d.sync()
    assert code == 0, err
    return d


def _new(d: Desk, title: str, body: str = BASE_BODY) -> str:
    path = d.data / "body.md"
    path.write_text(body, encoding="utf-8")
    code, out, err = d.run("article", "new", "--title", title, "--category", "Thời sự",
                           "--body-file", str(path))
    assert code == 0, err
    return out.strip()


def _edit_body(d: Desk, article_id: str, body: str) -> None:
    path = d.data / "edit.md"
    path.write_text(body, encoding="utf-8")
    code, _, err = d.run("article", "edit", article_id, "--body-file", str(path))
    assert code == 0, err


def _noise_png(side: int = 1000) -> bytes:
    """A PNG of random pixels, which no compression shrinks: side² × 3 bytes and more."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    raw = b"".join(b"\0" + os.urandom(side * 3) for _ in range(side))
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 0)) + chunk(b"IEND", b""))


def _bulk(d: Desk, login: str, articles: int, comments: int,
          image: bytes | None = None) -> tuple[list[str], list[str]]:
    """Many changes waiting on a desktop: new articles and comments; (revision, comment ids).

    *image*: the first article's featured image (uploaded before the push).
    """
    room = open_newsroom(resolve(d.data))
    try:
        me = room.services.people.by_login(login)
        if image is not None:
            sha = room.services.media.add(me, image).sha256
            room.services.drafting.create(me, ArticleFields(
                title="Ảnh lớn", featured_sha256=sha, featured_caption="Nhiễu"))
            articles -= 1
        made = [room.services.drafting.create(
            me, ArticleFields(title=f"Tin số {n}", body=f"Nội dung bài số {n}.\n" * 20)).id
            for n in range(articles)]
        for n in range(comments):
            room.services.review.comment(me, made[n % len(made)], f"Ghi chú số {n}")
        with room.engine.connect() as conn:
            rows = conn.execute(select(OutboxRow.kind, OutboxRow.payload)
                                .where(OutboxRow.state == "pending")).all()
    finally:
        room.close()
    revisions = [p["revision_id"] for k, p in rows if k == "revision"]
    notes = [p["comment_id"] for k, p in rows if k == "comment"]
    assert len(revisions) == articles + (image is not None)
    assert len(notes) == comments
    return revisions, notes


def _whole(d: Desk) -> None:
    """The desktop's outbox is empty and its store passes its integrity check."""
    assert d.outbox() == 0
    code, out, _ = d.run("check")
    assert code == 0, out
    assert "ok: no problems found" in out


def _kill_when(proc: subprocess.Popen[str], reached: Callable[[], bool],
               kill: Callable[[], None]) -> bool:
    """Run *kill* as soon as *reached* holds while *proc* runs; whether it was killed.

    Polling is how the test sees inside another process; no assertion depends on
    how long anything took.
    """
    while proc.poll() is None:
        if reached():
            kill()
            return True
        time.sleep(0.01)
    return False


# -- the server killed during a push ---------------------------------------------------------
def test_a_server_killed_during_a_big_push_loses_and_doubles_nothing(newsroom, desk):
    an = _connected(desk, newsroom, "an")
    image = _noise_png()
    revisions, notes = _bulk(an, "an", articles=120, comments=110, image=image)
    total = len(revisions) + len(notes)
    start = newsroom.count(SyncReceiptRow)
    kills = 0
    # Killed after the first change, in the middle of the first page, and in the second.
    for at in (1, 100, 215):
        proc = an.start("sync", "--json")
        killed = _kill_when(proc, lambda at=at: newsroom.count(SyncReceiptRow) >= start + at,
                            newsroom.kill)
        out, err = proc.communicate(timeout=PROCESS_TIMEOUT)
        if killed:
            kills += 1
            assert proc.returncode == 6, err
            report = json.loads(out)
            assert report["error"] == "unreachable"
            assert report["waiting"] == an.pending() > 0
            newsroom.up()
        else:
            assert proc.returncode == 0, err
    assert kills >= 2
    code, report, err = an.sync_process()
    assert code == 0, err
    assert report["rejected"] == []
    assert newsroom.once_each(RevisionRow, revisions) == {}
    assert newsroom.once_each(CommentRow, notes) == {}
    assert newsroom.count(SyncReceiptRow) == start + total
    sha = hashlib.sha256(image).hexdigest()
    assert newsroom.count(MediaRow, MediaRow.sha256 == sha, MediaRow.size == len(image)) == 1
    _whole(an)


def test_a_server_down_keeps_the_changes_until_it_is_back_then_stores_them_once(
        newsroom, desk):
    an = _connected(desk, newsroom, "an")
    article_id = _new(an, "Viết khi máy chủ tắt")
    newsroom.kill()
    code, report, err = an.sync_process()
    assert code == 6
    assert report == {"error": "unreachable", "detail": report["detail"], "waiting": 1}
    assert "1 change(s) wait" in err
    assert an.pending() == 1
    newsroom.up()
    code, report, err = an.sync_process()
    assert code == 0, err
    assert (report["sent"], report["accepted"]) == (1, 1)
    assert newsroom.count(ArticleRow, ArticleRow.id == article_id) == 1
    assert newsroom.count(RevisionRow, RevisionRow.article_id == article_id) == 1
    code, report, _ = an.sync_process()
    assert (code, report["sent"]) == (0, 0)
    _whole(an)


# -- the desktop killed during sync ----------------------------------------------------------
def test_a_desktop_killed_during_sync_finishes_at_the_next_and_doubles_nothing(newsroom, desk):
    dung = _connected(desk, newsroom, "dung")
    revisions, notes = _bulk(dung, "dung", articles=100, comments=100)
    start = newsroom.count(SyncReceiptRow)
    total = len(revisions) + len(notes)
    points = {"after the first change": start + 1, "within the first page": start + 100,
              "within the second page": start + 180,
              "once the server has everything (answer or pull)": start + total}
    for at in points.values():
        proc = dung.start("sync", "--json")
        _kill_when(proc, lambda at=at: newsroom.count(SyncReceiptRow) >= at, proc.kill)
        proc.communicate(timeout=PROCESS_TIMEOUT)
        assert newsroom.server.proc.poll() is None  # the server went on
    code, report, err = dung.sync_process()
    assert code == 0, err
    assert report["rejected"] == []
    assert newsroom.once_each(RevisionRow, revisions) == {}
    assert newsroom.once_each(CommentRow, notes) == {}
    assert newsroom.count(SyncReceiptRow) == start + total
    _whole(dung)
    # An editor's desktop, killed while it pulls those hundreds of changes.
    thanh = desk("thanh")
    thanh.connect(newsroom.url, "thanh")
    for delay in (2.5, 5.0):  # a start-up takes a second or two
        proc = thanh.start("sync", "--json")
        try:
            proc.communicate(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
    code, report, err = thanh.sync_process()
    assert code == 0, err
    room = open_newsroom(resolve(thanh.data))
    try:
        with room.engine.connect() as conn:
            here = conn.execute(select(func.count()).select_from(RevisionRow)
                                .where(RevisionRow.id.in_(revisions))).scalar_one()
            notes_here = conn.execute(select(func.count()).select_from(CommentRow)
                                      .where(CommentRow.id.in_(notes))).scalar_one()
    finally:
        room.close()
    assert (here, notes_here) == (len(revisions), len(notes))
    _whole(thanh)


# -- the same push, twice --------------------------------------------------------------------
def _push(newsroom: Newsroom, token: str, body: dict) -> httpx.Response:
    return httpx.post(f"{newsroom.url}/sync/push", json=body, timeout=120,
                      headers={"Authorization": f"Bearer {token}"})


def _new_article_change(title: str) -> tuple[dict, str]:
    article_id, revision_id = str(uuid.uuid4()), str(uuid.uuid4())
    change = {"change_id": str(uuid.uuid4()), "kind": "revision", "article_id": article_id,
              "revision_id": revision_id, "parent_id": None, "merge_parent_id": None,
              "note": "", "images": [],
              "snapshot": {"title": title, "body": "Một đoạn.\n", "tags": [], "author_ids": []}}
    return change, article_id


def test_the_same_push_replayed_over_http_is_stored_once(newsroom):
    token = newsroom.site.sign_in("lan", device="replay")
    change, article_id = _new_article_change("Gửi hai lần")
    comment = {"change_id": str(uuid.uuid4()), "kind": "comment", "article_id": article_id,
               "comment_id": str(uuid.uuid4()), "body": "Một lời nhắn"}
    body = {"changes": [change, comment]}
    first = _push(newsroom, token, body)
    assert first.status_code == 200, first.text
    assert [r["status"] for r in first.json()["results"]] == ["accepted", "accepted"]
    again = _push(newsroom, token, body)
    assert again.status_code == 200
    assert again.json() == first.json()
    assert newsroom.count(ArticleRow, ArticleRow.id == article_id) == 1
    assert newsroom.count(RevisionRow, RevisionRow.article_id == article_id) == 1
    assert newsroom.count(CommentRow, CommentRow.article_id == article_id) == 1
    # Someone else sending the same ids is refused, and is not told what the first got.
    other = _push(newsroom, newsroom.site.sign_in("dung", device="replay"), body)
    assert other.status_code == 200
    assert [(r["status"], r["revision_id"]) for r in other.json()["results"]] == [
        ("rejected", None), ("rejected", None)]
    assert "someone else" in other.json()["results"][0]["reason"]
    assert newsroom.count(RevisionRow, RevisionRow.article_id == article_id) == 1
    assert newsroom.count(CommentRow, CommentRow.article_id == article_id) == 1
    # Sent twice at the same moment (a retry racing its lost first try): still once.
    change, article_id = _new_article_change("Gửi cùng lúc")
    answers: list[httpx.Response] = []
    threads = [threading.Thread(target=lambda: answers.append(
        _push(newsroom, token, {"changes": [change]}))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [a.status_code for a in answers] == [200] * 4
    assert {a.json()["results"][0]["status"] for a in answers} == {"accepted"}
    assert newsroom.count(RevisionRow, RevisionRow.article_id == article_id) == 1


# -- three desktops, one article, every order -----------------------------------------------
def test_three_desktops_editing_one_article_offline_keep_every_word_in_every_order(
        newsroom, desk):
    """The author and two editors (a second reporter may not edit another's article).

    An and Thành change the same words of the first paragraph (they overlap); Lan
    adds to the last one (she merges with either). Whoever syncs second of An and
    Thành gets the conflict; Lan merges unless both came before her, when her
    edit is kept beside the two heads. Every word typed is in a revision on the server.
    """
    desks = {login: _connected(desk, newsroom, login) for login in ("an", "thanh", "lan")}
    for n, order in enumerate(itertools.permutations(desks)):
        article_id = _new(desks["an"], f"Mưa lớn {n}")
        for d in desks.values():
            assert d.sync()[0] == 0
        words = {login: f"chu{login}{n}" for login in desks}
        _edit_body(desks["an"], article_id, BASE_BODY.replace("mưa lớn", f"mưa {words['an']}"))
        _edit_body(desks["thanh"], article_id,
                   BASE_BODY.replace("mưa lớn", f"mưa {words['thanh']}"))
        _edit_body(desks["lan"], article_id,
                   BASE_BODY.replace("ra đường.", f"ra đường {words['lan']}."))
        codes = {}
        for login in order:
            code, report, err = desks[login].sync_process()
            codes[login] = code
            assert report["rejected"] == [], (order, login, err)
            if code == 5:
                assert report["conflicts"] == [article_id]
        second = max(order.index("an"), order.index("thanh"))
        assert codes[order[second]] == 5, (order, codes)
        assert codes[order[min(order.index("an"), order.index("thanh"))]] == 0, (order, codes)
        assert codes["lan"] == (5 if order.index("lan") == 2 else 0), (order, codes)
        bodies = [r.snapshot["body"] for r in newsroom.revisions(article_id)]
        for login, word in words.items():
            assert any(word in b for b in bodies), (order, login)
        assert newsroom.article(article_id).conflict_revision_id is not None


# -- client clocks ---------------------------------------------------------------------------
def _faketime(offset: str) -> list[str]:
    tool = shutil.which("faketime")
    if tool is None:
        cannot_run("libfaketime is not installed (Debian package faketime: make sysdeps)")
    return [tool, "-f", offset]


def test_client_clocks_a_day_off_decide_nothing_the_server_s_order_does(newsroom, desk):
    ahead, behind = _faketime("+1d"), _faketime("-1d")
    env = {"FAKETIME_DONT_FAKE_MONOTONIC": "1"}
    probe = subprocess.run([*ahead, sys.executable, "-c",
                            "import datetime; print(datetime.datetime.now(datetime.UTC)"
                            ".isoformat())"], capture_output=True, text=True,
                           env={**os.environ, **env}, timeout=PROCESS_TIMEOUT, check=True)
    assert datetime.fromisoformat(probe.stdout.strip()) > datetime.now(UTC) + timedelta(hours=23)
    an, thanh = (_connected(desk, newsroom, login) for login in ("an", "thanh"))
    article_id = _new(an, "Đồng hồ lệch")
    assert an.sync()[0] == 0
    assert thanh.sync()[0] == 0
    started = datetime.now(UTC)
    # An, a day ahead, writes first; Thành, a day behind, writes after him.
    edit = an.start("article", "edit", article_id, "--title", "Đồng hồ nhanh một ngày",
                    prefix=ahead, env=env)
    assert edit.wait(timeout=PROCESS_TIMEOUT) == 0, edit.communicate()[1]
    code, report, err = an.sync_process(prefix=ahead, env=env)
    assert (code, report["accepted"]) == (0, 1), err
    code, _, err = thanh.sync_process(prefix=behind, env=env)
    assert code == 0, err
    edit = thanh.start("article", "edit", article_id, "--title", "Đồng hồ chậm một ngày",
                       prefix=behind, env=env)
    assert edit.wait(timeout=PROCESS_TIMEOUT) == 0, edit.communicate()[1]
    code, report, err = thanh.sync_process(prefix=behind, env=env)
    assert (code, report["accepted"]) == (0, 1), err
    finished = datetime.now(UTC)
    revs = newsroom.revisions(article_id)
    assert [r.title for r in revs] == ["Đồng hồ lệch", "Đồng hồ nhanh một ngày",
                                       "Đồng hồ chậm một ngày"]
    first, second = revs[1], revs[2]
    assert first.created_at < second.created_at
    for r in (first, second):  # the server's times, not a day off either way
        at = r.created_at if r.created_at.tzinfo else r.created_at.replace(tzinfo=UTC)
        assert started - timedelta(minutes=1) <= at <= finished + timedelta(minutes=1)
    head = newsroom.article(article_id)
    assert (head.revision_id, head.title) == (second.id, "Đồng hồ chậm một ngày")


# -- a tampered desktop ----------------------------------------------------------------------
def test_a_tampered_desktop_store_gets_nothing_approved_on_the_server(newsroom, desk):
    an, thanh = (_connected(desk, newsroom, login) for login in ("an", "thanh"))
    article_id = _new(an, "Tự duyệt bài mình")
    assert an.run("submit", article_id)[0] == 0
    assert an.sync()[0] == 0
    assert thanh.sync()[0] == 0
    assert thanh.run("review", article_id)[0] == 0
    assert thanh.sync()[0] == 0
    assert an.sync()[0] == 0
    server = newsroom.site.people
    con = sqlite3.connect(an.db)
    with con:
        head = con.execute("SELECT revision_id FROM articles WHERE id = ?",
                           (article_id,)).fetchone()[0]
        con.execute("UPDATE people SET role = 'admin' WHERE login = 'an'")
        con.execute("UPDATE articles SET status = 'approved', approved_by_id = ?, "
                    "approved_at = ? WHERE id = ?",
                    (server["thanh"].id, datetime.now(UTC).isoformat(), article_id))
        con.execute("INSERT INTO transitions (article_id, actor_id, from_status, to_status, "
                    "note, at) VALUES (?, ?, 'in_review', 'approved', 'forged', ?)",
                    (article_id, server["thanh"].id, datetime.now(UTC).isoformat()))
        # What a doctored desktop would send: approvals in its outbox, by hand.
        forged = [str(uuid.uuid4()) for _ in range(2)]
        for cid, action in zip(forged, ("approve", "export"), strict=True):
            con.execute(
                "INSERT INTO sync_outbox (change_id, kind, article_id, payload, state, reason, "
                "created_at) VALUES (?, 'action', ?, ?, 'pending', '', ?)",
                (cid, article_id, json.dumps({"action": action, "revision_id": head,
                                              "note": ""}), datetime.now(UTC).isoformat()))
    con.close()
    code, report, err = an.sync_process()
    assert code == 5, err
    assert sorted(r["change_id"] for r in report["rejected"]) == sorted(forged)
    assert all(r["reason"] for r in report["rejected"])
    row = newsroom.article(article_id)
    assert (row.status, row.approved_by_id, row.approved_at) == ("in_review", None, None)
    assert newsroom.count(TransitionRow, TransitionRow.article_id == article_id,
                          TransitionRow.to_status.in_(("approved", "exported"))) == 0
    assert newsroom.site.room.services.people.by_login("an").role.value == "reporter"


# -- a token revoked between two syncs -------------------------------------------------------
def test_a_token_revoked_mid_session_asks_to_sign_in_again_and_keeps_the_changes(
        newsroom, desk):
    dung = _connected(desk, newsroom, "dung", name="dung-laptop")
    article_id = _new(dung, "Viết trước khi bị thu hồi")
    listed = newsroom.cli("token", "list", "dung", "--json")
    assert listed.returncode == 0, listed.stderr
    for t in json.loads(listed.stdout):
        if t["live"]:
            revoked = newsroom.cli("token", "revoke", t["id"])
            assert revoked.returncode == 0, revoked.stderr
    code, report, err = dung.sync_process()
    assert code == 3
    assert report["error"] == "token_refused"
    assert "sign in again" in err
    assert dung.pending() == 1
    assert newsroom.count(ArticleRow, ArticleRow.id == article_id) == 0
    dung.login("dung")
    code, report, err = dung.sync_process()
    assert code == 0, err
    assert (report["sent"], report["accepted"]) == (1, 1)
    assert newsroom.count(ArticleRow, ArticleRow.id == article_id) == 1
    _whole(dung)
