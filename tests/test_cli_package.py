"""The CLI package: command groups wired by set_defaults, no GUI behind it, and times
on the newsroom's clock (UTC+7) as the window shows them."""

import argparse
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from editor_app import __main__ as entry
from editor_app import cli
from editor_app.app import open_newsroom, report_damage
from editor_app.cli.common import local


def test_importing_the_cli_loads_neither_qt_nor_the_app():
    code = ("import sys, editor_app.cli as c; c.build_parser(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6' "
            "or m in ('editor_app.app', 'editor_app.gui') or m.startswith('editor_app.gui.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    assert out.strip() == "[]"


def _leaves(parser: argparse.ArgumentParser, path=()):
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
    for action in subs:
        for name, child in action.choices.items():
            yield from _leaves(child, (*path, name))


def test_every_command_has_something_to_run():
    leaves = dict(_leaves(cli.build_parser()))
    assert {("user", "add"), ("target", "test"), ("about",), ("search",)} <= set(leaves)
    assert [" ".join(p) for p, sp in leaves.items() if not callable(sp.get_default("func"))] == []


def test_no_command_starts_the_window_with_the_options_parsed_once(monkeypatch, tmp_path):
    import editor_app.app

    started = []
    monkeypatch.setattr(editor_app.app, "run_gui",
                        lambda paths, lang: started.append((paths.data_dir, lang)) or 7)
    assert entry.main(["--data-dir", str(tmp_path / "d"), "--lang", "en"]) == 7
    assert started == [(tmp_path / "d", "en")]
    assert entry.main(["--data-dir", str(tmp_path / "d"), "category", "list"]) == 0
    assert len(started) == 1  # a command never starts the window


def test_the_newsrooms_clock_is_utc_plus_7():
    assert f"{local(datetime(2026, 11, 26, 20, 30, tzinfo=UTC)):%Y-%m-%d %H:%M}" == \
        "2026-11-27 03:30"


@pytest.fixture
def run(tmp_path, capsys):
    store = cli.Store(open=open_newsroom, damage=report_damage)

    def run(*argv):
        capsys.readouterr()
        code = cli.run(cli.parse(["--data-dir", str(tmp_path / "data"), *argv]), store)
        out = capsys.readouterr()
        assert code == 0, out.err
        return out.out

    return run


def test_list_and_history_show_times_as_the_window_does(run):
    run("user", "add", "an", "--name", "Nguyễn Văn An", "--role", "reporter")
    run("category", "add", "Thời sự")
    aid = run("article", "new", "--as", "an", "--title", "Tin", "--category", "Thời sự").strip()
    updated = datetime.fromisoformat(json.loads(run("article", "list", "--json"))[0]["updated_at"])
    vietnam = updated.astimezone(UTC) + timedelta(hours=7)
    line = run("article", "list").splitlines()[0]
    assert f"{vietnam:%Y-%m-%d %H:%M}" in line
    assert f"{updated.astimezone(UTC):%Y-%m-%d %H:%M}" not in line

    at = datetime.fromisoformat(json.loads(run("article", "history", aid, "--json"))[0]["at"])
    shown = run("article", "history", aid).splitlines()[0]
    assert shown.startswith(f"{at.astimezone(UTC) + timedelta(hours=7):%Y-%m-%d %H:%M:%S}  ")
