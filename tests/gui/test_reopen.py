"""Article → Reopen for correction: staff take a published article back to review."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from editor_app.domain.workflow import Status
from editor_app.gui.actions import ActionName as A
from editor_app.gui.dialogs.reason import ReasonDialog


def test_staff_reopen_a_published_article_with_a_reason(desk_factory, newsroom_dir, qtbot,
                                                        monkeypatch):
    def give_reason(dlg):
        dlg.text.setPlainText("Sai tên xã ở đoạn đầu.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReasonDialog, "exec", give_reason)
    desk = desk_factory(newsroom_dir, "hoa.staff").start()
    art = desk.services.drafting.summaries(status="exported")[0]
    desk.open(art.id)
    action = desk.window.registry[A.REOPEN]
    assert action.isEnabled()
    assert action in desk.window.menus["article"].actions()
    action.trigger()
    qtbot.waitUntil(lambda: desk.controller.context.article.status is Status.IN_REVIEW,
                    timeout=15_000)
    desk.settle()
    assert not action.isEnabled()  # in review: nothing to reopen
    history = [e.text for e in desk.services.review.history(art.id)]
    assert any("Sai tên xã ở đoạn đầu." in t for t in history)


def test_a_reporter_cannot_reopen(desk_factory, newsroom_dir):
    desk = desk_factory(newsroom_dir, "an.pv").start()
    art = desk.services.drafting.summaries(status="exported")[0]
    desk.open(art.id)
    action = desk.window.registry[A.REOPEN]
    assert not action.isEnabled()
    assert "may not" in action.toolTip()
