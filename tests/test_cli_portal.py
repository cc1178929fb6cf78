"""`editor-app portal show|set` as a person runs it, and `article render` using what was set."""

import json

import pytest

from tests.faults.conftest import run_cli
from tests.images import png


@pytest.fixture
def cli(tmp_path):
    data = tmp_path / "cli-data"

    def run(*args, check_rc=None):
        proc = run_cli(data, *args)
        if check_rc is not None:
            assert proc.returncode == check_rc, (proc.stdout, proc.stderr)
        return proc

    cli_setup = [("user", "add", "an", "--name", "Nguyễn Văn An", "--role", "reporter"),
                 ("user", "add", "hoa", "--name", "Phạm Thu Hòa", "--role", "staff"),
                 ("category", "add", "Thời sự")]
    for args in cli_setup:
        run(*args, check_rc=0)
    return run


def test_a_fresh_store_shows_the_placeholder_and_says_how_to_set_it(cli):
    out = cli("portal", "show", check_rc=0).stdout
    assert "News portal (name not set)" not in out  # the page's name is in the portal's language
    assert "Cổng thông tin (chưa đặt tên)" in out
    assert "portal set --name" in out
    shown = json.loads(cli("portal", "show", "--json", check_rc=0).stdout)
    assert shown["configured"] is False
    assert shown["name"] == ""


def test_set_then_show_and_render_use_it(cli, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(png(24, 12))
    cli("portal", "set", "--name", "Cổng Thông tin điện tử xã Tân Lập", "--agency",
        "UBND xã Tân Lập", "--base-url", "https://tanlap.example.vn", "--logo", str(logo),
        "--section", "Thời sự=/thoi-su", check_rc=0)
    shown = json.loads(cli("portal", "show", "--json", check_rc=0).stdout)
    assert shown["name"] == "Cổng Thông tin điện tử xã Tân Lập"
    assert shown["agency"] == "UBND xã Tân Lập"
    assert shown["base_url"] == "https://tanlap.example.vn"
    assert shown["sections"] == {"Thời sự": "/thoi-su"}
    assert (shown["logo"]["width"], shown["logo"]["height"]) == (24, 12)
    aid = cli("article", "new", "--as", "an", "--title", "Tin xã", "--category", "Thời sự",
              check_rc=0).stdout.strip()
    out = tmp_path / "page" / "tin.html"
    printed = cli("article", "render", aid, "--out", str(out), check_rc=0).stdout.split()
    html = out.read_text("utf-8")
    assert "Cổng Thông tin điện tử xã Tân Lập" in html
    assert "UBND xã Tân Lập" in html
    assert 'href="https://tanlap.example.vn/"' in html
    assert "Sơn Hà" not in html
    logo_file = out.parent / "media" / f"{shown['logo']['sha256']}.png"
    assert str(logo_file) in printed
    assert logo_file.read_bytes() == png(24, 12)


def test_a_section_is_changed_alone_and_bad_input_is_one_line(cli):
    cli("portal", "set", "--name", "Cổng A", "--section", "Thời sự=/thoi-su", check_rc=0)
    cli("portal", "set", "--agency", "UBND", check_rc=0)
    shown = json.loads(cli("portal", "show", "--json", check_rc=0).stdout)
    assert (shown["name"], shown["agency"], shown["sections"]) == \
        ("Cổng A", "UBND", {"Thời sự": "/thoi-su"})
    bad = cli("portal", "set", "--base-url", "portal.example.vn")
    assert bad.returncode == 5
    assert len(bad.stderr.strip().splitlines()) == 1
    assert "https://" in bad.stderr
    missing = cli("portal", "set", "--section", "Không có=/x")
    assert missing.returncode == 5
    assert "Không có" in missing.stderr


def test_only_an_admin_may_set_it_with_as(cli):
    refused = cli("portal", "set", "--name", "Cổng B", "--as", "hoa")
    assert refused.returncode == 3
    shown = json.loads(cli("portal", "show", "--json", check_rc=0).stdout)
    assert shown["configured"] is False


def test_the_demo_keeps_its_fictional_province(cli):
    cli("demo", check_rc=0)
    shown = json.loads(cli("portal", "show", "--json", check_rc=0).stdout)
    assert shown["name"] == "Cổng Thông tin điện tử tỉnh Sơn Hà"
    assert shown["base_url"].endswith(".example")
