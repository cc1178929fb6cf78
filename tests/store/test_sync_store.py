"""Migration 0009 and the change log: up and down on both engines, and a change made on
the server store by any path gets a number."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, select, text

from editor_app.store import schema, sync_capture
from editor_app.store.engine import WRITE_OPTION
from editor_app.store.models import SyncLogRow
from tests.conftest import draft

TABLES = {"sync_log", "sync_receipts", "sync_outbox", "sync_state"}


def _triggers(engine) -> set[str]:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        else:
            sql = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
        return set(conn.execute(text(sql)).scalars())


def _migrate(engine, how, target) -> None:
    cfg = schema._config()
    with engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, how)(cfg, target)


def test_0009_goes_down_and_up_again_keeping_the_four_eyes_triggers(room):
    triggers = _triggers(room.engine)
    assert {t for t in triggers if t.startswith("four_eyes")}
    _migrate(room.engine, "downgrade", "0005")
    assert not TABLES & set(inspect(room.engine).get_table_names())
    columns = {c["name"] for c in inspect(room.engine).get_columns("revisions")}
    assert "merge_parent_id" not in columns
    assert _triggers(room.engine) == triggers
    _migrate(room.engine, "upgrade", "head")
    assert set(inspect(room.engine).get_table_names()) >= TABLES
    assert _triggers(room.engine) == triggers


def test_a_server_store_numbers_every_change_whatever_path_made_it(room, cast):
    sync_capture.set_mode(room.engine, sync_capture.SERVER)
    art = draft(room, cast.reporter)  # the ordinary services, as the CLI on the server would
    room.services.review.submit(cast.reporter, art.id)
    room.services.review.comment(cast.editor, art.id, "Xem lại số liệu.")
    with room.engine.connect() as conn:
        kinds = conn.execute(select(SyncLogRow.kind).where(SyncLogRow.article_id == art.id)
                             .order_by(SyncLogRow.seq)).scalars().all()
    # The creation's audit row (flushed with the new article), its first revision, the
    # submission, the comment: in the order they were written.
    assert kinds == ["transition", "revision", "transition", "comment"]


def test_a_store_that_is_neither_server_nor_client_records_nothing(room, cast):
    draft(room, cast.reporter)
    with room.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM sync_log")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM sync_outbox")).scalar() == 0


def test_a_store_made_a_server_numbers_what_it_already_holds(room, cast):
    art = draft(room, cast.reporter)
    room.services.review.submit(cast.reporter, art.id)
    sync_capture.set_mode(room.engine, sync_capture.SERVER)
    with room.engine.connect() as conn:
        kinds = conn.execute(select(SyncLogRow.kind).where(SyncLogRow.article_id == art.id)
                             .order_by(SyncLogRow.seq)).scalars().all()
    assert sorted(kinds) == ["revision", "transition", "transition"]
    sync_capture.set_mode(room.engine, sync_capture.SERVER)  # again: nothing numbered twice
    with room.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM sync_log")).scalar() == 3
