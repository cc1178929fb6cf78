"""Backups: checked copies, once a day, rotated; the CLI's backup and check."""

import sqlite3
from datetime import UTC, date, datetime, timedelta

from editor_app.app import open_newsroom
from editor_app.paths import resolve
from editor_app.store.backup import check_file
from tests.faults.conftest import run_cli


def test_auto_backup_once_a_day_and_rotation(store):
    room = open_newsroom(resolve(store["dir"]))
    try:
        day = date(2026, 11, 1)
        made = [room.backup.auto_backup(keep_days=7, today=day + timedelta(days=i))
                for i in range(10)]
        assert all(m is not None for m in made)
        assert room.backup.auto_backup(keep_days=7, today=day + timedelta(days=9)) is None
        kept = sorted(p.name for p in resolve(store["dir"]).backups_dir.glob("daily-*"))
        assert kept == [f"daily-202611{d:02d}.sqlite3" for d in range(3, 11)]
        for p in resolve(store["dir"]).backups_dir.glob("daily-*"):
            assert check_file(p) is None
    finally:
        room.close()


def test_cli_backup_is_a_sound_copy_taken_while_open(store, tmp_path):
    target = tmp_path / "copy.sqlite3"
    p = run_cli(store["dir"], "backup", str(target))
    assert p.returncode == 0
    assert p.stdout.strip() == str(target)
    con = sqlite3.connect(target)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    con.close()


def test_check_reports_a_search_index_out_of_step(store):
    room = open_newsroom(resolve(store["dir"]))
    with room.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM article_search")
    room.close()
    p = run_cli(store["dir"], "check")
    assert p.returncode == 5
    assert "search index: 2 articles not indexed" in p.stdout


def test_check_finds_a_lost_current_revision_and_a_damaged_image(store):
    from tests.images import png

    room = open_newsroom(resolve(store["dir"]))
    an = room.services.people.by_login("an")
    ref = room.services.media.add(an, png(3, 3))
    with room.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE articles SET revision_id = 'gone' WHERE id = ?",
                             (store["an_article"],))
        conn.exec_driver_sql("UPDATE media SET data = ? WHERE sha256 = ?",
                             (png(4, 4), ref.sha256))
    findings = room.backup.check()
    room.close()
    assert ("revisions", f"article {store['an_article']}: its current revision is missing") \
        in [(f.area, f.problem) for f in findings]
    assert [f.area for f in findings if f.problem.startswith(ref.sha256)] == ["media"]
    assert len(findings) == 2


def _clocked(room, when):
    """The room's backup service as a process started at *when* would build it."""
    from editor_app.services.backup import BackupService
    from editor_app.store.uow import UnitOfWorkFactory

    return BackupService(room.paths, room.engine, UnitOfWorkFactory(room.engine),
                         clock=lambda: when)


def _dailies(store):
    return sorted(p.name for p in resolve(store["dir"]).backups_dir.glob("daily-*"))


def test_a_start_with_the_clock_at_2036_deletes_no_backup(store):
    room = open_newsroom(resolve(store["dir"]))
    try:
        first = datetime(2026, 11, 1, 8, tzinfo=UTC)
        for i in range(11):
            assert _clocked(room, first + timedelta(days=i)).auto_backup() is not None
        real = _dailies(store)
        assert len(real) == 11
        _clocked(room, datetime(2036, 3, 1, 8, tzinfo=UTC)).auto_backup()  # clock far ahead
        assert _dailies(store) == [*real, "daily-20360301.sqlite3"]
        _clocked(room, first + timedelta(days=11)).auto_backup()  # and back again
        assert _dailies(store) == [*real, "daily-20261112.sqlite3", "daily-20360301.sqlite3"]
        # Days go by: age rotates what lies beyond the 14 newest; the future one stays.
        for i in range(12, 30):
            _clocked(room, first + timedelta(days=i)).auto_backup()
        kept = _dailies(store)
        assert kept[-1] == "daily-20360301.sqlite3"
        assert kept[:-1] == [f"daily-2026{(first + timedelta(days=i)):%m%d}.sqlite3"
                             for i in range(30 - 15, 30)]
    finally:
        room.close()


def test_a_damaged_backup_does_not_count_among_the_newest_kept(store):
    room = open_newsroom(resolve(store["dir"]))
    try:
        first = datetime(2026, 11, 1, 8, tzinfo=UTC)
        for i in range(4):
            _clocked(room, first + timedelta(days=i)).auto_backup(keep_days=2)
        assert _dailies(store) == ["daily-20261102.sqlite3", "daily-20261103.sqlite3",
                                   "daily-20261104.sqlite3"]
        (resolve(store["dir"]).backups_dir / "daily-20261104.sqlite3").write_bytes(b"broken")
        _clocked(room, first + timedelta(days=5)).auto_backup(keep_days=2)
        # The newest sound ones are 6 and 3 (4 is broken): 3 stays though it is old.
        assert _dailies(store) == ["daily-20261103.sqlite3", "daily-20261104.sqlite3",
                                   "daily-20261106.sqlite3"]
    finally:
        room.close()
