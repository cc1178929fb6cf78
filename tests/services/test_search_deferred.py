"""The search index brought up to date lazily (issue 19): never behind for a reader.

A desktop (SQLite) save records the article in ``index_pending`` instead of rewriting
its full-text rows; the next search indexes it first.
"""

import pytest
from sqlalchemy import event

from editor_app.app import open_newsroom
from editor_app.domain.entities import ArticleFields
from editor_app.paths import resolve
from editor_app.store import schema, search_index
from tests.conftest import draft


def _downgrade(engine, target):
    from alembic import command

    from editor_app.store.engine import WRITE_OPTION

    cfg = schema._config()
    with engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, target)


def _ids(hits):
    return [h.id for h in hits]


def _pending(room):
    with room.engine.connect() as conn:
        return sorted(conn.exec_driver_sql("SELECT pk FROM index_pending").scalars())


def _index(room):
    with room.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT rowid, title, summary, body, meta FROM article_search ORDER BY rowid").all()
        titles = conn.exec_driver_sql(
            "SELECT rowid, title FROM article_titles ORDER BY rowid").all()
    return rows, titles


def test_search_right_after_an_edit_finds_the_new_words_not_the_removed(room, cast):
    a = draft(room, cast.reporter2, "Mùa lúa chín", body="Nông dân gặt lúa sớm.\n")
    s = room.services.search
    assert _ids(s.search("lua chin")) == [a.id]
    d = room.services.drafting
    v = d.edit(cast.reporter2, a.id, ArticleFields(title="Cầu mới khánh thành",
                                                   body="Người dân vui mừng đón cầu.\n"),
               expected_version=a.version).version
    assert _ids(s.search("khanh thanh")) == [a.id]  # headline tier
    assert _ids(s.search("vui mung")) == [a.id]  # body tier
    assert s.search("lua chin") == []
    assert s.search("gat lua") == []
    d.edit(cast.reporter2, a.id, ArticleFields(body="Trời mưa to.\n"), expected_version=v)
    assert _ids(s.search("mua to", prefix=True)) == [a.id]
    assert s.search("vui mung", snippets=False) == []


@pytest.mark.sqlite_only
def test_saves_wait_in_index_pending_and_one_search_indexes_them_once(room, cast):
    a = draft(room, cast.reporter2, "Bài một", body="Chữ đầu.\n")
    room.services.search.search("bai")
    assert _pending(room) == []
    v = a.version
    for n in range(5):
        v = room.services.drafting.edit(cast.reporter2, a.id,
                                        ArticleFields(body=f"Lần sửa thứ {n}.\n"),
                                        expected_version=v).version
    with room.engine.connect() as conn:
        pk = conn.exec_driver_sql("SELECT pk FROM articles WHERE id = ?", (a.id,)).scalar()
    assert _pending(room) == [pk]
    writes = []

    def seen(_conn, _cursor, statement, *_args):
        if statement.startswith("INSERT INTO article_search"):
            writes.append(statement)

    event.listen(room.engine, "before_cursor_execute", seen)
    try:
        assert _ids(room.services.search.search("lan sua thu")) == [a.id]
        room.services.search.search("lan sua thu")
    finally:
        event.remove(room.engine, "before_cursor_execute", seen)
    assert len(writes) == 1
    assert _pending(room) == []


@pytest.mark.sqlite_only
def test_a_save_that_keeps_the_indexed_text_leaves_nothing_waiting(room, cast):
    a = draft(room, cast.reporter2, "Bài một")
    room.services.search.search("bai")
    room.services.drafting.edit(cast.reporter2, a.id, ArticleFields(category_id="Kinh tế"))
    assert _pending(room) == []


@pytest.mark.sqlite_only
def test_a_kill_between_the_save_and_the_catch_up_loses_nothing(room, cast, tmp_path):
    a = draft(room, cast.reporter2, "Mùa lúa chín")
    room.services.drafting.edit(cast.reporter2, a.id, ArticleFields(body="Bão số ba.\n"))
    room.engine.dispose()  # the process dies: no close(), no catch-up
    again = open_newsroom(resolve(tmp_path / "data"))
    try:
        assert _pending(again) != []
        assert _ids(again.services.search.search("bao so ba")) == [a.id]
        assert _pending(again) == []
    finally:
        again.close()


@pytest.mark.sqlite_only
def test_closing_the_store_leaves_the_index_current(room, cast, tmp_path):
    a = draft(room, cast.reporter2, "Mùa lúa chín")
    room.close()
    again = open_newsroom(resolve(tmp_path / "data"))
    try:
        assert _pending(again) == []
        with again.engine.connect() as conn:
            assert search_index.count(conn) == 1
    finally:
        again.close()
    assert a.id


@pytest.mark.sqlite_only
def test_check_reports_no_drift_while_saves_wait(room, cast):
    a = draft(room, cast.reporter2, "Bài một")
    room.services.drafting.edit(cast.reporter2, a.id, ArticleFields(body="Mới.\n"))
    assert _pending(room) != []
    assert [f for f in room.backup.check() if f.area == "search index"] == []


@pytest.mark.sqlite_only
def test_after_edits_and_a_catch_up_the_index_equals_a_full_rebuild(room, cast):
    d = room.services.drafting
    a = draft(room, cast.reporter2, "Hội nghị tỉnh", body="Đoạn một.\n\nĐoạn hai.\n",
              tags=("kinh tế",))
    b = draft(room, cast.reporter2, "Cầu mới", summary="Sapo cầu")
    room.services.search.search("cau")
    d.edit(cast.reporter2, a.id, ArticleFields(title="Hội nghị Tỉnh ủy", byline="Hoàng Khoa"))
    d.edit(cast.reporter2, a.id, ArticleFields(body="Đoạn một.\n\nĐoạn ba, đã sửa.\n"))
    d.edit(cast.reporter2, b.id, ArticleFields(summary="Sapo khác", tags=("lễ hội",)))
    draft(room, cast.reporter2, "Bài thứ ba", body="Chưa ai tìm.\n")
    room.services.search.search("hoi nghi")
    caught_up = _index(room)
    with room.engine.begin() as conn:
        search_index.rebuild(conn)
    assert _index(room) == caught_up


@pytest.mark.sqlite_only
def test_migration_0013_down_and_up_on_a_store_with_articles(room, cast):
    a = draft(room, cast.reporter2, "Mùa lúa chín")
    room.services.drafting.edit(cast.reporter2, a.id, ArticleFields(body="Bão số ba.\n"))
    assert _pending(room) != []
    _downgrade(room.engine, "0012")  # the waiting article is indexed on the way down
    with room.engine.connect() as conn:
        assert not conn.dialect.has_table(conn, "index_pending")
        hits = conn.exec_driver_sql(
            "SELECT count(*) FROM article_search WHERE article_search MATCH 'bao'").scalar()
    assert hits == 1
    schema.upgrade(room.engine)
    assert _pending(room) == []
    assert _ids(room.services.search.search("bao so ba")) == [a.id]


@pytest.mark.sqlite_only
def test_text_folded_before_a_later_save_is_not_what_gets_indexed(room, cast):
    from editor_app.services.common import index_caught_up

    d = room.services.drafting
    a = draft(room, cast.reporter2, "Bài một")
    d.edit(cast.reporter2, a.id, ArticleFields(body="Mưa phùn.\n"))
    with room.uow() as uow:
        folded = uow.search.folded_waiting()
    d.edit(cast.reporter2, a.id, ArticleFields(body="Nắng gắt.\n"))
    assert index_caught_up(room.uow, folded) == 1
    assert _ids(room.services.search.search("nang gat")) == [a.id]
    assert room.services.search.search("mua phun") == []


@pytest.mark.sqlite_only
def test_a_read_only_store_left_behind_searches_the_waiting_text(room, cast, tmp_path):
    d = room.services.drafting
    a = draft(room, cast.reporter2, "Mùa lúa chín", body="Nông dân gặt lúa.\n")
    b = draft(room, cast.reporter2, "Cầu mới", body="Khánh thành cầu.\n")
    room.services.search.search("cau")
    d.edit(cast.reporter2, a.id, ArticleFields(title="Bão số ba", body="Gió giật mạnh.\n"))
    room.engine.dispose()  # stopped before any catch-up; then opened where it cannot write
    ro = open_newsroom(resolve(tmp_path / "data"), read_only=True)
    try:
        s = ro.services.search
        assert _ids(s.search("bao so")) == [a.id]  # headline tier
        assert [h.exact for h in s.search("Bão số")] == [True]
        assert _ids(s.search("gio giat", prefix=True)) == [a.id]  # body tier
        assert s.search("lua chin") == []
        assert s.search("gat lua", snippets=False) == []
        assert _ids(s.search("cau")) == [b.id]
        assert _pending(ro) != []  # nothing written
    finally:
        ro.close()
