"""Administration → Portal identity, through the window: saved, and the preview follows."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from editor_app.gui.actions import ActionName as A
from tests.images import png

DEMO_NAME = "Cổng Thông tin điện tử tỉnh Sơn Hà"
NEW_NAME = "Cổng Thông tin điện tử huyện Mường Tè"


def _preview_text(desk, qtbot) -> str:
    got: dict[str, str] = {}
    desk.window.preview.text(lambda t: got.setdefault("text", t))
    qtbot.waitUntil(lambda: "text" in got, timeout=10_000)
    return got["text"]


def _open_dialog(desk, qtbot):
    portal = desk.controller.portal
    desk.window.registry[A.PORTAL_IDENTITY].trigger()
    qtbot.waitUntil(lambda: portal.dialog is not None and portal.dialog.isVisible(),
                    timeout=10_000)
    return portal.dialog


def test_admin_sets_the_identity_and_the_preview_shows_it(desk_factory, newsroom_dir, qtbot,
                                                          tmp_path):
    desk = desk_factory(newsroom_dir, "quantri", preview="text").start()
    art = desk.services.drafting.summaries(status="approved")[0]
    desk.open(art.id)
    with qtbot.waitSignal(desk.window.preview.updated, timeout=60_000):
        desk.window.side.setCurrentWidget(desk.window.preview)
    assert DEMO_NAME in _preview_text(desk, qtbot)  # the demo keeps its fictional province

    action = desk.window.registry[A.PORTAL_IDENTITY]
    assert action.isEnabled()
    dlg = _open_dialog(desk, qtbot)
    assert dlg.name.text() == DEMO_NAME  # what is stored, read off the UI thread
    dlg.name.setText(NEW_NAME)
    dlg.agency.setText("Ủy ban nhân dân huyện Mường Tè")
    dlg.base_url.setText("https://muongte.example.vn")
    logo = tmp_path / "logo.png"
    logo.write_bytes(png(40, 20))
    dlg.set_logo_file(logo)
    with qtbot.waitSignal(desk.window.preview.updated, timeout=60_000):
        dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    desk.settle()
    assert not dlg.isVisible()
    stored = desk.services.portal.get()
    assert (stored.name, stored.base_url) == (NEW_NAME, "https://muongte.example.vn")
    assert stored.logo is not None
    assert stored.updated_by == "Lê Minh Quân"
    text = _preview_text(desk, qtbot)
    assert NEW_NAME in text
    assert "Cơ quan chủ quản: Ủy ban nhân dân huyện Mường Tè" in text
    assert DEMO_NAME not in text
    # The logo sits beside the preview page, as in a bundle.
    cache = desk.paths.data_dir / "cache" / "preview" / "media"
    assert (cache / f"{stored.logo.sha256}.png").read_bytes() == png(40, 20)


def test_a_refused_change_stays_in_the_dialog_with_the_reason(desk_factory, newsroom_dir,
                                                              qtbot):
    desk = desk_factory(newsroom_dir, "quantri").start()
    dlg = _open_dialog(desk, qtbot)
    dlg.base_url.setText("portal.example.vn")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    desk.settle()
    assert dlg.isVisible()
    assert dlg.error.isVisible()
    assert "https://" in dlg.error.text()
    assert desk.services.portal.get().name == DEMO_NAME


def test_only_admins_get_the_action(desk_factory, newsroom_dir):
    desk = desk_factory(newsroom_dir, "hoa.staff").start()
    action = desk.window.registry[A.PORTAL_IDENTITY]
    assert not action.isEnabled()
    assert action.toolTip() == "Phạm Thu Hòa (staff) may not set the portal's identity."


def test_a_fresh_store_nudges_the_admin(desk_factory, tmp_path, qtbot):
    from editor_app.app import open_newsroom
    from editor_app.paths import resolve

    data = tmp_path / "fresh"
    room = open_newsroom(resolve(data))
    room.services.people.add("quan", "Lê Minh Quân", "admin")
    room.close()
    desk = desk_factory(data, "quan").start()
    qtbot.waitUntil(lambda: desk.controller.portal.nudged, timeout=10_000)
    assert "Portal identity" in desk.window.statusBar().currentMessage()
