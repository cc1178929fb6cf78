"""The published page speaks the portal's language, whatever the UI language (#14, #15)."""

import re

from editor_app.domain import i18n
from tests.export.helpers import approved_article, read_zip
from tests.render.safety import scan

VIETNAMESE = ("Trang chủ", "Tin cùng chuyên mục", "Nguồn: Báo Sơn Hà", "(Ảnh: Hoàng Khoa)")
ENGLISH = ("Home", "More in this section", "Source", "Photo", "Monday", "Tuesday",
           "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def assert_vietnamese(html):
    text = " ".join(scan(html, page=True).text)
    assert '<html lang="vi">' in html
    for piece in VIETNAMESE:
        assert piece in html, piece
    assert re.search(r"(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d\d/\d\d/\d{4} \d\d:\d\d", text)
    for word in ENGLISH:
        assert word not in text, word
    stamp = re.search(r'<time datetime="([^"]+)"', html).group(1)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", stamp), stamp


def test_bundle_page_is_vietnamese_when_staff_use_the_english_ui(room, cast, tmp_path):
    i18n.set_language("en")
    art = approved_article(room, cast)
    path = room.services.exporting.export(cast.staff, art.id, tmp_path)
    assert_vietnamese(read_zip(path)["index.html"].decode("utf-8"))


def test_preview_page_is_vietnamese_in_the_english_ui(room, cast):
    i18n.set_language("en")
    art = approved_article(room, cast)
    # What the preview asks for: the UI language, and the unsaved article.
    assert_vietnamese(room.services.rendering.page(art, lang="en"))
