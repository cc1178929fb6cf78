"""People and their roles."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from editor_app.domain import i18n
from editor_app.domain.errors import InvalidInput, NotFound
from editor_app.domain.workflow import Action, Role, authorize
from editor_app.services.common import acting, clean, new_id, now, to_person

if TYPE_CHECKING:
    from editor_app.domain.entities import Person
    from editor_app.services.common import UowFactory

_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


class PeopleService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def add(
        self,
        login: str,
        name: str,
        role: Role | str,
        department: str = "",
        *,
        actor: Person | None = None,
    ) -> Person:
        """Add a person. ``actor=None`` is the console administrator (CLI, first start)."""
        login = clean("login", login, required=True).lower()
        if not _LOGIN.match(login):
            raise InvalidInput(i18n.tr("invalid", field="login", problem="a-z 0-9 . _ -"))
        try:
            role = Role(role)
        except ValueError:
            raise InvalidInput(i18n.tr("invalid", field="role", problem=str(role))) from None
        with self._uow(write=True) as uow:
            if actor is not None:
                authorize(Action.MANAGE_PEOPLE, acting(uow, actor).actor)
            if uow.people.by_login(login) is not None:
                raise InvalidInput(i18n.tr("duplicate", what=i18n.tr("person"), key=login))
            from editor_app.store.models import PersonRow

            row = PersonRow(
                id=new_id(),
                login=login,
                name=clean("name", name, required=True),
                role=role.value,
                department=clean("department", department),
                active=True,
                created_at=now(),
            )
            uow.people.add(row)
            uow.commit()
            return to_person(row)

    def list(self) -> list[Person]:
        with self._uow() as uow:
            return [to_person(r) for r in uow.people.list()]

    def count(self) -> int:
        with self._uow() as uow:
            return uow.people.count()

    def by_login(self, login: str) -> Person:
        with self._uow() as uow:
            row = uow.people.by_login(login.strip().lower())
            if row is None:
                raise NotFound(i18n.tr("not_found", what=i18n.tr("person"), key=login))
            return to_person(row)

    def get(self, person_id: str) -> Person:
        with self._uow() as uow:
            row = uow.people.get(person_id)
            if row is None:
                raise NotFound(i18n.tr("not_found", what=i18n.tr("person"), key=person_id))
            return to_person(row)

    def set_role(self, actor: Person | None, login: str, role: Role) -> Person:
        with self._uow(write=True) as uow:
            if actor is not None:
                authorize(Action.MANAGE_PEOPLE, acting(uow, actor).actor)
            row = uow.people.by_login(login)
            if row is None:
                raise NotFound(i18n.tr("not_found", what=i18n.tr("person"), key=login))
            row.role = Role(role).value
            uow.commit()
            return to_person(row)
