import hashlib
import json

import jsonschema
import pytest

from editor_app.domain.errors import InvalidState, PermissionDenied
from editor_app.domain.workflow import Status
from editor_app.export import zipwriter
from editor_app.export.verify import find_schema, ninjs_problems
from tests.conftest import NINJS, NINJS_SCHEMA, draft
from tests.export.helpers import approved_article, read_zip
from tests.images import png


def test_the_official_schema_is_where_the_tests_expect_it():
    assert NINJS_SCHEMA.is_file()
    assert find_schema() == NINJS_SCHEMA


@pytest.mark.parametrize("example", sorted(NINJS.glob("example_*.json")), ids=lambda p: p.name)
def test_iptc_examples_pass_our_validator(example):
    assert ninjs_problems(json.loads(example.read_text("utf-8")), NINJS_SCHEMA) == []


def test_the_validator_rejects_what_the_schema_forbids():
    problems = ninjs_problems({"uri": "not a uri", "pubStatus": "maybe", "extra": 1},
                              NINJS_SCHEMA)
    assert any("pubStatus" in p for p in problems)
    assert any("uri" in p for p in problems)
    assert any("extra" in p or "Unevaluated" in p for p in problems)


def test_export_writes_a_valid_complete_bundle(room, cast, tmp_path):
    art = approved_article(room, cast)
    path = room.services.exporting.export(cast.staff, art.id, tmp_path)
    assert path.name == f"khanh-thanh-cau-dan-sinh-{art.id[:8]}.zip"
    files = read_zip(path)
    media = [n for n in files if n.startswith("media/")]
    assert sorted(files) == sorted(["article.json", "index.html", "body.html", "article.md",
                                    "manifest.json", *media])
    assert len(media) == 1
    assert files[media[0]] == png(8, 6)
    doc = json.loads(files["article.json"])
    assert ninjs_problems(doc, NINJS_SCHEMA) == []
    jsonschema.Draft202012Validator(json.loads(NINJS_SCHEMA.read_text())).validate(doc)
    assert doc["uri"] == f"urn:uuid:{art.id}"
    assert doc["language"] == "vi"
    assert doc["pubStatus"] == "usable"
    assert [h["value"] for h in doc["headlines"]] == ["Khánh thành cầu dân sinh", "Phụ đề"]
    assert doc["descriptions"][0]["value"] == "Sapo về cây cầu mới"
    assert doc["bodies"][0]["wordCount"] > 0
    assert "<strong>vui mừng</strong>" in doc["bodies"][0]["value"]
    assert doc["by"] == "Nguyễn Văn An"
    assert doc["located"] == "Đồng Xuân"
    assert {s["name"] for s in doc["subjects"]} == {"Trong tỉnh", "giao thông", "nông thôn mới"}
    assert doc["infoSources"] == [{"name": "Báo Sơn Hà", "role": "source"}]
    featured = doc["associations"][0]
    assert featured["name"] == "featured"
    assert featured["descriptions"][0]["value"] == "Cây cầu mới"
    assert featured["altIds"][0]["value"] == media[0]
    mf = json.loads(files["manifest.json"])
    assert mf["approvedBy"] == cast.editor.name
    assert {f["path"] for f in mf["files"]} == set(files) - {"manifest.json"}
    for f in mf["files"]:
        assert hashlib.sha256(files[f["path"]]).hexdigest() == f["sha256"]
    assert "exporter" not in json.dumps(mf)  # who exported is kept in the store, not the bundle
    md = files["article.md"].decode()
    assert md.startswith("---\ntitle: Khánh thành cầu dân sinh\n")
    assert "## Niềm vui" in md
    after = room.services.drafting.get(art.id)
    assert after.status is Status.EXPORTED
    records = room.services.exporting.records(art.id)
    assert len(records) == 1
    assert records[0].exporter_name == cast.staff.name
    assert records[0].sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_exporting_an_unchanged_revision_again_is_byte_identical(room, cast, tmp_path):
    art = approved_article(room, cast)
    first = room.services.exporting.export(cast.staff, art.id, tmp_path / "a").read_bytes()
    second = room.services.exporting.export(cast.staff, art.id, tmp_path / "b").read_bytes()
    assert first == second
    assert len(room.services.exporting.records(art.id)) == 2


def test_only_staff_export_only_approved_articles(room, cast, tmp_path):
    out = tmp_path / "out"
    art = approved_article(room, cast)
    with pytest.raises(PermissionDenied):
        room.services.exporting.export(cast.editor, art.id, out)
    d = draft(room, cast.reporter, "Nháp")
    with pytest.raises(InvalidState):
        room.services.exporting.export(cast.staff, d.id, out)
    assert not out.exists()


def test_a_failure_mid_write_leaves_no_file_and_no_status_change(room, cast, tmp_path,
                                                                  monkeypatch):
    art = approved_article(room, cast)

    def half_then_fail(path, files):
        path.write_bytes(b"PK\x03\x04 half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("editor_app.services.export_parts.write_zip_file", half_then_fail)
    out = tmp_path / "out"
    with pytest.raises(OSError, match="No space"):
        room.services.exporting.export(cast.staff, art.id, out)
    assert list(out.iterdir()) == []  # not even the temporary file
    assert room.services.drafting.get(art.id).status is Status.APPROVED
    assert room.services.exporting.records(art.id) == []


def test_a_failed_commit_leaves_no_file(room, cast, tmp_path, monkeypatch):
    art = approved_article(room, cast)

    def refuse(*a, **k):
        raise InvalidState("the store refused the record")

    monkeypatch.setattr(type(room.services.exporting), "_record", refuse)
    out = tmp_path / "out"
    with pytest.raises(InvalidState):
        room.services.exporting.export(cast.staff, art.id, out)
    assert list(out.iterdir()) == []


def test_batch_reports_progress_failures_and_cancel(room, cast, tmp_path):
    good = [approved_article(room, cast, f"Bài {i}") for i in range(4)]
    bad = draft(room, cast.reporter, "Chưa duyệt")
    seen = []
    report = room.services.exporting.export_many(
        cast.staff, tmp_path, [good[0].id, bad.id, good[1].id],
        progress=lambda done, total, name: seen.append((done, total)))
    assert [r.article_id for r in report.written] == [good[0].id, good[1].id]
    assert [r.article_id for r in report.failed] == [bad.id]
    assert "draft" in report.failed[0].error
    assert seen == [(1, 3), (2, 3), (3, 3)]
    calls = iter([False, True])
    report = room.services.exporting.export_many(cast.staff, tmp_path / "c",
                                                 cancelled=lambda: next(calls))
    assert report.cancelled
    assert len(report.written) == 1  # two were still approved: one done, then stopped


def test_zip_writer_is_deterministic(tmp_path):
    files = {"b.txt": b"hai", "a.txt": "một".encode(), "media/x.png": png()}
    zipwriter.write_zip(tmp_path / "1.zip", files)
    zipwriter.write_zip(tmp_path / "2.zip", dict(reversed(files.items())))
    assert (tmp_path / "1.zip").read_bytes() == (tmp_path / "2.zip").read_bytes()


def test_batch_a_record_refused_at_commit_fails_alone(room, cast, tmp_path, monkeypatch):
    # A batch writes its bundles first and records them together; an article edited in
    # between is refused alone (its file removed), the others of the batch are recorded.
    from editor_app.domain.entities import ArticleFields
    from editor_app.services import export_batch

    arts = [approved_article(room, cast, f"Bài {i}") for i in range(3)]
    write = export_batch.checked_temp

    def write_then_edit(article, *a, **k):
        written = write(article, *a, **k)
        if article.id == arts[1].id:
            room.services.drafting.edit(cast.editor, article.id,
                                        ArticleFields(summary="Sửa sau"))
        return written

    monkeypatch.setattr(export_batch, "checked_temp", write_then_edit)
    out = tmp_path / "out"
    report = room.services.exporting.export_many(cast.staff, out, [a.id for a in arts])
    assert [r.article_id for r in report.written] == [arts[0].id, arts[2].id]
    assert [r.article_id for r in report.failed] == [arts[1].id]
    assert sorted(p.name for p in out.iterdir()) == sorted(r.path.name for r in report.written)
    assert room.services.drafting.get(arts[1].id).status is not Status.EXPORTED
    assert room.services.exporting.records(arts[1].id) == []
    for r in report.written:
        assert room.services.drafting.get(r.article_id).status is Status.EXPORTED
        assert [x.path for x in room.services.exporting.records(r.article_id)] == [str(r.path)]


def test_batch_whose_commit_fails_records_nothing_and_leaves_no_file(room, cast, tmp_path,
                                                                     monkeypatch):
    from editor_app.domain.errors import StorageFull
    from editor_app.store.uow import UnitOfWork

    arts = [approved_article(room, cast, f"Bài {i}") for i in range(3)]
    commit = UnitOfWork.commit

    def full(self):
        if self.write:
            raise StorageFull("đĩa đầy")
        commit(self)

    monkeypatch.setattr(UnitOfWork, "commit", full)
    out = tmp_path / "out"
    report = room.services.exporting.export_many(cast.staff, out, [a.id for a in arts])
    monkeypatch.setattr(UnitOfWork, "commit", commit)
    assert report.written == []
    assert sorted(r.article_id for r in report.failed) == sorted(a.id for a in arts)
    assert all("đĩa đầy" in r.error for r in report.failed)
    assert list(out.iterdir()) == []
    for a in arts:
        assert room.services.drafting.get(a.id).status is Status.APPROVED
        assert room.services.exporting.records(a.id) == []


def test_batch_larger_than_one_commit_records_every_bundle(room, cast, tmp_path, monkeypatch):
    monkeypatch.setattr("editor_app.services.exporting.BATCH", 2)
    arts = [approved_article(room, cast, f"Bài {i}") for i in range(5)]
    seen = []
    report = room.services.exporting.export_many(
        cast.staff, tmp_path / "out", [a.id for a in arts],
        progress=lambda done, total, name: seen.append(done))
    assert [r.article_id for r in report.written] == [a.id for a in arts]
    assert seen == [1, 2, 3, 4, 5]
    for r in report.written:
        assert [x.path for x in room.services.exporting.records(r.article_id)] == [str(r.path)]
        assert room.services.exporting.verify(r.path).ok


def test_a_zip_built_in_memory_is_the_one_zipfile_writes_to_a_file(tmp_path):
    # write_zip_file builds the zip in memory and writes it at once; zipfile writing to
    # the file itself (as it did before) gives the same bytes.
    import zipfile

    files = {"index.html": b"<p>Trang</p>" * 500, "article.md": "Bài".encode(),
             "media/x.png": png(), "manifest.json": b"{}\n"}
    with zipfile.ZipFile(tmp_path / "direct.zip", "w") as zf:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=zipwriter.FIXED_TIME)
            info.external_attr = zipwriter.FILE_MODE
            info.create_system = 3
            info.compress_type = (zipfile.ZIP_STORED if name.startswith("media/")
                                  else zipfile.ZIP_DEFLATED)
            zf.writestr(info, files[name], compresslevel=6)
    written = zipwriter.write_zip_file(tmp_path / "memory.zip", files)
    assert written == (tmp_path / "memory.zip").read_bytes()
    assert written == (tmp_path / "direct.zip").read_bytes()
