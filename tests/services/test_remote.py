"""The desktop's HTTP client and its sign-in keeping, against a scripted HTTP server.

The real server is tested in tests/server/test_client_http.py; here a tiny stdlib
server answers what a broken network or a strange proxy would, which the real one
never does.
"""

from __future__ import annotations

import hashlib
import json
import stat
import sys
import threading
import types
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from editor_app.domain import i18n
from editor_app.paths import resolve
from editor_app.services import credentials, remote
from editor_app.services.remote import Connection, HttpTransport

IMAGE = b"\x89PNG not really"
SHA = hashlib.sha256(IMAGE).hexdigest()


class Scripted(BaseHTTPRequestHandler):
    """Answers by path: (status, headers, body). Records the Authorization it saw."""

    answers: ClassVar[dict[str, tuple[int, dict[str, str], bytes]]] = {}
    seen: ClassVar[list[tuple[str, str | None]]] = []

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.seen.append((self.path, self.headers.get("Authorization")))
        status, headers, body = self.answers.get(self.path.split("?")[0],
                                                 (404, {}, b'{"error":"not_found"}'))
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def scripted():
    i18n.set_language("en")
    Scripted.answers, Scripted.seen = {}, []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Scripted)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield url, Scripted.answers
    httpd.shutdown()
    httpd.server_close()


def _json(status: int, data: object, **headers: str) -> tuple[int, dict[str, str], bytes]:
    return status, {"Content-Type": "application/json", **headers}, json.dumps(data).encode()


def test_media_are_checked_against_their_hash(scripted):
    url, answers = scripted
    t = HttpTransport(Connection(url, "an", "tok"))
    answers[f"/sync/media/{SHA}"] = (200, {}, IMAGE)
    assert t.media_get(SHA) == IMAGE
    assert Scripted.seen[-1] == (f"/sync/media/{SHA}", "Bearer tok")
    answers[f"/sync/media/{SHA}"] = (200, {}, IMAGE + b"damaged")
    with pytest.raises(remote.Unreachable):
        t.media_get(SHA)
    with pytest.raises(remote.ChangeRefused):
        t.media_get("../../etc/passwd")


@pytest.mark.parametrize(("answer", "error"), [
    (_json(401, {"error": "token_refused", "detail": "The token was revoked."}),
     remote.TokenRefused),
    (_json(403, {"error": "disabled", "detail": "This account is disabled."}),
     remote.TokenRefused),
    (_json(403, {"error": "forbidden", "detail": "Only editors may."}), remote.ChangeRefused),
    (_json(422, {"error": "invalid_request", "detail": "changes: too many"}),
     remote.ChangeRefused),
    (_json(503, {"error": "store_unavailable", "detail": "busy"}), remote.Unreachable),
    ((502, {"Content-Type": "text/html"}, b"<html>Bad gateway</html>"), remote.Unreachable),
    ((200, {"Content-Type": "text/html"}, b"<html>captive portal</html>"), remote.Unreachable),
    (_json(200, {"results": []}), remote.Unreachable),  # one change sent, no result
])
def test_each_answer_becomes_the_error_a_person_can_act_on(scripted, answer, error):
    url, answers = scripted
    answers["/sync/push"] = answer
    t = HttpTransport(Connection(url, "an", "tok"))
    with pytest.raises(error) as exc:
        t.push({"changes": [{"change_id": "x"}]})
    if answer[0] in (401, 403, 422):
        assert str(exc.value) == json.loads(answer[2])["detail"]


def test_a_redirect_is_not_followed_with_the_token(scripted):
    url, answers = scripted
    answers["/sync/pull"] = (307, {"Location": f"{url}/elsewhere"}, b"")
    with pytest.raises(remote.Unreachable) as exc:
        HttpTransport(Connection(url, "an", "tok")).pull(0, 10)
    assert "/elsewhere" in str(exc.value)
    assert [p for p, _ in Scripted.seen] == ["/sync/pull?after=0&limit=10"]


def test_sign_in_keeps_the_server_s_spelling_of_the_login(scripted):
    url, answers = scripted
    answers["/auth/login"] = _json(200, {"token": "t0k", "token_id": "1",
                                         "expires_at": "2030-01-01T00:00:00+00:00",
                                         "person": {"login": "an", "id": "p"}})
    conn = remote.sign_in(url + "/", " An ", "pw", "laptop")
    assert conn == Connection(url, "an", "t0k")
    assert "t0k" not in repr(conn)
    answers["/auth/login"] = _json(429, {"error": "throttled", "detail": "Wait."},
                                   **{"Retry-After": "30"})
    with pytest.raises(remote.ChangeRefused) as exc:
        remote.sign_in(url, "an", "pw", "laptop")
    assert exc.value.retry_after == 30


@pytest.mark.parametrize("bad", ["ftp://x", "newsroom", "http://", "http://h/?q=1",
                                 "http://u:p@h", "http://h:99999"])
def test_only_a_server_address_is_accepted(bad):
    with pytest.raises(ValueError, match="not a newsroom server address"):
        remote.normalise_url(bad)
    assert remote.normalise_url(" https://tin.example/api/ ") == "https://tin.example/api"


@pytest.fixture
def paths(tmp_path, monkeypatch):
    monkeypatch.delenv(credentials.ENV_KEYRING, raising=False)
    return resolve(tmp_path / "data")


class FakeKeyring:
    def __init__(self, priority: float) -> None:
        self.priority = priority
        self.secrets: dict[tuple[str, str], str] = {}

    def module(self) -> types.ModuleType:
        m = types.ModuleType("keyring")
        m.get_keyring = lambda: self  # type: ignore[attr-defined]
        m.get_password = lambda s, u: self.secrets.get((s, u))  # type: ignore[attr-defined]
        m.set_password = lambda s, u, p: self.secrets.__setitem__((s, u), p)  # type: ignore[attr-defined]
        m.delete_password = lambda s, u: self.secrets.pop((s, u))  # type: ignore[attr-defined]
        return m


def test_the_token_goes_to_the_keyring_when_one_works(paths, monkeypatch):
    ring = FakeKeyring(priority=5)
    monkeypatch.setitem(sys.modules, "keyring", ring.module())
    credentials.set_server_url(paths, "http://127.0.0.1:8470/")
    conn = Connection("http://127.0.0.1:8470", "an", "s3cret")
    assert credentials.save(paths, conn) == "keyring"
    assert not credentials.token_path(paths).exists()
    assert list(ring.secrets.values()) == ["s3cret"]
    assert "s3cret" not in (paths.data_dir / credentials.CONFIG_FILE).read_text()
    assert credentials.load(paths) == conn
    credentials.forget(paths)
    assert ring.secrets == {}
    assert credentials.load(paths) is None
    assert credentials.server_url(paths) == "http://127.0.0.1:8470"


@pytest.mark.parametrize("why", ["no backend", "turned off"])
def test_without_a_working_keyring_the_token_is_a_private_file(paths, monkeypatch, why):
    ring = FakeKeyring(priority=0 if why == "no backend" else 5)
    monkeypatch.setitem(sys.modules, "keyring", ring.module())
    if why == "turned off":
        monkeypatch.setenv(credentials.ENV_KEYRING, "0")
    credentials.set_server_url(paths, "https://tin.example")
    conn = Connection("https://tin.example", "an", "s3cret")
    assert credentials.save(paths, conn) == "file"
    assert ring.secrets == {}
    assert stat.S_IMODE(credentials.token_path(paths).stat().st_mode) == 0o600
    assert credentials.load(paths) == conn


def test_another_server_ends_the_sign_in(paths):
    credentials.set_server_url(paths, "https://a.example")
    credentials.save(paths, Connection("https://a.example", "an", "tok"))
    credentials.set_server_url(paths, "https://a.example/")  # the same: still signed in
    assert credentials.signed_in_login(paths) == "an"
    credentials.set_server_url(paths, "https://b.example")
    assert credentials.signed_in_login(paths) is None
    assert credentials.load(paths) is None
    assert not credentials.token_path(paths).exists()
