"""Word documents made with python-docx, as a reporter's .docx would hold them."""

import io
from pathlib import Path

from tests.images import png

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
# Word's bullet list has a level for each Tab; python-docx's template lists have one only.
_BULLETS = f"""<w:abstractNum {_W} w:abstractNumId="90">
<w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>
<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/>
<w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>
</w:abstractNum>"""
_NUM = f'<w:num {_W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'


def _bullets(doc) -> int:
    from docx.oxml import parse_xml

    numbering = doc.part.numbering_part.element
    if numbering.find(".//{*}num[@{*}numId='90']") is None:
        first_num = numbering.find("{*}num")
        first_num.addprevious(parse_xml(_BULLETS))
        numbering.append(parse_xml(_NUM))
    return 90


def _list_item(doc, text: str, level: int) -> None:
    """A bullet at *level*, numbered as Word numbers it when Tab indents an item."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = doc.add_paragraph(text, style="List Paragraph")
    num_id = _bullets(doc)
    num = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", level), ("w:numId", num_id)):
        el = OxmlElement(tag)
        el.set(qn("w:val"), str(value))
        num.append(el)
    p._p.get_or_add_pPr().append(num)


def article_docx(path: Path) -> Path:
    """A title, a heading, bold and italic, a nested list, a table, an image with a caption."""
    import docx

    doc = docx.Document()
    doc.add_heading("Khánh thành cầu Sông Hương mới", level=0)  # Word's Title style
    p = doc.add_paragraph("Sáng 20/11, ")
    p.add_run("UBND tỉnh").bold = True
    p.add_run(" tổ chức lễ khánh thành cây cầu ")
    p.add_run("dài nhất tỉnh").italic = True
    p.add_run(".")
    doc.add_heading("Những con số", level=2)
    for text, level in (("Tổng vốn đầu tư 1.200 tỷ đồng", 0), ("Ngân sách trung ương", 1),
                        ("Thời gian thi công 30 tháng", 0)):
        _list_item(doc, text, level)
    table = doc.add_table(rows=2, cols=2)
    for cell, text in zip(table._cells, ("Hạng mục", "Chiều dài", "Cầu chính", "650 m"),
                          strict=True):
        cell.text = text
    doc.add_picture(io.BytesIO(png(40, 30)))
    doc.add_paragraph("Cầu Sông Hương mới nhìn từ trên cao", style="Caption")
    doc.add_paragraph("Người dân đã có thể qua cầu từ chiều cùng ngày.")
    doc.save(str(path))
    return path
