"""The rich editor in the real window: shortcuts as you type, toolbar, paste, the switch."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QFont

from editor_app.domain.entities import ArticleFields
from editor_app.gui.settings import SettingsStore
from tests.gui.conftest import type_text

WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<style>p.MsoNormal {mso-style-parent:""; font-family:"Times New Roman"}</style></head>
<body lang=VI style='tab-interval:36.0pt'>
<!--StartFragment-->
<h2 style='mso-margin-top-alt:auto'><span style='font-family:Arial;mso-bidi-font-size:14pt'>
Kết quả năm 2026</span></h2>
<p class=MsoNormal style='margin-bottom:0cm;mso-line-height-alt:12pt'><span lang=VI
style='font-size:13.0pt;font-family:"Times New Roman",serif;mso-fareast-language:VI'>Tỉnh đạt
<b style='mso-bidi-font-weight:normal'>95%</b> kế hoạch, <i>vượt</i> dự kiến.<o:p></o:p></span></p>
<ul style='margin-top:0cm' type=disc><li class=MsoNormal style='mso-list:l0 level1 lfo1'>
<font face="Tahoma" color="#ff0000">Nông nghiệp</font></li><li class=MsoNormal>Du lịch</li></ul>
<p><span style='color:red' onclick="alert(1)">Xem <a href="javascript:alert(1)">đây</a> và
<a href="https://baotinh.vn/a">kia</a></span><script>alert(2)</script></p>
<!--EndFragment--></body></html>"""


def _rich_desk(desk_factory, newsroom_dir):
    desk = desk_factory(newsroom_dir, editor_mode="rich").start()
    mine = desk.services.drafting.create(desk.controller.person, ArticleFields(title="Thử"))
    desk.open(mine.id)
    rich = desk.window.body.rich
    assert desk.window.body.currentWidget() is rich
    rich.setFocus()
    return desk, mine, rich


def test_a_new_person_gets_the_rich_editor(tmp_path):
    settings = SettingsStore(tmp_path / "config")
    assert settings.preferences.editor_mode == "rich"


def test_typing_markdown_shortcuts_formats_as_you_type(desk_factory, newsroom_dir, qtbot):
    desk, mine, rich = _rich_desk(desk_factory, newsroom_dir)
    type_text(rich, "## Tiêu đề")
    block = rich.document().firstBlock()
    assert block.text() == "Tiêu đề"  # the "## " is gone: it is a heading now
    assert block.blockFormat().headingLevel() == 2
    qtbot.keyClick(rich, Qt.Key.Key_Return)
    type_text(rich, "Giá **lúa** tăng")
    para = rich.document().lastBlock()
    assert para.blockFormat().headingLevel() == 0
    assert para.text() == "Giá lúa tăng"
    qtbot.keyClick(rich, Qt.Key.Key_Return)
    type_text(rich, "- Một")
    qtbot.keyClick(rich, Qt.Key.Key_Return)
    type_text(rich, "Hai")
    assert rich.document().lastBlock().textList() is not None
    assert rich.markdown() == "## Tiêu đề\n\nGiá **lúa** tăng\n\n- Một\n- Hai"
    # Autosave stores the Markdown written from the rich view.
    qtbot.waitUntil(lambda: desk.services.drafting.get(mine.id).body == rich.markdown(),
                    timeout=10_000)


def test_ctrl_b_and_the_toolbar_list_in_rich_mode(desk_factory, newsroom_dir, qtbot):
    desk, _mine, rich = _rich_desk(desk_factory, newsroom_dir)
    type_text(rich, "Hội nghị tổng kết")
    cursor = rich.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(8, cursor.MoveMode.KeepAnchor)  # "Hội nghị"
    rich.setTextCursor(cursor)
    qtbot.keyClick(rich, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert rich.textCursor().charFormat().fontWeight() >= QFont.Weight.Bold
    desk.window.registry["bullets"].trigger()
    assert rich.document().firstBlock().textList() is not None
    assert rich.markdown() == "- **Hội nghị** tổng kết"


def test_pasted_word_html_arrives_clean(desk_factory, newsroom_dir, qtbot):
    _desk, _mine, rich = _rich_desk(desk_factory, newsroom_dir)
    data = QMimeData()
    data.setHtml(WORD_HTML)
    data.setText("Kết quả năm 2026")
    rich.insertFromMimeData(data)
    assert rich.markdown() == (
        "## Kết quả năm 2026\n\nTỉnh đạt **95%** kế hoạch, *vượt* dự kiến.\n\n"
        "- Nông nghiệp\n- Du lịch\n\nXem đây và [kia](https://baotinh.vn/a)")
    html = rich.toHtml()
    for junk in ("mso-", "Tahoma", "#ff0000", "javascript", "alert", "Times New Roman"):
        assert junk not in html


def test_switching_to_source_and_back_keeps_everything(desk_factory, newsroom_dir, qtbot):
    desk, _mine, rich = _rich_desk(desk_factory, newsroom_dir)
    w = desk.window
    type_text(rich, "## Mở đầu")
    qtbot.keyClick(rich, Qt.Key.Key_Return)
    type_text(rich, "Đoạn *một*")
    switch = w.registry["markdown_source"]
    switch.trigger()
    assert w.body.currentWidget() is w.editor
    assert w.editor.toPlainText() == "## Mở đầu\n\nĐoạn *một*"
    assert desk.settings.preferences.editor_mode == "source"
    w.editor.moveCursor(w.editor.textCursor().MoveOperation.End)
    type_text(w.editor, " thêm")
    switch.trigger()
    assert w.body.currentWidget() is rich
    assert rich.markdown() == "## Mở đầu\n\nĐoạn *một* thêm"  # at once, while it formats
    desk.settle()  # formatted by the guarded renderer, off the UI thread
    assert not rich.loading
    assert rich.document().firstBlock().blockFormat().headingLevel() == 2
    assert rich.markdown() == "## Mở đầu\n\nĐoạn *một* thêm"
    # The history starts at the switch: undo cannot bring back a state of the other view.
    assert not rich.document().isUndoAvailable()
    assert SettingsStore(desk.paths.config_dir).preferences.editor_mode == "rich"


def test_find_and_replace_work_in_the_rich_view(desk_factory, newsroom_dir, qtbot):
    desk, _mine, rich = _rich_desk(desk_factory, newsroom_dir)
    type_text(rich, "## Thủy lợi")
    qtbot.keyClick(rich, Qt.Key.Key_Return)
    type_text(rich, "Công trình **hòa bình** mới")
    bar = desk.window.find_bar
    bar.open(replace=True)
    bar.find_edit.setText("hoa binh")
    assert bar.find_next()
    assert rich.textCursor().selectedText() == "hòa bình"
    bar.replace_edit.setText("hoà bình")
    assert bar.replace_all() == 1
    assert rich.markdown() == "## Thủy lợi\n\nCông trình **hoà bình** mới"


def test_more_shortcuts_quote_numbers_rule_italic(desk_factory, newsroom_dir, qtbot):
    _desk, _mine, rich = _rich_desk(desk_factory, newsroom_dir)
    type_text(rich, "> Trích dẫn *quan trọng*")
    qtbot.keyClick(rich, Qt.Key.Key_Return)
    qtbot.keyClick(rich, Qt.Key.Key_Return)  # an empty quote line ends the quote
    type_text(rich, "1. Một")
    qtbot.keyClick(rich, Qt.Key.Key_Return)
    type_text(rich, "Hai")
    qtbot.keyClick(rich, Qt.Key.Key_Return)
    qtbot.keyClick(rich, Qt.Key.Key_Return)  # an empty item ends the list
    type_text(rich, "Sau danh sách")
    qtbot.keyClick(rich, Qt.Key.Key_Return)
    type_text(rich, "---")
    type_text(rich, "Cuối")
    assert rich.markdown() == ("> Trích dẫn *quan trọng*\n\n1. Một\n2. Hai\n\n"
                               "Sau danh sách\n\n---\n\nCuối")


def test_toolbar_heading_italic_link_and_undo(desk_factory, newsroom_dir, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    desk, _mine, rich = _rich_desk(desk_factory, newsroom_dir)
    reg = desk.window.registry
    assert reg["markdown_source"] in desk.window.toolbar.actions()
    assert reg["markdown_source"] in desk.window.menus["view"].actions()
    type_text(rich, "Cổng thông tin")
    reg["h3"].trigger()
    assert rich.markdown() == "### Cổng thông tin"
    cursor = rich.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(4, cursor.MoveMode.KeepAnchor)  # "Cổng"
    rich.setTextCursor(cursor)
    reg["italic"].trigger()
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("https://baotinh.vn", True)))
    reg["link"].trigger()
    assert rich.markdown() == "### [*Cổng*](https://baotinh.vn) thông tin"
    reg["undo"].trigger()  # the link, then the italics, then the heading come off
    reg["undo"].trigger()
    assert rich.markdown() == "### Cổng thông tin"
    reg["undo"].trigger()
    assert rich.markdown() == "Cổng thông tin"
    # Looking at the source and coming back without typing keeps the rich history.
    reg["markdown_source"].trigger()
    assert desk.window.editor.toPlainText() == "Cổng thông tin"
    reg["markdown_source"].trigger()
    reg["redo"].trigger()
    assert rich.markdown() == "### Cổng thông tin"


def test_a_body_image_shows_with_its_caption(desk_factory, newsroom_dir, qtbot):
    from tests.images import png

    desk = desk_factory(newsroom_dir, editor_mode="rich").start()
    s, person = desk.services, desk.controller.person
    ref = s.media.add(person, png(40, 20))
    src = f"media/{ref.sha256}.{ref.ext}"
    art = s.drafting.create(person, ArticleFields(
        title="Ảnh", body=f"Mở đầu\n\n![Cánh đồng]({src})\n\nKết"))
    s.media.attach(person, art.id, ref.sha256, caption="Lúa chín", credit="Minh Anh")
    desk.open(art.id)
    rich = desk.window.body.rich
    qtbot.waitUntil(lambda: src in rich.media, timeout=10_000)  # read off the UI thread
    assert rich.media[src][1:] == ("Lúa chín", "Minh Anh")
    figure = rich.loadResource(2, src)  # what the view draws: picture, caption beneath
    assert figure.width() == 40
    assert figure.height() > 20  # the caption line under the 20 px picture
    assert rich.markdown() == f"Mở đầu\n\n![Cánh đồng]({src})\n\nKết"


def test_tab_nests_a_list_item_four_spaces_deep(desk_factory, newsroom_dir, qtbot):
    _desk, _mine, rich = _rich_desk(desk_factory, newsroom_dir)
    type_text(rich, "- Nông nghiệp")
    qtbot.keyClick(rich, Qt.Key.Key_Return)
    type_text(rich, "Lúa")
    qtbot.keyClick(rich, Qt.Key.Key_Tab)
    qtbot.keyClick(rich, Qt.Key.Key_Return)
    type_text(rich, "Ngô")
    qtbot.keyClick(rich, Qt.Key.Key_Return)
    type_text(rich, "Du lịch")
    qtbot.keyClick(rich, Qt.Key.Key_Backtab)
    assert rich.markdown() == "- Nông nghiệp\n    - Lúa\n    - Ngô\n- Du lịch"


def test_the_settings_dialog_chooses_the_view(desk_factory, newsroom_dir, qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from editor_app.gui.dialogs.settings import SettingsDialog

    desk, _mine, rich = _rich_desk(desk_factory, newsroom_dir)
    type_text(rich, "Giá **lúa**")

    def choose_source(dialog):
        dialog.editor_mode.setCurrentIndex(dialog.editor_mode.findData("source"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", choose_source)
    desk.window.registry["settings"].trigger()
    assert desk.window.body.currentWidget() is desk.window.editor
    assert desk.window.editor.toPlainText() == "Giá **lúa**"
    assert desk.window.registry["markdown_source"].isChecked()
    assert SettingsStore(desk.paths.config_dir).preferences.editor_mode == "source"


def test_toolbar_table_and_rule_in_rich_mode(desk_factory, newsroom_dir, qtbot):
    desk, _mine, rich = _rich_desk(desk_factory, newsroom_dir)
    type_text(rich, "Bảng số liệu")
    desk.window.registry["table"].trigger()
    cell = rich.textCursor().currentTable()
    assert cell is not None  # the cursor is in the new table, ready to type
    assert cell.rows() == 2
    assert cell.columns() == 2
    rich.moveCursor(rich.textCursor().MoveOperation.End)
    desk.window.registry["rule"].trigger()
    type_text(rich, "Hết")
    assert rich.markdown() == ("Bảng số liệu\n\n| Cột 1 | Cột 2 |\n|---|---|\n|  |  |\n\n"
                               "---\n\nHết")


def test_an_opened_article_is_formatted_off_the_ui_thread(desk_factory, newsroom_dir, qtbot):
    desk = desk_factory(newsroom_dir, editor_mode="rich").start()
    body = "## Mở đầu\n\n* một\n* hai\n\nĐoạn **đậm**."
    art = desk.services.drafting.create(desk.controller.person,
                                        ArticleFields(title="Dài", body=body))
    desk.open(art.id)  # waits for the background work, the guarded render included
    rich = desk.window.body.rich
    assert not rich.loading
    assert rich.document().firstBlock().blockFormat().headingLevel() == 2
    assert rich.markdown() == "## Mở đầu\n\n- một\n- hai\n\nĐoạn **đậm**."
    assert not desk.controller.autosave.dirty  # formatting it is not an edit


def test_a_text_the_renderer_refuses_opens_as_source(desk_factory, newsroom_dir, qtbot,
                                                     monkeypatch):
    from editor_app.render.guard import Rendered

    desk = desk_factory(newsroom_dir, editor_mode="rich").start()
    body = "## Tiêu đề\n\n" + "[" * 50
    art = desk.services.drafting.create(desk.controller.person,
                                        ArticleFields(title="Lạ", body=body))
    monkeypatch.setattr(type(desk.services.rendering), "body",
                        lambda self, source: Rendered("", "took too long"))
    desk.open(art.id)
    w = desk.window
    assert w.body.currentWidget() is w.editor
    assert w.editor.toPlainText() == body  # nothing lost, nothing changed
    assert "could not be shown formatted" in w.statusBar().currentMessage()
    assert desk.settings.preferences.editor_mode == "rich"  # the choice itself is kept
