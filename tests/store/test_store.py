import sqlite3
import unicodedata
from datetime import UTC, datetime

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import IntegrityError

from editor_app.app import open_newsroom
from editor_app.domain.entities import ArticleFields
from editor_app.domain.errors import Conflict
from editor_app.paths import resolve
from editor_app.store import schema
from editor_app.store.engine import make_engine
from tests.conftest import draft


def test_store_keeps_nfc_bytes_for_nfd_input(room, cast):
    nfd = unicodedata.normalize("NFD", "Hội nghị Ban Tuyên giáo")
    art = draft(room, cast.reporter, nfd, body=unicodedata.normalize("NFD", "Đảng bộ tỉnh\n"),
                summary=unicodedata.normalize("NFD", "Tóm tắt"))
    with room.engine.connect() as conn:
        title, body, summary = conn.execute(
            text("SELECT title, body, summary FROM articles WHERE id = :id"), {"id": art.id}
        ).one()
    for stored in (title, body, summary):
        assert stored == unicodedata.normalize("NFC", stored)
    assert title == "Hội nghị Ban Tuyên giáo"


def test_second_editor_gets_a_conflict_and_nothing_is_lost(tmp_path, cast, room):
    art = draft(room, cast.reporter, "Bài chung")
    other = open_newsroom(room.paths)  # a second window/process on one store
    try:
        mine = room.services.drafting.get(art.id)
        theirs = other.services.drafting.get(art.id)
        room.services.drafting.edit(cast.editor, art.id, ArticleFields(body="Bản của Thành\n"),
                                    expected_version=mine.version)
        with pytest.raises(Conflict) as caught:
            other.services.drafting.edit(cast.editor2, art.id,
                                         ArticleFields(body="Bản của Lan\n"),
                                         expected_version=theirs.version)
        assert caught.value.current_body == "Bản của Thành\n"
        assert caught.value.current_version == 2
        # Lan chose to keep both texts: her save now names the version she has seen.
        merged = other.services.drafting.edit(
            cast.editor2, art.id, ArticleFields(body="Bản của Thành\n\nBản của Lan\n"),
            expected_version=caught.value.current_version)
        assert merged.version == 3
        bodies = [other.services.review.revision(r.id).snapshot.body
                  for r in other.services.review.revisions(art.id)]
        assert bodies == ["Nội dung bài.\n", "Bản của Thành\n", "Bản của Thành\n\nBản của Lan\n"]
    finally:
        other.close()


def test_unchanged_save_writes_no_revision(room, cast):
    art = draft(room, cast.reporter)
    again = room.services.drafting.edit(cast.reporter, art.id,
                                        ArticleFields(body=art.body), expected_version=1)
    assert again.version == 1
    assert len(room.services.review.revisions(art.id)) == 1


def test_revisions_chain_through_parent_ids(room, cast):
    art = draft(room, cast.reporter)
    for i in range(3):
        art = room.services.drafting.edit(cast.reporter, art.id,
                                          ArticleFields(body=f"Lần {i}\n"))
    revs = room.services.review.revisions(art.id)
    assert [r.number for r in revs] == [1, 2, 3, 4]
    assert revs[0].parent_id is None
    assert [r.parent_id for r in revs[1:]] == [r.id for r in revs[:-1]]
    assert art.revision_id == revs[-1].id


def test_restore_brings_back_old_text_as_a_new_revision(room, cast):
    art = draft(room, cast.reporter, body="Bản đầu\n")
    art = room.services.drafting.edit(cast.reporter, art.id, ArticleFields(body="Bản sau\n"))
    first = room.services.review.revisions(art.id)[0]
    restored = room.services.drafting.restore(cast.reporter, art.id, first.id,
                                              expected_version=art.version)
    assert restored.body == "Bản đầu\n"
    assert restored.version == 3
    assert "1" in room.services.review.revisions(art.id)[-1].note


@pytest.mark.sqlite_only
def test_sqlite_pragmas(room):
    with room.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_database_refuses_self_approval(room, cast):
    art = draft(room, cast.editor)
    with room.engine.begin() as conn, pytest.raises(IntegrityError):
        conn.execute(text("UPDATE articles SET approved_by_id = author_id WHERE id = :id"),
                     {"id": art.id})


def test_list_queries_never_select_bodies(room, cast):
    for i in range(3):
        draft(room, cast.reporter, f"Bài {i}")
    seen: list[str] = []

    def capture(conn, cursor, statement, params, context, many):
        seen.append(statement)

    event.listen(room.engine, "before_cursor_execute", capture)
    try:
        items = room.services.drafting.summaries(limit=10)
    finally:
        event.remove(room.engine, "before_cursor_execute", capture)
    assert len(items) == 3
    selects = [s for s in seen if s.lstrip().upper().startswith("SELECT")]
    assert selects
    assert not any("articles.body" in s for s in selects)


def test_migration_scripts_match_models(room):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from editor_app.store.models import Base

    assert schema.script_head() == schema.HEAD
    with room.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={
            "include_name": lambda name, type_, parent: not (
                type_ == "table" and name
                and name.startswith(("article_search", "article_titles")))})
        assert compare_metadata(ctx, Base.metadata) == []


@pytest.mark.sqlite_only
def test_older_store_upgrades_with_every_row_intact(tmp_path):
    """SQLite: a backup is taken before the migration (tests/store/test_postgres.py: PG)."""
    paths = resolve(tmp_path / "old")
    paths.data_dir.mkdir(parents=True)
    engine = make_engine(paths.database_url)
    schema.upgrade(engine, target="0001")
    now = datetime(2026, 1, 2, 3, 4, 5)
    stamp = now.isoformat(sep=" ")
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO people VALUES ('p1','an','Nguyễn Văn An','reporter','',1,:t)"),
            {"t": stamp})
        conn.execute(text("INSERT INTO categories VALUES ('c1','Thời sự','thoi-su',NULL,0)"))
        conn.execute(text(
            "INSERT INTO articles (id,title,subtitle,summary,body,slug,status,category_id,tags,"
            "author_id,byline,department,source,dateline,featured_caption,featured_credit,"
            "featured_alt,version,created_at,updated_at) VALUES ('a1','Đảng bộ tỉnh họp','','',"
            "'Nội dung','dang-bo-tinh-hop','draft','c1','','p1','An','','','','','','',1,:t,:t)"),
            {"t": stamp})
    engine.dispose()
    assert schema.current_revision(make_engine(paths.database_url)) == "0001"

    room = open_newsroom(paths)
    try:
        art = room.services.drafting.get("a1")
        assert (art.title, art.body, art.category_name) == ("Đảng bộ tỉnh họp", "Nội dung",
                                                             "Thời sự")
        assert art.created_at == now.replace(tzinfo=UTC)
        assert [h.id for h in room.services.search.search("dang")] == ["a1"]
        assert schema.current_revision(room.engine) == schema.HEAD
    finally:
        room.close()
    backups = list(paths.backups_dir.glob("before-migration-0001-*.sqlite3"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT title FROM articles").fetchone() == ("Đảng bộ tỉnh họp",)
    con.close()


def test_fresh_store_takes_no_backup(room):
    assert not room.paths.backups_dir.exists()


def test_integrity_error_is_not_swallowed(room, cast):
    with room.engine.begin() as conn, pytest.raises(IntegrityError):
        conn.execute(text("INSERT INTO people VALUES ('x','an','Dup','reporter','',true,:t)"),
                     {"t": datetime.now(UTC).isoformat()})


def test_the_wal_stays_while_the_store_is_open_and_goes_when_it_closes(tmp_path):
    """Saves no longer fold the WAL into the database at every close (one fsync a save
    instead of five); what was saved is read by another connection all the same, and a
    closed store is one self-contained file again."""
    room = open_newsroom(resolve(tmp_path / "data"))
    try:
        from tests.conftest import Cast

        cast = Cast(room)
        art = draft(room, cast.reporter, "Bài giữ WAL")
        db = room.paths.database_file
        assert db.with_name(db.name + "-wal").exists()
        other = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            assert other.execute("SELECT title FROM articles WHERE id = ?",
                                 (art.id,)).fetchone() == ("Bài giữ WAL",)
        finally:
            other.close()
    finally:
        room.close()
    assert not db.with_name(db.name + "-wal").exists()
    alone = sqlite3.connect(f"file:{db}?immutable=1", uri=True)  # the file by itself
    try:
        assert alone.execute("SELECT count(*) FROM articles WHERE id = ?",
                             (art.id,)).fetchone() == (1,)
    finally:
        alone.close()
