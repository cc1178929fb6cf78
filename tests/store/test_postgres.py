"""What is particular to a PostgreSQL store: migrations from old data, the search
index, and backups (PostgreSQL's own tools)."""

from datetime import datetime

import pytest
from sqlalchemy import text

from editor_app.app import open_newsroom
from editor_app.domain.errors import StorageError
from editor_app.paths import resolve
from editor_app.store import schema
from editor_app.store.engine import make_engine
from tests import pg
from tests.conftest import draft


@pytest.fixture
def fresh_pg(pg_server):
    db = pg.TestDatabase(pg_server)
    yield db.url
    db.drop()


def test_every_migration_runs_on_postgresql_with_rows_kept(tmp_path, fresh_pg):
    engine = make_engine(fresh_pg)
    schema.upgrade(engine, target="0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO people VALUES ('p1','an','Nguyễn Văn An','reporter','',"
                          "true,:t)"), {"t": datetime(2026, 1, 2, 3, 4, 5)})
        conn.execute(text("INSERT INTO categories VALUES ('c1','Thời sự','thoi-su',NULL,0)"))
        conn.execute(text(
            "INSERT INTO articles (id,title,subtitle,summary,body,slug,status,category_id,tags,"
            "author_id,byline,department,source,dateline,featured_caption,featured_credit,"
            "featured_alt,version,created_at,updated_at) VALUES ('a1','Đảng bộ tỉnh họp','','',"
            "'Nội dung','dang-bo-tinh-hop','draft','c1','','p1','An','','','','','','',1,:t,:t)"),
            {"t": datetime(2026, 1, 2, 3, 4, 5)})
    engine.dispose()
    room = open_newsroom(resolve(tmp_path / "data", fresh_pg))
    try:
        assert schema.current_revision(room.engine) == schema.HEAD
        assert room.services.drafting.get("a1").title == "Đảng bộ tỉnh họp"
        assert [h.id for h in room.services.search.search("dang")] == ["a1"]
        assert [h.exact for h in room.services.search.search("Đảng")] == [True]
    finally:
        room.close()
    assert not (tmp_path / "data" / "backups").exists()


def test_downgrade_to_0002_and_back(fresh_pg):
    engine = make_engine(fresh_pg)
    schema.upgrade(engine)
    from alembic import command

    cfg = schema._config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    assert schema.current_revision(engine) == "0002"
    schema.upgrade(engine)
    assert schema.current_revision(engine) == schema.HEAD
    engine.dispose()


@pytest.mark.postgresql_only
def test_search_on_postgresql_uses_the_gin_indexes(room, cast):
    for i in range(30):
        draft(room, cast.reporter, f"Hội nghị lần {i}", body="Đảng bộ tỉnh Sơn Hà\n")
    with room.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE article_search")
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        plans = ["\n".join(conn.execute(text(
            f"EXPLAIN SELECT pk FROM article_search "
            f"WHERE {column} @@ to_tsquery('simple', '''dang'' & ''so'':*')")).scalars())
            for column in ("doc", "title_doc")]
    assert "ix_article_search_doc" in plans[0]
    # The headline tier has its own index: no whole-article vector is read for it.
    assert "ix_article_search_title_doc" in plans[1]


@pytest.mark.postgresql_only
def test_backup_and_restore_point_to_postgresql_tools(room):
    with pytest.raises(StorageError, match="pg_dump"):
        room.backup.backup()
    assert room.backup.check() == []
