"""Article → Publish to the portal, through the window, against the real WordPress."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from editor_app.app import open_newsroom
from editor_app.domain.workflow import Status
from editor_app.gui.actions import ActionName as A
from editor_app.paths import resolve
from tests.conftest import Cast
from tests.gui.conftest import Desk
from tests.publishing.conftest import approved_article, publishing


@pytest.fixture
def desk_at(qtbot, qapp):
    desks = []

    def make(data, login):
        d = Desk(qtbot, qapp, data, login)
        desks.append(d)
        return d.start()

    yield make
    for d in desks:
        d.close()
    qapp.processEvents()


def _store(tmp_path, url, user, password):
    """A store with the cast, one approved article and one publishing target."""
    data = tmp_path / "data"
    room = open_newsroom(resolve(data))
    try:
        cast = Cast(room)
        art = approved_article(room, cast, "Cầu Đồng Xuân thông xe",
                               "Cây cầu **mới** nối hai bờ sông.\n")
        publishing(room).add_target(cast.staff, "wordpress", "portal", url, user, password)
    finally:
        room.close()
    return data, art


def test_staff_publish_from_the_window_and_see_the_post_url(desk_at, tmp_path, qtbot,
                                                            wordpress):
    data, art = _store(tmp_path, wordpress.url, wordpress.user, wordpress.password)
    desk = desk_at(data, "hoa")
    desk.open(art.id)
    action = desk.window.registry[A.PUBLISH]
    qtbot.waitUntil(action.isEnabled, timeout=10_000)  # once the targets were read
    assert action in desk.window.toolbar.actions()
    assert action in desk.window.menus["article"].actions()

    pub = desk.controller.publish
    with qtbot.waitSignal(pub.published, timeout=120_000) as blocker:
        action.trigger()
        assert pub.progress is not None
        assert pub.progress.isVisible()
    desk.settle()
    result = blocker.args[0]
    assert result.created
    assert result.url.startswith(wordpress.url)
    box = pub.result_box
    assert box is not None
    assert box.isVisible()
    assert f'<a href="{result.url}">{result.url}</a>' in box.text()  # a link to click
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label.openExternalLinks()  # a click opens the post in the browser
    assert pub.progress is None
    assert desk.controller.context.article.status is Status.EXPORTED
    post = wordpress.get(f"/wp/v2/posts/{result.remote_id}")
    assert post["link"] == result.url
    assert post["title"]["raw"] == "Cầu Đồng Xuân thông xe"
    assert action.isEnabled()  # exported: publishing again updates the post


def test_a_wrong_password_is_a_readable_message_and_changes_nothing(desk_at, tmp_path, qtbot,
                                                                    wordpress):
    data, art = _store(tmp_path, wordpress.url, wordpress.user, "sai mật khẩu")
    desk = desk_at(data, "hoa")
    desk.open(art.id)
    action = desk.window.registry[A.PUBLISH]
    qtbot.waitUntil(action.isEnabled, timeout=10_000)
    pub = desk.controller.publish
    with qtbot.waitSignal(pub.failed, timeout=120_000) as blocker:
        action.trigger()
    desk.settle()
    text = blocker.args[0]
    assert text.startswith("Publishing failed: ")
    assert "The article was not changed." in text
    assert "Traceback" not in text
    assert pub.result_box is not None
    assert pub.result_box.text() == text
    assert desk.services.drafting.get(art.id).status is Status.APPROVED


def test_the_action_is_greyed_out_for_a_reporter_and_without_a_target(desk_at, tmp_path,
                                                                      qtbot):
    data, art = _store(tmp_path, "http://127.0.0.1:9", "admin", "x")
    desk = desk_at(data, "an")
    desk.open(art.id)
    action = desk.window.registry[A.PUBLISH]
    assert not action.isEnabled()
    assert "may not" in action.toolTip()

    bare = tmp_path / "bare"
    room = open_newsroom(resolve(bare))
    try:
        cast = Cast(room)
        other = approved_article(room, cast, "Tin chưa có nơi đăng", "Nội dung.\n")
    finally:
        room.close()
    staff = desk_at(bare, "hoa")
    staff.open(other.id)
    action = staff.window.registry[A.PUBLISH]
    assert not action.isEnabled()
    assert "target add" in action.toolTip()
