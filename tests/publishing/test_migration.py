"""Migration 0005: a store at 0003 gains the publishing tables; down again drops them."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from editor_app.app import open_newsroom
from editor_app.paths import resolve
from editor_app.store import schema
from editor_app.store.engine import WRITE_OPTION, make_engine

TABLES = {"publish_targets", "remote_posts", "remote_media"}


def test_a_0003_store_upgrades_and_downgrades(tmp_path, monkeypatch):
    monkeypatch.setenv("EDITOR_APP_NO_KEYRING", "1")
    paths = resolve(tmp_path / "data")
    paths.data_dir.mkdir(parents=True)
    engine = make_engine(paths.database_url)
    schema.upgrade(engine, "0003")
    assert not TABLES & set(inspect(engine).get_table_names())
    engine.dispose()

    room = open_newsroom(paths)  # what a person's start does: back up, then migrate
    try:
        assert schema.current_revision(room.engine) == schema.HEAD
        assert set(inspect(room.engine).get_table_names()) >= TABLES
        cfg = schema._config()
        with room.engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0003")
        assert schema.current_revision(room.engine) == "0003"
        assert not TABLES & set(inspect(room.engine).get_table_names())
    finally:
        room.close()
