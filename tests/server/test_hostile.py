"""The API under attack (issue 13, item 8): fuzzed from its OpenAPI document, then by hand.

Every answer is below 500 and carries no traceback; oversized bodies, SQL in
fields, wrong content types and path traversal in ids are refused with a 4xx,
and nothing is stored.
"""

from __future__ import annotations

import json
import socket

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance
from sqlalchemy import text

from editor_app.domain import i18n
from editor_app.domain.entities import ArticleFields
from tests.server.conftest import PASSWORD, start_site, stop_site

TRACEBACK_SIGNS = ("Traceback (most recent call last)", 'File "/', "sqlalchemy.", "psycopg.",
                   "sqlite3.")
TABLES = ("people", "credentials", "categories", "articles", "revisions", "transitions",
          "comments", "api_tokens", "audit_log", "media")
SQL = ("' OR '1'='1' --", "'; DROP TABLE people; --", "1; DELETE FROM articles",
       "\" OR \"\"=\"", "x' UNION SELECT token_hash FROM api_tokens --")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A server with a 1 MB body limit, an article, and an admin's token."""
    i18n.set_language("en")
    site = start_site(tmp_path_factory.mktemp("hostile"), None, "--max-body-mb", "1")
    site.article = site.room.services.drafting.create(  # type: ignore[attr-defined]
        site.people["an"], ArticleFields(title="Bài thử", body="Nội dung.\n",
                                         category_id="Thời sự"))
    for login in ("an", "quan"):
        site.token(login)  # signed in before any count is taken
    yield site
    assert stop_site(site) == 0, site.server.stderr()


def _counts(site) -> dict[str, int]:
    with site.room.engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


def _no_traceback(response_text: str) -> None:
    for sign in TRACEBACK_SIGNS:
        assert sign not in response_text


@schemathesis.check
def no_traceback(ctx, response, case):
    _no_traceback(response.text)


MODES = (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE)
FUZZ = settings(max_examples=25, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))


def test_fuzzed_requests_never_break_the_server(hostile):
    """Every operation of the OpenAPI document, with data that fits it and data that does not."""
    schema = schemathesis.openapi.from_url(f"{hostile.server.url}/openapi.json")
    headers = {"Authorization": f"Bearer {hostile.token('quan')}"}
    before = _counts(hostile)
    seen = set()
    for result in schema.get_all_operations():
        operation = result.ok()
        seen.add(f"{operation.method.upper()} {operation.path}")
        if operation.path == "/auth/logout":
            continue  # it would end the token the other cases use; tested on its own
        for mode in MODES:

            @FUZZ
            @given(case=operation.as_strategy(generation_mode=mode))
            def fuzz(case):
                case.call_and_validate(
                    headers=headers, timeout=120,
                    checks=[not_a_server_error, response_schema_conformance, no_traceback])

            try:
                fuzz()
            except Unsatisfiable:
                # Nothing to get wrong (GET /health takes no input): no negative case exists.
                assert mode is schemathesis.GenerationMode.NEGATIVE
    assert {"POST /auth/login", "GET /articles", "GET /articles/{article_id}",
            "POST /articles/{article_id}/actions", "DELETE /people/{login}/tokens",
            "POST /sync/push", "GET /sync/pull", "POST /sync/media/missing",
            "PUT /sync/media/{sha256}", "GET /sync/media/{sha256}"} <= seen
    after = _counts(hostile)
    # Random logins and passwords never sign in; nothing but the sign-in failures changes.
    assert {t: n for t, n in after.items() if t != "audit_log"} == {
        t: n for t, n in before.items() if t != "audit_log"}


def _raw(site, request: bytes) -> tuple[int, bytes]:
    """Send bytes as they are (no client tidies the path), read the whole answer."""
    host, port = site.server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=120) as s:
        s.sendall(request)
        answer = b""
        while chunk := s.recv(65536):
            answer += chunk
            if b"\r\n\r\n" in answer and _complete(answer):
                break
    status = int(answer.split(b" ", 2)[1])
    return status, answer


def _complete(answer: bytes) -> bool:
    head, _, body = answer.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return len(body) >= int(line.split(b":")[1])
    return False


def test_an_oversized_body_is_refused_with_413_and_nothing_stored(hostile):
    before = _counts(hostile)
    big = json.dumps({"login": "an", "password": PASSWORD, "device": "x" * 2_000_000})
    r = hostile.http.post("/auth/login", content=big,
                          headers={"Content-Type": "application/json"})
    assert r.status_code == 413

    def chunks():  # no Content-Length: the limit counts what arrives
        for _ in range(40):
            yield b" " * 65536

    r = hostile.http.post(f"/articles/{hostile.article.id}/actions", content=chunks(),
                          headers={"Content-Type": "application/json", **hostile.as_("an")})
    assert r.status_code == 413
    assert _counts(hostile) == before


@pytest.mark.parametrize("sql", SQL)
def test_sql_in_every_field_is_only_text(hostile, sql):
    before = _counts(hostile)
    answers = [
        hostile.http.post("/auth/login", json={"login": sql, "password": sql, "device": sql}),
        hostile.http.post("/auth/login", json={"login": "an", "password": sql, "device": sql}),
        hostile.http.post(f"/articles/{hostile.article.id}/actions", headers=hostile.as_("an"),
                          json={"action": sql, "note": sql}),
        hostile.http.get(f"/articles/{sql}", headers=hostile.as_("an")),
        hostile.http.post(f"/articles/{sql}/actions", headers=hostile.as_("an"),
                          json={"action": "submit", "note": sql}),
        hostile.http.get(f"/people/{sql}/tokens", headers=hostile.as_("quan")),
        hostile.http.delete(f"/people/{sql}/tokens", headers=hostile.as_("quan")),
        hostile.http.get("/articles", headers=hostile.as_("an"),
                         params={"status": sql, "limit": sql}),
        hostile.http.get("/me", headers={"Authorization": f"Bearer {sql}"}),
    ]
    for r in answers:
        assert 400 <= r.status_code < 500, (r.request.url, r.status_code, r.text)
        _no_traceback(r.text)
    after = _counts(hostile)
    # A failed sign-in is counted (that is the backoff); nothing else changes.
    assert after == before
    assert hostile.room.services.drafting.get(hostile.article.id).status.value == "draft"


@pytest.mark.parametrize(("content_type", "body"), [
    ("text/plain", json.dumps({"action": "submit"})),
    ("application/x-www-form-urlencoded", "action=submit"),
    ("application/xml", "<action>submit</action>"),
    ("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"action\""
     "\r\n\r\nsubmit\r\n--x--\r\n"),
    (None, json.dumps({"action": "submit"})),
    ("application/json", "{\"action\": \"submit\""),  # cut short
    ("application/json", b"{\"action\": \"\xff\xfe\"}"),  # not UTF-8
    ("application/json", "[" * 100_000 + "]" * 100_000),  # nested past any parser's depth
])
def test_wrong_content_types_and_broken_bodies_are_refused(hostile, content_type, body):
    before = _counts(hostile)
    headers = dict(hostile.as_("an"))
    if content_type:
        headers["Content-Type"] = content_type
    r = hostile.http.post(f"/articles/{hostile.article.id}/actions", content=body,
                          headers=headers)
    assert 400 <= r.status_code < 500, (r.status_code, r.text)
    _no_traceback(r.text)
    assert _counts(hostile) == before
    assert hostile.room.services.drafting.get(hostile.article.id).status.value == "draft"


@pytest.mark.parametrize("path", [
    "/articles/../../../../etc/passwd",
    "/articles/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
    "/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/articles/..\\..\\windows\\win.ini",
    "/articles/%00",
    "/articles/x%00y/actions",
    "/people/..%2Fquan/tokens",
    "/people/../people/quan/tokens",
    "/../../etc/passwd",
])
def test_path_traversal_in_ids_finds_nothing(hostile, path):
    token = hostile.token("quan")
    before = _counts(hostile)
    status, answer = _raw(hostile, f"GET {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                                   f"{token}\r\nConnection: close\r\n\r\n".encode())
    assert 400 <= status < 500, answer
    assert b"root:" not in answer
    assert b"[fonts]" not in answer
    _no_traceback(answer.decode("utf-8", "replace"))
    assert _counts(hostile) == before
