"""A store made by an older schema upgrades with every row intact (and a backup first)."""

import shutil
import sqlite3

import pytest

from editor_app.app import open_newsroom
from editor_app.paths import resolve
from editor_app.store import schema
from tests.faults.make_fixtures import FIXTURES, ROWS_0001

OLDER = sorted(FIXTURES.glob("store-*.sqlite3"))


def test_there_is_a_fixture_for_every_older_revision():
    revisions = {p.stem.removeprefix("store-") for p in OLDER}
    assert revisions == {"0001", "0002"}  # add one here (make_fixtures.py) with each new migration
    assert schema.HEAD not in revisions


@pytest.mark.parametrize("fixture", OLDER, ids=lambda p: p.stem)
def test_older_store_upgrades_with_every_row_intact(fixture, tmp_path):
    paths = resolve(tmp_path / "data")
    paths.data_dir.mkdir(parents=True)
    shutil.copy(fixture, paths.database_file)
    room = open_newsroom(paths)
    try:
        assert schema.current_revision(room.engine) == schema.HEAD
        art = room.services.drafting.get("a1")
        assert art.title == "Đảng bộ tỉnh tổng kết năm"
        assert art.body == "## Mở đầu\n\nHội nghị **tổng kết** diễn ra hòa bình.\n"
        assert (art.category_path, art.tags) == ("Thời sự / Trong tỉnh", ("Đảng", "hội nghị"))
        assert art.approved_by == "Đỗ Văn Thành"
        assert [r.number for r in room.services.review.revisions("a1")] == [1, 2]
        assert [c.body for c in room.services.review.comments("a1")] == ["Bài viết tốt."]
        assert [h.id for h in room.services.search.search("hoa binh")] == ["a1"]  # backfilled
        assert room.backup.check() == []
    finally:
        room.close()
    con = sqlite3.connect(paths.database_file)
    for table, rows in ROWS_0001.items():
        assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == len(rows), table
    con.close()
    revision = fixture.stem.removeprefix("store-")
    assert len(list(paths.backups_dir.glob(f"before-migration-{revision}-*.sqlite3"))) == 1


@pytest.mark.parametrize("fixture", OLDER, ids=lambda p: p.stem)
def test_an_upgraded_store_refuses_an_approval_by_a_writer(fixture, tmp_path):
    """Migration 0003: approvals already there stay; a new one by a writer is refused."""
    paths = resolve(tmp_path / "data")
    paths.data_dir.mkdir(parents=True)
    shutil.copy(fixture, paths.database_file)
    open_newsroom(paths).close()
    con = sqlite3.connect(paths.database_file)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="four eyes"), con:
            con.execute("INSERT INTO article_authors VALUES ('a1', 'p2', 1)")  # the approver
        with con:
            con.execute("UPDATE articles SET approved_by_id = NULL WHERE id = 'a1'")
        with pytest.raises(sqlite3.IntegrityError, match="four eyes"), con:
            con.execute("UPDATE articles SET approved_by_id = 'p1' WHERE id = 'a1'")
    finally:
        con.close()
