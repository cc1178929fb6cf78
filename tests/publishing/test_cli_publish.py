"""`editor-app target …` and `editor-app publish` as a person runs them, on a real WordPress."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.publishing.wordpress_site import free_port


def _cli(data, *args, stdin: str | None = None, rc: int | None = 0):
    env = {**os.environ, "EDITOR_APP_NO_KEYRING": "1"}
    proc = subprocess.run([sys.executable, "-m", "editor_app", "--data-dir", str(data),
                           "--lang", "en", *args], input=stdin, capture_output=True,
                          text=True, timeout=120, env=env)
    if rc is not None:
        assert proc.returncode == rc, (proc.stdout, proc.stderr)
    return proc


def _approved(data) -> str:
    for login, name, role in (("an", "Nguyễn Văn An", "reporter"),
                              ("thanh", "Đỗ Văn Thành", "editor"),
                              ("hoa", "Phạm Thu Hòa", "staff")):
        _cli(data, "user", "add", login, "--name", name, "--role", role)
    _cli(data, "category", "add", "Văn hóa")
    aid = _cli(data, "article", "new", "--as", "an", "--title", "Đêm nhạc dân tộc",
               "--category", "Văn hóa", "--summary", "Khán giả kín sân").stdout.strip()
    _cli(data, "submit", aid, "--as", "an")
    _cli(data, "review", aid, "--as", "thanh")
    _cli(data, "approve", aid, "--as", "thanh")
    return aid


def test_target_add_list_and_publish_twice(tmp_path, wordpress):
    data = tmp_path / "cli-data"
    aid = _approved(data)
    add = _cli(data, "target", "add", "wordpress", "portal", "--url", wordpress.url,
               "--user", wordpress.user, "--password-stdin", "--as", "hoa",
               stdin=wordpress.password + "\n")
    assert "password kept in" in add.stderr
    assert wordpress.password not in add.stdout + add.stderr
    listed = _cli(data, "target", "list").stdout
    assert f"portal           wordpress  {wordpress.url}  as {wordpress.user}" in listed
    assert wordpress.password not in listed

    url = _cli(data, "publish", aid, "--as", "hoa").stdout.strip()
    again = _cli(data, "publish", aid, "--as", "hoa").stdout.strip()

    assert url.startswith(wordpress.url)
    assert again == url
    shown = _cli(data, "article", "show", aid, "--json").stdout
    assert '"status": "exported"' in shown


def test_publish_refusals_have_their_exit_codes(tmp_path):
    data = tmp_path / "cli-data"
    aid = _approved(data)
    _cli(data, "target", "add", "wordpress", "down", "--url",
         f"http://127.0.0.1:{free_port()}", "--user", "admin", "--password-stdin",
         "--as", "hoa", stdin="pw\n")

    refused = _cli(data, "publish", aid, "--as", "an", rc=3)  # a reporter
    down = _cli(data, "publish", aid, "--as", "hoa", rc=1)

    assert refused.stderr.count("\n") == 1
    assert down.stderr.startswith("editor-app: down: cannot reach http://127.0.0.1:")
    assert down.stderr.count("\n") == 1
    assert '"status": "approved"' in _cli(data, "article", "show", aid, "--json").stdout
