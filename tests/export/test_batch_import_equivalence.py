"""A batch import (new articles written in bulk) leaves a store as importing one by one does."""

import shutil
from dataclasses import asdict

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from editor_app.app import open_newsroom
from editor_app.domain.entities import ArticleFields
from editor_app.paths import resolve
from editor_app.services.bundle_batch import Batch
from editor_app.services.exporting import ExportOptions
from editor_app.store import search_index
from editor_app.store.models import (
    ArticleAuthorRow,
    ArticleMediaRow,
    ArticleRow,
    MediaRow,
    RelatedPinRow,
    RevisionRow,
    TransitionRow,
)
from tests.conftest import Cast, draft
from tests.export.helpers import approved_article
from tests.export.portal_fixtures import rich_article

# Times come from the clock of each run, and counters from the order of inserts.
_SKIP = {"pk", "created_at", "updated_at", "submitted_at", "at"}
_TABLES = (ArticleRow, RevisionRow, TransitionRow, ArticleAuthorRow, ArticleMediaRow,
           MediaRow, RelatedPinRow)
_TIMES = {"created_at", "updated_at", "submitted_at", "revised_at", "approved_at",
          "exported_at"}


def _content(room):
    """Every row an import writes, without times and counters, in a stable order.

    The index as a reader finds it: a save on SQLite defers its index rows to the next
    reader (search_index.catch_up), which the batch's bulk path writes at once.
    """
    out = {}
    with room.engine.begin() as conn:
        search_index.catch_up(conn)
    with room.engine.connect() as conn:
        for model in _TABLES:
            table = model.__table__
            cols = [c for c in table.c if c.name not in _SKIP
                    and not (model is TransitionRow and c.name == "id")]
            rows = conn.execute(select(*cols)).all()
            out[table.name] = sorted(tuple(map(repr, r)) for r in rows)
        if room.engine.dialect.name == "sqlite":  # the index rows, whatever their columns
            for name in (search_index.TABLE, search_index.TITLES):
                rows = conn.execute(text(f"SELECT a.id, s.* FROM {name} s "
                                         "JOIN articles a ON a.pk = s.rowid")).all()
                out[name] = sorted(tuple(map(repr, r)) for r in rows)
    return out


def _shown(room, ids):
    """The articles as a reader of the store sees them (times left out)."""
    got = {}
    for i in ids:
        art = asdict(room.services.drafting.get(i))
        got[i] = {k: v for k, v in art.items() if k not in _TIMES}
    return got


def _said(results):
    return [(type(r).__name__, str(r)) if isinstance(r, Exception)
            else (r.article_id, r.outcome, r.notes) for r in results]


def _unexported(exporting, article_id, path):
    """A bundle of the article written without marking it exported (it stays editable)."""
    from editor_app.export.zipwriter import write_zip

    _, files = exporting.bundle_files(article_id)
    write_zip(path, files)
    return path


@pytest.fixture
def bundles(room, cast, tmp_path):
    """Bundles of every kind a batch meets, in an order that mixes them."""
    art, extra = rich_article(room, cast)
    others = extra["others"]
    ex = room.services.exporting
    out = tmp_path / "out"
    twins = [approved_article(room, cast, "Khánh thành cầu dân sinh") for _ in range(2)]
    v16 = approved_article(room, cast, "Bài theo ninjs 1.6")
    older = approved_article(room, cast, "Bài có hai bản")
    paths = {"others0": ex.export(cast.staff, others[0].id, out / "a"),
             "rich": ex.export(cast.staff, art.id, out / "a"),
             "others1": ex.export(cast.staff, others[1].id, out / "a"),
             "twin0": ex.export(cast.staff, twins[0].id, out / "a"),
             "twin1": ex.export(cast.staff, twins[1].id, out / "a"),
             "v16": ex.export(cast.staff, v16.id, out / "a", ExportOptions(profile="1.6")),
             "v1": _unexported(ex, older.id, tmp_path / "v1.zip")}
    # Back home an editor corrects the approved article (it goes back to review).
    room.services.drafting.edit(cast.editor2, older.id, ArticleFields(body="Bản thứ hai.\n"))
    paths["v2"] = _unexported(ex, older.id, tmp_path / "v2.zip")
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(paths["others1"].read_bytes()[:-40])
    p = paths
    batch = [p["others0"], p["rich"], damaged, p["twin0"], p["v1"], p["v2"], p["twin1"],
             p["rich"], p["v16"], p["others1"], p["v1"]]
    return batch, [art.id, *(o.id for o in others[:2]), *(t.id for t in twins), v16.id,
                   older.id]


def _target(tmp_path, name):
    """A copy of one receiving store (the same ids in every copy)."""
    base = tmp_path / "base"
    if not base.exists():
        room = open_newsroom(resolve(base))
        cast = Cast(room)
        # A local article whose slug the twins' bundles also carry: both must find another.
        draft(room, cast.reporter, "Khánh thành cầu dân sinh")
        room.close()
    shutil.copytree(base, tmp_path / name)
    room = open_newsroom(resolve(tmp_path / name))
    return room, room.services.people.by_login("thanh")


def test_a_batch_import_equals_importing_one_by_one(bundles, tmp_path):
    batch, ids = bundles
    one, one_editor = _target(tmp_path, "one")
    many, many_editor = _target(tmp_path, "many")
    try:
        singly = []
        for path in batch:
            try:
                singly.append(one.services.bundles.import_bundle(one_editor, path))
            except Exception as exc:  # compared with the batch's below
                singly.append(exc)
        seen = []
        together = many.services.bundles.import_many(
            many_editor, batch, batch=4, progress=lambda done, total: seen.append((done, total)))
        assert _said(together) == _said(singly)
        assert [r[1] if len(r) == 3 else r[0] for r in _said(together)] == [
            "created", "created", "InvalidInput", "created", "created", "updated", "created",
            "unchanged", "created", "created", "Conflict"]
        assert seen == [(4, 11), (8, 11), (11, 11)]  # the progress bar moves per batch
        assert _content(many) == _content(one)
        assert _shown(many, ids) == _shown(one, ids)
        for word in ("Khánh thành", "cầu", "Nghệ An", "Bản thứ hai", "ninjs"):
            assert ([h.id for h in many.services.search.search(word)]
                    == [h.id for h in one.services.search.search(word)]), word
        # What a result shows is read from the store when asked, as the single import shows.
        first = together[0]
        assert first.article.id == first.article_id
        assert first.article.title == one.services.drafting.get(first.article_id).title
        for r in together:
            if not isinstance(r, Exception):
                stored = many.services.drafting.get(r.article_id)
                assert stored.updated_at > stored.created_at  # causal order kept
    finally:
        one.close()
        many.close()


def test_a_store_refusing_the_bulk_write_falls_back_to_one_by_one(bundles, tmp_path,
                                                                  monkeypatch):
    batch, _ = bundles
    one, one_editor = _target(tmp_path, "one")
    many, many_editor = _target(tmp_path, "many")

    def refuse(self):
        raise IntegrityError("INSERT", {}, Exception("a rule the checks missed"))

    try:
        expected = one.services.bundles.import_many(one_editor, batch)
        monkeypatch.setattr(Batch, "write", refuse)
        got = many.services.bundles.import_many(many_editor, batch)
        assert _said(got) == _said(expected)
        assert _content(many) == _content(one)
    finally:
        one.close()
        many.close()


def test_a_sync_client_store_still_sends_every_imported_article(bundles, tmp_path):
    # Sync capture runs on ORM flushes: such a store imports one by one, and each new
    # article goes into the outbox as it would from a single import.
    from editor_app.store import sync_capture
    from editor_app.store.models import OutboxRow

    batch, _ = bundles
    many, editor = _target(tmp_path, "client")
    try:
        sync_capture.set_mode(many.engine, sync_capture.CLIENT)
        with many.engine.connect() as conn:
            before = conn.execute(select(OutboxRow.article_id)).scalars().all()
        results = many.services.bundles.import_many(editor, batch, batch=4)
        created = {r.article_id for r in results
                   if not isinstance(r, Exception) and r.outcome == "created"}
        with many.engine.connect() as conn:
            sent = conn.execute(select(OutboxRow.article_id, OutboxRow.kind)).all()
        assert created <= {a for a, kind in sent[len(before):] if kind == "revision"}
    finally:
        many.close()
