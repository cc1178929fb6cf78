import re
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from editor_app import resources
from editor_app.domain import i18n
from editor_app.domain.entities import Article, MediaRef, PersonRef, RelatedItem, SiteInfo
from editor_app.domain.workflow import Status
from editor_app.render.dates import format_date
from editor_app.render.page import render_page
from tests.render.safety import scan

EVIL = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&'


def article(**kw):
    base = dict(
        id="a1", title="Khánh thành cầu", subtitle="Phụ đề", summary="Sapo in đậm", body="",
        slug="khanh-thanh-cau", status=Status.APPROVED, category_id="c", category_name="Trong tỉnh",
        category_path="Thời sự / Trong tỉnh", tags=("giao thông",), author_id="p",
        authors=(PersonRef("p", "an", "Nguyễn Văn An"),), byline="", department="Ban Tuyên giáo",
        source="Báo Sơn Hà", dateline="Đồng Xuân", version=3, revision_id="r",
        created_at=datetime(2026, 11, 26, 1, 0, tzinfo=UTC),
        updated_at=datetime(2026, 11, 26, 2, 0, tzinfo=UTC),
        approved_at=datetime(2026, 11, 26, 3, 0, tzinfo=UTC),
        featured=MediaRef("f" * 64, "image/png", "png", 10, 800, 600, "Cây cầu mới", "Hoàng Khoa",
                          "Cầu"),
    )
    base.update(kw)
    return Article(**base)


def related():
    return [RelatedItem("r1", "Tin liên quan một", "tin-mot", Status.EXPORTED, "Trong tỉnh",
                        datetime(2026, 11, 20, 5, tzinfo=UTC))]


def test_page_has_every_part_of_a_portal_article():
    html = render_page(article(), "<p>Thân bài.</p>", related(),
                       media_src=lambda m: f"media/{m.sha256}.{m.ext}")
    for piece in ("Khánh thành cầu", "Phụ đề", '<p class="sapo">Sapo in đậm</p>', "Thân bài.",
                  "Nguyễn Văn An", "Ban Tuyên giáo", "Nguồn: Báo Sơn Hà", "Tin cùng chuyên mục",
                  "Tin liên quan một", "Thời sự", "Trong tỉnh", "Cây cầu mới", "Hoàng Khoa",
                  f'src="media/{"f" * 64}.png"', "Thứ Năm, 26/11/2026 10:00", "(20/11/2026)",
                  "/tin-tuc/tin-mot.html", "Đồng Xuân"):
        assert piece in html, piece


def test_hostile_text_in_every_field_is_shown_as_text():
    evil = article(title=EVIL, subtitle=EVIL, summary=EVIL, byline=EVIL, department=EVIL,
                   source=EVIL, dateline=EVIL, tags=(EVIL,), category_path=EVIL,
                   featured=MediaRef("f" * 64, "image/png", "png", 1, 1, 1, EVIL, EVIL, EVIL))
    rel = [RelatedItem("r", EVIL, "x", Status.EXPORTED, "", datetime.now(UTC))]
    html = render_page(evil, "<p>ok</p>", rel, media_src=lambda m: "media/x.png")
    found = scan(html, page=True)
    assert found.problems == []
    assert "<script>" not in html.split("</style>", 1)[1]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_body_error_block_replaces_the_body():
    html = render_page(article(), "", [], media_src=lambda m: "", body_error="took too long")
    assert 'role="alert"' in html
    assert "took too long" in html
    assert "Chưa có tin cùng chuyên mục." in html


def test_dates_in_both_languages_from_babel():
    assert format_date(datetime(2026, 11, 26, 12, tzinfo=UTC), "en") == "Thursday, 26/11/2026"
    # Vietnam is UTC+7: late evening UTC is already the next day there.
    assert format_date(datetime(2026, 11, 26, 20, tzinfo=UTC)) == "Thứ Sáu, 27/11/2026"
    assert format_date(datetime(2026, 11, 29, 2, 30, tzinfo=UTC), with_time=True) == (
        "Chủ Nhật, 29/11/2026 09:30")


def test_the_page_speaks_vietnamese_whatever_the_ui_language():
    i18n.set_language("en")  # the person looking at the preview reads English
    friday = article(approved_at=datetime(2026, 11, 27, 2, 0, tzinfo=UTC))
    for lang in ("en", "vi", None):
        html = render_page(friday, "<p>Thân bài.</p>", related(), lang=lang,
                           media_src=lambda m: "media/x.png")
        text = " ".join(scan(html, page=True).text)
        assert '<html lang="vi">' in html
        for vi in ("Trang chủ", "Tin cùng chuyên mục", "Thứ Sáu, 27/11/2026 09:00", "Nguồn:",
                   "Từ khóa:", "(Ảnh: Hoàng Khoa)", 'aria-label="Đường dẫn"'):
            assert vi in html, (lang, vi)
        for en in ("Home", "More in this section", "Friday", "Source", "Photo", "Tags"):
            assert en not in text, (lang, en)
    empty = render_page(friday, "", [], media_src=lambda m: "", body_error="took too long")
    assert "Chưa có tin cùng chuyên mục." in empty
    assert "Không hiển thị được nội dung bài viết" in empty


def test_time_element_carries_a_valid_html_datetime():
    when = datetime(2026, 11, 26, 2, 30, 0, 123456, tzinfo=UTC)
    html = render_page(article(approved_at=when), "", [], media_src=lambda m: "")
    found = re.findall(r'<time datetime="([^"]*)">([^<]*)</time>', html)
    assert found == [("2026-11-26T09:30:00+07:00", "Thứ Năm, 26/11/2026 09:30")]
    # HTML's global date and time: at most three digits of a second's fraction.
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,3})?)?[+-]\d\d:\d\d",
                        found[0][0])


HOSTILE = '<script>alert(1)</script>"onerror=alert(2) x=\''
FIELDS = {
    "title": {"title": HOSTILE}, "subtitle": {"subtitle": HOSTILE},
    "summary": {"summary": HOSTILE}, "byline": {"byline": HOSTILE},
    "author name": {"byline": "", "authors": (PersonRef("p", "an", HOSTILE),)},
    "department": {"department": HOSTILE}, "source": {"source": HOSTILE},
    "dateline": {"dateline": HOSTILE}, "tag": {"tags": (HOSTILE,)},
    "category": {"category_path": f"Thời sự / {HOSTILE}"},
    "caption": {"featured": MediaRef("f" * 64, "image/png", "png", 1, 1, 1, HOSTILE, "", "")},
    "credit": {"featured": MediaRef("f" * 64, "image/png", "png", 1, 1, 1, "c", HOSTILE, "")},
    "alt": {"featured": MediaRef("f" * 64, "image/png", "png", 1, 1, 1, "c", "k", HOSTILE)},
}


@pytest.mark.parametrize("field", [*FIELDS, "related title", "site name", "image src",
                                   "related link", "body error"])
def test_every_field_of_the_template_is_escaped(field):
    rel = related()
    site = SiteInfo()
    src = "media/x.png"
    error = ""
    if field == "related title":
        rel = [replace(rel[0], title=HOSTILE)]
    elif field == "related link":
        rel = [replace(rel[0], slug=HOSTILE)]
    elif field == "site name":
        site = SiteInfo(name=HOSTILE, agency=HOSTILE)
    elif field == "image src":
        src = HOSTILE
    elif field == "body error":
        error = HOSTILE
    html = render_page(article(**FIELDS.get(field, {})), "<p>ok</p>", rel,
                       media_src=lambda m: src, site=site, body_error=error)
    found = scan(html, page=True)
    assert found.problems == []  # no <script>, no onerror= attribute, no foreign tag
    assert "<script>" not in html
    shown = " ".join(found.text) + " ".join(found.markup)
    assert "alert(1)" in shown  # the text is there, shown as text


def test_the_body_is_the_one_value_not_escaped():
    html = render_page(article(), '<p>Thân <strong>bài</strong>.</p>', [],
                       media_src=lambda m: "")
    assert '<div class="body">\n<p>Thân <strong>bài</strong>.</p>\n    </div>' in html


def test_the_stylesheet_is_inlined_verbatim():
    css = (resources.path("css", "portal.css")).read_text("utf-8")
    html = render_page(article(), "", [], media_src=lambda m: "")
    assert css.strip() in html
