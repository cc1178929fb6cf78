"""Staying signed in on a device, the first password of an old store, the demo's password."""

import pytest
from argon2 import PasswordHasher
from sqlalchemy import text

from editor_app.domain.signin import AccountDisabled, SignInRefused
from editor_app.services.auth import AuthService, Passwords

CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture
def auth(room):
    return AuthService(room.services.auth._uow, Passwords(CHEAP))


def test_a_remembered_device_signs_its_person_in_until_it_is_forgotten(room, cast, auth):
    secret = auth.remember_device(cast.editor)
    assert auth.resume(secret) == cast.editor
    with room.engine.connect() as conn:  # the store keeps a hash, never the secret
        stored = conn.execute(text("SELECT secret_hash FROM remembered_devices")).scalars().all()
    assert len(stored) == 1
    assert secret not in stored[0]
    auth.forget_device(secret)
    with pytest.raises(SignInRefused, match="no longer remembers"):
        auth.resume(secret)


def test_a_made_up_secret_signs_nobody_in(cast, auth):
    auth.remember_device(cast.editor)
    with pytest.raises(SignInRefused):
        auth.resume("guessed-secret")
    with pytest.raises(SignInRefused):
        auth.resume("")


def test_disabling_or_resetting_a_password_ends_staying_signed_in(room, cast, auth):
    kept = auth.remember_device(cast.reporter)
    room.services.people.disable(cast.admin, "an")
    with pytest.raises(SignInRefused):
        auth.resume(kept)
    room.services.people.enable(cast.admin, "an")
    with pytest.raises(SignInRefused):  # enabling again does not bring the device back
        auth.resume(kept)
    again = auth.remember_device(cast.reporter)
    auth.set_password(cast.admin, "an", "mật khẩu mới tinh")
    with pytest.raises(SignInRefused):
        auth.resume(again)


def test_a_disabled_person_is_refused_by_name(room, cast, auth):
    secret = auth.remember_device(cast.editor)
    with room.engine.begin() as conn:  # disabled behind the service's back: still refused
        conn.execute(text("UPDATE people SET active = :f WHERE login = 'thanh'"), {"f": False})
    with pytest.raises(AccountDisabled, match="Đỗ Văn Thành"):
        auth.resume(secret)


def test_first_password_while_no_administrator_has_one(cast, auth):
    choices = auth.choices()
    assert choices.first_password_open
    assert not any(a.has_password for a in choices.people)
    assert auth.claim_first_password("an", "mật khẩu của An") == cast.reporter
    assert auth.authenticate("an", "mật khẩu của An") == cast.reporter
    with pytest.raises(SignInRefused):  # she has one now: it is not chosen twice
        auth.claim_first_password("an", "mật khẩu khác hẳn")
    assert auth.claim_first_password("quan", "mật khẩu quản trị").login == "quan"
    assert not auth.choices().first_password_open
    with pytest.raises(SignInRefused):  # an administrator hands out passwords now
        auth.claim_first_password("thanh", "mật khẩu Thành")


def test_the_demo_password_is_offered_only_on_a_demo_store(cast, auth):
    assert auth.choices().demo_password == ""
    auth.set_demo_password(["an", "thanh"], "demo-toasoan")
    assert auth.choices().demo_password == "demo-toasoan"
    assert auth.authenticate("thanh", "demo-toasoan") == cast.editor
    assert auth.authenticate("an", "demo-toasoan") == cast.reporter
