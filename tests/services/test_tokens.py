"""Sign-in tokens and reading as a person: the services the server stands on, on both engines."""

from datetime import timedelta

import pytest

from editor_app.domain.errors import NotFound, PermissionDenied
from editor_app.services.auth import AuthService, Passwords
from editor_app.services.reading import ReadingService
from editor_app.services.tokens import TokenRefused, TokenService, token_hash
from editor_app.store.uow import UnitOfWorkFactory
from tests.conftest import draft
from tests.services.test_auth import CHEAP, Clock

PASSWORD = "mật khẩu đúng"


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def tokens(room, cast, clock):
    uow = UnitOfWorkFactory(room.engine)
    auth = AuthService(uow, Passwords(CHEAP), clock)
    for login in ("an", "thanh", "quan"):
        auth.set_password(None, login, PASSWORD)
    return TokenService(uow, auth, clock)


def test_a_token_acts_for_its_person_until_it_expires(tokens, cast, clock):
    issued = tokens.sign_in("an", PASSWORD, "Laptop")
    assert tokens.bearer(issued.token).person == cast.reporter
    clock.advance((tokens.lifetime - timedelta(seconds=1)).total_seconds())
    assert tokens.bearer(issued.token).person.login == "an"
    clock.advance(1)
    with pytest.raises(TokenRefused):
        tokens.bearer(issued.token)


def test_only_the_hash_is_kept(tokens, room):
    issued = tokens.sign_in("an", PASSWORD, "Laptop")
    with UnitOfWorkFactory(room.engine)() as uow:
        row = uow.tokens.get(issued.info.id)
        assert row.token_hash == token_hash(issued.token)
        assert issued.token not in (row.token_hash, row.device, row.id)


@pytest.mark.parametrize("bad", ["", "x", "a" * 43, "a" * 10_000, "' OR 1=1 --"])
def test_anything_but_a_live_token_is_refused(tokens, bad):
    tokens.sign_in("an", PASSWORD, "Laptop")
    with pytest.raises(TokenRefused):
        tokens.bearer(bad)


def test_signing_out_and_revoking(tokens, cast):
    one, two = (tokens.sign_in("thanh", PASSWORD, d) for d in ("phone", "laptop"))
    tokens.sign_out(tokens.bearer(one.token))
    with pytest.raises(TokenRefused):
        tokens.bearer(one.token)
    assert tokens.bearer(two.token).person == cast.editor
    assert tokens.revoke_all(cast.admin, "thanh") == 1
    with pytest.raises(TokenRefused):
        tokens.bearer(two.token)
    listed = tokens.tokens_of(None, "thanh")
    assert sorted(t.device for t in listed) == ["laptop", "phone"]
    assert all(t.revoked_at is not None for t in listed)


def test_only_an_administrator_manages_tokens(tokens, cast):
    issued = tokens.sign_in("an", PASSWORD, "Laptop")
    for who in (cast.reporter, cast.editor, cast.staff):
        with pytest.raises(PermissionDenied):
            tokens.tokens_of(who, "an")
        with pytest.raises(PermissionDenied):
            tokens.revoke(who, issued.info.id)
    with pytest.raises(NotFound):
        tokens.revoke(cast.admin, issued.info.id, login="thanh")  # not thanh's token
    assert tokens.revoke(cast.admin, issued.info.id, login="an").revoked_at is not None


def test_a_disabled_person_is_refused_and_a_role_change_applies_at_once(room, tokens, cast):
    issued = tokens.sign_in("an", PASSWORD, "Laptop")
    room.services.people.set_role(None, "an", "editor")
    assert tokens.bearer(issued.token).person.role.value == "editor"
    room.services.people.disable(None, "an")
    with pytest.raises(TokenRefused):
        tokens.bearer(issued.token)


def test_a_reporter_reads_own_coauthored_and_published_only(room, cast):
    s = room.services
    own = draft(room, cast.reporter, "Của An")
    others = draft(room, cast.reporter2, "Của Dung")
    shared = draft(room, cast.editor, "Viết chung",
                   author_ids=(cast.reporter2.id, cast.reporter.id))
    out = draft(room, cast.reporter2, "Đã đăng")
    s.review.submit(cast.reporter2, out.id)
    s.review.start_review(cast.editor, out.id)
    s.review.approve(cast.editor, out.id)
    s.review.mark_exported(cast.staff, out.id)
    reading = ReadingService(UnitOfWorkFactory(room.engine))

    assert {a.id for a in reading.articles(cast.reporter)} == {own.id, shared.id, out.id}
    assert {a.id for a in reading.articles(cast.editor)} == {own.id, others.id, shared.id,
                                                             out.id}
    assert reading.article(cast.reporter, shared.id).title == "Viết chung"
    with pytest.raises(NotFound):
        reading.article(cast.reporter, others.id)
    assert [a.id for a in reading.articles(cast.reporter, status="exported")] == [out.id]
