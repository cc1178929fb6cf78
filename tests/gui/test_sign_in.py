"""Signing in through the window: passwords, waiting after failures, switching, staying in."""

import pytest

from editor_app.app import open_newsroom
from editor_app.domain.signin import SignInRefused
from editor_app.paths import resolve

DEMO = "demo-toasoan"
LONG_NAME = "Tôn Nữ Thị Phương Thảo Nguyễn Hoàng Khánh Linh"
LONG_DEPARTMENT = "Trung tâm Hội nghị và Truyền thông Văn hóa Thể thao tỉnh Sơn Hà"


def dialog(desk):
    desk.settle()
    dlg = desk.controller.startup.sign_in_dialog
    assert dlg is not None
    assert dlg.isVisible()
    return dlg


def submit(desk, dlg, login, password, *, stay=False):
    """Type and click Sign in; the check (argon2, the store) runs off the GUI thread."""
    dlg.login.setText(login)
    dlg.password.setText(password)
    dlg.stay.setChecked(stay)
    desk.store_guard.on_gui_thread.clear()
    dlg.ok_button.click()
    desk.settle()
    assert desk.store_guard.on_gui_thread == []


def test_wrong_password_is_refused_then_slowed_down(desk_factory, newsroom_dir):
    desk = desk_factory(newsroom_dir, login=None).start()
    dlg = dialog(desk)
    assert desk.window.person_label.text() == "Nobody is signed in"
    submit(desk, dlg, "an.pv", "mật khẩu sai")
    assert dlg.message.text() == "Wrong login or password."
    assert dlg.isVisible()
    assert desk.controller.person is None
    assert dlg.password.text() == ""  # typed again, not kept
    # After a few failures the store makes the next attempt wait; the dialog says how long
    # and offers no new try for that login until then.
    for _ in range(10):
        if "Try again in" in dlg.message.text():
            break
        submit(desk, dlg, "an.pv", "mật khẩu sai")
    assert "Too many failed sign-ins for “an.pv”. Try again in" in dlg.message.text()
    dlg.password.setText(DEMO)
    assert not dlg.ok_button.isEnabled()
    assert desk.controller.person is None
    assert desk.services.auth.failures("an.pv") >= 4
    # Another login is not held up by an.pv's failures.
    dlg.login.setText("thanh.bt")
    dlg.password.setText(DEMO)
    assert dlg.ok_button.isEnabled()


def test_the_right_password_signs_in_and_every_name_is_shown_in_full(desk_factory,
                                                                     newsroom_dir):
    room = open_newsroom(resolve(newsroom_dir))
    room.services.people.add("linh.pv", LONG_NAME, "reporter", LONG_DEPARTMENT,
                             password="mật khẩu của Linh")
    room.close()
    desk = desk_factory(newsroom_dir, login=None).start()
    dlg = dialog(desk)
    assert DEMO in dlg.demo_hint.text()
    assert dlg.demo_hint.isVisible()
    widest = max(dlg.list.visualItemRect(dlg.list.item(i)).width()
                 for i in range(dlg.list.count()))
    texts = [dlg.list.item(i).text() for i in range(dlg.list.count())]
    assert any(LONG_NAME in t and LONG_DEPARTMENT in t for t in texts)
    assert dlg.list.sizeHintForColumn(0) <= dlg.list.viewport().width()  # nothing cut off
    assert widest <= dlg.list.viewport().width()
    # Picking a name fills the login.
    row = next(i for i, t in enumerate(texts) if t.startswith(LONG_NAME))
    dlg.list.setCurrentRow(row)
    assert dlg.login.text() == "linh.pv"
    dlg.password.setText("mật khẩu của Linh")
    dlg.ok_button.click()
    desk.settle()
    assert desk.controller.startup.sign_in_dialog is None  # closed
    assert desk.controller.person.login == "linh.pv"
    assert desk.window.person_label.text().startswith(LONG_NAME)
    assert desk.settings.state.last_login == "linh.pv"


def test_a_disabled_person_is_refused(desk_factory, newsroom_dir):
    room = open_newsroom(resolve(newsroom_dir))
    admin = room.services.people.by_login("quantri")
    room.services.people.disable(admin, "dung.pv")
    room.close()
    desk = desk_factory(newsroom_dir, login=None).start()
    dlg = dialog(desk)
    assert not any("Trần Thị Dung" in dlg.list.item(i).text() for i in range(dlg.list.count()))
    submit(desk, dlg, "dung.pv", DEMO)
    assert dlg.message.text() == "Trần Thị Dung's account is disabled. Ask an administrator."
    assert desk.controller.person is None


def test_switching_person_asks_the_other_persons_password(desk_factory, newsroom_dir):
    desk = desk_factory(newsroom_dir, login="an.pv").start()
    assert desk.controller.person.login == "an.pv"
    desk.window.registry["switch_person"].trigger()
    dlg = dialog(desk)
    assert dlg.windowTitle() == "Switch person"
    submit(desk, dlg, "thanh.bt", "không phải mật khẩu")
    assert dlg.message.text() == "Wrong login or password."
    assert desk.controller.person.login == "an.pv"  # still An
    submit(desk, dlg, "thanh.bt", DEMO)
    assert desk.controller.startup.sign_in_dialog is None  # closed
    assert desk.controller.person.login == "thanh.bt"
    assert desk.window.person_label.text().startswith("Đỗ Văn Thành")
    # Cancelling a switch keeps whoever is signed in.
    desk.window.registry["switch_person"].trigger()
    dialog(desk).reject()
    desk.settle()
    assert desk.controller.person.login == "thanh.bt"
    assert desk.window.isVisible()


def test_staying_signed_in_survives_a_restart_and_sign_out_forgets_it(desk_factory,
                                                                      newsroom_dir):
    first = desk_factory(newsroom_dir, login=None).start()
    submit(first, dialog(first), "lan.bt", DEMO, stay=True)
    assert first.controller.person.login == "lan.bt"
    secret = first.settings.state.device_secret
    assert secret
    assert DEMO not in (first.paths.config_dir / "state.ini").read_text("utf-8")
    first.close()

    again = desk_factory(newsroom_dir, login=None).start()  # a restart: no dialog
    assert again.controller.startup.sign_in_dialog is None
    assert again.controller.person.login == "lan.bt"
    assert again.window.person_label.text().startswith("Vũ Ngọc Lan")

    again.window.registry["sign_out"].trigger()
    dlg = dialog(again)  # back at the sign-in dialog, nobody signed in
    assert again.controller.person is None
    assert again.window.person_label.text() == "Nobody is signed in"
    assert again.window.list_panel.model.rowCount() == 0
    assert not again.window.registry["new_article"].isEnabled()
    assert again.settings.state.device_secret == ""
    with pytest.raises(SignInRefused):
        again.services.auth.resume(secret)  # the old secret opens nothing any more
    assert dlg.isVisible()
    again.close()

    third = desk_factory(newsroom_dir, login=None).start()
    assert third.controller.person is None
    assert dialog(third).isVisible()


def test_signing_in_without_staying_forgets_an_earlier_remembered_person(desk_factory,
                                                                         newsroom_dir):
    desk = desk_factory(newsroom_dir, login="an.pv").start()
    remembered = desk.settings.state.device_secret
    assert remembered
    desk.window.registry["switch_person"].trigger()
    submit(desk, dialog(desk), "thanh.bt", DEMO, stay=False)
    assert desk.controller.person.login == "thanh.bt"
    assert desk.settings.state.device_secret == ""
    with pytest.raises(SignInRefused):
        desk.services.auth.resume(remembered)


def test_a_store_from_before_passwords_lets_a_person_choose_the_first(desk_factory, tmp_path):
    data = tmp_path / "old"
    room = open_newsroom(resolve(data))
    room.services.people.add("quan", "Lê Minh Quân", "admin")
    room.services.people.add("an", "Nguyễn Văn An", "reporter")
    room.close()
    desk = desk_factory(data, login=None).start()
    dlg = dialog(desk)
    dlg.login.setText("an")
    assert dlg.repeat.isVisible()  # no administrator has a password: An chooses hers
    assert "no password yet" in dlg.note.text()
    dlg.password.setText("mật khẩu của An")
    dlg.repeat.setText("mật khẩu khác")
    assert not dlg.ok_button.isEnabled()
    dlg.repeat.setText("mật khẩu của An")
    dlg.ok_button.click()
    desk.settle()
    assert desk.controller.person.login == "an"
    assert desk.services.auth.authenticate("an", "mật khẩu của An").login == "an"
