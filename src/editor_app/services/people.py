"""People, their roles, and whether they may sign in.

Every change writes an audit row (who, when, what; never a password). A
disabled person cannot sign in or act, and keeps their authorship and
history: nobody is ever deleted.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from editor_app.domain import i18n
from editor_app.domain.errors import InvalidInput, NotFound
from editor_app.domain.signin import message
from editor_app.domain.workflow import Action, Role, authorize
from editor_app.services.auth import Passwords, audit
from editor_app.services.common import acting, clean, new_id, now, to_person

if TYPE_CHECKING:
    from editor_app.domain.entities import Person
    from editor_app.services.common import UowFactory
    from editor_app.store.models import PersonRow
    from editor_app.store.uow import UnitOfWork

_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise InvalidInput(i18n.tr("invalid", field="role", problem=str(role))) from None


class PeopleService:
    def __init__(self, uow: UowFactory, passwords: Passwords | None = None) -> None:
        self._uow = uow
        self._passwords = passwords or Passwords()

    def add(
        self,
        login: str,
        name: str,
        role: Role | str,
        department: str = "",
        *,
        actor: Person | None = None,
        password: str | None = None,
    ) -> Person:
        """Add a person. ``actor=None`` is the console administrator (CLI, first start)."""
        login = clean("login", login, required=True).lower()
        if not _LOGIN.match(login):
            raise InvalidInput(i18n.tr("invalid", field="login", problem="a-z 0-9 . _ -"))
        role = _role(role)
        hashed = self._passwords.hash(password) if password is not None else None
        with self._uow(write=True) as uow:
            if actor is not None:
                authorize(Action.MANAGE_PEOPLE, acting(uow, actor).actor)
            if uow.people.by_login(login) is not None:
                raise InvalidInput(i18n.tr("duplicate", what=i18n.tr("person"), key=login))
            from editor_app.store.models import PersonRow

            at = now()
            row = PersonRow(
                id=new_id(),
                login=login,
                name=clean("name", name, required=True),
                role=role.value,
                department=clean("department", department),
                active=True,
                created_at=at,
            )
            uow.people.add(row)
            if hashed is not None:
                uow.credentials.set(row.id, hashed, at)
            audit(uow, actor, "person_added", "person", row.id, f"{login} {role.value}")
            uow.commit()
            return to_person(row)

    def list(self, *, include_disabled: bool = True) -> list[Person]:
        with self._uow() as uow:
            return [to_person(r) for r in uow.people.list()
                    if include_disabled or r.active]

    def count(self) -> int:
        with self._uow() as uow:
            return uow.people.count()

    def by_login(self, login: str) -> Person:
        with self._uow() as uow:
            return to_person(_require(uow, login))

    def get(self, person_id: str) -> Person:
        with self._uow() as uow:
            row = uow.people.get(person_id)
            if row is None:
                raise NotFound(i18n.tr("not_found", what=i18n.tr("person"), key=person_id))
            return to_person(row)

    def set_role(self, actor: Person | None, login: str, role: Role | str) -> Person:
        role = _role(role)
        with self._uow(write=True) as uow:
            row = self._managed(uow, actor, login)
            if row.role != role.value:
                if role is not Role.ADMIN:
                    _keep_an_admin(uow, row)
                audit(uow, actor, "role_changed", "person", row.id, f"{row.role} → {role.value}")
                row.role = role.value
            uow.commit()
            return to_person(row)

    def update(
        self, actor: Person | None, login: str, *, name: str | None = None,
        department: str | None = None,
    ) -> Person:
        """Change a person's display name or department (the byline shows them)."""
        with self._uow(write=True) as uow:
            row = self._managed(uow, actor, login)
            changes = []
            if name is not None and clean("name", name, required=True) != row.name:
                row.name = clean("name", name, required=True)
                changes.append("name")
            if department is not None and clean("department", department) != row.department:
                row.department = clean("department", department)
                changes.append("department")
            if changes:
                audit(uow, actor, "person_updated", "person", row.id, ", ".join(changes))
            uow.commit()
            return to_person(row)

    def disable(self, actor: Person | None, login: str) -> Person:
        """The person can no longer sign in or act; their articles and history stay theirs."""
        return self._set_active(actor, login, False)

    def enable(self, actor: Person | None, login: str) -> Person:
        return self._set_active(actor, login, True)

    def _set_active(self, actor: Person | None, login: str, active: bool) -> Person:
        with self._uow(write=True) as uow:
            row = self._managed(uow, actor, login)
            if row.active != active:
                if not active:
                    _keep_an_admin(uow, row)
                    uow.devices.forget_person(row.id)  # no device stays signed in as them
                row.active = active
                audit(uow, actor, "enabled" if active else "disabled", "person", row.id)
            uow.commit()
            return to_person(row)

    @staticmethod
    def _managed(uow: UnitOfWork, actor: Person | None, login: str) -> PersonRow:
        if actor is not None:
            authorize(Action.MANAGE_PEOPLE, acting(uow, actor).actor)
        return _require(uow, login)


def _require(uow: UnitOfWork, login: str) -> PersonRow:
    row = uow.people.by_login(login.strip().lower())
    if row is None:
        raise NotFound(i18n.tr("not_found", what=i18n.tr("person"), key=login))
    return row


def _keep_an_admin(uow: UnitOfWork, row: PersonRow) -> None:
    """Refuse to demote or disable the last active administrator: nobody could undo it."""
    if row.role != Role.ADMIN.value or not row.active:
        return
    others = [p for p in uow.people.list()
              if p.id != row.id and p.active and p.role == Role.ADMIN.value]
    if not others:
        raise InvalidInput(message("last_admin", name=row.name))
