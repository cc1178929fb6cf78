import json
import unicodedata
import zipfile

import pytest

from editor_app.app import open_newsroom
from editor_app.domain.entities import ArticleFields
from editor_app.domain.errors import Conflict, InvalidInput
from editor_app.domain.workflow import Status
from editor_app.export.verify import verify_bundle
from editor_app.paths import resolve
from tests.conftest import Cast
from tests.export.helpers import approved_article, read_zip, write_zip
from tests.images import png


@pytest.fixture
def bundle(room, cast, tmp_path):
    art = approved_article(room, cast)
    return room.services.exporting.export(cast.staff, art.id, tmp_path / "out")


def test_an_intact_bundle_verifies(bundle):
    report = verify_bundle(bundle)
    assert report.ok, report.problems
    assert report.notes == []  # the official schema was used, not structure only


def test_flipped_byte(bundle, tmp_path):
    files = read_zip(bundle)
    html = bytearray(files["index.html"])
    html[500] ^= 0x01
    files["index.html"] = bytes(html)
    report = verify_bundle(write_zip(tmp_path / "x.zip", files))
    assert report.problems == ["index.html: SHA-256 does not match the manifest"]


def test_missing_and_extra_files(bundle, tmp_path):
    files = read_zip(bundle)
    del files["article.md"]
    files["media/" + "0" * 64 + ".png"] = png()
    report = verify_bundle(write_zip(tmp_path / "x.zip", files))
    assert "article.md: listed in the manifest but missing" in report.problems
    assert f"media/{'0' * 64}.png: present but not listed in the manifest" in report.problems


def test_tampered_manifest(bundle, tmp_path):
    files = read_zip(bundle)
    mf = json.loads(files["manifest.json"])
    mf["files"][0]["size"] += 1
    files["manifest.json"] = json.dumps(mf).encode()
    report = verify_bundle(write_zip(tmp_path / "x.zip", files))
    assert any("manifest says" in p for p in report.problems)
    files["manifest.json"] = b"{not json"
    report = verify_bundle(write_zip(tmp_path / "y.zip", files))
    assert any("not a valid manifest" in p for p in report.problems)


def test_active_content_and_invalid_ninjs_are_reported(bundle, tmp_path):
    files = read_zip(bundle)
    files["index.html"] = files["index.html"].replace(b"</body>",
                                                      b"<script>alert(1)</script></body>")
    doc = json.loads(files["article.json"])
    doc["pubStatus"] = "published"
    files["article.json"] = json.dumps(doc).encode()
    mf = json.loads(files["manifest.json"])
    import hashlib

    for f in mf["files"]:  # a forger who also fixes the hashes is still caught
        f["sha256"] = hashlib.sha256(files[f["path"]]).hexdigest()
        f["size"] = len(files[f["path"]])
    files["manifest.json"] = json.dumps(mf).encode()
    report = verify_bundle(write_zip(tmp_path / "x.zip", files))
    assert "index.html: active content <script>" in report.problems
    assert any("pubStatus" in p for p in report.problems)


HOSTILE = {
    "traversal": ({"../evil.txt": b"x"}, "outside the bundle"),
    "nested traversal": ({"media/../../evil.txt": b"x"}, "outside the bundle"),
    "absolute": ({"/etc/passwd": b"x"}, "absolute path"),
    "drive letter": ({"C:/Windows/evil.dll": b"x"}, "drive letter"),
    "backslash": ({"media\\evil.png": b"x"}, "backslash"),
    "control character": ({"article\x07.md": b"x"}, "control character"),
    "duplicate after casefold": ({"article.md": b"a", "ARTICLE.md": b"b"}, "same name as"),
    "duplicate after NFC": ({"media/" + "a" * 64 + ".png": b"a",
                             unicodedata.normalize("NFD", "Ắ.png"): b"b"},
                            "not a file a bundle may hold"),
    "unknown file": ({"run.sh": b"#!/bin/sh"}, "not a file a bundle may hold"),
    "zip bomb": ({"index.html": b"\0" * (10 * 1024 * 1024)}, "zip bomb"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_bundles_are_refused_and_nothing_changes(room, cast, tmp_path, case):
    files, message = HOSTILE[case]
    path = write_zip(tmp_path / "hostile.zip", files)
    before = room.services.drafting.count()
    with pytest.raises(InvalidInput, match=message):
        room.services.bundles.import_bundle(cast.editor, path)
    assert room.services.drafting.count() == before
    assert not (tmp_path / "evil.txt").exists()


def test_symlink_entry_is_refused(room, cast, tmp_path):
    path = write_zip(tmp_path / "l.zip", {"article.md": b"/etc/passwd"}, symlinks={"article.md"})
    with pytest.raises(InvalidInput, match="symbolic link"):
        room.services.bundles.import_bundle(cast.editor, path)


def test_not_a_zip(room, cast, tmp_path):
    path = tmp_path / "n.zip"
    path.write_bytes(b"\x00" * 100)
    with pytest.raises(InvalidInput, match="not a readable zip"):
        room.services.bundles.import_bundle(cast.editor, path)


def test_too_many_entries(room, cast, tmp_path):
    files = {f"media/{i:064x}.png": b"" for i in range(600)}
    with pytest.raises(InvalidInput, match="entries"):
        room.services.bundles.import_bundle(cast.editor, write_zip(tmp_path / "m.zip", files))


def test_round_trip_into_another_store_keeps_everything(room, cast, bundle, tmp_path):
    original = room.services.drafting.get(read_manifest(bundle)["articleId"])
    other = open_newsroom(resolve(tmp_path / "other"))
    try:
        Cast(other)  # the same logins and categories exist on the editor's machine
        editor = other.services.people.by_login("thanh")
        result = other.services.bundles.import_bundle(editor, bundle)
        got = result.article
        assert result.outcome == "created"
        assert got.id == original.id
        assert got.revision_id == original.revision_id
        for field in ("title", "subtitle", "summary", "body", "slug", "byline", "department",
                      "source", "dateline", "tags", "category_name", "version"):
            assert getattr(got, field) == getattr(original, field), field
        assert got.body == unicodedata.normalize("NFC", got.body)
        assert [p.login for p in got.authors] == ["an"]
        assert got.status is Status.DRAFT  # a received article starts its local life as a draft
        assert got.featured.sha256 == original.featured.sha256
        assert (got.featured.caption, got.featured.credit, got.featured.alt) == (
            "Cây cầu mới", "Hoàng Khoa", "Cầu treo")
        assert other.services.media.data(got.featured.sha256) == png(8, 6)
        # The same bundle again: no duplicate.
        again = other.services.bundles.import_bundle(editor, bundle)
        assert again.outcome == "unchanged"
        assert other.services.drafting.count() == 1
        assert other.services.search.search("cau dan sinh")[0].id == got.id
    finally:
        other.close()


def test_import_never_overwrites_newer_local_work(room, cast, tmp_path):
    art = approved_article(room, cast)
    old = room.services.exporting.export(cast.staff, art.id, tmp_path / "v1")
    other = open_newsroom(resolve(tmp_path / "other"))
    try:
        Cast(other)
        editor = other.services.people.by_login("thanh")
        other.services.bundles.import_bundle(editor, old)
        # Locally, the article moves on ...
        other.services.drafting.edit(editor, art.id, ArticleFields(body="Bản sửa tại chỗ\n"))
        with pytest.raises(Conflict):
            other.services.bundles.import_bundle(editor, old)
        assert other.services.drafting.get(art.id).body == "Bản sửa tại chỗ\n"
    finally:
        other.close()


def test_a_newer_bundle_updates_the_local_copy(room, cast, tmp_path):
    from editor_app.export.zipwriter import write_zip as write_bundle

    art = approved_article(room, cast)
    _, v1_files = room.services.exporting.bundle_files(art.id)
    v1 = tmp_path / "v1.zip"
    write_bundle(v1, v1_files)
    # Back home an editor corrects the approved article (it goes back to review) ...
    room.services.drafting.edit(cast.editor2, art.id, ArticleFields(body="Bản đã sửa số liệu\n"))
    fixed = room.services.drafting.get(art.id)
    _, v2_files = room.services.exporting.bundle_files(art.id)
    v2 = tmp_path / "v2.zip"
    write_bundle(v2, v2_files)
    other = open_newsroom(resolve(tmp_path / "other"))
    try:
        Cast(other)
        editor = other.services.people.by_login("thanh")
        assert other.services.bundles.import_bundle(editor, v1).outcome == "created"
        result = other.services.bundles.import_bundle(editor, v2)
        assert result.outcome == "updated"
        assert result.article.body == "Bản đã sửa số liệu\n"
        assert result.article.revision_id == fixed.revision_id
        assert result.article.version == fixed.version
        # An older bundle after a newer one is refused: it would overwrite newer work.
        with pytest.raises(Conflict):
            other.services.bundles.import_bundle(editor, v1)
    finally:
        other.close()


def read_manifest(path):
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("manifest.json"))


def test_a_batch_import_keeps_the_good_bundles_whatever_fails_beside_them(room, cast, tmp_path):
    # Bundles are applied many to a transaction, each in its own savepoint: one refused
    # while being read, or refused inside the transaction, fails alone.
    arts = [approved_article(room, cast, f"Bài {i}") for i in range(4)]
    paths = [room.services.exporting.export(cast.staff, a.id, tmp_path / "out") for a in arts]
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(paths[1].read_bytes()[:-40])
    other = open_newsroom(resolve(tmp_path / "other"))
    try:
        Cast(other)
        editor = other.services.people.by_login("thanh")
        other.services.bundles.import_bundle(editor, paths[0])
        other.services.drafting.edit(editor, arts[0].id, ArticleFields(body="Sửa tại chỗ\n"))
        batch = [paths[1], damaged, paths[0], paths[2], paths[3]]
        results = other.services.bundles.import_many(editor, batch, batch=2)
        assert [type(r).__name__ for r in results] == [
            "ImportResult", "InvalidInput", "Conflict", "ImportResult", "ImportResult"]
        assert [r.article.id for r in results if not isinstance(r, Exception)] == [
            arts[1].id, arts[2].id, arts[3].id]
        assert other.services.drafting.count() == 4
        assert other.services.drafting.get(arts[0].id).body == "Sửa tại chỗ\n"
        assert other.services.drafting.get(arts[2].id).category_name == arts[2].category_name
    finally:
        other.close()


def test_an_image_whose_bytes_are_not_its_name_is_refused(bundle, tmp_path):
    # The manifest made to agree: only the image's name gives it away.
    import hashlib

    files = read_zip(bundle)
    name = next(n for n in files if n.startswith("media/"))
    files[name] = png(9, 7)
    manifest = json.loads(files["manifest.json"])
    for f in manifest["files"]:
        if f["path"] == name:
            f.update(sha256=hashlib.sha256(files[name]).hexdigest(), size=len(files[name]))
    files["manifest.json"] = json.dumps(manifest).encode()
    report = verify_bundle(write_zip(tmp_path / "x.zip", files))
    assert report.problems == [f"{name}: content does not match its name"]
