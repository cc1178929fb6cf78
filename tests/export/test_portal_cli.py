"""`export --ninjs 1.6 --base-url URL`, and a batch import that tells every bundle's notes."""

import json
import zipfile

import pytest

from tests.faults.conftest import run_cli


@pytest.fixture
def cli(tmp_path):
    def run(data, *args, check_rc=None):
        proc = run_cli(tmp_path / data, *args)
        if check_rc is not None:
            assert proc.returncode == check_rc, (proc.stdout, proc.stderr)
        return proc

    return run


def test_export_in_16_with_a_base_url_then_import_a_batch_without_the_category(cli, tmp_path):
    for login, name, role in (("an", "Nguyễn Văn An", "reporter"),
                              ("thanh", "Đỗ Văn Thành", "editor"),
                              ("hoa", "Phạm Thu Hòa", "staff")):
        cli("a", "user", "add", login, "--name", name, "--role", role, check_rc=0)
    cli("a", "category", "add", "Du lịch", check_rc=0)
    ids = []
    for title in ("Lễ hội: mùa thu", "Làng nghề ven sông"):
        aid = cli("a", "article", "new", "--as", "an", "--title", title, "--summary", "Sapo",
                  "--category", "Du lịch", check_rc=0).stdout.strip()
        for step, who in (("submit", "an"), ("review", "thanh"), ("approve", "thanh")):
            cli("a", step, aid, "--as", who, check_rc=0)
        ids.append(aid)
    out = tmp_path / "out"
    bad = cli("a", "export", *ids, "--as", "hoa", "--out", str(out), "--ninjs", "2.0")
    assert bad.returncode == 2
    paths = cli("a", "export", *ids, "--as", "hoa", "--out", str(out), "--ninjs", "1.6",
                "--base-url", "https://dulich.example.vn", check_rc=0).stdout.split()
    assert len(paths) == 2
    with zipfile.ZipFile(paths[0]) as zf:
        doc = json.loads(zf.read("article.json"))
    assert doc["$standard"]["version"] == "1.6"
    assert cli("a", "verify", *paths, check_rc=0).stdout.count(": ok") == 2

    cli("b", "user", "add", "lan", "--name", "Vũ Ngọc Lan", "--role", "editor", check_rc=0)
    batch = cli("b", "bundle-import", *paths, "--as", "lan", check_rc=0)
    assert sorted(batch.stdout.split()) == sorted(ids)
    for p in paths:
        assert f"{p}: note: category 'Du lịch' does not exist here; left empty" in batch.stderr
        assert f"{p}: note: the bundle says it was approved by Đỗ Văn Thành" in batch.stderr
