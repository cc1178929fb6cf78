"""Damaged stores: detected, moved aside (never overwritten), restored from a good backup."""

import sqlite3

import pytest

from editor_app.app import open_newsroom
from editor_app.domain.errors import StoreCorrupt
from editor_app.paths import resolve
from tests.faults.conftest import run_cli


def backup_then_close(store_dir):
    room = open_newsroom(resolve(store_dir))
    try:
        return room.backup.backup()
    finally:
        room.close()


def checkpoint(db):
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def test_garbage_header_is_moved_aside_and_the_newest_good_backup_offered(store):
    good = backup_then_close(store["dir"])
    db = resolve(store["dir"]).database_file
    checkpoint(db)
    original = db.read_bytes()
    db.write_bytes(b"\x00GARBAGE" * 16 + original[128:])
    with pytest.raises(StoreCorrupt) as caught:
        open_newsroom(resolve(store["dir"]))
    assert "damaged" in str(caught.value)
    assert caught.value.backup == str(good)
    moved = resolve(store["dir"]).recovery_dir
    kept = list(moved.glob("newsroom.sqlite3.*.damaged"))
    assert len(kept) == 1
    assert kept[0].read_bytes()[128:] == original[128:]  # the damaged file is kept as it was
    # The next command neither works nor starts an empty store in its place: it names
    # the backup that restores it.
    p = run_cli(store["dir"], "article", "list")
    assert p.returncode == 1
    assert f"editor-app restore {good}" in p.stderr
    assert not db.exists()
    p = run_cli(store["dir"], "restore", str(good), "--yes")
    assert p.returncode == 0, p.stderr
    room = open_newsroom(resolve(store["dir"]))
    try:
        assert room.services.drafting.count() == 2
    finally:
        room.close()


def test_cli_names_the_backup_when_the_store_is_damaged(store):
    good = backup_then_close(store["dir"])
    db = resolve(store["dir"]).database_file
    checkpoint(db)
    db.write_bytes(b"this is not a database at all" * 100)
    p = run_cli(store["dir"], "article", "list")
    assert p.returncode == 1
    assert f"editor-app restore {good}" in p.stderr
    assert "Traceback" not in p.stderr


def test_damaged_pages_are_found_by_check_and_repaired_by_restore(store):
    good = backup_then_close(store["dir"])
    db = resolve(store["dir"]).database_file
    checkpoint(db)
    data = bytearray(db.read_bytes())
    page = 4096
    for p in range(2, len(data) // page):  # scribble over the b-tree page headers
        data[p * page:p * page + 12] = b"\x0d\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    db.write_bytes(bytes(data))
    p = run_cli(store["dir"], "check")
    if p.returncode == 5:  # damage deep inside: the check finds it, the store stays put
        assert "integrity" in p.stdout
    else:  # damage the start-up look already sees: moved aside, backup named
        assert p.returncode == 1
        assert f"editor-app restore {good}" in p.stderr
        assert list(resolve(store["dir"]).recovery_dir.glob("*.damaged"))
    p = run_cli(store["dir"], "restore", str(good))  # no --yes, no terminal: refused
    assert p.returncode == 2
    assert "--yes" in p.stderr
    p = run_cli(store["dir"], "restore", str(good), "--yes")
    assert p.returncode == 0
    assert p.stdout.startswith("restored")
    assert run_cli(store["dir"], "check").stdout.strip().endswith("no problems found")


def test_restore_refuses_a_damaged_backup(store, tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a backup")
    p = run_cli(store["dir"], "restore", str(bad), "--yes")
    assert p.returncode == 5
    assert "not a sound backup" in p.stderr
    assert run_cli(store["dir"], "check").returncode == 0  # the store was not touched


def scribble_pages(db, table="articles"):
    """Overwrite the b-tree page headers of *table*: damage the start-up look cannot see."""
    con = sqlite3.connect(db)
    pages = [r[0] for r in con.execute("SELECT pageno FROM dbstat WHERE name = ?", (table,))]
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    assert pages
    data = bytearray(db.read_bytes())
    for p in pages:
        at = (p - 1) * size
        data[at:at + 12] = b"\x0d\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    db.write_bytes(bytes(data))


def test_check_reports_corrupt_pages_with_the_restore_hint_and_commands_then_refuse(store):
    good = backup_then_close(store["dir"])
    paths = resolve(store["dir"])
    db = paths.database_file
    checkpoint(db)
    scribble_pages(db)
    p = run_cli(store["dir"], "check")
    assert p.returncode == 5, p.stderr
    assert "Traceback" not in p.stderr
    assert "malformed" not in p.stderr
    assert p.stdout.startswith("integrity: ")
    assert f"editor-app restore {good}" in p.stdout
    assert db.exists()  # found in place: it stays where it is, marked
    for command in (("article", "list"), ("search", "bài"), ("user", "list"), ("backup",)):
        p = run_cli(store["dir"], *command)
        assert p.returncode == 1, command
        assert "known to be damaged" in p.stderr
        assert f"editor-app restore {good}" in p.stderr
        assert len(p.stderr.strip().splitlines()) == 1
    assert run_cli(store["dir"], "check").returncode == 5  # check itself still looks
    p = run_cli(store["dir"], "restore", str(good), "--yes")
    assert p.returncode == 0, p.stderr
    p = run_cli(store["dir"], "article", "list")
    assert p.returncode == 0
    assert "Bài của An" in p.stdout
    assert run_cli(store["dir"], "check").stdout.strip() == "ok: no problems found"
    assert len(list(paths.recovery_dir.glob("*.damaged"))) == 1  # the damaged one, kept


def test_a_command_that_meets_malformed_pages_marks_the_store(store):
    good = backup_then_close(store["dir"])
    db = resolve(store["dir"]).database_file
    checkpoint(db)
    scribble_pages(db)
    p = run_cli(store["dir"], "article", "list")  # reads the damaged pages
    assert p.returncode == 1
    assert "known to be damaged" in p.stderr
    assert f"editor-app restore {good}" in p.stderr
    assert "Traceback" not in p.stderr
    p = run_cli(store["dir"], "user", "list")  # refused before it reads anything
    assert p.returncode == 1
    assert "known to be damaged" in p.stderr


def test_starting_empty_after_damage_is_an_explicit_choice(store):
    paths = resolve(store["dir"])
    db = paths.database_file
    checkpoint(db)
    db.write_bytes(b"this is not a database at all" * 100)
    assert run_cli(store["dir"], "article", "list").returncode == 1  # moved aside, marked
    for _ in range(2):
        p = run_cli(store["dir"], "user", "list")
        assert p.returncode == 1
        assert "No good backup was found" in p.stderr
        assert "editor-app restore --empty --yes" in p.stderr
        assert not db.exists()
    p = run_cli(store["dir"], "restore", "--empty")  # asks first, like any restore
    assert p.returncode == 2
    p = run_cli(store["dir"], "restore", "--empty", "--yes")
    assert p.returncode == 0, p.stderr
    p = run_cli(store["dir"], "article", "list")
    assert p.returncode == 0
    assert p.stdout == ""
    assert run_cli(store["dir"], "check").returncode == 0
    assert len(list(paths.recovery_dir.glob("*.damaged"))) == 1


def test_a_store_moved_aside_before_marks_existed_is_not_replaced_silently(store):
    paths = resolve(store["dir"])
    db = paths.database_file
    checkpoint(db)
    paths.recovery_dir.mkdir()
    db.rename(paths.recovery_dir / f"{db.name}.20260101T000000Z.damaged")
    for side in ("-wal", "-shm"):
        db.with_name(db.name + side).unlink(missing_ok=True)
    p = run_cli(store["dir"], "article", "list")
    assert p.returncode == 1
    assert "known to be damaged" in p.stderr
    assert not db.exists()
