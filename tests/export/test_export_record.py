"""A batch's records written by executemany are the rows the ORM path writes.

services/export_record.py replaces a savepoint and two flushed inserts per bundle;
these pin it to ``_apply_record``: the same status, audit rows and export records,
a refused bundle failing alone, and the ORM path wherever sync captures changes.
"""

from pathlib import Path

from sqlalchemy import text

from editor_app.domain.workflow import Status
from editor_app.services import export_record
from editor_app.store import sync_capture
from tests.export.helpers import approved_article


def _store(room, article):
    """What the store says of an article's exports, without ids and clock readings."""
    article_id = article.id
    with room.engine.connect() as c:
        status, updated, exported = c.execute(text(
            "SELECT status, updated_at, exported_at FROM articles WHERE id = :a"),
            {"a": article_id}).one()
        moves = c.execute(text(
            "SELECT from_status, to_status, actor_id, note, at FROM transitions "
            "WHERE article_id = :a ORDER BY at, id"), {"a": article_id}).all()
        records = c.execute(text(
            "SELECT revision_id, exporter_id, path, sha256, at FROM export_records "
            "WHERE article_id = :a ORDER BY at"), {"a": article_id}).all()
    last = moves[-1]
    return {"status": status, "changed_when_exported": updated == exported,
            "moves": [tuple(m)[:4] for m in moves],
            "last_move_not_before_change": last.at >= updated,
            "records": [(r.revision_id == article.revision_id, r.exporter_id,
                         Path(r.path).name, len(r.sha256))
                        for r in records],
            "record_at_export": records[-1].at == exported if records else None}


def _export_twice(room, cast, out, arts):
    first = room.services.exporting.export_many(cast.staff, out, [a.id for a in arts])
    again = room.services.exporting.export_many(cast.staff, out, [a.id for a in arts])
    assert not first.failed
    assert not again.failed
    return [_store(room, a) for a in arts]


def test_batch_records_are_the_rows_the_orm_path_writes(room, cast, tmp_path, monkeypatch):
    fast = [approved_article(room, cast, f"Nhanh {i}") for i in range(3)]
    slow = [approved_article(room, cast, f"Chậm {i}") for i in range(3)]
    used = []
    record = export_record.record_core
    monkeypatch.setattr(export_record, "record_core",
                        lambda uow, staged: used.append(len(staged)) or record(uow, staged))
    by_core = _export_twice(room, cast, tmp_path / "a", fast)
    assert used == [3, 3]
    monkeypatch.setattr(export_record, "core_allowed", lambda uow, staged: False)
    by_orm = _export_twice(room, cast, tmp_path / "b", slow)
    assert used == [3, 3]
    for core, orm in zip(by_core, by_orm, strict=True):
        assert core["status"] == orm["status"] == Status.EXPORTED.value
        assert core["moves"] == orm["moves"]
        assert core["moves"][-1][:2] == ("approved", "exported")  # once: the second is a touch
        assert core["last_move_not_before_change"]
        assert orm["last_move_not_before_change"]
        assert core["changed_when_exported"] is orm["changed_when_exported"] is False
        assert core["record_at_export"]
        assert orm["record_at_export"]
        assert [r[:2] + r[3:] for r in core["records"]] == [r[:2] + r[3:] for r in orm["records"]]
        assert [r[0] for r in core["records"]] == [True, True]


def test_a_batch_the_database_refuses_is_recorded_bundle_by_bundle(room, cast, tmp_path,
                                                                   monkeypatch):
    # Every record given the same id: the executemany breaks the primary key, is rolled
    # back whole, and the ORM path records each bundle (with ids of its own).
    arts = [approved_article(room, cast, f"Bài {i}") for i in range(3)]
    monkeypatch.setattr(export_record, "new_id", lambda: "00000000-0000-4000-8000-000000000000")
    report = room.services.exporting.export_many(cast.staff, tmp_path / "out",
                                                 [a.id for a in arts])
    assert [r.article_id for r in report.written] == [a.id for a in arts]
    for a in arts:
        state = _store(room, a)
        assert state["status"] == Status.EXPORTED.value
        assert [m[:2] for m in state["moves"]].count(("approved", "exported")) == 1
        assert len(state["records"]) == 1


def test_a_sync_client_records_through_the_orm_so_its_outbox_has_each_export(room, cast,
                                                                             tmp_path):
    arts = [approved_article(room, cast, f"Bài {i}") for i in range(2)]
    sync_capture.set_mode(room.engine, sync_capture.CLIENT)
    report = room.services.exporting.export_many(cast.staff, tmp_path / "out",
                                                 [a.id for a in arts])
    assert len(report.written) == 2
    with room.engine.connect() as c:
        sent = c.execute(text("SELECT article_id FROM sync_outbox WHERE kind = 'action' "
                              "AND payload LIKE '%\"export\"%'")).scalars().all()
    assert sorted(sent) == sorted(a.id for a in arts)
