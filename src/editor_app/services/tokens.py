"""Sign-in tokens of the newsroom server: issued for a password, stored only hashed.

A token is 256 random bits (``secrets.token_urlsafe(32)``), shown once to the
device that signed in. The store keeps its SHA-256, the device's name and an
expiry; a revoked token keeps its row, dated. SHA-256 (not argon2) is right
here: the token is random, so there is nothing to guess from its hash, and every
request checks one.

Every check re-reads the person: a disabled person's tokens stop at the next
request, and a changed role applies at once. Who acts is always the token's
person; nothing a client sends names the actor.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from editor_app.domain import i18n
from editor_app.domain.errors import NotFound, PermissionDenied
from editor_app.domain.workflow import Action, authorize
from editor_app.services.auth import audit
from editor_app.services.common import acting, clean, new_id, now, to_person

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from editor_app.domain.entities import Person
    from editor_app.services.auth import AuthService
    from editor_app.services.common import UowFactory
    from editor_app.store.models import ApiTokenRow

LIFETIME = timedelta(days=30)
MAX_TOKEN = 128  # longer than any token we issue: hashing megabytes is not a check


class TokenRefused(PermissionDenied):
    """Unknown, expired or revoked token, or a disabled person: sign in again."""

    def __init__(self) -> None:
        super().__init__(i18n.tr("token.refused"))


@dataclass(frozen=True)
class TokenInfo:
    """What an administrator sees of a token: never the token or its hash."""

    id: str
    login: str
    device: str
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None

    def live(self, at: datetime) -> bool:
        return self.revoked_at is None and self.expires_at > at


@dataclass(frozen=True)
class Issued:
    token: str  # the only time the token exists outside the device
    info: TokenInfo
    person: Person


@dataclass(frozen=True)
class Bearer:
    """The person a request acts as, and the token it came with."""

    person: Person
    token_id: str


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def _info(row: ApiTokenRow, login: str) -> TokenInfo:
    return TokenInfo(row.id, login, row.device, row.created_at, row.expires_at, row.revoked_at)


class TokenService:
    def __init__(self, uow: UowFactory, auth: AuthService,
                 clock: Callable[[], datetime] = now, lifetime: timedelta = LIFETIME) -> None:
        self._uow = uow
        self._auth = auth
        self._clock = clock
        self.lifetime = lifetime

    def sign_in(self, login: str, password: str, device: str) -> Issued:
        """Check the password (with the persisted backoff) and issue a token."""
        device = clean("device", device, required=True)[:100]
        person = self._auth.authenticate(login, password)
        token = secrets.token_urlsafe(32)
        from editor_app.store.models import ApiTokenRow

        with self._uow(write=True) as uow:
            me = acting(uow, person)
            at = self._clock()
            row = ApiTokenRow(id=new_id(), person_id=me.id, token_hash=token_hash(token),
                              device=device, created_at=at, expires_at=at + self.lifetime,
                              revoked_at=None)
            uow.tokens.add(row)
            uow.commit()
            return Issued(token, _info(row, me.login), me)

    def bearer(self, token: str) -> Bearer:
        """The person *token* acts for, read now; TokenRefused if it does not (any more)."""
        if not token or len(token) > MAX_TOKEN:
            raise TokenRefused()
        with self._uow() as uow:
            found = uow.tokens.by_hash(token_hash(token))
            if found is None:
                raise TokenRefused()
            row, person = found
            if row.revoked_at is not None or row.expires_at <= self._clock() \
                    or not person.active:
                raise TokenRefused()
            return Bearer(to_person(person), row.id)

    def sign_out(self, bearer: Bearer) -> None:
        with self._uow(write=True) as uow:
            row = uow.tokens.get(bearer.token_id)
            if row is not None and row.revoked_at is None:
                row.revoked_at = self._clock()
            uow.commit()

    # -- administration --------------------------------------------------
    def tokens_of(self, actor: Person | None, login: str) -> list[TokenInfo]:
        """A person's tokens, revoked and expired ones too. *actor* None: the console."""
        with self._uow() as uow:
            if actor is not None:
                authorize(Action.MANAGE_PEOPLE, acting(uow, actor).actor)
            person = uow.people.by_login((login or "").strip().lower())
            if person is None:
                raise NotFound(i18n.tr("not_found", what=i18n.tr("person"), key=login))
            return [_info(r, person.login) for r in uow.tokens.for_person(person.id)]

    def revoke(self, actor: Person | None, token_id: str, login: str | None = None) -> TokenInfo:
        """Revoke one token (again: nothing changes). *login*: it must be that person's."""
        with self._uow(write=True) as uow:
            if actor is not None:
                authorize(Action.MANAGE_PEOPLE, acting(uow, actor).actor)
            row = uow.tokens.get(token_id)
            person = uow.people.get(row.person_id) if row is not None else None
            if row is None or person is None or (
                    login is not None and person.login != login.strip().lower()):
                raise NotFound(i18n.tr("not_found", what=i18n.tr("token"), key=token_id))
            if row.revoked_at is None:
                row.revoked_at = self._clock()
                audit(uow, actor, "token_revoked", "person", person.id, row.device)
            uow.commit()
            return _info(row, person.login)

    def revoke_all(self, actor: Person | None, login: str) -> int:
        """Revoke every live token of a person (a lost laptop); how many were live."""
        with self._uow(write=True) as uow:
            if actor is not None:
                authorize(Action.MANAGE_PEOPLE, acting(uow, actor).actor)
            person = uow.people.by_login((login or "").strip().lower())
            if person is None:
                raise NotFound(i18n.tr("not_found", what=i18n.tr("person"), key=login))
            n = uow.tokens.revoke_all(person.id, self._clock())
            audit(uow, actor, "tokens_revoked", "person", person.id, str(n))
            uow.commit()
            return n
