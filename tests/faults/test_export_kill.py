"""SIGKILL during export: a record (and `exported` status) never claims a missing file.

Before: the record was committed before the rename, so a kill in between left an
article `exported` with a record naming a file that did not exist, only a hidden
`.part`; `export --all-approved` skipped it and `check` said ok.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.app import open_newsroom
from editor_app.paths import resolve
from tests.conftest import Cast
from tests.export.helpers import approved_article
from tests.faults.conftest import child_env, run_cli

EXPORTER = Path(__file__).with_name("exporter.py")


@pytest.fixture
def approved(tmp_path):
    data = tmp_path / "newsroom"
    room = open_newsroom(resolve(data))
    try:
        art = approved_article(room, Cast(room))
    finally:
        room.close()
    return data, art.id


def records(data: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(resolve(data).database_file)
    try:
        return con.execute("SELECT article_id, path FROM export_records").fetchall()
    finally:
        con.close()


def status(data: Path, article_id: str) -> str:
    con = sqlite3.connect(resolve(data).database_file)
    try:
        return con.execute("SELECT status FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("moment", ["before-rename", "after-record"])
def test_a_kill_during_export_never_leaves_a_record_without_its_file(approved, tmp_path, moment):
    data, article_id = approved
    out = tmp_path / "out"
    child = subprocess.run([sys.executable, str(EXPORTER), str(data), article_id, "hoa", str(out),
                            moment], capture_output=True, text=True, env=child_env(), timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr

    for _, path in records(data):
        assert Path(path).is_file(), f"the record names {path}, which does not exist"
    if not records(data):
        assert status(data, article_id) == "approved"  # so --all-approved picks it up again
    check = run_cli(data, "check")
    assert (check.returncode, check.stdout.strip()) == (0, "ok: no problems found"), check

    again = run_cli(data, "export", "--all-approved", "--as", "hoa", "--out", str(out))
    assert again.returncode == 0, again.stderr
    if moment == "before-rename":
        assert again.stdout.strip(), "the article was not exported again"
    assert [p.name for p in out.iterdir() if p.name.endswith(".part")] == []  # stale: removed
    bundles = sorted(out.glob("*.zip"))
    assert len(bundles) == 1
    assert run_cli(data, "verify", str(bundles[0])).returncode == 0
    assert [Path(p) for _, p in records(data)] == [bundles[0]] * len(records(data))


def test_check_reports_an_export_record_whose_file_is_missing(approved, tmp_path):
    data, article_id = approved
    out = tmp_path / "out"
    done = run_cli(data, "export", article_id, "--as", "hoa", "--out", str(out))
    bundle = Path(done.stdout.strip())
    bundle.unlink()  # what a kill left behind before, or a file deleted by hand
    check = run_cli(data, "check")
    assert check.returncode == 5
    assert f"article {article_id}" in check.stdout
    assert str(bundle) in check.stdout
    assert run_cli(data, "export", article_id, "--as", "hoa", "--out", str(out)).returncode == 0
    assert run_cli(data, "check").returncode == 0
