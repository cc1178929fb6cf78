"""Signing in to the server: opaque tokens stored hashed, revocation, disabled people, backoff."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from sqlalchemy import text

from editor_app.services.common import now
from editor_app.store import schema
from editor_app.store.uow import UnitOfWorkFactory
from tests.server.conftest import PASSWORD


def _token_rows(site, login):
    with site.room.engine.connect() as conn:
        return conn.execute(text(
            "SELECT t.* FROM api_tokens t JOIN people p ON p.id = t.person_id "
            "WHERE p.login = :login"), {"login": login}).mappings().all()


def test_health_and_the_openapi_document(site):
    r = site.http.get("/health")
    assert r.status_code == 200
    assert r.json()["status"] == "ok"
    assert r.json()["schema_revision"] == schema.HEAD
    doc = site.http.get("/openapi.json").json()
    assert {"/health", "/auth/login", "/auth/logout", "/me", "/articles",
            "/articles/{article_id}", "/articles/{article_id}/actions",
            "/people/{login}/tokens"} <= set(doc["paths"])
    assert any(s.get("scheme") == "bearer"
               for s in doc["components"]["securitySchemes"].values())


def test_a_token_is_256_random_bits_and_only_its_hash_is_stored(site):
    r = site.http.post("/auth/login", json={"login": "an", "password": PASSWORD,
                                            "device": "Laptop của An"})
    assert r.status_code == 200
    body = r.json()
    token = body["token"]
    assert len(token) == 43  # token_urlsafe(32): 32 bytes in URL-safe base64
    assert body["person"]["login"] == "an"
    assert body["person"]["role"] == "reporter"
    rows = [row for row in _token_rows(site, "an") if row["id"] == body["token_id"]]
    assert len(rows) == 1
    row = rows[0]
    assert row["token_hash"] == hashlib.sha256(token.encode()).hexdigest()
    assert token not in repr(list(row.values()))
    assert row["device"] == "Laptop của An"
    me = site.http.get("/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200
    assert me.json()["name"] == "Nguyễn Văn An"


def test_a_wrong_password_and_an_unknown_login_get_the_same_answer(site):
    wrong = site.http.post("/auth/login", json={"login": "dung", "password": "sai-mat-khau",
                                                "device": "x"})
    unknown = site.http.post("/auth/login", json={"login": "ai-do", "password": "sai-mat-khau",
                                                  "device": "x"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert "token" not in wrong.text


def test_no_token_or_a_made_up_one_is_refused(site):
    assert site.http.get("/me").status_code == 401
    r = site.http.get("/articles", headers={"Authorization": "Bearer " + "x" * 43})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"
    assert site.http.get("/me", headers={"Authorization": "Basic YW46eA=="}).status_code == 401


def test_logout_ends_that_token_only(site):
    first, second = site.sign_in("dung", "phone"), site.sign_in("dung", "laptop")
    r = site.http.post("/auth/logout", headers={"Authorization": f"Bearer {first}"})
    assert r.status_code == 204
    assert site.http.get("/me", headers={"Authorization": f"Bearer {first}"}).status_code == 401
    assert site.http.get("/me", headers={"Authorization": f"Bearer {second}"}).status_code == 200


def test_an_expired_token_is_refused(site):
    from editor_app.server.app import context_of

    tokens = context_of(site.room).tokens
    tokens.lifetime = timedelta(seconds=-1)  # issued already expired, by the store's clock
    issued = tokens.sign_in("lan", PASSWORD, "old tablet")
    r = site.http.get("/me", headers={"Authorization": f"Bearer {issued.token}"})
    assert r.status_code == 401
    assert r.json()["error"] == "token_refused"


def test_an_administrator_lists_and_revokes_a_persons_tokens(site):
    phone, laptop = site.sign_in("thanh", "phone"), site.sign_in("thanh", "laptop")
    listed = site.http.get("/people/thanh/tokens", headers=site.as_("quan"))
    assert listed.status_code == 200
    devices = {t["device"]: t for t in listed.json()}
    assert {"phone", "laptop"} <= set(devices)
    assert all(phone not in str(t) and laptop not in str(t) for t in listed.json())
    assert "hash" not in listed.text

    one = site.http.delete(f"/people/thanh/tokens/{devices['phone']['id']}",
                           headers=site.as_("quan"))
    assert one.status_code == 200
    assert one.json()["live"] is False
    assert site.http.get("/me", headers={"Authorization": f"Bearer {phone}"}).status_code == 401
    assert site.http.get("/me", headers={"Authorization": f"Bearer {laptop}"}).status_code == 200

    everything = site.http.delete("/people/thanh/tokens", headers=site.as_("quan"))
    assert everything.status_code == 200
    assert everything.json()["revoked"] >= 1
    assert site.http.get("/me", headers={"Authorization": f"Bearer {laptop}"}).status_code == 401


def test_only_an_administrator_sees_or_revokes_tokens(site):
    for who in ("an", "lan", "hoa"):
        assert site.http.get("/people/an/tokens", headers=site.as_(who)).status_code == 403
        assert site.http.delete("/people/an/tokens", headers=site.as_(who)).status_code == 403
    assert site.http.get("/people/nobody/tokens", headers=site.as_("quan")).status_code == 404


def test_a_disabled_persons_tokens_stop_at_once(site):
    token = site.sign_in("khoa")
    headers = {"Authorization": f"Bearer {token}"}
    assert site.http.get("/me", headers=headers).status_code == 200
    site.room.services.people.disable(None, "khoa")  # an administrator, elsewhere
    assert site.http.get("/me", headers=headers).status_code == 401
    assert site.http.get("/articles", headers=headers).status_code == 401
    again = site.http.post("/auth/login", json={"login": "khoa", "password": PASSWORD,
                                                "device": "x"})
    assert again.status_code == 403


def test_failed_sign_ins_are_counted_and_then_throttled(site):
    for _ in range(4):
        r = site.http.post("/auth/login", json={"login": "binh", "password": "doan-bua-1",
                                                "device": "x"})
        assert r.status_code in (401, 429)
    with site.room.engine.connect() as conn:
        failures = conn.execute(text("SELECT failures, blocked_until FROM sign_in_failures "
                                     "WHERE login = 'binh'")).one()
    assert failures[0] >= 4
    assert failures[1] is not None
    # Many more failures (as after a night of guessing): even the right password waits.
    with UnitOfWorkFactory(site.room.engine)(write=True) as uow:
        uow.sign_in_failures.record("binh", now(), now() + timedelta(minutes=15), 20)
        uow.commit()
    r = site.http.post("/auth/login", json={"login": "binh", "password": PASSWORD,
                                            "device": "x"})
    assert r.status_code == 429
    assert int(r.headers["retry-after"]) > 60
    assert "token" not in r.json()
    assert not _token_rows(site, "binh")
