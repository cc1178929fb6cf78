"""Administration in the window: people for admins, categories for staff, nothing for reporters."""

from sqlalchemy import text

from editor_app.domain.errors import InvalidState


def admin_menu(desk):
    return desk.window.menus["admin"].menuAction()


def audit_rows(desk, action):
    with desk.room.engine.connect() as conn:
        return conn.execute(text(
            "SELECT a.detail, p.login FROM audit_log a LEFT JOIN people p ON p.id = a.actor_id "
            "WHERE a.action = :action ORDER BY a.id"), {"action": action}).all()


def act(desk, action):
    """Do what a person does (a click), wait for the answer; the store is touched off-thread."""
    desk.store_guard.on_gui_thread.clear()
    action()
    desk.settle()
    assert desk.store_guard.on_gui_thread == []


def pick(widget, login):
    for i in range(widget.count()):
        if widget.item(i).data(256) == login:
            widget.setCurrentRow(i)
            return
    raise AssertionError(f"{login} is not listed")


def test_an_admin_adds_a_person_and_resets_a_password(desk_factory, newsroom_dir):
    desk = desk_factory(newsroom_dir, login="quantri").start()
    assert admin_menu(desk).isVisible()
    assert desk.window.registry["people"].isVisible()
    act(desk, desk.window.registry["people"].trigger)
    dlg = desk.controller.administration.people_dialog
    assert dlg.isVisible()
    assert any("Nguyễn Văn An" in dlg.list.item(i).text() for i in range(dlg.list.count()))

    dlg.add_login.setText("mai.pv")
    dlg.add_name.setText("Lương Thị Mai")
    dlg.add_role.setCurrentIndex(dlg.add_role.findData("reporter"))
    dlg.add_department.setText("Báo Sơn Hà")
    dlg.add_password.setText("mật khẩu của Mai")
    dlg.add_repeat.setText("mật khẩu khác")
    assert not dlg.add_button.isEnabled()  # the two passwords differ
    dlg.add_repeat.setText("mật khẩu của Mai")
    act(desk, dlg.add_button.click)
    assert dlg.message.text() == "Lương Thị Mai was added."
    assert any(dlg.list.item(i).text().startswith("Lương Thị Mai (mai.pv)")
               for i in range(dlg.list.count()))
    assert desk.services.auth.authenticate("mai.pv", "mật khẩu của Mai").name == "Lương Thị Mai"
    assert audit_rows(desk, "person_added")[-1] == ("mai.pv reporter", "quantri")

    # The services' refusal, in their words, in the dialog.
    dlg.add_login.setText("mai.pv")
    dlg.add_name.setText("Một người khác")
    dlg.add_password.setText("mật khẩu nào đó")
    dlg.add_repeat.setText("mật khẩu nào đó")
    act(desk, dlg.add_button.click)
    assert "mai.pv" in dlg.message.text()
    assert "already" in dlg.message.text()

    pick(dlg.list, "mai.pv")
    assert dlg.login_label.text() == "mai.pv"
    dlg.new_password.setText("mật khẩu mới của Mai")
    dlg.new_repeat.setText("mật khẩu mới của Mai")
    act(desk, dlg.reset_button.click)
    assert dlg.message.text() == "The password of mai.pv was reset."
    assert desk.services.auth.authenticate("mai.pv", "mật khẩu mới của Mai").login == "mai.pv"
    rows = audit_rows(desk, "password_reset")
    assert rows[-1][1] == "quantri"

    # Role and department, then disable and enable.
    pick(dlg.list, "mai.pv")
    dlg.role.setCurrentIndex(dlg.role.findData("editor"))
    dlg.department.setText("Ban Biên tập")
    act(desk, dlg.save_button.click)
    mai = desk.services.people.by_login("mai.pv")
    assert (mai.role.value, mai.department) == ("editor", "Ban Biên tập")
    pick(dlg.list, "mai.pv")
    act(desk, dlg.active_button.click)
    assert not desk.services.people.by_login("mai.pv").active
    assert dlg.active_button.text() == "Enable"
    assert audit_rows(desk, "disabled")[-1][1] == "quantri"

    # The last administrator cannot disable themself: the services say why.
    pick(dlg.list, "quantri")
    act(desk, dlg.active_button.click)
    assert "last active administrator" in dlg.message.text()
    assert desk.services.people.by_login("quantri").active


def test_staff_retire_and_restore_a_category_that_has_articles(desk_factory, newsroom_dir):
    desk = desk_factory(newsroom_dir, login="hoa.staff").start()
    assert admin_menu(desk).isVisible()
    assert not desk.window.registry["people"].isVisible()  # people are the admin's
    act(desk, desk.window.registry["categories"].trigger)
    dlg = desk.controller.administration.categories_dialog
    assert dlg.isVisible()
    services = desk.services
    full = next(c for c in services.taxonomy.list()
                if c.parent_id is None and services.drafting.count(category=c.id) > 0)
    before = services.drafting.count(category=full.id)
    dlg.select(full.name)
    item = dlg.tree.currentItem()
    assert item.text(0) == full.name
    assert item.text(1) == str(before)

    act(desk, dlg.retire_button.click)
    assert dlg.message.text().startswith("Retired")
    item = dlg.tree.currentItem()
    assert item.text(2) == "retired"
    assert item.text(1) == str(before)  # its articles stay
    assert services.taxonomy.resolve(full.id).retired
    assert services.drafting.count(category=full.id) == before
    assert audit_rows(desk, "category_retired")[0][1] == "hoa.staff"
    # A retired category is offered for no new child.
    assert dlg.add_parent.findData(full.id) < 0
    try:
        services.taxonomy.add("Chuyên mục con", full.id, actor=desk.controller.person)
    except InvalidState:
        pass
    else:
        raise AssertionError("a retired category took a child")

    assert dlg.retire_button.text() == "Restore"
    act(desk, dlg.retire_button.click)
    assert dlg.message.text() == "Restored."
    assert not services.taxonomy.resolve(full.id).retired
    assert dlg.tree.currentItem().text(2) == ""

    # Add and rename, through the same services.
    dlg.add_name.setText("Chuyển đổi số")
    dlg.add_parent.setCurrentIndex(dlg.add_parent.findData(full.id))
    act(desk, dlg.add_button.click)
    added = services.taxonomy.resolve("Chuyển đổi số")
    assert added.parent_id == full.id
    dlg.select("Chuyển đổi số")
    dlg.new_name.setText("Chuyển đổi số tỉnh")
    act(desk, dlg.rename_button.click)
    assert services.taxonomy.resolve(added.id).name == "Chuyển đổi số tỉnh"
    assert audit_rows(desk, "category_renamed")[-1][1] == "hoa.staff"


def test_a_reporter_sees_no_administration_menu(desk_factory, newsroom_dir):
    desk = desk_factory(newsroom_dir, login="an.pv").start()
    assert not admin_menu(desk).isVisible()
    assert not desk.window.registry["people"].isVisible()
    assert not desk.window.registry["categories"].isVisible()
    # An editor neither.
    act(desk, desk.window.registry["switch_person"].trigger)
    dlg = desk.controller.startup.sign_in_dialog
    dlg.login.setText("thanh.bt")
    dlg.password.setText("demo-toasoan")
    act(desk, dlg.ok_button.click)
    assert desk.controller.person.login == "thanh.bt"
    assert not admin_menu(desk).isVisible()
