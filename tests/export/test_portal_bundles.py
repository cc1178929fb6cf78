"""Bundles a real portal ingests: ninjs 3.1 and 1.6, absolute hrefs, and lossless round trips."""

import json
import re

import jsonschema
import pytest
import yaml
from jsonschema.validators import validator_for

from editor_app import resources
from editor_app.app import open_newsroom
from editor_app.domain.errors import InvalidInput
from editor_app.export.verify import verify_bundle
from editor_app.paths import resolve
from editor_app.services.exporting import ExportOptions
from tests.conftest import Cast
from tests.export.helpers import read_zip
from tests.export.portal_fixtures import rich_article

BASE = "https://portal.example.vn/"


def strict(profile):
    """The official schema of *profile*, with its format checker (uri, date-time)."""
    schema = json.loads(resources.ninjs_schema(profile).read_text("utf-8"))
    cls = validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@pytest.fixture
def rich(room, cast):
    return rich_article(room, cast)


def export(room, cast, art, out, **options):
    return room.services.exporting.export(cast.staff, art.id, out, ExportOptions(**options))


def test_the_format_checker_refuses_what_the_bare_schema_lets_through():
    """The check below is worth something: a date and a URI that are only strings fail."""
    doc = {"uri": "urn:uuid:1", "versioncreated": "yesterday", "renditions": {
        "original": {"href": "media/x.png"}}}
    errors = [e.message for e in strict("1.6").iter_errors(doc)]
    assert any("date-time" in m for m in errors)
    assert any("'media/x.png' is not a 'uri'" in m for m in errors)
    jsonschema.Draft7Validator(json.loads(resources.ninjs_schema("1.6").read_text())).validate(doc)


@pytest.mark.parametrize("profile", ["3.1", "1.6"])
def test_each_profile_validates_against_its_own_schema_with_formats(room, cast, rich, tmp_path,
                                                                    profile):
    art, _ = rich
    path = export(room, cast, art, tmp_path / profile, profile=profile, base_url=BASE)
    files = read_zip(path)
    doc = json.loads(files["article.json"])
    assert [e.message for e in strict(profile).iter_errors(doc)] == []
    assert json.loads(files["manifest.json"])["ninjsProfile"] == profile
    report = verify_bundle(path)
    assert report.ok, report.problems
    assert report.notes == []


def test_ninjs_16_speaks_the_names_1x_consumers_read(room, cast, rich, tmp_path):
    art, extra = rich
    files = read_zip(export(room, cast, art, tmp_path, profile="1.6", base_url=BASE))
    doc = json.loads(files["article.json"])
    assert doc["$standard"]["version"] == "1.6"
    assert doc["headline"] == "Ngành Y tế Nghệ An: nhiều đổi mới"
    assert doc["description_text"] == 'Sapo: "mới" # không phải chú thích'
    assert doc["byline"] == "Nguyễn Văn An"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", doc["versioncreated"])
    assert "<figure" in doc["body_html"]
    assert {s["name"] for s in doc["subject"]} == {"Trong tỉnh", "y tế"}
    assoc = doc["associations"]
    assert isinstance(assoc, dict)
    feature = assoc["featuremedia"]
    assert feature["description_text"] == "Ảnh chính"
    assert feature["byline"] == "Hoàng Khoa"
    path = feature["altids"]["bundle-path"]
    assert feature["renditions"]["original"]["href"] == "https://portal.example.vn/" + path
    # The related list with roles, numbered in the page's order (a JSON object's keys have
    # no order a consumer may rely on): the two pins, then the hidden one.
    assert sorted(k for k in assoc if k.startswith(("pinned_", "related_", "hidden_"))) == [
        "hidden_1", "pinned_1", "pinned_2"]
    assert [assoc[k]["uri"] for k in ("pinned_1", "pinned_2", "hidden_1")] == [
        f"urn:uuid:{i}" for i in (*extra["pinned"], *extra["hidden"])]


def test_renditions_carry_absolute_hrefs_only_with_a_base_url(room, cast, rich, tmp_path):
    art, _ = rich
    with_base = json.loads(read_zip(export(room, cast, art, tmp_path / "a",
                                           base_url=BASE + "sub"))["article.json"])
    pictures = [a for a in with_base["associations"] if a["type"] == "picture"]
    assert len(pictures) == 3  # featured and two inline
    for a in pictures:
        bundle_path = a["altIds"][0]["value"]
        assert a["renditions"][0]["href"] == f"https://portal.example.vn/sub/{bundle_path}"
    assert {a["rel"] for a in with_base["associations"]} == {"featured", "inline", "pinned",
                                                              "hidden"}
    without = json.loads(read_zip(export(room, cast, art, tmp_path / "b"))["article.json"])
    assert not any("href" in r for a in without["associations"]
                   for r in a.get("renditions", []))


@pytest.mark.parametrize("bad", [{"profile": "2.0"}, {"base_url": "portal.example.vn"},
                                 {"base_url": "ftp://portal.example.vn"},
                                 {"base_url": "https://x.vn/?a=1"}])
def test_unknown_profiles_and_base_urls_are_refused(bad):
    with pytest.raises(InvalidInput):
        ExportOptions(**bad)


def test_the_manifest_lists_body_html_and_the_related_choices(room, cast, rich, tmp_path):
    art, extra = rich
    files = read_zip(export(room, cast, art, tmp_path))
    manifest = json.loads(files["manifest.json"])
    assert "body.html" in {f["path"] for f in manifest["files"]}
    assert manifest["related"] == {"pinned": extra["pinned"], "hidden": extra["hidden"]}
    body = files["body.html"].decode()
    assert "<html" not in body
    assert "<h1" not in body
    assert '<figcaption>Trạm y tế mới <span class="credit">(Ảnh: Lê Hà)</span></figcaption>' \
        in body


def test_article_md_front_matter_is_yaml(room, cast, rich, tmp_path):
    art, _ = rich
    md = read_zip(export(room, cast, art, tmp_path))["article.md"].decode()
    header = md.split("---\n")[1]
    meta = yaml.safe_load(header)
    assert meta["title"] == "Ngành Y tế Nghệ An: nhiều đổi mới"
    assert meta["summary"] == 'Sapo: "mới" # không phải chú thích'
    assert meta["id"] == art.id


@pytest.mark.parametrize("profile", ["3.1", "1.6"])
def test_pins_hides_and_captions_survive_export_and_import(room, cast, rich, tmp_path, profile):
    art, extra = rich
    out = tmp_path / "out"
    options = ExportOptions(profile=profile)
    batch = room.services.exporting.export_many(
        cast.staff, out, [*(o.id for o in extra["others"]), art.id], options=options)
    assert not batch.failed, batch.failed
    other = open_newsroom(resolve(tmp_path / "other"))
    try:
        Cast(other)
        editor = other.services.people.by_login("thanh")
        results = other.services.bundles.import_many(editor, [r.path for r in batch.written])
        assert not [r for r in results if isinstance(r, Exception)], results
        got = other.services.drafting.get(art.id)
        assert other.services.related.choices(art.id) == (extra["pinned"], extra["hidden"])
        media = {m.sha256: (m.caption, m.credit, m.alt) for m in got.media}
        assert media[extra["alone"].sha256] == ("Trạm y tế mới", "Lê Hà",
                                                "Toà nhà hai tầng màu trắng")
        assert media[extra["inside"].sha256] == ("Biểu tượng", "", "Dấu cộng đỏ")
        assert (got.featured.caption, got.featured.credit, got.featured.alt) == (
            "Ảnh chính", "Hoàng Khoa", "Cổng trạm")
        assert got.title == "Ngành Y tế Nghệ An: nhiều đổi mới"
        assert [p.login for p in got.authors] == ["an"]
        # The page the importing store renders shows the same figure.
        page = other.services.rendering.page(got)
        assert "<figcaption>Trạm y tế mới" in page
    finally:
        other.close()


def test_import_keeps_the_bundles_approval_as_provenance_only(room, cast, rich, tmp_path):
    art, _ = rich
    path = export(room, cast, art, tmp_path)
    other = open_newsroom(resolve(tmp_path / "other"))
    try:
        Cast(other)
        editor = other.services.people.by_login("lan")
        result = other.services.bundles.import_bundle(editor, path)
        approved_at = json.loads(read_zip(path)["manifest.json"])["approvedAt"]
        said = f"approved by {cast.editor.name} at {approved_at}"
        assert any(said in n for n in result.notes), result.notes
        got = result.article
        assert got.status.value == "draft"  # not approved here on the bundle's word
        assert got.approved_by is None
        assert got.approved_at is None
        history = other.services.review.history(art.id)
        assert any(said in h.text for h in history), [h.text for h in history]
    finally:
        other.close()


def test_a_missing_category_is_reported_for_every_bundle_of_a_batch(room, cast, rich, tmp_path):
    art, extra = rich
    ids = [extra["others"][0].id, art.id]
    batch = room.services.exporting.export_many(cast.staff, tmp_path / "out", ids)
    other = open_newsroom(resolve(tmp_path / "other"))
    try:
        editor = other.services.people.add("thanh", "Đỗ Văn Thành", "editor")
        results = other.services.bundles.import_many(editor, [r.path for r in batch.written])
        assert len(results) == 2
        for r in results:
            assert any("category 'Trong tỉnh' does not exist here" in n for n in r.notes), r
    finally:
        other.close()


def test_a_reporter_importing_does_not_bring_pins_and_is_told(room, cast, rich, tmp_path):
    art, extra = rich
    batch = room.services.exporting.export_many(
        cast.staff, tmp_path / "out", [*(o.id for o in extra["others"]), art.id])
    other = open_newsroom(resolve(tmp_path / "other"))
    try:
        Cast(other)
        reporter = other.services.people.by_login("an")
        results = other.services.bundles.import_many(reporter, [r.path for r in batch.written])
        assert other.services.related.choices(art.id) == ([], [])
        assert any("only editors and staff" in n for n in results[-1].notes)
    finally:
        other.close()


def test_links_written_from_the_portal_root_lead_to_the_portal(room, cast, tmp_path):
    from tests.conftest import draft
    from tests.export.portal_fixtures import approve

    art = approve(room, cast, draft(room, cast.reporter, "Liên kết",
                                    body="Xem [tin cũ](/tin-tuc/tin-cu.html) và "
                                         "[khác](//cdn.example.vn/a.html).\n"))
    files = read_zip(export(room, cast, art, tmp_path, base_url=BASE))
    for name in ("index.html", "body.html"):
        text = files[name].decode()
        assert 'href="https://portal.example.vn/tin-tuc/tin-cu.html"' in text, name
        assert 'href="//cdn.example.vn/a.html"' in text  # not from the root: left alone
        assert 'href="/' not in text.replace('href="//', "")
    doc = json.loads(files["article.json"])
    assert "https://portal.example.vn/tin-tuc/tin-cu.html" in doc["bodies"][0]["value"]


@pytest.mark.parametrize(("change", "problem"), [
    ({"related": {"pinned": ["../../etc"], "hidden": []}}, "related is not lists"),
    ({"ninjsProfile": "9.9"}, "ninjsProfile '9.9' is not one of 3.1, 1.6"),
    ({"ninjsProfile": "1.6"}, "article.json is ninjs 3.1, the manifest says '1.6'"),
])
def test_a_manifest_lying_about_pins_or_profile_is_refused(room, cast, rich, tmp_path, change,
                                                           problem):
    from tests.export.helpers import write_zip

    art, _ = rich
    files = read_zip(export(room, cast, art, tmp_path / "out"))
    manifest = json.loads(files["manifest.json"]) | change
    files["manifest.json"] = json.dumps(manifest).encode()
    report = verify_bundle(write_zip(tmp_path / "x.zip", files))
    assert any(problem in p for p in report.problems), report.problems
