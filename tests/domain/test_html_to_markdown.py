"""Clipboard HTML as Word, LibreOffice and Chromium write it → the Markdown an article keeps."""

import base64
import re
import unicodedata
from pathlib import Path

import pytest

from editor_app.domain.html_to_markdown import html_to_markdown, place_images
from editor_app.render.markdown_html import render_body

PASTE = Path(__file__).parent.parent / "data" / "paste"


def fixture(name: str, image: str = "file:///C:/Users/PHONGVIEN/clip_image002.jpg") -> str:
    return (PASTE / name).read_text("utf-8").replace("{IMAGE}", image)


def test_word_keeps_structure_and_drops_its_remains():
    c = html_to_markdown(fixture("word.html"))
    md = c.markdown
    assert md.startswith("# Hội nghị tổng kết công tác năm 2025\n\n")
    assert ("Sáng nay, **Ủy ban nhân dân tỉnh** tổ chức hội nghị tổng kết với sự tham dự của "
            "*đại biểu các sở, ngành*. Xem thêm tại "
            "[trang của báo](https://baotinh.vn/tong-ket-2025).") in md
    # Word's bullets written as text, the nested level, and a second (numbered) list apart.
    assert ("- Thu ngân sách vượt dự toán\n    - Thuế nội địa tăng 12%\n"
            "- Giải ngân vốn đầu tư công đạt 95%\n\n1. Đẩy mạnh chuyển đổi số\n"
            "2. Cải cách hành chính") in md
    assert "| Tăng trưởng GRDP | 8,2% |" in md
    for junk in ("mso", "Mso", "o:p", "[PV1]", "Kiểm tra lại số liệu", "Nội dung bị xóa",
                 "·", "Symbol", "Times New Roman", "endif", "\u00a0", "<", "\n\n\n"):
        assert junk not in md, junk
    (figure,) = c.figures
    assert figure.alt == "Quang cảnh hội nghị"
    assert figure.caption == "Quang cảnh hội nghị tổng kết năm 2025"
    assert figure.src.endswith("clip_image002.jpg")  # the <img>, not VML's clip_image001
    assert md.endswith("![Quang cảnh hội nghị](paste:1)")


def test_libreoffice_fonts_and_empty_paragraphs_go():
    md = html_to_markdown(fixture("libreoffice.html")).markdown
    assert md == (
        "## Mùa lúa mới ở đồng bằng\n\n"
        "Nông dân huyện **Tân Phú** đang vào vụ gặt. Theo *Phòng Nông nghiệp*, năng suất "
        "đạt **62 tạ/ha**.\n\n"
        "- Giống lúa chất lượng cao\n    - ST25 và OM5451\n- Cơ giới hóa khâu thu hoạch\n\n"
        "Chi tiết xem tại [chuyên trang nông nghiệp](https://nongnghiep.baotinh.vn/mua-lua).\n\n"
        "| Xã | Diện tích (ha) |\n|---|---|\n| Phú Lộc | 1.250 |")


def test_chromium_nfd_and_invisible_characters_are_repaired():
    raw = fixture("chromium.html", "data:image/png;base64,iVBORw0KGgo=")
    assert unicodedata.is_normalized("NFD", raw)
    assert not unicodedata.is_normalized("NFC", raw)
    c = html_to_markdown(raw)
    md = c.markdown
    assert unicodedata.is_normalized("NFC", md)
    assert "\u200b" not in md
    assert "\u00a0" not in md
    assert md.startswith("### Đường ven biển sắp thông xe\n\n**Dự án đường ven biển** đoạn qua "
                         "huyện Quảng Điền dài 12 km, do [Ban Quản lý dự án]"
                         "(https://baotinh.vn/ban-quan-ly-du-an) làm chủ đầu tư, sẽ "
                         "*thông xe vào tháng 12*.")
    assert ("1. Giai đoạn một: nền đường\n2. Giai đoạn hai: mặt đường\n    - Thảm nhựa\n"
            "    - Vạch sơn") in md
    assert [f.alt for f in c.figures] == ["Công nhân thi công", "Ảnh từ mạng"]


@pytest.mark.parametrize(("name", "tables"), [("word.html", 1), ("libreoffice.html", 1),
                                             ("chromium.html", 0)])
def test_the_portal_renders_what_the_converter_writes(name, tables):
    c = html_to_markdown(fixture(name))
    html = render_body(place_images(c.markdown, {f.index: None for f in c.figures}))
    assert html.count("<table>") == tables
    # The nested item is nested on the page (Python-Markdown wants four spaces).
    assert re.search(r"<li>[^<]+\s*<ul>\s*<li>", html), html
    assert ("<strong>" in html and "<em>" in html) or (name == "word.html" and "<em>" in html)
    assert "*" not in html
    assert "paste:" not in html
    assert "<p></p>" not in html


def test_images_are_placed_or_dropped():
    md = "Đoạn một.\n\n![Ảnh](paste:1)\n\n![Khác](paste:2)\n\nĐoạn hai."
    assert place_images(md, {1: "media/abc.png", 2: None}) == (
        "Đoạn một.\n\n![Ảnh](media/abc.png)\n\nĐoạn hai.")


def test_text_that_looks_like_markdown_stays_text():
    md = html_to_markdown("<p>1. Không phải danh sách *sao* [ngoặc]</p><p>- gạch đầu</p>"
                          "<p><a href='javascript:alert(1)'>liên kết</a></p>").markdown
    html = render_body(md)
    assert "<ol>" not in html
    assert "<ul>" not in html
    assert "<em>" not in html
    assert "*sao* [ngoặc]" in html
    assert "javascript" not in html


def test_tcvn3_is_left_for_the_window_to_convert():
    c = html_to_markdown('<p><font face=".VnTime">Hµ Néi lµ thñ ®« cña n\u00adíc ViÖt Nam'
                         "</font></p>")
    assert c.legacy == "TCVN3"
    assert "\u00ad" in c.markdown  # TCVN3's "ư" survives until it is converted


def test_empty_and_whitespace_only_input():
    assert html_to_markdown("").markdown == ""
    assert html_to_markdown("<p class=MsoNormal><o:p>&nbsp;</o:p></p><p>&nbsp;</p>").markdown == ""


def test_pictures_come_from_data_uris_and_files_that_exist(tmp_path):
    from editor_app.domain.image_sources import image_bytes
    from tests.images import png

    picture = tmp_path / "ảnh chụp.png"
    picture.write_bytes(png(3, 2))
    assert image_bytes(picture.as_uri()) == png(3, 2)
    assert image_bytes("data:image/png;base64," + base64.b64encode(png(3, 2)).decode()) == \
        png(3, 2)
    assert image_bytes((tmp_path / "khong-co.png").as_uri()) is None
    assert image_bytes("https://cdn.baotinh.vn/anh.jpg") is None  # never fetched
    assert image_bytes("data:image/png;base64,") is None


def test_absurdly_deep_markup_is_flattened_not_a_crash():
    deep = "<span>" * 5000 + "Chữ ở đáy" + "</span>" * 5000
    blocks = "<div>" * 5000 + "Đoạn sâu" + "</div>" * 5000
    assert html_to_markdown(deep).markdown == "Chữ ở đáy"
    assert html_to_markdown(blocks).markdown == "Đoạn sâu"
