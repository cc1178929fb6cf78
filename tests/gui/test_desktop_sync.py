"""The window and the newsroom server: connect, the status bar's sync state, what arrives.

One real server process for the module (SQLite store) on a fixed port, so a test can
stop it and start it again at the same address. Each desktop is its own data folder,
a copy of the newsroom's store taken before the server first ran (the same people,
with their passwords, as a desktop set up from the newsroom's store has); the window
signs in to the server through the Connect dialog as a person would.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import socket
import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox

from editor_app.__main__ import main
from editor_app.app import open_newsroom
from editor_app.domain import i18n
from editor_app.domain.entities import ArticleFields
from editor_app.gui.session.sync_desk import next_delay
from editor_app.paths import DB_FILE, resolve
from tests.gui.conftest import type_text
from tests.server.process import ServerProcess

PASSWORD = "mật-khẩu-đủ-dài-1"
PEOPLE = (("an", "Nguyễn Văn An", "reporter"), ("thanh", "Đỗ Văn Thành", "editor"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Newsroom:
    """The server process, the store behind it and a template for desktops."""

    def __init__(self, base) -> None:
        self.data = base / "server"
        room = open_newsroom(resolve(self.data))
        self.people = {login: room.services.people.add(login, name, role, password=PASSWORD)
                       for login, name, role in PEOPLE}
        room.services.taxonomy.add("Thời sự")
        room.close()
        self.template = base / "desktop-template.sqlite3"
        shutil.copyfile(self.data / DB_FILE, self.template)
        self.port = _free_port()
        self.server: ServerProcess | None = None
        self.start()
        self.room = open_newsroom(resolve(self.data))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.server = ServerProcess(self.data, "--port", str(self.port))
        assert self.server.url == self.url

    def stop(self) -> None:
        assert self.server is not None
        assert self.server.stop() == 0, self.server.stderr()
        self.server = None

    def desktop(self, tmp_path, name: str):
        data = tmp_path / name
        data.mkdir()
        shutil.copyfile(self.template, data / DB_FILE)
        return data

    def cli(self, data, *argv: str, stdin: str = "") -> tuple[int, str]:
        out = io.StringIO()
        old = sys.stdin
        sys.stdin = io.StringIO(stdin)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
                code = main(["--lang", "en", "--data-dir", str(data), *argv])
        finally:
            sys.stdin = old
        return code, out.getvalue()


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory):
    i18n.set_language("en")
    n = Newsroom(tmp_path_factory.mktemp("newsroom"))
    yield n
    n.room.close()
    if n.server is not None:
        n.stop()


@pytest.fixture(autouse=True)
def _token_in_a_file(monkeypatch):
    monkeypatch.setenv("EDITOR_APP_KEYRING", "0")


@pytest.fixture
def no_message_box(monkeypatch):
    """Any message box is a failure: a server that is down says so in the status bar."""
    shown: list[str] = []

    def exec_(box):
        shown.append(box.text())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def status(desk) -> str:
    return desk.window.sync_status.text


def wait_status(desk, text: str, timeout: int = 60_000) -> None:
    desk.qtbot.waitUntil(lambda: text in status(desk), timeout=timeout)
    desk.settle()


def press_f5(desk) -> None:
    """F5 in the window (a shortcut needs its window active: a closed dialog may not give
    the focus back on the offscreen platform)."""
    desk.window.activateWindow()
    desk.qtbot.waitUntil(desk.window.isActiveWindow, timeout=5_000)
    desk.qtbot.keyClick(desk.window, Qt.Key.Key_F5)


def f5(desk) -> None:
    """Press F5 and wait until that sync has answered."""
    sync = desk.controller.sync
    before = sync.finished
    press_f5(desk)
    desk.qtbot.waitUntil(lambda: sync.finished > before, timeout=60_000)
    desk.settle()


def connect(desk, url: str, password: str = PASSWORD) -> None:
    """File → Connect to the newsroom server: type the address and password, OK."""
    w, sync = desk.window, desk.controller.sync
    w.registry["connect_server"].trigger()
    dlg = sync.dialog
    assert dlg is not None
    assert dlg.isVisible()
    assert dlg.login.text() == desk.controller.person.login  # prefilled: who is at the desk
    assert dlg.device.text()  # the computer's name
    dlg.url.setText(url)
    dlg.password.setText(password)
    desk.qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)


def start_desk(desk_factory, newsroom, tmp_path, name: str, login: str):
    desk = desk_factory(newsroom.desktop(tmp_path, name), login=login).start()
    desk.controller.sync.attach(desk.paths, desk.store_guard)
    desk.settle()
    return desk


def test_backoff_waits_longer_each_time_up_to_fifteen_minutes():
    assert [next_delay(n) // 60 for n in range(8)] == [1, 1, 2, 4, 8, 15, 15, 15]


def test_connect_from_the_window_then_f5_sends_a_new_article(
        desk_factory, newsroom, tmp_path, qtbot, monkeypatch, no_message_box):
    desk = start_desk(desk_factory, newsroom, tmp_path, "an", "an")
    w = desk.window
    assert status(desk) == "Not connected to a server"
    assert not w.registry["sync_now"].isEnabled()
    connect(desk, newsroom.url)
    wait_status(desk, "Up to date")
    assert "synced " in status(desk)
    assert newsroom.url in w.sync_status.label.toolTip()
    assert w.registry["sync_now"].isEnabled()
    # A new article: one change waits, F5 sends it.
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Mưa lớn ở Huế", True)))
    w.registry["new_article"].trigger()
    qtbot.waitUntil(lambda: desk.controller.autosave.article is not None, timeout=10_000)
    article_id = desk.controller.autosave.article.id
    wait_status(desk, "1 change waiting")
    press_f5(desk)
    wait_status(desk, "Up to date")
    assert newsroom.room.services.drafting.get(article_id).title == "Mưa lớn ở Huế"
    assert no_message_box == []


def test_a_wrong_password_is_said_in_the_dialog(desk_factory, newsroom, tmp_path):
    desk = start_desk(desk_factory, newsroom, tmp_path, "an", "an")
    connect(desk, newsroom.url, password="sai-mat-khau")
    dlg = desk.controller.sync.dialog
    desk.qtbot.waitUntil(lambda: bool(dlg.message.text()), timeout=30_000)
    assert "refused" in dlg.message.text()
    assert dlg.isVisible()
    assert dlg.password.text() == ""
    assert status(desk) == "Not connected to a server"
    dlg.reject()


def test_a_change_from_another_desktop_arrives_in_the_list_and_the_open_article(
        desk_factory, newsroom, tmp_path, qtbot, no_message_box):
    # An's laptop (the window) and An's second computer (the command line).
    desk = start_desk(desk_factory, newsroom, tmp_path, "an", "an")
    connect(desk, newsroom.url)
    wait_status(desk, "Up to date")
    other = newsroom.desktop(tmp_path, "an-office")
    assert newsroom.cli(other, "remote", "set", newsroom.url)[0] == 0
    assert newsroom.cli(other, "login", "an", "--password-stdin", "--device", "office",
                        stdin=PASSWORD + "\n")[0] == 0
    assert newsroom.cli(other, "sync")[0] == 0
    code, out = newsroom.cli(other, "article", "new", "--title", "Lũ về miền Trung",
                             "--category", "Thời sự")
    assert code == 0
    article_id = out.strip()
    assert newsroom.cli(other, "sync")[0] == 0
    # F5: the list shows it.
    model = desk.window.list_panel.model
    f5(desk)
    qtbot.waitUntil(lambda: model.row_of(article_id) >= 0, timeout=15_000)
    # Open and untouched: a new title from the other computer is shown at once.
    desk.open(article_id)
    assert newsroom.cli(other, "article", "edit", article_id,
                        "--title", "Lũ lớn về miền Trung")[0] == 0
    assert newsroom.cli(other, "sync")[0] == 0
    f5(desk)
    assert "Up to date" in status(desk)
    qtbot.waitUntil(lambda: desk.window.metadata.title.text() == "Lũ lớn về miền Trung",
                    timeout=15_000)
    # Being edited (unsaved text): the bar asks; "Keep editing" keeps what was typed.
    c = desk.controller
    c.autosave.set_delay(600_000)  # the typed text stays unsaved while the sync runs
    desk.window.editor.setFocus()
    type_text(desk.window.editor, "Nước dâng cao.")
    assert c.autosave.dirty
    assert newsroom.cli(other, "article", "edit", article_id, "--summary", "Tóm tắt mới")[0] == 0
    assert newsroom.cli(other, "sync")[0] == 0
    f5(desk)
    bar = desk.window.server_changed_bar
    qtbot.waitUntil(bar.isVisible, timeout=30_000)
    assert "changed on the server" in bar.label.text()
    assert "Nước dâng cao." in desk.window.editor.toPlainText()
    with qtbot.waitSignal(c.autosave.saved, timeout=10_000):
        qtbot.mouseClick(bar.keep, Qt.MouseButton.LeftButton)
        c.autosave.save_now()
    assert not bar.isVisible()
    assert "Nước dâng cao." in desk.window.editor.toPlainText()
    assert no_message_box == []


def test_sync_runs_off_the_ui_thread_while_typing_and_autosave_go_on(
        desk_factory, newsroom, tmp_path, qtbot, monkeypatch):
    from editor_app.services import sync_session

    desk = start_desk(desk_factory, newsroom, tmp_path, "an", "an")
    connect(desk, newsroom.url)
    wait_status(desk, "Up to date")
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Gõ trong lúc đồng bộ", True)))
    desk.window.registry["new_article"].trigger()
    qtbot.waitUntil(lambda: desk.controller.autosave.article is not None, timeout=10_000)
    desk.settle()
    real, threads, release = sync_session.run_sync, [], threading.Event()

    def slow_sync(*args, **kwargs):
        threads.append(threading.current_thread())
        release.wait(60)  # a slow network: the sync holds on until the test lets it go
        return real(*args, **kwargs)

    monkeypatch.setattr(sync_session, "run_sync", slow_sync)
    c = desk.controller
    press_f5(desk)
    qtbot.waitUntil(lambda: bool(threads), timeout=10_000)
    assert status(desk).startswith("Syncing…")
    try:
        desk.window.editor.setFocus()
        with qtbot.waitSignal(c.autosave.saved, timeout=20_000):
            type_text(desk.window.editor, "Từng chữ vẫn hiện ra.")
        assert "Từng chữ vẫn hiện ra." in desk.window.editor.toPlainText()
        press_f5(desk)  # a second F5: no second sync at once
        assert len(threads) == 1
    finally:
        release.set()
    desk.settle()
    wait_status(desk, "Up to date")
    assert threading.main_thread() not in threads
    assert len(threads) == 2  # the F5 pressed meanwhile ran after the first
    assert desk.store_guard.on_gui_thread == []


def test_server_down_says_offline_with_changes_waiting_then_f5_catches_up(
        desk_factory, newsroom, tmp_path, qtbot, monkeypatch, no_message_box):
    desk = start_desk(desk_factory, newsroom, tmp_path, "an", "an")
    connect(desk, newsroom.url)
    wait_status(desk, "Up to date")
    newsroom.stop()
    try:
        monkeypatch.setattr(QInputDialog, "getText",
                            staticmethod(lambda *a, **k: ("Viết khi mất mạng", True)))
        desk.window.registry["new_article"].trigger()
        qtbot.waitUntil(lambda: desk.controller.autosave.article is not None, timeout=10_000)
        article_id = desk.controller.autosave.article.id
        press_f5(desk)
        wait_status(desk, "Offline — 1 change waiting")
        assert "synced " in status(desk)  # when it last worked
        assert desk.controller.sync.failures == 1
        assert desk.controller.sync.timer.interval() == next_delay(1) * 1000
        assert not any(isinstance(t, QDialog) and t.isVisible()
                       for t in QApplication.topLevelWidgets())
    finally:
        newsroom.start()
    f5(desk)
    assert "Up to date" in status(desk)
    assert desk.controller.sync.failures == 0
    assert newsroom.room.services.drafting.get(article_id).title == "Viết khi mất mạng"
    assert no_message_box == []


def test_a_revoked_token_asks_to_sign_in_again_then_disconnect(
        desk_factory, newsroom, tmp_path, qtbot, monkeypatch, no_message_box):
    desk = start_desk(desk_factory, newsroom, tmp_path, "thanh", "thanh")
    connect(desk, newsroom.url)
    wait_status(desk, "Up to date")
    server = ["--lang", "en", "--database", newsroom.room.paths.database_url]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([*server, "token", "list", "thanh", "--json"]) == 0
    for token in json.loads(out.getvalue()):
        if token["live"]:
            with contextlib.redirect_stdout(io.StringIO()):
                assert main([*server, "token", "revoke", token["id"]]) == 0
    press_f5(desk)
    wait_status(desk, "Sign in again")
    assert not desk.controller.sync.timer.isActive()  # no more tries with a dead token
    desk.window.sync_status.label.linkActivated.emit("sign-in")
    dlg = desk.controller.sync.dialog
    assert dlg is not None
    assert dlg.isVisible()
    assert dlg.url.text() == newsroom.url
    dlg.password.setText(PASSWORD)
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    wait_status(desk, "Up to date")
    assert no_message_box == []
    # File → Disconnect, confirmed: signed out on the server and forgotten here.
    asked: list[str] = []

    def yes(box):
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", yes)
    desk.window.registry["disconnect_server"].trigger()
    desk.settle()
    assert newsroom.url in asked[0]
    assert status(desk) == "Not connected to a server"
    assert not (desk.paths.data_dir / "server-token").exists()
    assert not desk.window.registry["sync_now"].isEnabled()


def test_a_desktop_set_up_alone_connects_and_its_person_becomes_the_newsroom_s(
        desk_factory, newsroom, tmp_path, qtbot, monkeypatch, no_message_box):
    """The welcome dialog made "an" here (another id) and An wrote a draft; after
    connecting, the window works on as the newsroom's An, with the role it gives."""
    data = tmp_path / "alone"
    room = open_newsroom(resolve(data))
    local = room.services.people.add("an", "An ở nhà", "editor", password=PASSWORD)
    draft = room.services.drafting.create(local, ArticleFields(
        title="Viết trước khi kết nối", body="Bản nháp ở nhà.\n"))
    room.close()
    server_an = newsroom.people["an"]
    assert local.id != server_an.id
    desk = desk_factory(data, login="an").start()
    desk.controller.sync.attach(desk.paths, desk.store_guard)
    desk.settle()
    assert desk.controller.person.id == local.id
    connect(desk, newsroom.url)
    wait_status(desk, "Up to date")
    assert desk.controller.person.id == server_an.id
    assert desk.controller.person.role.value == "reporter"  # the server decides roles
    assert newsroom.room.services.drafting.get(draft.id).author_id == server_an.id
    # Actions go on as the newsroom's An: a new article is written and sent.
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Bài sau khi kết nối", True)))
    desk.window.registry["new_article"].trigger()
    qtbot.waitUntil(lambda: desk.controller.autosave.article is not None, timeout=10_000)
    article_id = desk.controller.autosave.article.id
    wait_status(desk, "1 change waiting")
    press_f5(desk)
    wait_status(desk, "Up to date")
    assert newsroom.room.services.drafting.get(article_id).author_id == server_an.id
    assert desk.services.auth.authenticate("an", PASSWORD).id == server_an.id
    assert no_message_box == []
