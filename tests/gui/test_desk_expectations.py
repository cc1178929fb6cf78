"""What people expect and did not find (issue 15, item 3): shortcuts, recent, drop an image."""

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QDialog

from editor_app.domain.entities import ArticleFields


def test_help_lists_the_keyboard_shortcuts(desk_factory, newsroom_dir, qtbot):
    desk = desk_factory(newsroom_dir).start()
    w = desk.window
    assert w.registry["keyboard_shortcuts"] in w.menus["help"].actions()
    w.registry["keyboard_shortcuts"].trigger()
    dlg = desk.controller.lifecycle.shortcuts_dialog
    qtbot.waitExposed(dlg)
    rows = dict(dlg.rows())
    assert rows["Bold"] == "Ctrl+B"
    assert rows["Distraction-free mode"] == "F11"
    assert "Esc" in rows.values()
    dlg.close()


def test_file_menu_lists_recent_articles_and_opens_them(desk_factory, newsroom_dir, qtbot):
    desk = desk_factory(newsroom_dir).start()
    w, me = desk.window, desk.controller.person
    first = desk.services.drafting.create(me, ArticleFields(title="Bài thứ nhất"))
    second = desk.services.drafting.create(me, ArticleFields(title="Bài thứ hai"))
    desk.open(first.id)
    desk.open(second.id)
    labels = [a.text() for a in w.recent_menu.actions()]
    assert "Bài thứ hai" in labels[0]
    assert "Bài thứ nhất" in labels[1]
    with qtbot.waitSignal(desk.controller.context.article_changed, timeout=10_000):
        w.recent_menu.actions()[1].trigger()
    desk.settle()
    assert w.metadata.title.text() == "Bài thứ nhất"
    assert "Bài thứ nhất" in w.recent_menu.actions()[0].text()
    # Kept for the next start.
    assert desk.settings.state.recent_articles.splitlines()[0].startswith(first.id)


def test_an_image_dropped_on_the_body_is_inserted_with_caption_and_credit(
        desk_factory, newsroom_dir, qtbot, monkeypatch, tmp_path):
    from editor_app.gui.dialogs.image_details import ImageDetailsDialog

    desk = desk_factory(newsroom_dir).start()
    w = desk.window
    art = desk.services.drafting.create(desk.controller.person, ArticleFields(title="Thả ảnh"))
    desk.open(art.id)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#208040"))
    path = str(tmp_path / "ruong-lua.jpg")
    assert image.save(path)

    def fill(dlg):
        dlg.caption.setText("Ruộng lúa chín")
        dlg.credit.setText("Ảnh: Trần Thị Dung")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImageDetailsDialog, "exec", fill)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(path)])
    viewport = w.editor.viewport()
    at, copy = QPointF(10, 10), Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, copy, mime, buttons, keys)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()  # the body takes image files
    QApplication.sendEvent(viewport, QDragMoveEvent(at, copy, mime, buttons, keys))
    QApplication.sendEvent(viewport, QDropEvent(at, copy, mime, buttons, keys))
    qtbot.waitUntil(lambda: "media/" in w.editor.toPlainText(), timeout=10_000)
    desk.settle()
    assert "![Ruộng lúa chín](media/" in w.editor.toPlainText()
    stored = desk.services.drafting.get(art.id)
    assert [(m.caption, m.credit) for m in stored.media] == [
        ("Ruộng lúa chín", "Ảnh: Trần Thị Dung")]


def test_history_groups_autosaves_into_sessions_with_named_versions(desk_factory,
                                                                    newsroom_dir, qtbot):
    desk = desk_factory(newsroom_dir).start()
    w, me, s = desk.window, desk.controller.person, desk.services
    art = s.drafting.create(me, ArticleFields(title="Phiên sửa bài", summary="Sapo.",
                                              body="Bản một.\n"))
    for n in range(2, 12):  # ten autosaves in a minute
        s.drafting.edit(me, art.id, ArticleFields(body=f"Bản {n}.\n"), expected_version=n - 1)
    s.review.submit(me, art.id)
    desk.open(art.id)
    w.side.setCurrentWidget(w.history)
    desk.settle()
    h = w.history
    texts = [h.list.item(i).text() for i in range(h.list.count())]
    sessions = [t for t in texts if "editing session" in t]
    assert len(sessions) == 1
    assert "11 saves" in sessions[0], texts
    assert sessions[0].startswith("★ Version sent for review")
    assert len(texts) == 3  # created, the session, submitted: not thirteen lines
    # Ticking the one session shows what it changed, first save to last.
    h.list.item(1).setCheckState(Qt.CheckState.Checked)
    h.compare_button.click()
    qtbot.waitUntil(lambda: "#11" in h.diff.toPlainText(), timeout=10_000)
    shown = h.diff.toPlainText()
    assert "#1 " in shown  # from the session's first save ...
    assert "11" in shown.split("\n", 1)[1]  # ... to its last: "Bản một." became "Bản 11."
    assert "một" in shown


def test_save_as_pdf_writes_the_portal_page(desk_factory, newsroom_dir, qtbot, monkeypatch,
                                            tmp_path):
    from PySide6.QtWidgets import QFileDialog

    desk = desk_factory(newsroom_dir).start()
    w = desk.window
    approved = desk.services.drafting.summaries(status="approved", limit=1)[0]
    desk.open(approved.id)
    target = tmp_path / "out" / "bai.pdf"
    target.parent.mkdir()
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda _p, _t, name, _f: asked.append(name) or (str(target), "")))
    assert w.registry["save_pdf"] in w.menus["file"].actions()
    assert w.registry["save_pdf"].isEnabled()
    w.registry["save_pdf"].trigger()
    qtbot.waitUntil(target.exists, timeout=15_000)
    desk.settle()
    assert asked[0].endswith(".pdf")
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_size > 2000
    assert list(target.parent.iterdir()) == [target]  # written atomically: no leftovers
