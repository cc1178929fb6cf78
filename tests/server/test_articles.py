"""Reading and acting through the server: what each person may see, and the trust rule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from editor_app.domain.entities import ArticleFields


def _draft(site, login, title, **kw):
    fields = ArticleFields(title=title, summary="Tóm tắt", body="Nội dung bài.\n",
                           category_id="Thời sự", **kw)
    return site.room.services.drafting.create(site.people[login], fields)


def _ids(site, login, **params):
    r = site.http.get("/articles", headers=site.as_(login), params=params)
    assert r.status_code == 200, r.text
    return {a["id"] for a in r.json()}


def test_a_reporter_reads_their_own_coauthored_and_published_articles_only(site):
    s, p = site.room.services, site.people
    own = _draft(site, "an", "Bài của An")
    others_draft = _draft(site, "dung", "Bản nháp của Dung")
    coauthored = _draft(site, "thanh", "Bài viết chung",
                        author_ids=(p["dung"].id, p["an"].id))
    published = _draft(site, "dung", "Bài đã đăng")
    s.review.submit(p["dung"], published.id)
    s.review.start_review(p["thanh"], published.id)
    s.review.approve(p["thanh"], published.id)
    s.review.mark_exported(p["hoa"], published.id)

    seen = _ids(site, "an", limit=500)
    assert {own.id, coauthored.id, published.id} <= seen
    assert others_draft.id not in seen
    assert others_draft.id in _ids(site, "thanh", limit=500)  # editors: the whole newsroom
    assert others_draft.id in _ids(site, "hoa", limit=500)

    hidden = site.http.get(f"/articles/{others_draft.id}", headers=site.as_("an"))
    assert hidden.status_code == 404  # the same answer as for an id that does not exist
    unknown = site.http.get("/articles/00000000-0000-0000-0000-000000000000",
                            headers=site.as_("an"))
    assert unknown.status_code == 404
    assert hidden.json()["error"] == unknown.json()["error"] == "not_found"
    shown = site.http.get(f"/articles/{coauthored.id}", headers=site.as_("an"))
    assert shown.status_code == 200
    assert shown.json()["body"] == "Nội dung bài.\n"
    assert [a["login"] for a in shown.json()["authors"]] == ["dung", "an"]


def test_the_list_filters_by_status_and_pages(site):
    _draft(site, "dung", "Một")
    _draft(site, "dung", "Hai")
    drafts = site.http.get("/articles", headers=site.as_("dung"),
                           params={"status": "draft", "limit": 500}).json()
    assert drafts
    assert all(a["status"] == "draft" for a in drafts)
    first = site.http.get("/articles", headers=site.as_("thanh"), params={"limit": 1}).json()
    second = site.http.get("/articles", headers=site.as_("thanh"),
                           params={"limit": 1, "offset": 1}).json()
    assert len(first) == len(second) == 1
    assert first[0]["id"] != second[0]["id"]


def test_a_reporter_token_cannot_approve_whatever_the_body_claims(site):
    art = _draft(site, "an", "Tin cần duyệt")
    submit = site.http.post(f"/articles/{art.id}/actions", headers=site.as_("an"),
                            json={"action": "submit"})
    assert submit.status_code == 200
    assert submit.json()["status"] == "submitted"
    review = site.http.post(f"/articles/{art.id}/actions", headers=site.as_("lan"),
                            json={"action": "start_review"})
    assert review.status_code == 200
    assert review.json()["status"] == "in_review"

    forged = {"action": "approve", "actor": "thanh", "login": "thanh", "role": "editor",
              "person": {"login": "thanh", "role": "editor"}, "approved_by": "thanh",
              "approved_at": "2001-01-01T00:00:00Z", "id": "forged-id"}
    refused = site.http.post(f"/articles/{art.id}/actions", headers=site.as_("an"),
                             json=forged)
    assert refused.status_code == 403
    assert refused.json()["error"] == "forbidden"
    after = site.http.get(f"/articles/{art.id}", headers=site.as_("an")).json()
    assert after["status"] == "in_review"
    assert after["approved_by"] is None
    assert site.room.services.drafting.get(art.id).approved_at is None

    # An editor approves; the body's claims about who and when change nothing.
    before = datetime.now(UTC)
    ok = site.http.post(f"/articles/{art.id}/actions", headers=site.as_("thanh"),
                        json={**forged, "actor": "an", "login": "an", "note": "Tốt"})
    assert ok.status_code == 200, ok.text
    approved = ok.json()
    assert approved["status"] == "approved"
    assert approved["id"] == art.id
    assert approved["approved_by"] == "Đỗ Văn Thành"
    when = datetime.fromisoformat(approved["approved_at"])
    assert when > before - timedelta(minutes=5)  # the server's clock, not 2001
    history = site.room.services.review.transitions(art.id)
    assert history[-1].actor_name == "Đỗ Văn Thành"


def test_refusals_say_why_with_a_status_a_program_can_test(site):
    art = _draft(site, "dung", "Tin trả lại")
    r = site.http.post(f"/articles/{art.id}/actions", headers=site.as_("thanh"),
                       json={"action": "approve"})
    assert r.status_code == 409
    assert r.json()["error"] == "invalid_state"
    r = site.http.post(f"/articles/{art.id}/actions", headers=site.as_("dung"),
                       json={"action": "submit"})
    assert r.status_code == 200
    r = site.http.post(f"/articles/{art.id}/actions", headers=site.as_("thanh"),
                       json={"action": "return"})
    assert r.status_code == 422
    assert r.json()["error"] == "invalid_input"
    r = site.http.post(f"/articles/{art.id}/actions", headers=site.as_("dung"),
                       json={"action": "fly"})
    assert r.status_code == 422
    assert r.json()["error"] == "invalid_request"


def test_me_is_the_tokens_person(site):
    r = site.http.get("/me", headers=site.as_("hoa"))
    assert r.status_code == 200
    assert (r.json()["login"], r.json()["role"]) == ("hoa", "staff")


def test_the_request_log_names_requests_but_never_secrets(site):
    token = site.sign_in("lan", "log check")
    site.http.get("/me", headers={"Authorization": f"Bearer {token}"})
    site.http.post("/auth/login", json={"login": "lan", "password": "Sai-Mat-Khau-Ro-Rang",
                                        "device": "x"})
    # Each line is written once its answer has gone out: wait for the last one.
    assert site.server.wait_stderr("POST /auth/login 401")
    assert site.server.wait_stderr("ms as lan")
    log = site.server.stderr()
    assert "POST /auth/login 200" in log
    assert "GET /me 200" in log
    for secret in (token, "mật-khẩu-đủ-dài-1", "Sai-Mat-Khau-Ro-Rang", "Bearer"):
        assert secret not in log
