"""A sync conflict and a refused change, as the desktop shows them (issue 13, items 4 and 6).

A real server store and desktops joined in-process (tests/services/sync_helpers.py);
the conflicted desktop's own store is opened in the real window.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from editor_app.domain.entities import ArticleFields
from editor_app.gui.dialogs.sync_conflict import SyncConflictDialog, has_markers
from editor_app.gui.models.article_list_model import COLUMNS
from tests.services.sync_helpers import desktop, server_of

BODY = ("Sáng nay mưa lớn gây ngập nhiều tuyến phố ở thành phố Huế.\n\n"
        "Lực lượng cứu hộ đã có mặt để hỗ trợ người dân.\n")
MINE = BODY.replace("mưa lớn", "mưa to")  # Thành's words
THEIRS = BODY.replace("mưa lớn", "mưa rất lớn")  # An's words, on the server first


@pytest.fixture
def conflict(room, cast, tmp_path, sqlite_templates):
    """Thành's desktop holds an article in conflict: his edit and An's overlap."""
    server = server_of(room)
    an = desktop(tmp_path, "an", sqlite_templates["empty"], cast.reporter, server)
    thanh = desktop(tmp_path, "thanh", sqlite_templates["empty"], cast.editor, server)
    art = an.s.drafting.create(cast.reporter, ArticleFields(
        title="Mưa lớn ở Huế", summary="Mưa gây ngập.", body=BODY, category_id="Trong tỉnh"))
    an.sync()
    thanh.sync()
    an.s.drafting.edit(cast.reporter, art.id, ArticleFields(
        body=THEIRS, summary="Mưa lớn gây ngập nặng."))
    thanh.s.drafting.edit(cast.editor, art.id, ArticleFields(
        body=MINE, summary="Mưa to làm ngập phố."))
    an.sync()
    assert thanh.sync().conflicts == [art.id]
    yield room, thanh, art.id, tmp_path / "thanh"
    an.room.close()
    thanh.room.close()


def _open(desk_factory, data, article_id):
    desk = desk_factory(data, login="thanh").start()
    desk.open(article_id)
    return desk


def _answer(monkeypatch, act):
    """The conflict view opens; *act* looks at it and presses a button (or Cancel)."""

    def exec_(dlg):
        act(dlg)
        return dlg.result()

    monkeypatch.setattr(SyncConflictDialog, "exec", exec_)


def test_the_conflicted_article_shows_a_banner_and_its_row_says_so(conflict, desk_factory):
    _, _, article_id, data = conflict
    desk = _open(desk_factory, data, article_id)
    w = desk.window
    assert w.conflict_banner.isVisible()
    assert "two versions in conflict" in w.conflict_banner.label.text()
    assert w.conflict_banner.buttons["resolve"].text() == "Resolve…"
    model = w.list_panel.model
    row = model.row_of(article_id)
    cell = model.index(row, COLUMNS.index("status"))
    assert cell.data() == "⚠ conflict"
    assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith("draft: two versions")


def test_the_dialog_shows_both_sides_and_the_marked_merge(conflict, desk_factory, monkeypatch):
    _, _, article_id, data = conflict
    desk = _open(desk_factory, data, article_id)
    seen = {}

    def look(dlg):
        seen["head"] = dlg.head_text.toPlainText()
        seen["other"] = dlg.other_text.toPlainText()
        seen["head_who"] = dlg.findChild(type(dlg.fields), "head_who").text()
        seen["other_who"] = dlg.findChild(type(dlg.fields), "other_who").text()
        seen["merged"] = dlg.merged.toPlainText()
        seen["fields"] = dlg.fields.text() if not dlg.fields.isHidden() else ""
        seen["buttons"] = (dlg.keep_mine.isEnabled(), dlg.take_theirs.isEnabled(),
                           dlg.use_merged.isEnabled())
        dlg.reject()

    _answer(monkeypatch, look)
    desk.window.conflict_banner.buttons["resolve"].click()
    desk.settle()
    assert seen["head"] == THEIRS
    assert seen["other"] == MINE
    assert "Nguyễn Văn An" in seen["head_who"]
    assert "Đỗ Văn Thành (you)" in seen["other_who"]
    merged = seen["merged"]
    assert "<<<<<<< Đỗ Văn Thành\n" in merged
    assert ">>>>>>> Nguyễn Văn An\n" in merged
    # Both sides' words of the clash, each between its markers.
    assert "Sáng nay mưa<<<<<<< Đỗ Văn Thành\n to\n=======\n rất lớn\n>>>>>>>" in merged
    assert merged.count("Lực lượng cứu hộ") == 1  # the part nobody changed, once
    # The summary clashed too: both values are listed.
    assert "Mưa lớn gây ngập nặng." in seen["fields"]
    assert "Mưa to làm ngập phố." in seen["fields"]
    # Markers left: the merged text cannot be used yet; either side can be kept whole.
    assert seen["buttons"] == (True, True, False)
    # Cancel changed nothing: the banner stays.
    assert desk.window.conflict_banner.isVisible()


def test_the_clashing_parts_are_coloured_per_side():
    from PySide6.QtGui import QTextDocument

    from editor_app.gui.dialogs.sync_conflict import (
        HEAD_TINT,
        MARK_TINT,
        OTHER_TINT,
        MergeHighlighter,
    )

    doc = QTextDocument()
    hl = MergeHighlighter(doc, dark=True)
    # A clash inside a paragraph: the marker starts mid-line, after the agreed words.
    doc.setPlainText("Sáng nay mưa<<<<<<< Thành\n to\n=======\n rất lớn\n>>>>>>> An\n"
                     " gây ngập.\n")
    hl.rehighlight()

    def backgrounds(n):
        return [(r.start, r.format.background().color().name())
                for r in doc.findBlockByNumber(n).layout().formats()]

    assert backgrounds(0) == [(len("Sáng nay mưa"), MARK_TINT[True])]
    assert backgrounds(1) == [(0, OTHER_TINT[True])]
    assert backgrounds(3) == [(0, HEAD_TINT[True])]
    assert backgrounds(5) == []


def _resolve(desk, monkeypatch, act):
    _answer(monkeypatch, act)
    desk.window.conflict_banner.buttons["resolve"].click()
    desk.settle()


def _ended(desk, room, thanh, article_id, body):
    assert not desk.window.conflict_banner.isVisible()
    assert desk.controller.context.article.body == body
    assert not desk.controller.context.article.in_conflict
    assert desk.window.editor.toPlainText() == body
    report = thanh.sync()
    assert report.clean, report
    got = room.services.drafting.get(article_id)
    assert got.body == body
    assert not got.in_conflict


def test_keep_mine_ends_the_conflict(conflict, desk_factory, monkeypatch):
    room, thanh, article_id, data = conflict
    desk = _open(desk_factory, data, article_id)
    _resolve(desk, monkeypatch, lambda dlg: dlg.keep_mine.click())
    _ended(desk, room, thanh, article_id, MINE)


def test_take_theirs_ends_the_conflict(conflict, desk_factory, monkeypatch):
    room, thanh, article_id, data = conflict
    desk = _open(desk_factory, data, article_id)
    _resolve(desk, monkeypatch, lambda dlg: dlg.take_theirs.click())
    _ended(desk, room, thanh, article_id, THEIRS)


def test_the_merged_text_as_edited_ends_the_conflict(conflict, desk_factory, monkeypatch):
    room, thanh, article_id, data = conflict
    desk = _open(desk_factory, data, article_id)
    chosen = BODY.replace("mưa lớn", "mưa rất to")

    def edit(dlg):
        # The person deletes the markers and writes their own words in the clash.
        text = dlg.merged.toPlainText()
        start, end = text.index("<<<<<<<"), text.index(">>>>>>>")
        end = text.index("\n", end) + 1
        dlg.merged.setPlainText(text[:start] + " rất to" + text[end:])
        assert not has_markers(dlg.merged.toPlainText())
        assert dlg.use_merged.isEnabled()
        dlg.use_merged.click()

    _resolve(desk, monkeypatch, edit)
    _ended(desk, room, thanh, article_id, chosen)


@pytest.fixture
def refused(room, cast, tmp_path, sqlite_templates):
    """Thành approved, offline, a version Lan had already edited: the server refused it."""
    server = server_of(room)
    an = desktop(tmp_path, "an", sqlite_templates["empty"], cast.reporter, server)
    thanh = desktop(tmp_path, "thanh", sqlite_templates["empty"], cast.editor, server)
    lan = desktop(tmp_path, "lan", sqlite_templates["empty"], cast.editor2, server)
    art = an.s.drafting.create(cast.reporter, ArticleFields(
        title="Cầu Trường Tiền sửa xong", summary="Tóm tắt", body=BODY,
        category_id="Trong tỉnh"))
    an.s.review.submit(cast.reporter, art.id)
    an.sync()
    thanh.sync()
    thanh.s.review.start_review(cast.editor, art.id)
    thanh.sync()
    lan.sync()
    lan.s.drafting.edit(cast.editor2, art.id, ArticleFields(body=BODY + "\nCập nhật lúc 9 giờ.\n"))
    thanh.s.review.approve(cast.editor, art.id)
    assert lan.sync().clean
    report = thanh.sync()
    assert len(report.rejected) == 1
    yield art.id, tmp_path / "thanh", report.rejected[0].reason
    for d in (an, thanh, lan):
        d.room.close()


def test_a_refused_change_shows_its_reason_until_dismissed(refused, desk_factory):
    article_id, data, reason = refused
    desk = _open(desk_factory, data, article_id)
    bar = desk.window.rejected_banner
    assert bar.isVisible()
    assert bar.label.text() == f"The server refused your change: {reason}"
    assert "version 1" in bar.label.text()
    desk.qtbot.mouseClick(bar.buttons["dismiss"], Qt.MouseButton.LeftButton)
    desk.settle()
    assert not bar.isVisible()
    assert desk.services.outbox.list_rejected(article_id) == []
    # Dismissed for good: opened again, the article has no banner.
    desk.controller.editing.reload()
    desk.settle()
    assert not bar.isVisible()


def test_the_dialog_is_cancelled_without_a_choice(conflict, desk_factory, monkeypatch):
    _, _, article_id, data = conflict
    desk = _open(desk_factory, data, article_id)
    results = []

    def cancel(dlg):
        dlg.findChild(type(dlg.keep_mine), "cancel").click()
        results.append(dlg.result())

    _answer(monkeypatch, cancel)
    desk.window.conflict_banner.buttons["resolve"].click()
    desk.settle()
    assert results == [QDialog.DialogCode.Rejected]
    assert desk.window.conflict_banner.isVisible()
    assert desk.controller.context.article.in_conflict
