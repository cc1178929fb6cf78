"""Signing in with a password: argon2id hashes, a persisted backoff, no secret ever shown.

Sign-in order, chosen so that what an attacker can measure says nothing:

1. One short write: if this login (known or not) is blocked, refuse at once;
   else count the attempt as a failure *before* checking it, so parallel
   guesses cannot all slip in before the first failure is written.
2. Verify outside any transaction (argon2 takes tens of milliseconds; the
   writer lock is not held meanwhile). An unknown login, or one without a
   password, is verified against a dummy hash made with the same parameters:
   it costs the same time as a wrong password.
3. On success, a second write clears the failures and, when the hash was made
   with older parameters, stores a new one (``check_needs_rehash``).

The failures live in the store (table ``sign_in_failures``, keyed by login),
so closing the app or restarting a server does not reset the backoff.
"""

from __future__ import annotations

import hashlib
import math
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from editor_app.domain import i18n
from editor_app.domain.errors import InvalidInput, NotFound
from editor_app.domain.signin import (
    FORGET_AFTER,
    AccountDisabled,
    SignInRefused,
    SignInThrottled,
    blocked_until,
    check_password,
    message,
)
from editor_app.domain.workflow import Action, Role, authorize
from editor_app.services.common import acting, now, to_person

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime, timedelta

    from editor_app.domain.entities import Person
    from editor_app.services.common import UowFactory
    from editor_app.store.uow import UnitOfWork


class Passwords:
    """argon2id with argon2-cffi's current defaults (RFC 9106), or the given hasher."""

    def __init__(self, hasher: PasswordHasher | None = None) -> None:
        self.hasher = hasher or PasswordHasher()
        self._dummy: str | None = None

    def hash(self, password: str) -> str:
        return self.hasher.hash(check_password(password))

    def verify(self, stored: str | None, password: str) -> bool:
        """True if *password* matches; with no *stored* hash, costs the same and is False."""
        target = stored or self.dummy()
        try:
            ok = self.hasher.verify(target, _nfc_or_empty(password))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
        return ok and stored is not None

    def needs_rehash(self, stored: str) -> bool:
        return self.hasher.check_needs_rehash(stored)

    def dummy(self) -> str:
        if self._dummy is None:
            self._dummy = self.hasher.hash(secrets.token_urlsafe(16))
        return self._dummy


def _nfc_or_empty(password: str) -> str:
    from editor_app.domain.text import nfc

    return nfc(password or "")[:4096]


@dataclass(frozen=True)
class Account:
    """A person as the administration window lists them (never the hash)."""

    person: Person
    has_password: bool


@dataclass(frozen=True)
class SignInChoices:
    """What the sign-in dialog offers: active people, and the rules that apply right now.

    *first_password_open*: no active administrator has a password yet (a store from before
    passwords), so a person without one may choose their first; see
    :meth:`AuthService.claim_first_password`. *demo_password*: the public password of the
    demo newsroom's people, or "" on a store without them.
    """

    people: list[Account]
    first_password_open: bool
    demo_password: str


DEMO_MARK = "demo_password"  # the audit action that marks a demo newsroom's people


def _login_key(login: str) -> str:
    return (login or "").strip().lower()[:64]


class AuthService:
    def __init__(
        self,
        uow: UowFactory,
        passwords: Passwords | None = None,
        clock: Callable[[], datetime] = now,
    ) -> None:
        self._uow = uow
        self.passwords = passwords or Passwords()
        self._clock = clock

    # -- signing in --------------------------------------------------------
    def authenticate(self, login: str, password: str) -> Person:
        """The person whose password this is, or a refusal a person understands."""
        key = _login_key(login)
        if getattr(self._uow, "read_only", False):
            return self._authenticate_read_only(key, password)
        at = self._clock()
        with self._uow(write=True) as uow:
            uow.sign_in_failures.forget_before(at - FORGET_AFTER)
            row = uow.sign_in_failures.get(key)
            if row is not None and row.blocked_until is not None and row.blocked_until > at:
                uow.commit()
                raise SignInThrottled(key, _seconds(row.blocked_until - at))
            failures = (row.failures if row is not None else 0) + 1
            uow.sign_in_failures.record(key, at, blocked_until(failures, at), failures)
            person_row = uow.people.by_login(key)
            stored = uow.credentials.hash_for(person_row.id) if person_row else None
            uow.commit()
        if not self.passwords.verify(stored, password):
            raise SignInRefused()
        assert person_row is not None
        assert stored is not None
        with self._uow(write=True) as uow:
            uow.sign_in_failures.clear(key)
            person = uow.people.get(person_row.id)
            if person is None:  # removed while we were checking
                uow.commit()
                raise SignInRefused()
            if self.passwords.needs_rehash(stored):
                uow.credentials.set(person.id, self.passwords.hash(password), at)
            uow.commit()
            if not person.active:
                raise AccountDisabled(person.name)
            return to_person(person)

    def _authenticate_read_only(self, key: str, password: str) -> Person:
        """A read-only store records no failure (it cannot), so it has no backoff.

        It holds nothing to change, and whoever can read its file can read it all anyway.
        """
        with self._uow() as uow:
            row = uow.people.by_login(key)
            stored = uow.credentials.hash_for(row.id) if row else None
        if row is None or not self.passwords.verify(stored, password):
            raise SignInRefused()
        if not row.active:
            raise AccountDisabled(row.name)
        return to_person(row)

    def choices(self) -> SignInChoices:
        """Who may be picked in the sign-in dialog, and which rules apply (no hash leaves)."""
        from editor_app.services.demo_text import DEMO_PASSWORD

        with self._uow() as uow:
            with_pw = uow.credentials.people_with_password()
            rows = [r for r in uow.people.list() if r.active]
            return SignInChoices(
                people=[Account(to_person(r), r.id in with_pw) for r in rows],
                first_password_open=_first_password_open(uow, with_pw),
                demo_password=DEMO_PASSWORD if uow.audit.has_action(DEMO_MARK) else "")

    def claim_first_password(self, login: str, password: str) -> Person:
        """A person without a password chooses one, and is signed in.

        Only while no active administrator has a password: on a store from before
        passwords nobody could be checked anyway (the store is as private as the OS
        account that owns it). Once an administrator has one, passwords come from them.
        """
        hashed = self.passwords.hash(password)
        key = _login_key(login)
        with self._uow(write=True) as uow:
            row = uow.people.by_login(key)
            with_pw = uow.credentials.people_with_password()
            if row is None or not row.active or row.id in with_pw \
                    or not _first_password_open(uow, with_pw):
                raise SignInRefused()
            at = self._clock()
            uow.credentials.set(row.id, hashed, at)
            uow.sign_in_failures.clear(key)
            audit(uow, to_person(row), "password_chosen", "person", row.id)
            uow.commit()
            return to_person(row)

    def set_demo_password(self, logins: list[str], password: str) -> None:
        """The demo newsroom's people share one public password, hashed once.

        A salt per person protects nothing when the password is printed on the sign-in
        dialog, and one argon2 run instead of seven keeps the demo (and tests) quick.
        """
        hashed = self.passwords.hash(password)
        with self._uow(write=True) as uow:
            at = self._clock()
            for login in logins:
                person = _require(uow, login)
                uow.credentials.set(person.id, hashed, at)
                audit(uow, None, DEMO_MARK, "person", person.id)
            uow.commit()

    # -- staying signed in on a device ---------------------------------------------
    def remember_device(self, person: Person) -> str:
        """A new random secret for this device; the store keeps only its SHA-256.

        The secret has 256 random bits, so a fast hash is enough: nobody can guess it
        back from the hash, unlike a password (hence argon2 there, not here).
        """
        secret = secrets.token_urlsafe(32)
        with self._uow(write=True) as uow:
            me = acting(uow, person)
            uow.devices.add(_secret_hash(secret), me.id, self._clock())
            uow.commit()
        return secret

    def resume(self, secret: str) -> Person:
        """The person this device's secret remembers, if it is still valid and they active."""
        with self._uow() as uow:
            person_id = uow.devices.person_for(_secret_hash(secret)) if secret else None
            row = uow.people.get(person_id) if person_id else None
            if row is None:
                raise SignInRefused(message("forgotten"))
            if not row.active:
                raise AccountDisabled(row.name)
            return to_person(row)

    def forget_device(self, secret: str) -> None:
        """Sign out: this device's secret stops working (other devices keep theirs)."""
        if not secret:
            return
        with self._uow(write=True) as uow:
            uow.devices.forget(_secret_hash(secret))
            uow.commit()

    def failures(self, login: str) -> int:
        """Failed attempts in a row for *login* (what the administration window shows)."""
        with self._uow() as uow:
            row = uow.sign_in_failures.get(_login_key(login))
            return row.failures if row is not None else 0

    # -- passwords -----------------------------------------------------------
    def set_password(self, actor: Person | None, login: str, password: str) -> None:
        """An administrator (or the console, *actor* None) sets or resets a password."""
        hashed = self.passwords.hash(password)
        with self._uow(write=True) as uow:
            if actor is not None:
                authorize(Action.MANAGE_PEOPLE, acting(uow, actor).actor)
            person = _require(uow, login)
            uow.credentials.set(person.id, hashed, self._clock())
            uow.sign_in_failures.clear(person.login)
            uow.devices.forget_person(person.id)  # a reset also ends "stay signed in"
            audit(uow, actor, "password_reset", "person", person.id)
            uow.commit()

    def change_password(self, person: Person, current: str, new: str) -> None:
        """A person changes their own password; the current one is asked again."""
        hashed = self.passwords.hash(new)
        with self._uow() as uow:
            stored = uow.credentials.hash_for(acting(uow, person).id)
        if not self.passwords.verify(stored, current):
            raise InvalidInput(message("old_wrong"))
        with self._uow(write=True) as uow:
            me = acting(uow, person)
            uow.credentials.set(me.id, hashed, self._clock())
            audit(uow, me, "password_changed", "person", me.id)
            uow.commit()

    def accounts(self) -> list[Account]:
        """Everyone, disabled people included, and whether each has a password."""
        with self._uow() as uow:
            with_pw = uow.credentials.people_with_password()
            return [Account(to_person(r), r.id in with_pw) for r in uow.people.list()]


def _require(uow: UnitOfWork, login: str):  # noqa: ANN202 - a PersonRow
    row = uow.people.by_login(_login_key(login))
    if row is None:
        raise NotFound(i18n.tr("not_found", what=i18n.tr("person"), key=login))
    return row


def _first_password_open(uow: UnitOfWork, with_password: set[str]) -> bool:
    """No active administrator has a password: nobody is there to hand them out."""
    return not any(r.active and r.role == Role.ADMIN.value and r.id in with_password
                   for r in uow.people.list())


def _secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _seconds(delta: timedelta) -> int:
    return max(1, math.ceil(delta.total_seconds()))


def audit(uow: UnitOfWork, actor: Person | None, action: str, kind: str, subject_id: str,
          detail: str = "") -> None:
    """One audit row; *actor* None is the console administrator."""
    uow.audit.add(now(), actor.id if actor is not None else None, action, kind, subject_id,
                  detail)
