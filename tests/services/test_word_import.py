"""A .docx made with python-docx becomes a draft: title, body, images with their captions."""

import pytest

from editor_app.domain.errors import InvalidInput
from editor_app.services.word_import import import_docx
from tests.images import png
from tests.word_docs import article_docx


def test_docx_becomes_a_draft_with_its_image_and_caption(room, cast, tmp_path):
    result = import_docx(room.services, cast.reporter, article_docx(tmp_path / "bai.docx"),
                         category="Trong tỉnh")
    art = room.services.drafting.get(result.article.id)
    assert art.title == "Khánh thành cầu Sông Hương mới"
    ref = room.services.media.add(cast.reporter, png(40, 30))  # the same picture: same hash
    assert art.body == (
        "Sáng 20/11, **UBND tỉnh** tổ chức lễ khánh thành cây cầu *dài nhất tỉnh*.\n\n"
        "## Những con số\n\n"
        "- Tổng vốn đầu tư 1.200 tỷ đồng\n    - Ngân sách trung ương\n"
        "- Thời gian thi công 30 tháng\n\n"
        "| Hạng mục | Chiều dài |\n|---|---|\n| Cầu chính | 650 m |\n\n"
        f"![Cầu Sông Hương mới nhìn từ trên cao](media/{ref.sha256}.png)\n\n"
        "Người dân đã có thể qua cầu từ chiều cùng ngày.\n")
    (media,) = art.media
    assert (media.sha256, media.caption) == (ref.sha256, "Cầu Sông Hương mới nhìn từ trên cao")
    assert result.notes == ()
    page = room.services.rendering.page(art)
    assert "<table>" in page
    assert "<figcaption>" in page
    assert page.count("Cầu Sông Hương mới nhìn từ trên cao") >= 2  # alt and caption


def test_a_file_that_is_no_word_document_is_refused(room, cast, tmp_path):
    bad = tmp_path / "bai.docx"
    bad.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(InvalidInput, match="Word"):
        import_docx(room.services, cast.reporter, bad)


def test_a_docx_typed_in_tcvn3_is_converted_and_says_so(room, cast, tmp_path):
    import docx

    doc = docx.Document()
    doc.add_heading("Tin v¨n ho¸", level=1)  # ".VnTime" text: "Tin văn hoá"
    doc.add_paragraph("Hµ Néi lµ thñ ®« cña n\u00adíc ViÖt Nam")
    doc.save(str(tmp_path / "cu.docx"))
    result = import_docx(room.services, cast.reporter, tmp_path / "cu.docx")
    art = room.services.drafting.get(result.article.id)
    assert art.title == "Tin văn hoá"
    assert art.body == "Hà Nội là thủ đô của nước Việt Nam\n"
    assert result.notes == ("The text was in TCVN3, an old Vietnamese font encoding, and was "
                            "converted to Unicode.",)
