"""The house style at the desk: marks while typing, one-click fixes, staff's dialog."""

from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialog

from editor_app.domain.entities import ArticleFields
from editor_app.domain.house_style import ToneStyle
from editor_app.gui.dialogs.checklist import ChecklistDialog
from editor_app.gui.dialogs.house_style import HouseStyleDialog
from editor_app.gui.editor.style_marks import StyleMarks

HOA_OLD, HOA_NEW = "h\u00f2a", "ho\u00e0"


def _draft(desk, body):
    art = desk.services.drafting.create(desk.controller.person, ArticleFields(title="Phong cách"))
    desk.open(art.id)
    editor = desk.window.editor
    editor.setPlainText(body)
    marks = desk.controller.house_style.marks
    desk.qtbot.waitUntil(lambda: bool(marks.found) or not body, timeout=10_000)
    return editor, marks


def test_wrong_official_names_are_underlined_and_fixed_in_one_undo_step(desk_factory,
                                                                        newsroom_dir):
    desk = desk_factory(newsroom_dir, "an.pv").start()
    body = "Lãnh đạo ubnd Tỉnh và bí thư tỉnh ủy dự họp theo chỉ đạo của TW."
    editor, marks = _draft(desk, body)
    assert [m[2].found for m in marks.found] == ["ubnd Tỉnh", "bí thư tỉnh ủy", "TW"]
    assert len(editor.extraSelections()) == 3  # what the reporter sees underlined
    desk.window.registry["apply_house_style"].trigger()
    assert editor.toPlainText() == \
        "Lãnh đạo UBND tỉnh và Bí thư Tỉnh ủy dự họp theo chỉ đạo của Trung ương."
    desk.qtbot.waitUntil(lambda: not marks.found, timeout=10_000)
    assert editor.extraSelections() == []
    editor.undo()
    assert editor.toPlainText() == body


def test_right_click_on_a_mark_offers_the_house_spelling(desk_factory, newsroom_dir,
                                                         monkeypatch):
    desk = desk_factory(newsroom_dir, "an.pv").start()
    editor, marks = _draft(desk, "Họp với ubnd Tỉnh sáng nay.")
    offered = []

    def choose_first(menu, *args):
        offered.extend(a.text() for a in menu.actions())
        menu.actions()[0].trigger()

    monkeypatch.setattr(StyleMarks, "_popup", lambda self, menu, where: choose_first(menu))
    start = marks.found[0][0]
    cursor = editor.textCursor()
    cursor.setPosition(start + 2)
    rect = editor.cursorRect(cursor)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, rect.center(),
                              editor.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(editor.viewport(), event)
    assert offered[0] == "Write “UBND tỉnh” (house style)"
    assert editor.toPlainText() == "Họp với UBND tỉnh sáng nay."
    # Elsewhere the ordinary menu is left alone (no mark under the pointer).
    assert marks.at(0) is None


def test_staff_choose_the_tone_style_and_desks_follow_it(desk_factory, newsroom_dir, qtbot):
    staff = desk_factory(newsroom_dir, "hoa.staff").start()
    action = staff.window.registry["house_style"]
    assert action.isEnabled()
    action.trigger()
    dialog = staff.window.findChild(HouseStyleDialog)
    assert dialog is not None
    assert dialog.isVisible()
    dialog.tone_buttons[ToneStyle.NEW].click()
    qtbot.waitUntil(lambda: staff.services.house_style.get().tone is ToneStyle.NEW,
                    timeout=10_000)
    dialog.new_name.setText("Sở Giáo dục và Đào tạo")
    dialog.new_variants.setText("Sở GD-ĐT; Sở GDĐT")
    dialog.add_button.click()
    staff.settle()
    assert staff.services.house_style.get().terms[-1].variants == ("Sở GD-ĐT", "Sở GDĐT")
    qtbot.waitUntil(lambda: dialog.table.item(dialog.table.rowCount() - 1, 0).text()
                    == "Sở Giáo dục và Đào tạo", timeout=10_000)
    dialog.close()

    reporter = desk_factory(newsroom_dir, "an.pv").start()
    assert not reporter.window.registry["house_style"].isEnabled()
    _, marks = _draft(reporter, f"Sở GD-ĐT tổ chức {HOA_OLD} nhạc.")
    assert [(m[2].found, m[2].fix) for m in marks.found] == [
        ("Sở GD-ĐT", "Sở Giáo dục và Đào tạo"), (HOA_OLD, HOA_NEW)]


def test_the_checklist_counts_house_style_findings(desk_factory, newsroom_dir, monkeypatch):
    desk = desk_factory(newsroom_dir, "an.pv").start()
    art = desk.services.drafting.create(desk.controller.person, ArticleFields(
        title="Ubnd tỉnh họp", summary="Sapo.", category_id="Y tế",
        body="Đại diện ubnd Tỉnh, UB tỉnh và TW.\n"))
    desk.open(art.id)
    seen = {}

    def look(dlg):
        seen["items"] = [dlg.list.item(i).text() for i in range(dlg.list.count())]
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ChecklistDialog, "exec", look)
    desk.window.registry["check"].trigger()
    desk.settle()
    texts = " ".join(seen["items"])
    assert "3 official name(s) not written the house way, e.g. “ubnd Tỉnh” → “UBND tỉnh”" in texts
    assert "1 official name(s)" in texts  # the title's "Ubnd tỉnh"
