"""A reporter's day in the window: sign in, write, autosave, switch, search, permissions."""

from PySide6.QtWidgets import QDialog, QInputDialog

from editor_app.domain.workflow import Status
from editor_app.gui.dialogs.sign_in import WelcomeDialog
from tests.gui.conftest import type_text


def test_first_start_creates_the_admin_and_loads_the_demo(desk_factory, tmp_path, monkeypatch):
    def fill_and_accept(dlg):
        dlg.login.setText("quantri")
        dlg.name.setText("Lê Minh Quân")
        dlg.password.setText("mật khẩu quản trị")
        dlg.repeat.setText("mật khẩu quản trị")
        dlg.demo.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WelcomeDialog, "exec", fill_and_accept)
    desk = desk_factory(tmp_path / "fresh", login=None).start()
    assert "Lê Minh Quân" in desk.window.person_label.text()
    assert "admin" in desk.window.person_label.text()
    assert desk.window.list_panel.model.rowCount() > 20
    # An admin writes no articles: "New article" is greyed out and says why.
    new = desk.window.registry["new_article"]
    assert not new.isEnabled()
    assert "may not" in new.toolTip()
    # The administrator signs in with the password chosen in the welcome; the demo's
    # people with the demo password.
    auth = desk.services.auth
    assert auth.authenticate("quantri", "mật khẩu quản trị").name == "Lê Minh Quân"
    assert auth.authenticate("an.pv", "demo-toasoan").name == "Nguyễn Văn An"


def test_write_autosave_switch_and_search(desk_factory, newsroom_dir, qtbot, monkeypatch):
    desk = desk_factory(newsroom_dir).start()
    w, c = desk.window, desk.controller
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Đảng bộ xã Nà Cang họp mặt", True)))
    with qtbot.waitSignal(w.list_panel.model.modelReset, timeout=10_000):
        w.registry["new_article"].trigger()
    qtbot.waitUntil(lambda: c.autosave.article is not None, timeout=10_000)
    desk.settle()
    article_id = c.autosave.article.id
    assert w.metadata.title.text() == "Đảng bộ xã Nà Cang họp mặt"
    assert not w.editor.isReadOnly()
    w.editor.setFocus()
    with qtbot.waitSignal(c.autosave.saved, timeout=10_000):
        type_text(w.editor, "Hội nghị tổng kết công tác năm của Đảng bộ xã.")
    assert "Đã lưu" in w.saved_label.text() or "Saved" in w.saved_label.text()
    stored = desk.services.drafting.get(article_id)
    assert stored.body == "Hội nghị tổng kết công tác năm của Đảng bộ xã."
    assert stored.version == 2
    assert "words" in w.counts_label.text()

    # Switch to another article: the unsaved edit is saved on the way out.
    type_text(w.editor, " Thêm một câu.")
    other = next(r for r in w.list_panel.model.rows if r.id != article_id)
    desk.open(other.id)
    assert desk.services.drafting.get(article_id).body.endswith("Thêm một câu.")
    assert w.metadata.title.text() == other.title

    # Search as you type, without and with diacritics.
    for query in ("na cang hop mat", "Nà Cang"):
        with qtbot.waitSignal(w.list_panel.searched, timeout=10_000):
            w.list_panel.search_edit.setText(query)
        titles = [r.title for r in w.list_panel.model.rows]
        assert "Đảng bộ xã Nà Cang họp mặt" in titles


def test_a_reporter_cannot_approve(desk_factory, newsroom_dir):
    desk = desk_factory(newsroom_dir).start()
    in_review = desk.services.drafting.summaries(status="in_review", limit=1)[0]
    desk.open(in_review.id)
    approve = desk.window.registry["approve"]
    assert not approve.isEnabled()
    assert "may not approve" in approve.toolTip()
    # The editor is read-only for someone else's article under review, and says why.
    assert desk.window.editor.isReadOnly()
    assert desk.window.banner.isVisible()
    # And the service refuses even if the UI were bypassed.
    import pytest

    from editor_app.domain.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        desk.services.review.approve(desk.controller.person, in_review.id)
    assert desk.services.drafting.get(in_review.id).status is Status.IN_REVIEW


def test_an_editor_can_approve_from_the_window(desk_factory, newsroom_dir, monkeypatch, qtbot):
    from PySide6.QtWidgets import QMessageBox

    desk = desk_factory(newsroom_dir, login="thanh.bt").start()
    item = next(a for a in desk.services.drafting.summaries(status="in_review")
                if a.author_id != desk.controller.person.id)
    desk.open(item.id)
    approve = desk.window.registry["approve"]
    assert approve.isEnabled()
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    approve.trigger()
    qtbot.waitUntil(lambda: desk.controller.autosave.article.status is Status.APPROVED,
                    timeout=10_000)
    assert desk.services.drafting.get(item.id).status is Status.APPROVED
    assert not approve.isEnabled()


def test_formatting_commands_and_find_replace(desk_factory, newsroom_dir, qtbot):
    desk = desk_factory(newsroom_dir).start()
    from editor_app.domain.entities import ArticleFields

    mine = desk.services.drafting.create(desk.controller.person, ArticleFields(title="Thử"))
    desk.open(mine.id)
    e = desk.window.editor
    e.setPlainText("hòa bình\nthủy lợi")
    cursor = e.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(8, cursor.MoveMode.KeepAnchor)
    e.setTextCursor(cursor)
    desk.window.registry["bold"].trigger()
    assert e.toPlainText().startswith("**hòa bình**")
    desk.window.registry["h2"].trigger()
    assert e.toPlainText().startswith("## **hòa bình**")
    e.undo()
    e.undo()
    assert e.toPlainText().startswith("hòa bình")
    bar = desk.window.find_bar
    bar.open(replace=True)
    bar.find_edit.setText("hoa binh")  # no diacritics, old-style tone in the text
    assert bar.fold.isChecked()
    assert bar.find_next()
    assert e.textCursor().selectedText() == "hòa bình"
    bar.replace_edit.setText("hoà bình")
    assert bar.replace_all() == 1
    assert e.toPlainText().startswith("hoà bình")


def test_language_switch_relabels_the_window(desk_factory, newsroom_dir, qtbot):
    desk = desk_factory(newsroom_dir, lang="vi").start()
    w = desk.window
    assert w.menus["file"].title() == "&Tệp"
    assert w.registry["new_article"].text() == "&Bài mới"
    assert "phóng viên" in w.person_label.text()
    # Strings that moved to new classes (Editing, Permissions) kept their translation.
    w.registry["submit"].setEnabled(True)
    desk.controller.context.show(None)
    assert w.status_label.text() == "Chưa mở bài nào"
    assert w.registry["submit"].toolTip() == "Hãy mở một bài trước."
    desk.appearance.set_language("en")
    qtbot.waitUntil(lambda: w.menus["file"].title() == "&File")  # LanguageChange is posted
    assert w.registry["new_article"].text() == "&New article"
