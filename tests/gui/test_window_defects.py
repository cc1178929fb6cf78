"""Defects of the window found by trying it as a reporter would (issue 15, item 2)."""

from PySide6.QtWidgets import QDialog, QMessageBox

from editor_app.domain.entities import ArticleFields
from editor_app.gui.dialogs.settings import SettingsDialog
from editor_app.gui.dialogs.sign_in import SignInDialog
from tests.gui.conftest import type_text


def someone_elses(desk):
    me = desk.controller.person
    return next(a for a in desk.services.drafting.summaries(status="in_review")
                if a.author_id != me.id)


def test_settings_ok_on_an_article_one_may_not_edit_changes_nothing(
        desk_factory, newsroom_dir, qtbot, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: warned.append(a) or QMessageBox.StandardButton.Yes))
    desk = desk_factory(newsroom_dir).start()
    w, c = desk.window, desk.controller
    other = someone_elses(desk)
    desk.open(other.id)
    assert w.editor.isReadOnly()
    monkeypatch.setattr(SettingsDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    w.registry["settings"].trigger()
    qtbot.wait(1200)  # longer than the autosave delay (500 ms in tests)
    desk.settle()
    assert "Unsaved" not in w.banner.text()
    assert "Not saved" not in w.banner.text()
    assert w.saved_label.text() != "Unsaved changes"
    assert "Not saved" not in w.statusBar().currentMessage()
    assert not c.autosave.dirty
    # Switching person asks who is at the desk ...
    w.registry["switch_person"].trigger()
    desk.settle()
    dlg = c.startup.sign_in_dialog
    assert dlg is not None
    assert dlg.isVisible()
    dlg.reject()
    desk.settle()
    # ... opening one's own draft shows no banner, and quitting warns of nothing.
    mine = desk.services.drafting.create(c.person, ArticleFields(title="Bài của tôi"))
    desk.open(mine.id)
    assert not w.banner.isVisible()
    w.close()
    assert warned == []
    assert not w.isVisible()


def test_live_language_switch_relabels_the_filters_and_the_count(desk_factory, newsroom_dir,
                                                                  qtbot):
    desk = desk_factory(newsroom_dir, lang="en").start()
    panel = desk.window.list_panel
    qtbot.waitUntil(lambda: "articles" in panel.count_label.text(), timeout=10_000)
    assert panel.category_filter.itemText(0) == "All categories"
    desk.appearance.set_language("vi")
    try:
        qtbot.waitUntil(lambda: desk.window.menus["file"].title() == "&Tệp", timeout=5_000)
        assert panel.category_filter.itemText(0) == "Mọi chuyên mục"
        assert "articles" not in panel.count_label.text()
        assert "bài" in panel.count_label.text()
    finally:  # the translators belong to the application, which later tests share
        desk.appearance.set_language("en")
        qtbot.waitUntil(lambda: desk.window.menus["file"].title() == "&File", timeout=5_000)


def test_the_list_row_follows_an_autosave_and_search_shows_authors(desk_factory,
                                                                   newsroom_dir, qtbot):
    desk = desk_factory(newsroom_dir).start()
    w, c = desk.window, desk.controller
    mine = desk.services.drafting.create(c.person, ArticleFields(title="Tin mới về lúa"))
    with qtbot.waitSignal(w.list_panel.model.page_loaded, timeout=10_000):
        w.list_panel.refresh()
    desk.open(mine.id)
    model = w.list_panel.model
    row = model.rows[model.row_of(mine.id)]
    assert row.category == ""
    before = row.updated
    w.metadata.category.setCurrentIndex(1)
    category = w.metadata.category.currentText().split(" / ")[-1]
    w.editor.setFocus()
    with qtbot.waitSignal(c.autosave.saved, timeout=10_000):
        type_text(w.editor, "Lúa vụ mùa được mùa.")
    qtbot.waitUntil(lambda: model.row_of(mine.id) >= 0 and
                    model.rows[model.row_of(mine.id)].updated > before, timeout=10_000)
    row = model.rows[model.row_of(mine.id)]
    assert row.category == category
    shown = model.index(model.row_of(mine.id), 1).data()
    assert shown == category
    with qtbot.waitSignal(w.list_panel.searched, timeout=10_000):
        w.list_panel.search_edit.setText("lua")
    assert model.rows
    assert all(r.author for r in model.rows)
    assert c.person.name in [r.author for r in model.rows]


def test_the_title_names_the_app_once(desk_factory, newsroom_dir, qapp):
    desk = desk_factory(newsroom_dir).start()
    qapp.setApplicationDisplayName("Editor App")
    try:
        title = desk.window.windowTitle()
        # Qt adds " — Editor App" (the display name) to what the window sets.
        assert "Editor App" not in title
        assert desk.controller.person.name in title
    finally:
        qapp.setApplicationDisplayName("")


def test_updated_arrow_points_down_over_a_newest_first_list(desk_factory, newsroom_dir):
    from PySide6.QtGui import QColor

    desk = desk_factory(newsroom_dir).start()
    view = desk.window.list_panel.view
    header = view.horizontalHeader()
    rows = desk.window.list_panel.model.rows
    assert rows[0].updated >= rows[-1].updated  # newest first
    section = header.logicalIndex(4)
    x = header.sectionViewportPosition(section)
    width = header.sectionSize(section)
    image = header.grab().toImage()
    background = QColor(image.pixel(x + width - 2, 2))
    dark = []
    for yy in range(2, image.height() - 2):  # inside the section's borders
        for xx in range(x + width - 18, x + width - 3):
            c = QColor(image.pixel(xx, yy))
            if abs(c.lightness() - background.lightness()) > 60:
                dark.append((xx, yy))
    # Only the arrow is drawn at the right end of "Updated": a ▼ is wide at its top.
    ys = [p[1] for p in dark]
    top, bottom = min(ys), max(ys)
    width_at = {y: len([p for p in dark if p[1] == y]) for y in range(top, bottom + 1)}
    assert width_at[top] > width_at[bottom]


def test_category_filter_and_sign_in_list_are_not_cut_off(desk_factory, newsroom_dir,
                                                          qtbot):
    desk = desk_factory(newsroom_dir, lang="vi").start()
    combo = desk.window.list_panel.category_filter
    fm = combo.fontMetrics()
    assert combo.width() >= fm.horizontalAdvance(combo.currentText()) + 24
    dlg = SignInDialog(desk.services.auth.choices(), "an.pv", desk.window)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    lst = dlg.list
    for i in range(lst.count()):
        rect = lst.visualItemRect(lst.item(i))
        text = lst.item(i).text()
        assert lst.fontMetrics().horizontalAdvance(text) <= lst.viewport().width(), text
        assert rect.bottom() <= lst.viewport().height(), text
    dlg.close()


def test_no_stale_status_message_after_opening_ones_own_draft(desk_factory, newsroom_dir,
                                                              monkeypatch):
    desk = desk_factory(newsroom_dir).start()
    w, c = desk.window, desk.controller
    other = someone_elses(desk)
    desk.open(other.id)
    w.statusBar().showMessage("Submitted for review.", 6000)  # what a step leaves
    mine = desk.services.drafting.create(c.person, ArticleFields(title="Nháp của tôi"))
    desk.open(mine.id)
    assert w.statusBar().currentMessage() == ""


def test_the_preview_is_the_vietnamese_page_whatever_the_ui_language(
        desk_factory, newsroom_dir, qtbot):
    desk = desk_factory(newsroom_dir, lang="en").start()
    w = desk.window
    approved = desk.services.drafting.summaries(status="approved", limit=1)[0]
    desk.open(approved.id)
    w.side.setCurrentWidget(w.preview)
    qtbot.waitUntil(lambda: w.preview.view is not None and
                    "Tin cùng chuyên mục".lower() in w.preview.view.toPlainText().lower(),
                    timeout=10_000)
    text = w.preview.view.toPlainText()
    for english in ("Friday", "Monday", "Home", "HOME", "More in this section", "MORE IN"):
        assert english not in text
