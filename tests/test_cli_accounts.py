"""`user` and `category` administration from the command line, and no secret ever shown."""

import json
import logging
import subprocess
import sys
import zipfile

import pytest
from sqlalchemy.exc import IntegrityError

from editor_app.app import open_newsroom
from editor_app.domain.signin import AccountDisabled, SignInRefused
from editor_app.paths import resolve

PASSWORD = "Mật-khẩu-rất-riêng-42"


@pytest.fixture
def data(tmp_path):
    return tmp_path / "cli-data"


@pytest.fixture
def cli(data):
    def run(*args, stdin=None, check_rc=None):
        proc = subprocess.run(
            [sys.executable, "-m", "editor_app", "--data-dir", str(data), "--lang", "en", *args],
            capture_output=True, text=True, timeout=120, input=stdin,
        )
        if check_rc is not None:
            assert proc.returncode == check_rc, (proc.stdout, proc.stderr)
        return proc

    return run


def sign_in(data, login, password):
    room = open_newsroom(resolve(data))
    try:
        return room.services.auth.authenticate(login, password)
    finally:
        room.close()


def test_user_add_passwd_disable_enable(cli, data):
    cli("user", "add", "an", "--name", "Nguyễn Văn An", "--role", "reporter",
        "--password-stdin", stdin=PASSWORD + "\n", check_rc=0)
    cli("user", "add", "quan", "--name", "Lê Minh Quân", "--role", "admin", check_rc=0)
    assert sign_in(data, "an", PASSWORD).login == "an"
    cli("user", "passwd", "an", "--password-stdin", stdin="mật khẩu thứ hai\n", check_rc=0)
    with pytest.raises(SignInRefused):
        sign_in(data, "an", PASSWORD)
    assert sign_in(data, "an", "mật khẩu thứ hai").login == "an"
    assert "disabled" in cli("user", "disable", "an", check_rc=0).stdout
    with pytest.raises(AccountDisabled):
        sign_in(data, "an", "mật khẩu thứ hai")
    listed = cli("user", "list", check_rc=0).stdout
    assert "an " in listed
    assert "[disabled]" in listed
    assert "quan" in listed
    assert "[no password]" in listed
    cli("user", "enable", "an", check_rc=0)
    assert sign_in(data, "an", "mật khẩu thứ hai").active


def test_passwd_refuses_what_it_cannot_do(cli):
    cli("user", "add", "an", "--name", "An", "--role", "reporter", check_rc=0)
    no_tty = cli("user", "passwd", "an")  # stdin is not a terminal here
    assert no_tty.returncode == 2
    assert "--password-stdin" in no_tty.stderr
    short = cli("user", "passwd", "an", "--password-stdin", stdin="ngắn\n")
    assert short.returncode == 5
    assert "at least 8" in short.stderr
    assert cli("user", "passwd", "ai-do", "--password-stdin", stdin=PASSWORD).returncode == 4
    assert cli("user", "disable", "ai-do").returncode == 4


def test_category_rename_move_retire_restore(cli):
    cli("category", "add", "Thời sự", check_rc=0)
    cli("category", "add", "Trong tỉnh", "--parent", "Thời sự", check_rc=0)
    cli("category", "add", "Kinh tế", check_rc=0)
    assert cli("category", "rename", "Trong tỉnh", "Địa phương",
               check_rc=0).stdout.strip() == "Thời sự / Địa phương"
    assert cli("category", "move", "dia phuong", "--parent", "Kinh tế",
               check_rc=0).stdout.strip() == "Kinh tế / Địa phương"
    assert cli("category", "retire", "Kinh tế", check_rc=0).stdout.split("\n")[:2] == [
        "Kinh tế", "Kinh tế / Địa phương"]
    assert "Kinh tế [retired]" in cli("category", "list", check_rc=0).stdout
    cli("user", "add", "an", "--name", "An", "--role", "reporter", check_rc=0)
    refused = cli("article", "new", "--as", "an", "--title", "Tin", "--category", "Kinh tế")
    assert refused.returncode == 5
    assert "retired" in refused.stderr
    cli("category", "restore", "Kinh tế", check_rc=0)
    cli("article", "new", "--as", "an", "--title", "Tin", "--category", "Kinh tế", check_rc=0)


def test_no_password_or_hash_in_any_output_export_or_log(cli, data, tmp_path, caplog):
    outputs = []

    def run(*args, **kw):
        p = cli(*args, **kw)
        outputs.extend([p.stdout, p.stderr])
        return p

    run("user", "add", "an", "--name", "An", "--role", "reporter", "--password-stdin",
        stdin=PASSWORD, check_rc=0)
    run("user", "add", "thanh", "--name", "Thành", "--role", "editor", "--password-stdin",
        stdin=PASSWORD, check_rc=0)
    run("user", "add", "hoa", "--name", "Hòa", "--role", "staff", check_rc=0)
    run("user", "passwd", "hoa", "--password-stdin", stdin=PASSWORD, check_rc=0)
    run("user", "add", "an", "--name", "An", "--role", "reporter", "--password-stdin",
        stdin=PASSWORD, check_rc=5)  # a duplicate: an error message
    run("user", "list", check_rc=0)
    people = json.loads(run("user", "list", "--json", check_rc=0).stdout)
    assert set(people[0]) >= {"login", "has_password"}
    aid = run("article", "new", "--as", "an", "--title", "Tin", "--category", "x").stdout
    run("category", "add", "Thời sự", check_rc=0)
    aid = run("article", "new", "--as", "an", "--title", "Tin", "--category", "Thời sự",
              check_rc=0).stdout.strip()
    run("submit", aid, "--as", "an", check_rc=0)
    run("review", aid, "--as", "thanh", check_rc=0)
    run("approve", aid, "--as", "thanh", check_rc=0)
    bundles = run("export", aid, "--as", "hoa", "--out", str(tmp_path / "out"),
                  check_rc=0).stdout.split()
    run("article", "history", aid, "--json", check_rc=0)
    run("check", check_rc=0)
    exported = b"".join(zipfile.ZipFile(b).read(n) for b in bundles
                        for n in zipfile.ZipFile(b).namelist())

    # In this process, with every logger at DEBUG and SQL echo on: sign in, fail, fail
    # on a database error that carries a hash in its parameters.
    caplog.set_level(logging.DEBUG)
    room = open_newsroom(resolve(data))
    room.engine.echo = True
    try:
        room.services.auth.authenticate("an", PASSWORD)
        with pytest.raises(SignInRefused):
            room.services.auth.authenticate("an", PASSWORD + "x")
        with open_uow(room) as uow, pytest.raises(IntegrityError) as err:
            uow.credentials.set("no-such-person", room.services.auth.passwords.hash(PASSWORD),
                                _now())
        outputs.append(str(err.value))
    finally:
        room.close()
    seen = "\n".join(outputs) + caplog.text
    for secret in (PASSWORD, "argon2"):
        assert secret not in seen
        assert secret.encode() not in exported


def open_uow(room):
    return room.services.auth._uow(write=True)


def _now():
    from editor_app.services.common import now

    return now()
