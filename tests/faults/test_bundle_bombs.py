"""Decompression bombs with a lying header: memory stays bounded whatever a bundle claims.

Peak memory is measured for a real `editor-app` child process (its rusage from wait4,
in a small parent: peak_rss.py), against the same command on a tiny file that is not a
zip. A bound on memory is a correctness property (the machine must not swap or be
killed), not a timing.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from editor_app.app import open_newsroom
from editor_app.domain.errors import InvalidInput
from editor_app.export.verify import verify_bundle
from editor_app.paths import resolve
from tests.conftest import Cast
from tests.export.helpers import approved_article, read_zip
from tests.faults import zipcraft
from tests.faults.conftest import child_env

FIXTURES = Path(__file__).with_name("fixtures")
# bzip2 of 2 GiB of zeros (1.5 KB); `python -m tests.faults.make_fixtures` rebuilds it.
BZIP2_ZEROS = FIXTURES / "zeros-2gib.bz2"
BUDGET_MB = 100
PEAK_RSS = Path(__file__).with_name("peak_rss.py")


def run_measured(*args: str, cwd: Path) -> tuple[int, str, float]:
    """Exit code, stdout+stderr and peak RSS in MB of one `editor-app` child process."""
    out_path, err_path = cwd / "child.out", cwd / "child.err"
    result = json.loads(subprocess.run(
        [sys.executable, str(PEAK_RSS), str(out_path), str(err_path), sys.executable, "-m",
         "editor_app", "--lang", "en", *args],
        capture_output=True, text=True, env=child_env(), check=True, timeout=600).stdout)
    text = out_path.read_text() + err_path.read_text()
    return result["rc"], text, result["maxrss_kb"] / 1024


@pytest.fixture
def good_files(tmp_path):
    """The files of a sound bundle, exported from a store of its own."""
    room = open_newsroom(resolve(tmp_path / "source"))
    try:
        cast = Cast(room)
        art = approved_article(room, cast)
        return read_zip(room.services.exporting.export(cast.staff, art.id, tmp_path / "out"))
    finally:
        room.close()


def bzip2_bomb(files: dict[str, bytes], path: Path) -> Path:
    """The bundle with article.md as 2 GiB of zeros in bzip2, its headers claiming 10 bytes."""
    members = [zipfile_member(n, d) for n, d in sorted(files.items()) if n != "article.md"]
    members.append(zipcraft.Member(b"article.md", BZIP2_ZEROS.read_bytes(), zipfile.ZIP_BZIP2,
                                   claimed_size=10, crc=0))
    path.write_bytes(zipcraft.build(members))
    return path


def zipfile_member(name: str, data: bytes) -> zipcraft.Member:
    return zipcraft.honest(name, data)


CASES = {
    "bzip2 bomb claiming 10 bytes": "bzip2",
    "1,000,000 entries": "1,000,000 entries",
}


def make_case(case: str, files: dict[str, bytes], folder: Path) -> Path:
    if case.startswith("bzip2"):
        return bzip2_bomb(files, folder / "bomb.zip")
    path = folder / "many.zip"
    path.write_bytes(zipcraft.many_entries(1_000_000))
    return path


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("command", ["verify", "bundle-import"])
def test_a_hostile_bundle_costs_bounded_memory_and_exits_5(good_files, store, tmp_path, case,
                                                            command):
    assert BZIP2_ZEROS.stat().st_size < 4096
    hostile = make_case(case, good_files, tmp_path)
    tiny = tmp_path / "tiny.zip"
    tiny.write_bytes(b"not a zip")
    prefix = ["verify"] if command == "verify" else ["--data-dir", str(store["dir"]),
                                                     "bundle-import", "--as", "thanh"]
    rc0, _, base = run_measured(*prefix, str(tiny), cwd=tmp_path)
    assert rc0 == 5
    rc, text, peak = run_measured(*prefix, str(hostile), cwd=tmp_path)
    print(f"\n{command} {case}: peak {peak:.0f} MB, baseline {base:.0f} MB")
    assert peak - base < BUDGET_MB
    assert "Traceback" not in text
    assert CASES[case] in text
    assert rc == 5


def test_only_stored_and_deflate_are_read(good_files, room, cast, tmp_path):
    for method, label in [(zipfile.ZIP_BZIP2, "bzip2"), (zipfile.ZIP_LZMA, "LZMA"), (99, "99")]:
        members = [zipcraft.honest(n, d) for n, d in sorted(good_files.items())
                   if n != "index.html"]
        members.append(zipcraft.Member(b"index.html", b"\x00" * 16, method, 10, 0))
        path = tmp_path / f"m{method}.zip"
        path.write_bytes(zipcraft.build(members))
        report = verify_bundle(path)
        assert any(label in p and "stored or deflate" in p for p in report.problems), \
            report.problems
        with pytest.raises(InvalidInput, match="stored or deflate"):
            room.services.bundles.import_bundle(cast.editor, path)


def test_a_deflate_member_longer_than_its_header_is_refused(good_files, room, cast, tmp_path):
    big = zipcraft.honest("article.md", b"\x00" * (64 * 1024 * 1024))
    lying = zipcraft.Member(b"article.md", big.payload, zipfile.ZIP_DEFLATED, claimed_size=10,
                            crc=0)
    members = [zipcraft.honest(n, d) for n, d in sorted(good_files.items()) if n != "article.md"]
    path = tmp_path / "lying.zip"
    path.write_bytes(zipcraft.build([*members, lying]))
    report = verify_bundle(path)
    assert any("article.md" in p and "damaged" in p for p in report.problems), report.problems
    with pytest.raises(InvalidInput, match=r"article\.md"):
        room.services.bundles.import_bundle(cast.editor, path)


def test_a_directory_larger_than_any_bundle_is_refused_before_it_is_read(tmp_path):
    # The end record claims 3 entries but a directory of 40 MB: zipfile would read it all.
    data = bytearray(zipcraft.many_entries(1_000_000))
    end = data.rindex(b"PK\x06\x06")
    data[end + 24:end + 40] = (3).to_bytes(8, "little") * 2
    path = tmp_path / "liar.zip"
    path.write_bytes(bytes(data))
    report = verify_bundle(path)
    assert any("directory" in p for p in report.problems), report.problems
