"""Defects of the Markdown source editor found by trying it (issue 15, item 2)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtTest import QTest

from tests.gui.conftest import type_text


def format_at(editor, position: int):
    """The character format the highlighter gave the character at *position*."""
    block = editor.document().findBlock(position)
    offset = position - block.position()
    fmt = QTextCharFormat(block.charFormat())
    ranges = block.layout().formats()
    for r in ranges:
        if r.start <= offset < r.start + r.length:
            fmt = QTextCharFormat(r.format)
    return fmt


def own_draft(desk):
    an = desk.controller.person
    from editor_app.domain.entities import ArticleFields

    art = desk.services.drafting.create(an, ArticleFields(title="Bài nháp thử", body=""))
    desk.open(art.id)
    return art


def test_bold_is_shown_bold_not_italic(desk_factory, newsroom_dir):
    desk = desk_factory(newsroom_dir).start()
    own_draft(desk)
    e = desk.window.editor
    e.setPlainText("Một **chữ đậm** và *chữ nghiêng*.")
    bold = format_at(e, e.toPlainText().index("chữ đậm"))
    assert bold.fontWeight() == QFont.Weight.Bold
    assert not bold.fontItalic()
    italic = format_at(e, e.toPlainText().index("chữ nghiêng"))
    assert italic.fontItalic()
    # Ctrl+B on a selection gives the same: bold, upright.
    e.setPlainText("đậm")
    e.selectAll()
    desk.window.registry["bold"].trigger()
    assert e.toPlainText() == "**đậm**"
    assert not format_at(e, 3).fontItalic()
    assert format_at(e, 3).fontWeight() == QFont.Weight.Bold


def test_an_empty_bullet_ends_the_list_with_a_blank_line(desk_factory, newsroom_dir):
    desk = desk_factory(newsroom_dir).start()
    own_draft(desk)
    e = desk.window.editor
    e.setFocus()
    type_text(e, "- một")
    QTest.keyClick(e, Qt.Key.Key_Return)
    type_text(e, "hai")
    QTest.keyClick(e, Qt.Key.Key_Return)
    QTest.keyClick(e, Qt.Key.Key_Return)  # on the empty bullet: the list ends
    type_text(e, "Đoạn sau.")
    assert e.toPlainText() == "- một\n- hai\n\nĐoạn sau."
    html = desk.services.rendering.body(e.toPlainText()).html
    assert "<p>Đoạn sau.</p>" in html
    assert html.index("</ul>") < html.index("Đoạn sau.")


def test_find_bar_is_wide_and_escape_closes_it(desk_factory, newsroom_dir, qtbot):
    desk = desk_factory(newsroom_dir).start()
    own_draft(desk)
    w = desk.window
    w.editor.setPlainText("Hội nghị tổng kết. Hội nghị sơ kết.")
    w.registry["find"].trigger()
    assert w.find_bar.isVisible()
    assert w.find_bar.find_edit.width() >= 200
    rows_before = w.list_panel.model.rowCount()
    QTest.keyClicks(w.find_bar.find_edit, "hoi nghi")
    QTest.keyClick(w.find_bar.find_edit, Qt.Key.Key_Return)
    desk.settle()
    assert w.editor.textCursor().selectedText() == "Hội nghị"
    qtbot.wait(400)  # longer than the list's search debounce
    desk.settle()
    assert w.list_panel.search_edit.text() == ""
    assert w.list_panel.model.rowCount() == rows_before
    QTest.keyClick(w.find_bar.find_edit, Qt.Key.Key_Escape)
    assert not w.find_bar.isVisible()
    assert w.editor.hasFocus() or w.editor.isAncestorOf(w.focusWidget())
