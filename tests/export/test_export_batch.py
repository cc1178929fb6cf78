"""The batch export's shortcuts give what the one-article path gives.

A batch reads its articles together (related candidates once per category), renders
their bodies in one request and checks the ninjs association by association; each
test pins one of those to the plain path it replaces.
"""

import copy
import json

import pytest

from editor_app.domain.entities import ArticleFields
from editor_app.export.ninjs_check import _validator
from editor_app.export.verify import find_schema, ninjs_problems
from editor_app.render.guard import RenderGuard
from editor_app.services.export_facts import Shared, read_facts
from editor_app.services.related import RelatedCache, related_items, related_of
from tests.conftest import NINJS, NINJS_SCHEMA, draft
from tests.export.helpers import approved_article, read_zip


def _publish(room, cast, title, category, **kw):
    art = draft(room, cast.reporter, title, category_id=category, body=f"Bài **{title}**.\n",
                **kw)
    r = room.services.review
    r.submit(cast.reporter, art.id)
    r.start_review(cast.editor, art.id)
    r.approve(cast.editor, art.id)
    return art


def _publish_draft(room, cast, art):
    r = room.services.review
    r.submit(cast.reporter, art.id)
    r.start_review(cast.editor2, art.id)
    r.approve(cast.editor2, art.id)  # the other editor wrote part of it
    return room.services.drafting.get(art.id)


@pytest.fixture
def newsroom(room, cast):
    """Approved articles in a parent and a child category and another, pins and a hide."""
    arts = [approved_article(room, cast, f"Có ảnh {i}") for i in range(2)]
    arts += [_publish(room, cast, f"Thời sự {i}", "Thời sự") for i in range(6)]
    arts += [_publish(room, cast, f"Trong tỉnh {i}", "Trong tỉnh") for i in range(8)]
    arts += [_publish(room, cast, f"Kinh tế {i}", "Kinh tế") for i in range(3)]
    # Two authors, and a writer who is neither (the editor who listed them).
    two = draft(room, cast.reporter, "Hai tác giả", category_id="Kinh tế")
    room.services.drafting.edit(cast.editor, two.id, ArticleFields(
        author_ids=(cast.reporter2.id, cast.reporter.id)))
    arts.append(_publish_draft(room, cast, two))
    room.services.related.set_choices(cast.editor, arts[3].id, [arts[17].id, arts[5].id],
                                      [arts[4].id])
    room.services.related.set_choices(cast.editor, arts[9].id, [], [arts[10].id, arts[11].id])
    return arts


def test_a_batch_writes_the_bundles_a_single_read_builds(room, cast, newsroom, tmp_path):
    # Bundles carry no export time: the same article gives the same bytes. The single
    # path is read first (a batch changes statuses, hence the related lists' dates).
    ids = [a.id for a in newsroom]
    bad = draft(room, cast.reporter, "Chưa duyệt")
    single = {aid: room.services.exporting.bundle_files(aid)[1] for aid in ids}
    seen = []
    report = room.services.exporting.export_many(
        cast.staff, tmp_path, [*ids[:5], bad.id, *ids[5:]],
        progress=lambda done, total, name: seen.append(done))
    assert [r.article_id for r in report.failed] == [bad.id]  # it fails alone
    assert [r.article_id for r in report.written] == ids
    assert seen == list(range(1, len(ids) + 2))
    for r in report.written:
        assert read_zip(r.path) == single[r.article_id]
        assert room.services.exporting.verify(r.path).ok
        assert [x.path for x in room.services.exporting.records(r.article_id)] == [str(r.path)]


def test_related_cache_gives_the_query_s_lists(room, cast, newsroom):
    with room.uow() as uow:
        for size in (31, 3, 1):  # roomy, and so small that it must ask the store
            cache = RelatedCache(size=size)
            for a in newsroom:
                pins = uow.related.pins(a.id)
                for limit in (15, 4):
                    assert related_of(uow, a.id, a.category_id, pins, limit, cache) == \
                        related_items(uow, a.id, limit), (size, a.title, limit)


def test_facts_read_for_a_batch_are_those_read_alone(room, cast, newsroom):
    ids = [a.id for a in newsroom]
    with room.uow() as uow:
        for shared in (Shared.read(uow), Shared.read(uow, ids), Shared.read(uow, ids[::3])):
            for a in newsroom:
                assert read_facts(uow, a.id, shared) == read_facts(uow, a.id)


def _mutations(doc):
    """Documents a little off the schema, in and out of the associations."""
    yield doc
    for key, value in (("uri", "not a uri"), ("extra", 1), ("pubStatus", "maybe"),
                       ("associations", {}), ("associations", [1]), ("versionCreated", "x"),
                       ("people", [{"name": 1}]), ("headlines", "x"), ("bodies", [{}]),
                       ("language", None), ("subjects", [{"name": "x", "other": 1}])):
        bad = copy.deepcopy(doc)
        bad[key] = value
        yield bad
    yield {k: v for k, v in doc.items() if k != "uri"}  # required
    yield [doc]
    for i in range(len(doc.get("associations", []))):
        for key, value in (("uri", "not a uri"), ("extra", 1), ("name", 3), ("type", "x")):
            bad = copy.deepcopy(doc)
            bad["associations"][i][key] = value
            yield bad
        bad = copy.deepcopy(doc)
        del bad["associations"][i]["name"]
        yield bad


def test_ninjs_checked_by_parts_says_what_the_whole_validation_says(room, cast, newsroom):
    docs = [json.loads(room.services.exporting.bundle_files(a.id)[1]["article.json"])
            for a in newsroom[:4]]
    docs += [json.loads(p.read_text("utf-8")) for p in sorted(NINJS.glob("example_*.json"))]
    whole = _validator(str(NINJS_SCHEMA))
    for doc in docs:
        for variant in _mutations(doc):
            expected = [f"article.json {'/'.join(map(str, e.absolute_path)) or '(top)'}: "
                        f"{e.message}" for e in sorted(whole.iter_errors(variant),
                                                       key=lambda e: list(e.absolute_path))]
            assert ninjs_problems(variant, NINJS_SCHEMA) == expected
            assert ninjs_problems(variant, NINJS_SCHEMA) == expected  # remembered: same


def test_the_1_6_schema_is_checked_whole():
    doc = {"uri": "urn:uuid:x", "associations": {"a": {"uri": 3}}}
    assert ninjs_problems(doc, find_schema(profile="1.6"))


def test_render_many_gives_each_render_and_a_hostile_source_fails_alone():
    sources = ["# Một", "[" * 20_000, "**Hai**", "a" * 2_000_001, "Ba"]
    with RenderGuard(timeout=3.0) as guard:
        many = list(guard.render_many(sources))
        assert guard.restarts == 1
        assert [r.ok for r in many] == [True, False, True, False, True]
        assert "longer than" in many[1].error
        assert "too long" in many[3].error
        for source, got in zip(sources, many, strict=True):
            if got.ok:
                assert got == guard.render(source)


def test_render_many_left_half_way_leaves_the_next_render_right():
    with RenderGuard(timeout=3.0) as guard:
        results = guard.render_many(["một", "hai", "ba"])
        assert next(results).html == guard.__class__(timeout=3.0).render("một").html
        results.close()  # the answers still coming must not reach the next caller
        assert "bốn" in guard.render("bốn").html


def test_a_bundle_whose_rename_fails_fails_alone(room, cast, newsroom, tmp_path, monkeypatch):
    from editor_app import atomic

    ids = [a.id for a in newsroom[:4]]
    replace = atomic.replace_synced

    def full_disk_for_the_second(tmp, target, **kw):
        if ids[1][:8] in target.name:
            raise OSError(28, "No space left on device")
        replace(tmp, target, **kw)

    monkeypatch.setattr(atomic, "replace_synced", full_disk_for_the_second)
    out = tmp_path / "out"
    report = room.services.exporting.export_many(cast.staff, out, ids)
    assert [r.article_id for r in report.failed] == [ids[1]]
    assert "No space left" in report.failed[0].error
    assert [r.article_id for r in report.written] == [ids[0], *ids[2:]]
    # No bundle of the failed one, nor its temporary file.
    assert sorted(p.name for p in out.iterdir()) == sorted(r.path.name for r in report.written)
    assert room.services.exporting.records(ids[1]) == []
