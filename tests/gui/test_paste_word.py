"""Formatted text pasted from Word, LibreOffice and a browser, in both views; Word files opened.

What the person sees: clean Markdown in the source view, formatting in the rich view,
the picture asked for its caption and credit, Ctrl+Shift+V giving plain text.
"""

import base64
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from editor_app.domain.entities import ArticleFields
from tests.images import png
from tests.word_docs import article_docx

PASTE = Path(__file__).parent.parent / "data" / "paste"


def _html(name: str, image: str = "https://cdn.baotinh.vn/khong-tai.jpg") -> str:
    return (PASTE / name).read_text("utf-8").replace("{IMAGE}", image)


def _mime(html: str, text: str = "văn bản thuần") -> QMimeData:
    data = QMimeData()
    data.setHtml(html)
    data.setText(text)
    return data


def _desk(desk_factory, newsroom_dir, mode):
    desk = desk_factory(newsroom_dir, editor_mode=mode).start()
    mine = desk.services.drafting.create(desk.controller.person, ArticleFields(title="Dán"))
    desk.open(mine.id)
    editor = desk.window.body.active()
    editor.setFocus()
    return desk, mine, editor


def test_libreoffice_paste_in_the_source_view_is_clean_markdown(desk_factory, newsroom_dir):
    _, _mine, editor = _desk(desk_factory, newsroom_dir, "source")
    editor.insertFromMimeData(_mime(_html("libreoffice.html")))
    text = editor.toPlainText()
    assert text.startswith("## Mùa lúa mới ở đồng bằng\n\nNông dân huyện **Tân Phú**")
    assert "- Giống lúa chất lượng cao\n    - ST25 và OM5451\n" in text
    assert "| Phú Lộc | 1.250 |" in text
    assert "font" not in text
    assert "style" not in text
    assert "văn bản thuần" not in text


def test_word_paste_in_the_rich_view_shows_formatting(desk_factory, newsroom_dir, monkeypatch):
    desk, _mine, rich = _desk(desk_factory, newsroom_dir, "rich")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.No)
    rich.insertFromMimeData(_mime(_html("word.html")))  # its picture is on the web: left out
    doc = rich.document()
    first = doc.firstBlock()
    assert first.text() == "Hội nghị tổng kết công tác năm 2025"
    assert first.blockFormat().headingLevel() == 1
    bold = [it.fragment() for b in _blocks(doc) for it in _frags(b)
            if it.fragment().charFormat().fontWeight() >= QFont.Weight.Bold]
    assert any(f.text() == "Ủy ban nhân dân tỉnh" for f in bold)
    nested = [b for b in _blocks(doc) if b.text() == "Thuế nội địa tăng 12%"]
    assert nested
    assert nested[0].textList().format().indent() == 2
    plain = doc.toPlainText()
    assert "[PV1]" not in plain
    assert "Kiểm tra lại số liệu" not in plain
    assert "·" not in plain
    assert "Nội dung bị xóa" not in plain
    assert "| Tăng trưởng GRDP | 8,2% |" in rich.markdown()
    assert desk.window.statusBar().currentMessage().startswith("1 picture(s) of the pasted")


def test_chromium_picture_is_stored_with_the_caption_asked(desk_factory, newsroom_dir, qtbot,
                                                           monkeypatch):
    from editor_app.gui.dialogs.image_details import ImageDetailsDialog

    desk, mine, editor = _desk(desk_factory, newsroom_dir, "source")
    asked = []

    def fill(dlg):
        asked.append((dlg.caption.text(), dlg.alt.text()))
        dlg.caption.setText("Công nhân thi công đường ven biển")
        dlg.credit.setText("Ảnh: Lê Minh")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImageDetailsDialog, "exec", fill)
    uri = "data:image/png;base64," + base64.b64encode(png(30, 20)).decode()
    editor.insertFromMimeData(_mime(_html("chromium.html", uri)))
    qtbot.waitUntil(lambda: "media/" in editor.toPlainText(), timeout=10_000)
    desk.settle()
    assert asked == [("", "Công nhân thi công")]  # the web picture is not fetched
    text = editor.toPlainText()
    assert text.startswith("### Đường ven biển sắp thông xe\n\n**Dự án đường ven biển** đoạn")
    assert "![Công nhân thi công](media/" in text
    assert "cdn.baotinh.vn" not in text
    stored = desk.services.drafting.get(mine.id)
    assert [(m.caption, m.credit) for m in stored.media] == [
        ("Công nhân thi công đường ven biển", "Ảnh: Lê Minh")]
    assert desk.window.statusBar().currentMessage().startswith("1 picture(s) of the pasted")


@pytest.fixture
def clipboard():
    """The system clipboard, emptied afterwards: Qt's offscreen clipboard still holding our
    QMimeData when the process exits crashes it (segfault after the last test)."""
    board = QGuiApplication.clipboard()
    yield board
    board.clear()


def test_ctrl_shift_v_pastes_plain_text_in_both_views(desk_factory, newsroom_dir, qtbot,
                                                      clipboard):
    desk = desk_factory(newsroom_dir, editor_mode="source").start()
    mine = desk.services.drafting.create(desk.controller.person, ArticleFields(title="Dán"))
    desk.open(mine.id)
    clipboard.setMimeData(_mime(_html("libreoffice.html"), "Mùa lúa mới ở\u00a0đồng bằng"))
    body = desk.window.body
    for mode in ("source", "rich"):
        body.set_mode(mode)
        editor = body.active()
        editor.setFocus()
        body.setPlainText("")
        qtbot.keyClick(editor, Qt.Key.Key_V,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert body.toPlainText() == "Mùa lúa mới ở đồng bằng", mode
        if mode == "rich":
            assert body.rich.document().firstBlock().blockFormat().headingLevel() == 0


def test_word_file_from_file_import_and_from_a_drop(desk_factory, newsroom_dir, qtbot,
                                                    monkeypatch, tmp_path):
    desk = desk_factory(newsroom_dir).start()
    w = desk.window
    path = str(article_docx(tmp_path / "Khánh thành cầu.docx"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (path, "")))
    w.registry["import_bundle"].trigger()
    context = desk.controller.context
    qtbot.waitUntil(lambda: context.article is not None
                    and context.article.title == "Khánh thành cầu Sông Hương mới",
                    timeout=15_000)
    desk.settle()
    text = w.body.toPlainText()
    assert text.startswith("Sáng 20/11, **UBND tỉnh**")  # the title went to the title field
    assert "    - Ngân sách trung ương" in text
    assert "![Cầu Sông Hương mới nhìn từ trên cao](media/" in text
    first = context.article.id

    drop = QMimeData()
    drop.setUrls([QUrl.fromLocalFile(path)])
    w.body.active().insertFromMimeData(drop)  # dropped on the text: a new article too
    qtbot.waitUntil(lambda: context.article.id != first, timeout=15_000)
    assert context.article.title == "Khánh thành cầu Sông Hương mới"
    assert len(desk.services.drafting.summaries()) >= 2


def _blocks(doc):
    b = doc.begin()
    while b.isValid():
        yield b
        b = b.next()


def _frags(block):
    it = block.begin()
    while not it.atEnd():
        yield it
        it += 1
