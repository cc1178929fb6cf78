"""The window never waits on the store: reads and writes run on workers (DESIGN §4)."""

from PySide6.QtWidgets import QMessageBox

from editor_app.domain.entities import ArticleFields


def test_the_guard_sees_a_store_use_on_the_gui_thread(desk_factory, newsroom_dir):
    desk = desk_factory(newsroom_dir).start()
    desk.store_guard.on_gui_thread.clear()
    desk.services.drafting.count()  # called here, on the GUI thread: recorded
    assert len(desk.store_guard.on_gui_thread) == 1


def test_opening_searching_and_diffing_leave_the_gui_thread_to_the_person(
        desk_factory, newsroom_dir, qtbot):
    desk = desk_factory(newsroom_dir).start()
    an = desk.controller.person
    art = desk.services.drafting.create(an, ArticleFields(
        title="Hội nghị tổng kết", summary="Sapo.", body="Bản một.\n"))
    desk.services.drafting.edit(an, art.id, ArticleFields(body="Bản một, sửa lại.\n"),
                                expected_version=1)
    guard = desk.store_guard
    guard.on_gui_thread.clear()
    calls_before = guard.calls

    desk.open(art.id)  # the article, its tabs, the list selection
    w = desk.window
    with qtbot.waitSignal(w.list_panel.searched, timeout=10_000):
        w.list_panel.search_edit.setText("hoi nghi tong ket")
    assert art.id in [r.id for r in w.list_panel.model.rows]
    with qtbot.waitSignal(w.list_panel.model.page_loaded, timeout=10_000):
        w.list_panel.search_edit.setText("")  # back to the paged list and its count
    w.side.setCurrentWidget(w.history)
    desk.settle()
    history = w.history
    for i in range(history.list.count()):
        if history.list.item(i).data(256):
            history.list.item(i).setCheckState(history.list.item(i).checkState().Checked)
    history.compare_button.click()
    qtbot.waitUntil(lambda: "sửa lại" in history.diff.toPlainText(), timeout=10_000)
    desk.settle()

    assert guard.calls > calls_before  # the store was used: by the workers
    assert guard.on_gui_thread == []


def test_an_export_lets_other_writes_through_between_articles(
        desk_factory, newsroom_dir, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    desk = desk_factory(newsroom_dir, "hoa.staff").start()
    staff = desk.controller.person
    approved = desk.services.drafting.summaries(status="approved")
    assert len(approved) >= 2
    desk.controller.transfer.open_export()
    qtbot.waitUntil(lambda: desk.controller.transfer.export_dialog is not None, timeout=10_000)
    dlg = desk.controller.transfer.export_dialog
    dlg.folder.setText(str(tmp_path / "out"))
    order = []
    dlg.finished_export.connect(lambda _r: order.append("export finished"))
    with qtbot.waitSignal(dlg.finished_export, timeout=60_000):
        dlg.start_button.click()
        # A write asked for while the export runs (an autosave, a comment) ...
        desk.tasks.write(lambda: desk.services.review.comment(staff, approved[0].id, "Đã xem."),
                         lambda _c: order.append("comment stored"))
    # ... waits for one article, not for the whole batch.
    assert order == ["comment stored", "export finished"]
    assert len(dlg.written) == len(approved)
    dlg.close()
