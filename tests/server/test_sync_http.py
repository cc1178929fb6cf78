"""Sync over the real server: push, pull and media through HTTP, as the token's person."""

from __future__ import annotations

import hashlib
import uuid

from sqlalchemy import func, select

from editor_app.store.models import RevisionRow, SyncLogRow
from tests.images import png


def _new_article(site, title: str, login: str = "an") -> tuple[str, dict]:
    """A push body carrying a brand-new article's first revision, as a desktop sends it."""
    article_id = str(uuid.uuid4())
    change = {
        "change_id": str(uuid.uuid4()), "kind": "revision", "article_id": article_id,
        "revision_id": str(uuid.uuid4()), "parent_id": None, "merge_parent_id": None,
        "note": "", "snapshot": {"title": title, "summary": "Tóm tắt",
                                 "body": "Mưa lớn ở Huế.\n",
                                 "author_ids": [site.people[login].id]},
    }
    return article_id, {"changes": [change]}


def _pull_all(site, login: str) -> list[dict]:
    entries, after = [], 0
    while True:
        r = site.http.get("/sync/pull", headers=site.as_(login),
                          params={"after": after, "limit": 100})
        assert r.status_code == 200, r.text
        page = r.json()
        entries += page["entries"]
        after = page["next"]
        if not page["more"]:
            return entries


def _count(site, model, *where) -> int:
    with site.room.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


def test_a_reporter_pushes_a_new_article_and_pulls_it_back_numbered(site):
    article_id, body = _new_article(site, "Tin mưa lũ miền Trung")
    r = site.http.post("/sync/push", headers=site.as_("an"), json=body)
    assert r.status_code == 200, r.text
    [result] = r.json()["results"]
    assert result["status"] == "accepted", result
    assert result["change_id"] == body["changes"][0]["change_id"]

    mine = [e for e in _pull_all(site, "an") if e["article"]["id"] == article_id]
    assert mine
    assert all(isinstance(e["seq"], int) and e["seq"] > 0 for e in mine)
    revision = next(e for e in mine if e["kind"] == "revision")
    assert revision["change_id"] == body["changes"][0]["change_id"]
    assert revision["revision"]["title"] == "Tin mưa lũ miền Trung"
    # The server says who wrote it: the token's person.
    assert revision["article"]["author_id"] == site.people["an"].id
    assert site.room.services.drafting.get(article_id).title == "Tin mưa lũ miền Trung"


def test_the_same_push_replayed_is_stored_once(site):
    article_id, body = _new_article(site, "Tin gửi hai lần")
    first = site.http.post("/sync/push", headers=site.as_("an"), json=body)
    log_after_first = _count(site, SyncLogRow)
    again = site.http.post("/sync/push", headers=site.as_("an"), json=body)
    assert first.status_code == again.status_code == 200
    assert first.json() == again.json()
    assert first.json()["results"][0]["status"] == "accepted"
    assert _count(site, RevisionRow, RevisionRow.article_id == article_id) == 1
    assert _count(site, SyncLogRow) == log_after_first


def test_every_sync_call_needs_a_token(site):
    article_id, body = _new_article(site, "Không có thẻ")
    sha = "0" * 64
    calls = [site.http.post("/sync/push", json=body),
             site.http.get("/sync/pull"),
             site.http.post("/sync/media/missing", json={"hashes": [sha]}),
             site.http.put(f"/sync/media/{sha}", content=b"x"),
             site.http.get(f"/sync/media/{sha}"),
             site.http.get("/sync/pull", headers={"Authorization": "Bearer not-a-token"})]
    assert [c.status_code for c in calls] == [401] * len(calls)
    assert all(c.headers["WWW-Authenticate"] == "Bearer" for c in calls)
    assert _count(site, RevisionRow, RevisionRow.article_id == article_id) == 0


def test_a_reporter_cannot_pull_another_reporter_s_draft(site):
    draft_id, body = _new_article(site, "Bản nháp riêng của Dung", login="dung")
    pushed = site.http.post("/sync/push", headers=site.as_("dung"), json=body)
    assert pushed.json()["results"][0]["status"] == "accepted", pushed.text
    seen_by_an = {e["article"]["id"] for e in _pull_all(site, "an")}
    seen_by_dung = {e["article"]["id"] for e in _pull_all(site, "dung")}
    seen_by_editor = {e["article"]["id"] for e in _pull_all(site, "thanh")}
    assert draft_id not in seen_by_an
    assert draft_id in seen_by_dung
    assert draft_id in seen_by_editor


def test_an_image_travels_by_its_hash_and_a_wrong_hash_is_refused(site):
    data = png(3, 2, colour=b"\x12\x34\x56")
    good = hashlib.sha256(data).hexdigest()
    wrong = hashlib.sha256(b"something else").hexdigest()
    auth = site.as_("an")
    bad = site.http.put(f"/sync/media/{wrong}", headers=auth, content=data)
    assert bad.status_code == 422
    assert bad.json()["error"] == "invalid_input"
    missing = site.http.post("/sync/media/missing", headers=auth,
                             json={"hashes": [wrong, good]})
    assert missing.status_code == 200
    assert set(missing.json()["missing"]) == {wrong, good}  # the wrong one was not stored
    put = site.http.put(
        f"/sync/media/{good}", headers={**auth, "Content-Type": "application/octet-stream"},
        content=data)
    assert put.status_code == 200, put.text
    assert put.json() == {"sha256": good}
    back = site.http.get(f"/sync/media/{good}", headers=site.as_("thanh"))
    assert back.status_code == 200
    assert back.content == data
    after = site.http.post("/sync/media/missing", headers=auth, json={"hashes": [wrong, good]})
    assert after.json()["missing"] == [wrong]


def test_media_names_are_hashes_only(site):
    auth = site.as_("an")
    for name in ("..%2F..%2Fetc%2Fpasswd", "ABCDEF" + "0" * 58, "0" * 63, "g" * 64,
                 "0" * 65):
        r = site.http.put(f"/sync/media/{name}", headers=auth, content=b"x")
        assert 400 <= r.status_code < 500, (name, r.status_code)
        g = site.http.get(f"/sync/media/{name}", headers=auth)
        assert 400 <= g.status_code < 500, (name, g.status_code)


def test_a_malformed_push_is_refused_with_a_4xx(site):
    auth = site.as_("an")
    for body in ({}, {"changes": "all"}, {"changes": [{}] * 201}, [1, 2]):
        r = site.http.post("/sync/push", headers=auth, json=body)
        assert r.status_code == 422, (body, r.text)
    r = site.http.post("/sync/push", headers={**auth, "Content-Type": "application/json"},
                       content=b"{not json")
    assert r.status_code == 422
