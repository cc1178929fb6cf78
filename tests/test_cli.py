"""The command line as a person uses it: a real process, its output and exit code."""

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest


@pytest.fixture
def cli(tmp_path):
    data = tmp_path / "cli-data"

    def run(*args, check_rc=None):
        proc = subprocess.run(
            [sys.executable, "-m", "editor_app", "--data-dir", str(data), "--lang", "en", *args],
            capture_output=True, text=True, timeout=120,
        )
        if check_rc is not None:
            assert proc.returncode == check_rc, (proc.stdout, proc.stderr)
        return proc

    return run


@pytest.fixture
def newsroom(cli):
    cli("user", "add", "an", "--name", "Nguyễn Văn An", "--role", "reporter", check_rc=0)
    cli("user", "add", "thanh", "--name", "Đỗ Văn Thành", "--role", "editor", check_rc=0)
    cli("category", "add", "Thời sự", check_rc=0)
    cli("category", "add", "Trong tỉnh", "--parent", "Thời sự", check_rc=0)
    return cli


def test_article_new_prints_only_the_id_and_show_json_has_the_fields(newsroom, tmp_path):
    body = tmp_path / "body.md"
    body.write_text(unicodedata.normalize("NFD", "## Mở đầu\n\nNội dung bài viết.\n"), "utf-8")
    out = newsroom("article", "new", "--as", "an", "--title", "Đà Nẵng đón khách",
                   "--category", "Trong tỉnh", "--summary", "Sapo", "--body-file", str(body),
                   check_rc=0).stdout
    art_id = out.strip()
    assert len(out.splitlines()) == 1
    assert len(art_id) == 36
    shown = json.loads(newsroom("article", "show", art_id, "--json", check_rc=0).stdout)
    for key in ("id", "title", "subtitle", "summary", "body", "slug", "status", "category",
                "authors", "byline", "department", "version", "created_at", "updated_at"):
        assert key in shown
    assert shown["slug"] == "da-nang-don-khach"
    assert shown["category"] == "Trong tỉnh"
    assert shown["authors"] == ["Nguyễn Văn An"]
    assert shown["body"] == "## Mở đầu\n\nNội dung bài viết.\n"  # NFC on disk
    assert shown["status"] == "draft"


def test_import_reads_the_header_and_falls_back_to_the_heading(newsroom, tmp_path):
    with_header = tmp_path / "a.md"
    with_header.write_text(
        "---\ntitle: Lễ hội mùa thu\nsummary: Du khách đông\ncategory: Trong tỉnh\n"
        "tags: du lịch, lễ hội\nbyline: Hoàng Khoa\nsource: Báo tỉnh\ndateline: Sơn Hà\n---\n"
        "Thân bài.\n", "utf-8")
    aid = newsroom("article", "import", str(with_header), "--as", "an", check_rc=0).stdout.strip()
    art = json.loads(newsroom("article", "show", aid, "--json", check_rc=0).stdout)
    assert (art["title"], art["summary"], art["byline"], art["source"], art["dateline"]) == (
        "Lễ hội mùa thu", "Du khách đông", "Hoàng Khoa", "Báo tỉnh", "Sơn Hà")
    assert art["tags"] == ["du lịch", "lễ hội"]
    assert art["body"] == "Thân bài.\n"

    heading = tmp_path / "b.txt"
    heading.write_text("# Tít từ tiêu đề\n\nĐoạn một.\n", "utf-8")
    bid = newsroom("article", "import", str(heading), "--as", "an", "--category", "Thời sự",
                   check_rc=0).stdout.strip()
    art = json.loads(newsroom("article", "show", bid, "--json", check_rc=0).stdout)
    assert art["title"] == "Tít từ tiêu đề"
    assert art["body"] == "Đoạn một.\n"


def test_workflow_and_exit_codes(newsroom):
    aid = newsroom("article", "new", "--as", "an", "--title", "Tin", "--category", "Thời sự",
                   check_rc=0).stdout.strip()
    # 3: not permitted — a reporter cannot review.
    p = newsroom("review", aid, "--as", "an")
    assert p.returncode == 3
    assert p.stderr.count("\n") == 1
    assert "may not" in p.stderr
    assert "Traceback" not in p.stderr
    # 5: invalid state — nothing to review yet.
    p = newsroom("review", aid, "--as", "thanh")
    assert p.returncode == 5
    assert "draft" in p.stderr
    newsroom("submit", aid, "--as", "an", check_rc=0)
    newsroom("review", aid, "--as", "thanh", check_rc=0)
    # 2: usage — return needs a reason.
    assert newsroom("return", aid, "--as", "thanh").returncode == 2
    assert newsroom("return", aid, "--as", "thanh", "--note", "  ").returncode == 5
    newsroom("return", aid, "--as", "thanh", "--note", "Thiếu nguồn", check_rc=0)
    newsroom("comment", aid, "--as", "an", "Đã bổ sung", check_rc=0)
    hist = json.loads(newsroom("article", "history", aid, "--json", check_rc=0).stdout)
    assert any("Thiếu nguồn" in h["text"] for h in hist)
    # 4: not found.
    p = newsroom("article", "show", "no-such-id")
    assert p.returncode == 4
    assert "not found" in p.stderr
    assert newsroom("submit", aid, "--as", "nobody").returncode == 4


def test_search_json(newsroom):
    newsroom("article", "new", "--as", "an", "--title", "Đảng bộ tỉnh họp", "--category",
             "Thời sự", check_rc=0)
    hits = json.loads(newsroom("search", "dang", "--json", check_rc=0).stdout)
    assert [h["title"] for h in hits] == ["Đảng bộ tỉnh họp"]
    assert {"id", "title", "status", "snippet"} <= set(hits[0])


def test_lists_and_bad_input(newsroom, tmp_path):
    people = json.loads(newsroom("user", "list", "--json", check_rc=0).stdout)
    assert {p["login"] for p in people} == {"an", "thanh"}
    assert "Thời sự / Trong tỉnh" in newsroom("category", "list", check_rc=0).stdout
    assert newsroom("user", "add", "an", "--name", "X", "--role", "reporter").returncode == 5
    assert newsroom("user", "add", "x", "--name", "X", "--role", "boss").returncode == 2
    binary = tmp_path / "bin.md"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    p = newsroom("article", "import", str(binary), "--as", "an")
    assert p.returncode == 5
    assert "UTF-8" in p.stderr
    p = newsroom("article", "new", "--as", "an", "--title", "x" * 400, "--category", "Thời sự")
    assert p.returncode == 5
    assert "at most 300" in p.stderr


def test_demo_fills_a_living_newsroom(cli):
    out = cli("demo", check_rc=0).stdout
    assert "articles" in out
    statuses = {a["status"] for a in json.loads(cli("article", "list", "--json",
                                                     check_rc=0).stdout)}
    assert statuses == {"draft", "submitted", "in_review", "returned", "approved", "exported",
                        "withdrawn", "archived"}
    roles = {p["role"] for p in json.loads(cli("user", "list", "--json", check_rc=0).stdout)}
    assert roles == {"reporter", "editor", "staff", "admin"}
    assert cli("demo").returncode == 5  # only an empty store


def test_article_render_writes_a_standalone_page(newsroom, tmp_path):
    aid = newsroom("article", "new", "--as", "an", "--title", "Tin <b>đậm</b>", "--category",
                   "Thời sự", "--summary", "Sapo", check_rc=0).stdout.strip()
    out = tmp_path / "out" / "page.html"
    printed = newsroom("article", "render", aid, "--out", str(out), check_rc=0).stdout
    assert printed.strip() == str(out)
    page = out.read_text("utf-8")
    assert "Tin &lt;b&gt;đậm&lt;/b&gt;" in page
    # The CLI speaks English here (--lang en); the page speaks the portal's Vietnamese.
    assert "Tin cùng chuyên mục" in page
    assert "More in this section" not in page
    assert '<html lang="vi">' in page
    assert "<style>" in page  # CSS inlined: the file stands alone


def test_export_verify_and_bundle_import(newsroom, tmp_path):
    newsroom("user", "add", "hoa", "--name", "Phạm Thu Hòa", "--role", "staff", check_rc=0)
    newsroom("user", "add", "lan", "--name", "Vũ Ngọc Lan", "--role", "editor", check_rc=0)
    ids = []
    for title in ("Tin một", "Tin hai"):
        aid = newsroom("article", "new", "--as", "an", "--title", title, "--category",
                       "Thời sự", check_rc=0).stdout.strip()
        newsroom("submit", aid, "--as", "an", check_rc=0)
        newsroom("review", aid, "--as", "thanh", check_rc=0)
        newsroom("approve", aid, "--as", "thanh", check_rc=0)
        ids.append(aid)
    out = tmp_path / "bundles"
    refused = newsroom("export", "--all-approved", "--as", "an", "--out", str(out))
    assert refused.returncode == 3  # a role refusal
    paths = newsroom("export", "--all-approved", "--as", "hoa", "--out", str(out),
                     check_rc=0).stdout.split()
    assert sorted(p.rsplit("-", 1)[1] for p in paths) == sorted(f"{i[:8]}.zip" for i in ids)
    assert newsroom("export", "--as", "hoa", "--out", str(out)).returncode == 2
    ok = newsroom("verify", *paths, check_rc=0).stdout
    assert ok.count(": ok") == 2
    broken = tmp_path / "broken.zip"
    broken.write_bytes(Path(paths[0]).read_bytes()[:-40])
    p = newsroom("verify", paths[1], str(broken))
    assert p.returncode == 5
    assert "broken.zip: FAILED" in p.stdout
    # Importing into the same store: the article is already there at that revision.
    imported = newsroom("bundle-import", paths[0], "--as", "lan", check_rc=0).stdout.strip()
    assert imported in ids


def test_staff_reopen_a_published_article_for_a_correction(newsroom, tmp_path):
    newsroom("user", "add", "hoa", "--name", "Phạm Thu Hòa", "--role", "staff", check_rc=0)
    aid = newsroom("article", "new", "--as", "an", "--title", "Tin sai số", "--category",
                   "Thời sự", check_rc=0).stdout.strip()
    for step, who in (("submit", "an"), ("review", "thanh"), ("approve", "thanh")):
        newsroom(step, aid, "--as", who, check_rc=0)
    newsroom("export", aid, "--as", "hoa", "--out", str(tmp_path / "out"), check_rc=0)
    # A reason is required, only staff may, and the article goes back to review.
    assert newsroom("reopen", aid, "--as", "hoa").returncode == 2
    assert newsroom("reopen", aid, "--as", "thanh", "--note", "Sai số liệu").returncode == 3
    out = newsroom("reopen", aid, "--as", "hoa", "--note", "Sai số liệu", check_rc=0).stdout
    assert out.split() == [aid, "in_review"]
    history = newsroom("article", "history", aid, "--json", check_rc=0).stdout
    assert "Sai số liệu" in history
