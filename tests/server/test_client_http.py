"""Desktops and the real server over HTTP: `remote set`, `login`, `sync`, `logout`.

Each desktop is its own data folder (a copy of the empty store) driven through the
command line as a person would; the server is the real child process. The desks are
those of tests/server/desks.py.
"""

from __future__ import annotations

import contextlib
import io
import json
import stat
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from editor_app.__main__ import main
from editor_app.store.models import ArticleRow
from tests.server.conftest import PASSWORD, start_site, stop_site
from tests.server.desks import free_port
from tests.server.process import ServerProcess

if TYPE_CHECKING:
    from tests.server.desks import Desk


def _new(d: Desk, title: str, *argv: str) -> str:
    code, out, err = d.run("article", "new", "--title", title, "--category", "Thời sự", *argv)
    assert code == 0, err
    return out.strip()


def test_a_reporter_s_draft_reaches_the_editor_s_desktop_through_the_server(site, desk):
    an, thanh = desk("an"), desk("thanh")
    an.connect(site.server.url, "an")
    thanh.connect(site.server.url, "thanh")
    # Before the first sync the desktop does not know its own person yet: it says what to do.
    code, _, err = an.run("article", "new", "--title", "Sớm", "--category", "Thời sự")
    assert code == 4
    assert "editor-app sync" in err
    assert an.sync()[0] == 0
    # Signed in: no --as needed, the article is An's.
    article_id = _new(an, "Mưa lớn ở Huế")
    code, out, _ = an.sync()
    assert code == 0
    assert out.startswith("sent 1, accepted 1,")
    assert site.room.services.drafting.get(article_id).title == "Mưa lớn ở Huế"
    assert site.room.services.drafting.get(article_id).author_id == site.people["an"].id
    code, out, _ = thanh.sync()
    assert code == 0
    code, out, _ = thanh.run("article", "list")
    assert article_id in out
    assert "Mưa lớn ở Huế" in out
    # The reporter submits; the editor sees it waiting for review.
    code, _, err = an.run("submit", article_id)
    assert code == 0, err
    assert an.sync()[0] == 0
    assert thanh.sync()[0] == 0
    code, out, _ = thanh.run("article", "show", article_id, "--json")
    assert json.loads(out)["status"] == "submitted"


def test_sync_json_says_what_was_sent_received_and_rejected(sqlite_site, desk):
    an = desk("an")
    an.connect(sqlite_site.server.url, "an")
    an.sync()
    _new(an, "Tin JSON")
    code, out, _ = an.sync("--json")
    assert code == 0
    report = json.loads(out)
    assert set(report) == {"sent", "accepted", "received", "merged", "conflicts", "rejected",
                           "uncategorised", "waiting", "clean"}
    assert report["sent"] == 1
    assert report["accepted"] == 1
    assert report["received"] >= 1
    assert report["merged"] == []
    assert report["conflicts"] == []
    assert report["rejected"] == []
    assert report["uncategorised"] == []
    assert report["waiting"] == 0
    assert report["clean"] is True


def test_a_wrong_password_is_refused_with_exit_3_and_nothing_kept(sqlite_site, desk):
    d = desk("d")
    assert d.run("remote", "set", sqlite_site.server.url)[0] == 0
    code, _, err = d.run("login", "dung", "--password-stdin", stdin="sai-mat-khau\n")
    assert code == 3
    assert err.startswith("editor-app: ")
    code, out, _ = d.run("remote", "show", "--json")
    assert json.loads(out)["login"] is None
    assert not (d.data / "server-token").exists()
    code, _, err = d.sync()
    assert code == 3
    assert "editor-app login" in err


def test_the_token_is_kept_in_a_file_only_its_owner_can_read(sqlite_site, desk):
    an = desk("an")
    an.connect(sqlite_site.server.url, "an")
    token_file = an.data / "server-token"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    code, out, _ = an.run("remote", "show", "--json")
    shown = json.loads(out)
    assert shown["url"] == sqlite_site.server.url
    assert shown["login"] == "an"
    assert shown["token_in"] == "file"
    assert token_file.read_text().strip() not in (an.data / "server.json").read_text()
    code, out, _ = an.run("logout")
    assert code == 0
    assert "signed out" in out
    assert not token_file.exists()
    # Signed out: commands need --as again, as before any sign-in.
    code, _, err = an.run("article", "new", "--title", "Ai viết?", "--category", "Thời sự")
    assert code == 2
    assert "--as" in err


def test_another_person_than_the_one_signed_in_is_refused_with_exit_3(sqlite_site, desk):
    an = desk("an")
    an.connect(sqlite_site.server.url, "an")
    assert an.sync()[0] == 0
    code, _, err = an.run("article", "new", "--title", "Giả danh", "--category", "Thời sự",
                          "--as", "thanh")
    assert code == 3
    assert "an is signed in" in err
    # Naming oneself is fine.
    _new(an, "Chính chủ", "--as", "an")


def test_a_revoked_token_stops_sync_with_exit_3(site, desk):
    hoa = desk("hoa")
    hoa.connect(site.server.url, "hoa")
    assert hoa.sync()[0] == 0
    server_store = ["--lang", "en", "--database", site.room.paths.database_url]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([*server_store, "token", "list", "hoa", "--json"]) == 0
    live = [t for t in json.loads(out.getvalue()) if t["live"] and t["device"] == "test"]
    for t in live:
        assert main([*server_store, "token", "revoke", t["id"]]) == 0
    code, _, err = hoa.sync()
    assert code == 3
    assert "sign in again" in err


def test_server_down_keeps_the_change_and_the_next_sync_delivers_it_once(
        tmp_path_factory, desk):
    port = free_port()
    data = tmp_path_factory.mktemp("downserver")
    site = start_site(data, None, "--port", str(port))
    try:
        an = desk("an")
        an.connect(site.server.url, "an")
        assert an.sync()[0] == 0
        article_id = _new(an, "Viết khi mất mạng")
        site.server.kill()
        code, out, err = an.sync()
        assert code == 6
        assert "1 change(s) wait" in err
        assert an.pending() == 1
        code, out, _ = an.sync("--json")
        assert code == 6
        assert json.loads(out) == {
            "error": "unreachable", "detail": json.loads(out)["detail"], "waiting": 1}
        site.server = ServerProcess(data, "--port", str(port))
        code, out, err = an.sync()
        assert code == 0, err
        assert out.startswith("sent 1, accepted 1,")
        assert an.pending() == 0
        with site.room.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(ArticleRow)
                                .where(ArticleRow.id == article_id)).scalar_one() == 1
        code, out, _ = an.sync()
        assert code == 0
        assert out.startswith("sent 0,")
    finally:
        stop_site(site)


def test_a_server_that_never_answered_is_exit_6(desk):
    d = desk("d")
    url = f"http://127.0.0.1:{free_port()}"
    assert d.run("remote", "set", url)[0] == 0
    code, _, err = d.run("login", "an", "--password-stdin", stdin=PASSWORD + "\n")
    assert code == 6
    assert "cannot reach the server" in err


def test_overlapping_edits_are_listed_as_a_conflict_with_exit_5(sqlite_site, desk, tmp_path):
    an, thanh = desk("an"), desk("thanh")
    an.connect(sqlite_site.server.url, "an")
    thanh.connect(sqlite_site.server.url, "thanh")
    assert an.sync()[0] == 0
    body = tmp_path / "body.md"
    body.write_text("Sáng nay mưa lớn gây ngập.\n\nLực lượng cứu hộ có mặt.\n", encoding="utf-8")
    article_id = _new(an, "Mưa lớn", "--body-file", str(body))
    assert an.sync()[0] == 0
    assert thanh.sync()[0] == 0
    mine, theirs = tmp_path / "mine.md", tmp_path / "theirs.md"
    mine.write_text(body.read_text("utf-8").replace("lớn", "rất lớn"), encoding="utf-8")
    theirs.write_text(body.read_text("utf-8").replace("lớn", "to"), encoding="utf-8")
    assert an.run("article", "edit", article_id, "--body-file", str(mine))[0] == 0
    assert thanh.run("article", "edit", article_id, "--body-file", str(theirs))[0] == 0
    assert an.sync()[0] == 0
    code, out, _ = thanh.sync()
    assert code == 5
    assert "conflicts 1" in out.splitlines()[0]
    assert f"in conflict: article {article_id}" in out
    assert f"editor-app article resolve {article_id}" in out


def test_an_approval_of_a_stale_revision_is_rejected_with_its_reason_and_exit_5(
        sqlite_site, desk, tmp_path):
    an, thanh, lan = desk("an"), desk("thanh"), desk("lan")
    for d, login in ((an, "an"), (thanh, "thanh"), (lan, "lan")):
        d.connect(sqlite_site.server.url, login)
        assert d.sync()[0] == 0
    article_id = _new(an, "Bão số 3")
    assert an.run("submit", article_id)[0] == 0
    assert an.sync()[0] == 0
    assert thanh.sync()[0] == 0
    assert thanh.run("review", article_id)[0] == 0
    assert thanh.sync()[0] == 0
    assert lan.sync()[0] == 0
    # Lan corrects the title while Thành, offline, approves the version he read.
    assert lan.run("article", "edit", article_id, "--title", "Bão số 3 đổ bộ")[0] == 0
    assert lan.sync()[0] == 0
    assert thanh.run("approve", article_id)[0] == 0
    code, out, _ = thanh.sync("--json")
    assert code == 5
    report = json.loads(out)
    assert [(r["article_id"], r["kind"]) for r in report["rejected"]] == [(article_id, "action")]
    assert report["rejected"][0]["reason"]
    assert report["clean"] is False
    assert sqlite_site.room.services.drafting.get(article_id).status.value == "in_review"


def test_a_person_disabled_on_the_server_must_sign_in_again(sqlite_site, desk):
    khoa = desk("khoa")
    khoa.connect(sqlite_site.server.url, "khoa")
    assert khoa.sync()[0] == 0
    server_store = ["--lang", "en", "--database", sqlite_site.room.paths.database_url]
    with contextlib.redirect_stdout(io.StringIO()):
        assert main([*server_store, "user", "disable", "khoa"]) == 0
    try:
        code, _, err = khoa.sync()
        assert code == 3
        assert "sign in again" in err
        code, _, _ = khoa.run("login", "khoa", "--password-stdin", stdin=PASSWORD + "\n")
        assert code == 3
    finally:
        with contextlib.redirect_stdout(io.StringIO()):
            main([*server_store, "user", "enable", "khoa"])


def test_a_desktop_with_its_own_an_syncs_and_an_becomes_the_newsroom_s_an(sqlite_site, desk):
    """A desktop set up alone (its own "an", with a password typed there) connects with
    the CLI: the first sync works, the drafts are the newsroom An's, and An signs in
    on this desktop with the password it knew."""
    from editor_app.app import open_newsroom
    from editor_app.domain.entities import ArticleFields
    from editor_app.paths import resolve

    an = desk("an")
    room = open_newsroom(resolve(an.data))
    local = room.services.people.add("an", "An ở nhà", "editor", password="mật khẩu ở nhà 1")
    drafts = [room.services.drafting.create(local, ArticleFields(
        title=f"Viết ở nhà {i}", body=f"Bản nháp {i}.\n")).id for i in (1, 2)]
    room.close()
    server_an = sqlite_site.people["an"]
    assert local.id != server_an.id
    an.connect(sqlite_site.server.url, "an")
    code, out, err = an.sync("--json")
    assert code == 0, err
    report = json.loads(out)
    assert (report["sent"], report["accepted"], report["clean"]) == (2, 2, True)
    for article_id in drafts:
        assert sqlite_site.room.services.drafting.get(article_id).author_id == server_an.id
    room = open_newsroom(resolve(an.data))
    try:
        me = room.services.auth.authenticate("an", "mật khẩu ở nhà 1")
        assert (me.id, me.role.value) == (server_an.id, "reporter")
        assert room.backup.check() == []
    finally:
        room.close()
    code, out, _ = an.run("article", "list")
    assert code == 0
    assert "Viết ở nhà 1" in out
    assert an.sync()[0] == 0
