"""Migration 0006: a 0005 store gains the remembered devices table; down again drops it."""

from alembic import command
from sqlalchemy import inspect

from editor_app.app import open_newsroom
from editor_app.paths import resolve
from editor_app.store import schema
from editor_app.store.engine import WRITE_OPTION, make_engine


def test_a_0005_store_upgrades_and_downgrades(tmp_path):
    paths = resolve(tmp_path / "data")
    paths.data_dir.mkdir(parents=True)
    engine = make_engine(paths.database_url)
    schema.upgrade(engine, "0005")
    assert "remembered_devices" not in inspect(engine).get_table_names()
    engine.dispose()

    room = open_newsroom(paths)  # what a person's start does: back up, then migrate
    try:
        assert schema.current_revision(room.engine) == schema.HEAD
        assert "remembered_devices" in inspect(room.engine).get_table_names()
        quan = room.services.people.add("quan", "Lê Minh Quân", "admin")
        secret = room.services.auth.remember_device(quan)
        assert room.services.auth.resume(secret) == quan
        cfg = schema._config()
        with room.engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
        assert schema.current_revision(room.engine) == "0005"
        assert "remembered_devices" not in inspect(room.engine).get_table_names()
    finally:
        room.close()
