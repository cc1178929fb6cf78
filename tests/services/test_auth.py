"""Signing in: wrong, right, disabled, unknown; the backoff, its persistence, rehashing."""

from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher

from editor_app.app import open_newsroom
from editor_app.domain.errors import InvalidInput, PermissionDenied
from editor_app.domain.signin import AccountDisabled, SignInRefused, SignInThrottled
from editor_app.services.auth import AuthService, Passwords

# Cheap parameters keep the suite fast; the rehash test proves the defaults apply.
CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


class Clock:
    def __init__(self) -> None:
        self.t = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += timedelta(seconds=seconds)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def auth(room, clock):
    return AuthService(room.services.auth._uow, Passwords(CHEAP), clock)


@pytest.fixture
def an(room, cast, auth):
    auth.set_password(None, "an", "mật khẩu đúng")
    return cast.reporter


def test_right_password_signs_in(auth, an):
    assert auth.authenticate("an", "mật khẩu đúng") == an
    assert auth.authenticate(" AN ", "mật khẩu đúng").id == an.id  # as typed in a dialog


def test_password_typed_in_another_unicode_form_still_matches(auth, an):
    import unicodedata

    assert auth.authenticate("an", unicodedata.normalize("NFD", "mật khẩu đúng")) == an


def test_wrong_password_is_refused_in_words_a_person_understands(auth, an):
    with pytest.raises(SignInRefused, match="Wrong login or password"):
        auth.authenticate("an", "mật khẩu sai")
    assert auth.failures("an") == 1


class SpyHasher(PasswordHasher):
    calls: list[str]

    def verify(self, hash, password):
        self.calls.append(hash)
        return super().verify(hash, password)


def test_unknown_login_gets_the_same_answer_and_the_same_work(room, an, clock):
    spy = SpyHasher(time_cost=1, memory_cost=1024, parallelism=1)
    spy.calls = calls = []
    auth = AuthService(room.services.auth._uow, Passwords(spy), clock)
    with pytest.raises(SignInRefused) as wrong:
        auth.authenticate("an", "mật khẩu sai")
    with pytest.raises(SignInRefused) as unknown:
        auth.authenticate("khong-co", "mật khẩu sai")
    assert str(wrong.value) == str(unknown.value)
    # One argon2 verification each, with the same parameters: the same time.
    assert len(calls) == 2
    params = [c.split("$")[3] for c in calls]
    assert params[0] == params[1]
    assert auth.failures("khong-co") == 1  # unknown logins are slowed down too


def test_repeated_failures_slow_down_and_a_right_password_waits_too(auth, an, clock):
    for _ in range(3):
        with pytest.raises(SignInRefused):
            auth.authenticate("an", "sai rồi sai rồi")
    with pytest.raises(SignInRefused):
        auth.authenticate("an", "sai rồi sai rồi")  # the 4th: now blocked for 1 s
    with pytest.raises(SignInThrottled) as blocked:
        auth.authenticate("an", "mật khẩu đúng")
    assert blocked.value.retry_after == 1
    assert "Try again in 1 s" in str(blocked.value)
    clock.advance(1)
    with pytest.raises(SignInRefused):
        auth.authenticate("an", "sai nữa rồi")  # the 5th: 2 s
    clock.advance(1)
    with pytest.raises(SignInThrottled) as blocked:
        auth.authenticate("an", "mật khẩu đúng")
    assert blocked.value.retry_after == 1
    clock.advance(1)
    assert auth.authenticate("an", "mật khẩu đúng") == an
    assert auth.failures("an") == 0


def test_backoff_survives_closing_the_store(room, an, auth, clock):
    for _ in range(6):
        clock.advance(60)
        with pytest.raises(SignInRefused):
            auth.authenticate("an", "sai rồi sai rồi")
    room.close()
    again = open_newsroom(room.paths)
    try:
        fresh = AuthService(again.services.auth._uow, Passwords(CHEAP), clock)
        with pytest.raises(SignInThrottled) as blocked:
            fresh.authenticate("an", "mật khẩu đúng")
        assert blocked.value.retry_after == 4  # failures 4, 5, 6: blocked 1, 2, 4 s
    finally:
        again.close()


def test_disabled_person_cannot_sign_in_and_keeps_their_articles(room, cast, an, auth):
    from tests.conftest import draft

    art = draft(room, cast.reporter, "Bài của An")
    room.services.people.disable(cast.admin, "an")
    with pytest.raises(AccountDisabled, match="disabled"):
        auth.authenticate("an", "mật khẩu đúng")
    with pytest.raises(PermissionDenied):
        draft(room, cast.reporter, "Bài mới")
    kept = room.services.drafting.get(art.id)
    assert [p.login for p in kept.authors] == ["an"]
    assert room.services.review.history(art.id)[0].who == "Nguyễn Văn An"
    room.services.people.enable(cast.admin, "an")
    assert auth.authenticate("an", "mật khẩu đúng").active


def test_person_without_a_password_cannot_sign_in(auth, cast):
    with pytest.raises(SignInRefused, match="Wrong login or password"):
        auth.authenticate("lan", "bất kỳ mật khẩu nào")


def test_old_parameters_are_upgraded_on_the_next_sign_in(room, cast, clock):
    weak = AuthService(room.services.auth._uow, Passwords(CHEAP), clock)
    weak.set_password(None, "thanh", "mật khẩu biên tập")
    strong = AuthService(room.services.auth._uow, Passwords(
        PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1)), clock)

    def stored():
        with room.services.auth._uow() as uow:
            return uow.credentials.hash_for(cast.editor.id)

    before = stored()
    assert before.startswith("$argon2id$")
    assert "m=1024,t=1" in before
    assert strong.authenticate("thanh", "mật khẩu biên tập") == cast.editor
    after = stored()
    assert "m=2048,t=2" in after
    assert after != before
    assert not strong.passwords.needs_rehash(after)
    assert strong.authenticate("thanh", "mật khẩu biên tập") == cast.editor


def test_default_hasher_is_argon2id():
    assert Passwords().hash("mười ký tự!").startswith("$argon2id$")


def test_short_password_is_refused(auth, cast):
    with pytest.raises(InvalidInput, match="at least 8"):
        auth.set_password(None, "an", "ngắn")


def test_change_own_password_asks_for_the_current_one(auth, an):
    with pytest.raises(InvalidInput, match="current password"):
        auth.change_password(an, "không phải", "mật khẩu mới tinh")
    auth.change_password(an, "mật khẩu đúng", "mật khẩu mới tinh")
    with pytest.raises(SignInRefused):
        auth.authenticate("an", "mật khẩu đúng")
    assert auth.authenticate("an", "mật khẩu mới tinh") == an


def test_only_admins_reset_passwords(auth, cast):
    with pytest.raises(PermissionDenied):
        auth.set_password(cast.editor, "an", "mật khẩu của An")
    auth.set_password(cast.admin, "an", "mật khẩu của An")
    assert auth.authenticate("an", "mật khẩu của An") == cast.reporter


def test_accounts_list_everyone_with_password_state(room, cast, an, auth):
    room.services.people.disable(cast.admin, "dung")
    accounts = {a.person.login: a for a in auth.accounts()}
    assert accounts["an"].has_password
    assert not accounts["lan"].has_password
    assert not accounts["dung"].person.active
