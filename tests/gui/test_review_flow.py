"""The path a newsroom walks every day, through the window, with three people."""

import zipfile

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from editor_app.domain.entities import ArticleFields
from editor_app.domain.workflow import Status
from editor_app.gui.dialogs.checklist import ChecklistDialog
from editor_app.gui.dialogs.reason import ReasonDialog
from tests.gui.conftest import type_text


@pytest.fixture
def yes_to_everything(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))

    def give_reason(dlg):
        dlg.text.setPlainText("Cần bổ sung số liệu ở đoạn hai.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReasonDialog, "exec", give_reason)


def wait_status(qtbot, desk, status):
    qtbot.waitUntil(lambda: desk.controller.autosave.article is not None
                    and desk.controller.autosave.article.status is status, timeout=15_000)
    desk.settle()


def test_draft_to_export_through_the_window(desk_factory, newsroom_dir, qtbot, tmp_path,
                                            yes_to_everything):
    # The reporter writes a complete article and submits it.
    reporter = desk_factory(newsroom_dir, "an.pv").start()
    an = reporter.controller.person
    art = reporter.services.drafting.create(an, ArticleFields(
        title="Khánh thành trường học mới ở Nà Cang", summary="Sapo đầy đủ.",
        body="Bản đầu tiên.\n", category_id="Giáo dục"))
    reporter.open(art.id)
    reporter.window.registry["submit"].trigger()
    wait_status(qtbot, reporter, Status.SUBMITTED)
    assert reporter.window.editor.isReadOnly()  # no edits while it is reviewed
    reporter.close()

    # The editor starts the review and returns it with a reason.
    editor = desk_factory(newsroom_dir, "thanh.bt").start()
    editor.window.list_panel.view_filter.setCurrentIndex(
        editor.window.list_panel.view_filter.findData("review"))
    editor.settle()
    assert art.id in [r.id for r in editor.window.list_panel.model.rows]
    editor.open(art.id)
    editor.window.registry["start_review"].trigger()
    wait_status(qtbot, editor, Status.IN_REVIEW)
    editor.window.registry["return"].trigger()
    wait_status(qtbot, editor, Status.RETURNED)
    editor.close()

    # The reporter sees it in "returned to me", edits, resubmits.
    reporter = desk_factory(newsroom_dir, "an.pv").start()
    lp = reporter.window.list_panel
    lp.view_filter.setCurrentIndex(lp.view_filter.findData("returned"))
    reporter.settle()
    assert art.id in [r.id for r in lp.model.rows]
    assert {r.status for r in lp.model.rows} == {Status.RETURNED}
    assert {r.author for r in lp.model.rows} == {"Nguyễn Văn An"}
    reporter.open(art.id)
    assert not reporter.window.editor.isReadOnly()
    reporter.window.editor.moveCursor(reporter.window.editor.textCursor().MoveOperation.End)
    with qtbot.waitSignal(reporter.controller.autosave.saved, timeout=10_000):
        type_text(reporter.window.editor, "Số liệu: 450 học sinh.")
    reporter.window.registry["submit"].trigger()
    wait_status(qtbot, reporter, Status.SUBMITTED)
    reporter.close()

    # The editor approves; the diff shows what the reporter added.
    editor = desk_factory(newsroom_dir, "thanh.bt").start()
    editor.open(art.id)
    editor.window.registry["start_review"].trigger()
    wait_status(qtbot, editor, Status.IN_REVIEW)
    editor.window.side.setCurrentWidget(editor.window.history)
    editor.settle()
    history = editor.window.history
    revisions = [i for i in range(history.list.count()) if history.list.item(i).data(256)]
    for i in (revisions[0], revisions[-1]):
        history.list.item(i).setCheckState(history.list.item(i).checkState().Checked)
    history.compare_button.click()
    assert "Comparing" in history.diff.toPlainText()  # diffed on a worker
    qtbot.waitUntil(lambda: "450" in history.diff.toPlainText(), timeout=15_000)
    diff_html = history.diff.toHtml()
    assert "450" in diff_html
    assert "#d1f2d9" in diff_html  # shown as an insertion
    editor.window.registry["approve"].trigger()
    wait_status(qtbot, editor, Status.APPROVED)
    editor.close()

    # Staff export it from the export dialog, and verify the bundle.
    staff = desk_factory(newsroom_dir, "hoa.staff").start()
    assert staff.window.registry["export"].isEnabled()
    staff.controller.transfer.open_export()
    qtbot.waitUntil(lambda: staff.controller.transfer.export_dialog is not None, timeout=10_000)
    dlg = staff.controller.transfer.export_dialog
    for i in range(dlg.articles.count()):
        item = dlg.articles.item(i)
        item.setCheckState(item.checkState().Checked if item.data(256) == art.id
                           else item.checkState().Unchecked)
    dlg.folder.setText(str(tmp_path / "out"))
    with qtbot.waitSignal(dlg.finished_export, timeout=30_000):
        dlg.start_button.click()
    assert len(dlg.written) == 1
    assert "1 written" in dlg.status.text()
    dlg.verify_button.click()
    qtbot.waitUntil(lambda: "verified" in dlg.status.text(), timeout=30_000)
    assert "0 with problems" in dlg.status.text()
    with zipfile.ZipFile(dlg.written[0]) as zf:
        assert "Số liệu: 450 học sinh." in zf.read("article.md").decode()
    assert staff.services.drafting.get(art.id).status is Status.EXPORTED
    dlg.close()


def test_checklist_blocks_a_submission_with_no_summary(desk_factory, newsroom_dir, qtbot,
                                                        monkeypatch, yes_to_everything):
    desk = desk_factory(newsroom_dir, "an.pv").start()
    art = desk.services.drafting.create(desk.controller.person, ArticleFields(
        title="Bài thiếu sapo", body="Nội dung.\n", category_id="Y tế"))
    desk.open(art.id)
    seen = {}

    def look(dlg):
        seen["items"] = [dlg.list.item(i).text() for i in range(dlg.list.count())]
        seen["go_on_enabled"] = dlg.go_on.isEnabled()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ChecklistDialog, "exec", look)
    desk.window.registry["submit"].trigger()
    desk.settle()
    assert any("summary" in text.lower() for text in seen["items"])
    assert seen["go_on_enabled"] is False
    assert desk.services.drafting.get(art.id).status is Status.DRAFT


@pytest.mark.parametrize("engine", ["text", "webengine"])
def test_preview_shows_the_page_with_the_related_list(desk_factory, newsroom_dir, qtbot, engine):
    desk = desk_factory(newsroom_dir, "thanh.bt", preview="text").start()
    s = desk.services
    an, lan, hoa = (s.people.by_login(x) for x in ("an.pv", "lan.bt", "hoa.staff"))
    made = []
    for title in ("Tin đã đăng về giáo dục", "Bài đang xem trước về giáo dục"):
        a = s.drafting.create(an, ArticleFields(title=title, summary="Sapo.", body="Thân.\n",
                                                category_id="Giáo dục"))
        s.review.submit(an, a.id)
        s.review.start_review(lan, a.id)
        s.review.approve(lan, a.id)
        made.append(a)
    s.review.mark_exported(hoa, made[0].id)
    target = s.drafting.get(made[1].id)
    desk.open(target.id)
    related = desk.services.related.related(target.id)
    got = {}
    if engine == "webengine":
        # In its own process: Qt WebEngine may crash when an interpreter finalizes.
        import json
        import os
        import subprocess
        import sys
        from pathlib import Path

        desk.close()
        driver = Path(__file__).with_name("preview_driver.py")
        proc = subprocess.run([sys.executable, str(driver), str(newsroom_dir), target.id],
                              capture_output=True, text=True, timeout=180,
                              env=dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2])))
        assert proc.returncode == 0, proc.stderr[-2000:]
        got = json.loads(proc.stdout.strip().splitlines()[-1])
        assert got["engine"] == "webengine"
    else:
        with qtbot.waitSignal(desk.window.preview.updated, timeout=60_000):
            desk.window.side.setCurrentWidget(desk.window.preview)
        assert desk.window.preview.engine == "text"
        desk.window.preview.text(lambda t: got.setdefault("text", t))
        qtbot.waitUntil(lambda: "text" in got, timeout=10_000)
    assert target.title in got["text"]
    # The preview is the published page: Vietnamese, though this desk's UI is English.
    assert "tin cùng chuyên mục" in got["text"].lower()
    assert "more in this section" not in got["text"].lower()
    assert related
    for item in related:
        assert item.title in got["text"]
    assert "Tin đã đăng về giáo dục" in got["text"]
