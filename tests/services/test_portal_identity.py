"""The portal's identity (issue 17 item 1): stored, admins only, used by every page."""

from __future__ import annotations

import json
import zipfile

import pytest

from editor_app.domain.errors import InvalidInput, PermissionDenied
from tests.conftest import draft
from tests.export.helpers import approved_article
from tests.images import png

OLD_NAME = "Sơn Hà"


def _set(room, cast, **kw):
    given = {"name": "Cổng Thông tin điện tử huyện Mường Tè",
             "agency": "Ủy ban nhân dân huyện Mường Tè",
             "base_url": "https://muongte.example.vn/", "sections": {"Thời sự": "/thoi-su"}}
    given.update(kw)
    return room.services.portal.set(cast.admin, **given)


def test_identity_round_trips_through_the_store(room, cast):
    logo = png(30, 12)
    _set(room, cast, logo=logo, sections={"Thời sự": "thoi-su/", "Kinh tế": "/kinh-te"})
    got = room.services.portal.get()
    assert got.name == "Cổng Thông tin điện tử huyện Mường Tè"
    assert got.agency == "Ủy ban nhân dân huyện Mường Tè"
    assert got.base_url == "https://muongte.example.vn"  # no trailing slash
    assert got.sections == {"Thời sự": "/thoi-su", "Kinh tế": "/kinh-te"}
    assert got.logo is not None
    assert (got.logo.width, got.logo.height) == (30, 12)
    assert room.services.media.data(got.logo.sha256) == logo  # kept like any image
    assert got.updated_by == cast.admin.name
    assert got.configured


def test_a_renamed_category_keeps_its_section_and_children_inherit(room, cast):
    _set(room, cast)
    room.services.taxonomy.rename(cast.admin, "Thời sự", "Tin tức thời sự")
    assert room.services.portal.get().sections == {"Tin tức thời sự": "/thoi-su"}
    site = room.services.portal.site()
    assert site.sections["Trong tỉnh"] == "/thoi-su"  # a child of "Thời sự"
    assert site.article_href("bai-a", "x", "Trong tỉnh") == \
        "https://muongte.example.vn/thoi-su/bai-a.html"


def test_a_fresh_store_shows_a_neutral_placeholder(room, cast):
    ident = room.services.portal.get()
    assert not ident.configured
    site = room.services.portal.site()
    assert site.name == "Cổng thông tin (chưa đặt tên)"
    art = draft(room, cast.reporter, "Bài đầu tiên")
    html = room.services.rendering.page(art)
    assert "Cổng thông tin (chưa đặt tên)" in html
    assert OLD_NAME not in html


@pytest.mark.parametrize("role", ["reporter", "editor", "staff"])
def test_only_an_admin_may_set_it(room, cast, role):
    with pytest.raises(PermissionDenied):
        room.services.portal.set(cast.by_role(role), name="Cổng khác")
    assert not room.services.portal.get().configured


def test_setting_it_writes_an_audit_row(room, cast):
    _set(room, cast)
    with room.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT actor_id, action, subject_kind, detail FROM audit_log "
            "WHERE subject_kind = 'portal'").all()
    assert len(rows) == 1
    actor, action, kind, detail = rows[0]
    assert (actor, action, kind) == (cast.admin.id, "portal.set", "portal")
    assert "name" in detail
    assert "base_url" in detail


@pytest.mark.parametrize(("field", "value"), [
    ("base_url", "ftp://portal.example.vn"), ("base_url", "portal.example.vn"),
    ("base_url", "https://"), ("name", "   "),
    ("sections", {"Thời sự": "/thời-sự"}), ("sections", {"Không có": "/khong"}),
    ("sections", {"Thời sự": "/../x"}),
])
def test_bad_values_are_refused_and_change_nothing(room, cast, field, value):
    _set(room, cast)
    before = room.services.portal.get()
    with pytest.raises(InvalidInput):
        room.services.portal.set(cast.admin, **{field: value})
    assert room.services.portal.get() == before


def test_sections_merge_and_an_empty_path_removes_one(room, cast):
    _set(room, cast, sections={"Thời sự": "/thoi-su", "Kinh tế": "/kinh-te"})
    room.services.portal.set(cast.admin, sections={"Kinh tế": "", "Trong tỉnh": "/tinh"},
                             merge_sections=True)
    assert room.services.portal.get().sections == {"Thời sự": "/thoi-su",
                                                   "Trong tỉnh": "/tinh"}


def test_rendered_page_shows_the_stored_name_base_url_and_logo(room, cast, tmp_path):
    logo = png(20, 10)
    ident = _set(room, cast, logo=logo)
    approved_article(room, cast, "Tin cũ hơn")  # in "Trong tỉnh": listed as related
    art = draft(room, cast.reporter, "Tin mới", category_id="Trong tỉnh")
    written = room.services.rendering.write_page(art, tmp_path / "out" / "tin.html")
    html = written[0].read_text("utf-8")
    assert "Cổng Thông tin điện tử huyện Mường Tè" in html
    assert "Cơ quan chủ quản: Ủy ban nhân dân huyện Mường Tè" in html
    assert 'href="https://muongte.example.vn/"' in html  # the breadcrumb's home
    assert 'href="https://muongte.example.vn/thoi-su/tin-cu-hon.html"' in html  # related
    assert f'src="media/{ident.logo.sha256}.png"' in html
    assert (tmp_path / "out" / f"media/{ident.logo.sha256}.png").read_bytes() == logo
    assert OLD_NAME not in html


def test_every_bundle_carries_the_stored_identity_and_imports_without_the_logo(
        room, cast, tmp_path):
    ident = _set(room, cast, logo=png(16, 16))
    art = approved_article(room, cast)
    path = room.services.exporting.export(cast.staff, art.id, tmp_path)
    with zipfile.ZipFile(path) as zf:
        page = zf.read("index.html").decode("utf-8")
        names = zf.namelist()
        listed = json.loads(zf.read("manifest.json"))
    assert "Cổng Thông tin điện tử huyện Mường Tè" in page
    assert "https://muongte.example.vn/" in page
    assert OLD_NAME not in page.replace("Báo Sơn Hà", "")  # the article's own source stays
    logo_name = f"media/{ident.logo.sha256}.png"
    assert logo_name in names
    assert logo_name in json.dumps(listed)  # hashed in the manifest like every file
    assert room.services.exporting.verify(path).ok
    # Read back into another article: the logo is not taken for one of its pictures.
    from editor_app.app import open_newsroom
    from editor_app.paths import resolve

    other = open_newsroom(resolve(tmp_path / "other"))
    try:
        from tests.conftest import Cast

        other_cast = Cast(other)
        result = other.services.bundles.import_bundle(other_cast.staff, path)
        shas = {m.sha256 for m in result.article.media}
        assert ident.logo.sha256 not in shas
    finally:
        other.close()
