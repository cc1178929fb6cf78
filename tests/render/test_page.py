from datetime import UTC, datetime

from editor_app.domain.entities import Article, MediaRef, PersonRef, RelatedItem
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


def test_english_labels_and_dates():
    html = render_page(article(), "", [], media_src=lambda m: "", lang="en")
    assert "More in this section" in html
    assert format_date(datetime(2026, 11, 26, 12, tzinfo=UTC), "en") == "Thursday, 26/11/2026"
    # Vietnam is UTC+7: late evening UTC is already the next day there.
    assert format_date(datetime(2026, 11, 26, 20, tzinfo=UTC)) == "Thứ Sáu, 27/11/2026"
