"""The CLI at its edges: absurd arguments, a body that cannot render, a disk that is full
or read-only, a reader that leaves early. Always one line on stderr and the usual exit code."""

import contextlib
import subprocess
import sys
import uuid

from editor_app.app import open_newsroom
from editor_app.domain.entities import ArticleFields
from editor_app.paths import resolve
from tests.conftest import cannot_run
from tests.faults.conftest import child_env, run_cli


def test_a_huge_search_limit_is_a_usage_error(store):
    for limit in ("99999999999999999999", "0", "-5", "lots"):
        p = run_cli(store["dir"], "search", "bài", "--limit", limit)
        assert p.returncode == 2, (limit, p.stderr)
        assert "--limit" in p.stderr
        assert "Traceback" not in p.stderr
        assert "OverflowError" not in p.stderr
    p = run_cli(store["dir"], "search", "bài", "--limit", "1000")
    assert p.returncode == 0


def test_render_of_a_body_that_only_times_out_fails_and_writes_nothing(store, tmp_path):
    room = open_newsroom(resolve(store["dir"]))
    try:
        an = room.services.people.by_login("an")
        room.services.drafting.edit(an, store["an_article"],
                                    ArticleFields(body="[" * 100_000 + " Thân bài."))
    finally:
        room.close()
    out = tmp_path / "page.html"
    p = run_cli(store["dir"], "article", "render", store["an_article"], "--out", str(out))
    assert p.returncode == 5, p.stderr
    assert "could not be rendered" in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1
    assert not out.exists()
    p = run_cli(store["dir"], "article", "render", store["dung_article"], "--out", str(out))
    assert p.returncode == 0, p.stderr
    assert "Bản đầu." in out.read_text("utf-8")


@contextlib.contextmanager
def tmpfs(path, size):
    """A real small file system (root only: CI and this machine run as root)."""
    path.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "none", str(path)],
                          capture_output=True, check=False)
    if done.returncode:
        cannot_run(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def test_backup_on_a_full_disk_says_so_in_one_line_and_leaves_nothing(store, tmp_path):
    with tmpfs(tmp_path / "small", "64k") as small:
        p = run_cli(store["dir"], "backup", str(small / "copy.sqlite3"))
        assert p.returncode == 1
        assert p.stderr.startswith("editor-app: The disk is full: no backup was written")
        assert len(p.stderr.strip().splitlines()) == 1
        assert list(small.iterdir()) == []


def test_backup_of_a_store_on_read_only_media(store, tmp_path):
    import shutil

    with tmpfs(tmp_path / "media", "20m") as media:
        shutil.copytree(store["dir"], media / "data")
        subprocess.run(["mount", "-o", "remount,ro", str(media)], check=True)
        p = run_cli(media / "data", "backup")  # into backups/ on the same media
        assert p.returncode == 3
        assert p.stderr.startswith("editor-app: Cannot write a backup to")
        assert "editor-app backup FILE" in p.stderr
        assert len(p.stderr.strip().splitlines()) == 1
        elsewhere = tmp_path / "copy.sqlite3"
        p = run_cli(media / "data", "backup", str(elsewhere))  # to a writable place: works
        assert p.returncode == 0, p.stderr
        assert p.stdout.strip() == str(elsewhere)


def test_a_reader_that_leaves_early_ends_the_cli_quietly(store):
    room = open_newsroom(resolve(store["dir"]))
    try:  # enough articles that each listing is far larger than a pipe's buffer
        an = room.services.people.by_login("an")
        for i in range(400):
            room.services.drafting.create(an, ArticleFields(
                title=f"Bài số {i} về Đảng bộ tỉnh {uuid.uuid4()} " + "tiêu đề dài " * 8,
                category_id="Thời sự", summary="Sapo " * 50,
                body=f"Đảng bộ tỉnh họp lần {i}. " * 20))
    finally:
        room.close()
    for command in (("article", "list"), ("article", "list", "--json"),
                    ("search", "dang bo", "--limit", "1000", "--json")):
        proc = subprocess.Popen([sys.executable, "-m", "editor_app", "--data-dir",
                                 str(store["dir"]), "--lang", "en", *command],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=child_env())
        assert proc.stdout is not None
        assert proc.stderr is not None
        head = proc.stdout.read(200)  # like `| head -c 200`
        proc.stdout.close()
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=120) == 0, (command, err)
        assert head
        assert err == "", command
