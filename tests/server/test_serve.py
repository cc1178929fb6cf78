"""`editor-app serve` as an operator sees it: the ready line, SIGTERM, a missing extra."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import pytest
from sqlalchemy import text

from tests.server.conftest import PASSWORD, start_site, stop_site


def _connect(url: str) -> socket.socket:
    host, port = url.removeprefix("http://").split(":")
    return socket.create_connection((host, int(port)), timeout=300)


def test_sigterm_lets_the_request_in_flight_finish_then_exits_0(tmp_path):
    site = start_site(tmp_path / "data")
    try:
        body = json.dumps({"login": "an", "password": PASSWORD, "device": "in flight"}).encode()
        head = (f"POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n\r\n").encode()
        slow = _connect(site.server.url)
        slow.sendall(head + body[:10])  # the request has begun; its body is still coming
        # Loopback delivers at send(): once another connection's answer is back, the
        # server has read the first one's headers and started handling it.
        assert site.http.get("/health").status_code == 200

        site.server.proc.terminate()  # SIGTERM
        assert site.server.wait_stderr("Waiting for connections to close"), site.server.stderr()
        assert site.server.proc.poll() is None
        with pytest.raises(ConnectionRefusedError):
            _connect(site.server.url).close()  # no new connections while stopping

        slow.sendall(body[10:])
        answer = b""
        while chunk := slow.recv(65536):
            answer += chunk
        slow.close()
        status_line, _, rest = answer.partition(b"\r\n")
        assert status_line == b"HTTP/1.1 200 OK"
        token = json.loads(rest.partition(b"\r\n\r\n")[2])["token"]
        assert len(token) == 43
        assert site.server.proc.wait(timeout=300) == 0
        assert site.server.stdout_lines == [f"listening on {site.server.url}"]
        with site.room.engine.connect() as conn:
            devices = conn.execute(text("SELECT device FROM api_tokens")).scalars().all()
        assert devices == ["in flight"]  # the request finished: its token was stored
    finally:
        stop_site(site)


def _without(module: str, *argv: str) -> subprocess.CompletedProcess[str]:
    """editor-app with *module* missing, as on a reporter's lean install."""
    code = (f"import sys; sys.modules[{module!r}] = None; sys.argv = ['editor-app', *{argv!r}]; "
            "from editor_app.__main__ import run; run()")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300, check=False)


@pytest.mark.parametrize("module", ["fastapi", "uvicorn"])
def test_serve_without_the_server_extra_says_what_to_install(module, tmp_path):
    done = _without(module, "--lang", "en", "--data-dir", str(tmp_path), "serve")
    assert done.returncode == 2
    assert "pip install 'editor-app[server]'" in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_a_postgresql_store_without_psycopg_says_what_to_install(tmp_path):
    done = _without("psycopg", "--lang", "en", "--data-dir", str(tmp_path), "serve",
                    "--database", "postgresql://nobody@127.0.0.1:1/newsroom")
    assert done.returncode == 1
    assert "psycopg" in done.stderr
    assert "pip install 'editor-app[server]'" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_cli_lists_and_revokes_tokens(sqlite_site, tmp_path):
    site = sqlite_site
    token = site.sign_in("dung", "máy tính bảng")
    data = str(site.room.paths.data_dir)
    listed = subprocess.run([sys.executable, "-m", "editor_app", "--data-dir", data, "token",
                             "list", "dung", "--json"], capture_output=True, text=True,
                            timeout=300, check=True)
    tokens = json.loads(listed.stdout)
    mine = [t for t in tokens if t["device"] == "máy tính bảng"]
    assert len(mine) == 1
    assert mine[0]["live"] is True
    assert token not in listed.stdout
    revoked = subprocess.run([sys.executable, "-m", "editor_app", "--data-dir", data, "token",
                              "revoke", mine[0]["id"]], capture_output=True, text=True,
                             timeout=300, check=False)
    assert revoked.returncode == 0, revoked.stderr
    assert site.http.get("/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    unknown = subprocess.run([sys.executable, "-m", "editor_app", "--data-dir", data, "token",
                              "revoke", "no-such-token"], capture_output=True, text=True,
                             timeout=300, check=False)
    assert unknown.returncode == 4


def test_a_port_already_taken_is_one_error_line_and_exit_1(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "editor_app", "--data-dir", str(tmp_path),
                               "serve", "--port", str(port)], capture_output=True, text=True,
                              timeout=300, check=False)
    assert done.returncode == 1
    assert done.stdout == ""  # never "listening on": nothing listens
    assert "address already in use" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_lost_database_is_503_not_a_crash(tmp_path, pg_server):
    from tests import pg

    db = pg.TestDatabase(pg_server)
    site = start_site(tmp_path / "data", db.url)
    try:
        token = site.sign_in("an")
        db.drop()  # the database goes away under the running server
        health = site.http.get("/health")
        assert health.status_code == 503
        r = site.http.get("/articles", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 503
        assert r.json()["error"] == "store_unavailable"
        assert int(r.headers["retry-after"]) > 0
        assert "Traceback" not in r.text
    finally:
        site.http.close()
        assert site.server.stop() == 0
        site.room.close()
