"""Administration → People and Categories: the dialogs' requests, run through the services.

The services check the role and write the audit rows (the same as the CLI); the menu
only shows what the role table allows (see ``Permissions``). Every call runs on the
writer or a reader, and a refusal is shown in the dialog as the services word it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from editor_app.domain.errors import DomainError
from editor_app.gui.actions import ActionName as A

if TYPE_CHECKING:
    from collections.abc import Callable

    from editor_app.domain.entities import Category, Person
    from editor_app.gui.dialogs.categories import CategoriesDialog
    from editor_app.gui.dialogs.people import PeopleDialog
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.context import SessionContext
    from editor_app.services import Services
    from editor_app.services.auth import Account

    Dialog = PeopleDialog | CategoriesDialog


class Administration(QObject):
    def __init__(self, window: MainWindow, context: SessionContext) -> None:
        super().__init__(window)
        self.w, self.context = window, context
        self.people_dialog: PeopleDialog | None = None
        self.categories_dialog: CategoriesDialog | None = None
        window.registry.on(A.PEOPLE, self.open_people)
        window.registry.on(A.CATEGORIES, self.open_categories)
        context.signed_out.connect(self._close_all)
        context.person_changed.connect(lambda _p: self._close_all())

    def _ready(self) -> tuple[Services, Person] | None:
        services, person = self.context.services, self.context.person
        if services is None or person is None:
            return None
        return services, person

    def _close_all(self) -> None:
        for dlg in (self.people_dialog, self.categories_dialog):
            if dlg is not None:
                dlg.close()

    def _run(self, dlg: Dialog, job: Callable[[], Any], done_text: str,
             then: Callable[[Any], None]) -> None:
        """Run a change on the writer; say it was done, or why not, in the dialog."""
        def done(result: Any) -> None:
            dlg.say(done_text)
            then(result)

        def refused(exc: Exception) -> None:
            if isinstance(exc, DomainError):
                dlg.say(str(exc), error=True)
            else:
                self.context.tasks.on_failure(exc)

        dlg.say("")
        self.context.write(job, done, refused)

    # -- people -------------------------------------------------------------------------
    def open_people(self) -> None:
        if self._ready() is None:
            return
        if self.people_dialog is None:
            from editor_app.gui.dialogs.people import PeopleDialog

            dlg = self.people_dialog = PeopleDialog(self.w)
            dlg.add_requested.connect(self._add_person)
            dlg.save_requested.connect(self._save_person)
            dlg.active_requested.connect(self._set_active)
            dlg.password_requested.connect(self._reset_password)
            dlg.finished.connect(lambda _r: self._forget_people(dlg))
        self.refresh_people()
        self.people_dialog.open()

    def _forget_people(self, dlg: PeopleDialog) -> None:
        if self.people_dialog is dlg:
            self.people_dialog = None
        dlg.deleteLater()

    def refresh_people(self, select: str = "") -> None:
        ready, dlg = self._ready(), self.people_dialog
        if ready is None or dlg is None:
            return
        services = ready[0]

        def show(accounts: list[Account]) -> None:
            if self.people_dialog is dlg:
                dlg.show_people(accounts, select)

        self.context.read(services.auth.accounts, show)

    def _people_change(self, job: Callable[[Services, Person], Any], done_text: str,
                       select: str, after: Callable[[], None] | None = None) -> None:
        ready, dlg = self._ready(), self.people_dialog
        if ready is None or dlg is None:
            return
        services, me = ready

        def then(_result: Any) -> None:
            if after is not None:
                after()
            self.refresh_people(select)

        self._run(dlg, lambda: job(services, me), done_text, then)

    def _add_person(self, login: str, name: str, role: str, department: str,
                    password: str) -> None:
        dlg = self.people_dialog
        self._people_change(
            lambda s, me: s.people.add(login, name, role, department, actor=me,
                                       password=password),
            self.tr("%1 was added.").replace("%1", name), login.strip().lower(),
            dlg.clear_added if dlg is not None else None)

    def _save_person(self, login: str, name: str, role: str, department: str) -> None:
        def save(s: Services, me: Person) -> Person:
            s.people.update(me, login, name=name, department=department)
            return s.people.set_role(me, login, role)

        self._people_change(save, self.tr("Saved."), login)

    def _set_active(self, login: str, active: bool) -> None:
        def change(s: Services, me: Person) -> Person:
            return s.people.enable(me, login) if active else s.people.disable(me, login)

        self._people_change(change, self.tr("Enabled.") if active else self.tr("Disabled."),
                            login)

    def _reset_password(self, login: str, password: str) -> None:
        dlg = self.people_dialog
        self._people_change(
            lambda s, me: s.auth.set_password(me, login, password),
            self.tr("The password of %1 was reset.").replace("%1", login), login,
            dlg.clear_new_password if dlg is not None else None)

    # -- categories ---------------------------------------------------------------------
    def open_categories(self) -> None:
        if self._ready() is None:
            return
        if self.categories_dialog is None:
            from editor_app.gui.dialogs.categories import CategoriesDialog

            dlg = self.categories_dialog = CategoriesDialog(self.w)
            dlg.add_requested.connect(self._add_category)
            dlg.rename_requested.connect(
                lambda cid, name: self._category_change(
                    lambda s, me: s.taxonomy.rename(me, cid, name), self.tr("Renamed."), cid))
            dlg.move_requested.connect(
                lambda cid, parent: self._category_change(
                    lambda s, me: s.taxonomy.move(me, cid, parent or None), self.tr("Moved."),
                    cid))
            dlg.retire_requested.connect(self._retire)
            dlg.finished.connect(lambda _r: self._forget_categories(dlg))
        self.refresh_categories()
        self.categories_dialog.open()

    def _forget_categories(self, dlg: CategoriesDialog) -> None:
        if self.categories_dialog is dlg:
            self.categories_dialog = None
        dlg.deleteLater()

    def refresh_categories(self, select: str = "") -> None:
        ready, dlg = self._ready(), self.categories_dialog
        if ready is None or dlg is None:
            return
        services = ready[0]

        def load() -> tuple[list[Category], dict[str, int]]:
            cats = services.taxonomy.list()
            return cats, {c.id: services.drafting.count(category=c.id) for c in cats}

        def show(result: tuple[list[Category], dict[str, int]]) -> None:
            if self.categories_dialog is dlg:
                dlg.show_tree(*result, select=select)

        self.context.read(load, show)

    def _category_change(self, job: Callable[[Services, Person], Any], done_text: str,
                         select: str) -> None:
        ready, dlg = self._ready(), self.categories_dialog
        if ready is None or dlg is None:
            return
        services, me = ready

        def then(result: Any) -> None:
            chosen = getattr(result, "id", select)
            self.refresh_categories(chosen)
            self._offer_categories(services)

        self._run(dlg, lambda: job(services, me), done_text, then)

    def _add_category(self, name: str, parent: str) -> None:
        self._category_change(lambda s, me: s.taxonomy.add(name, parent or None, actor=me),
                              self.tr("Added."), "")

    def _retire(self, category_id: str, retire: bool) -> None:
        def change(s: Services, me: Person) -> list[Category]:
            if retire:
                return s.taxonomy.retire(me, category_id)
            return s.taxonomy.restore(me, category_id)

        self._category_change(
            change, self.tr("Retired: its articles keep their category and stay listed.")
            if retire else self.tr("Restored."), category_id)

    def _offer_categories(self, services: Services) -> None:
        """The details panel and the list's filter offer the changed tree at once."""
        def show(result: tuple[list[Category], list[Person]]) -> None:
            categories, people = result
            self.w.metadata.set_choices(categories, people)
            self.w.list_panel.set_categories(categories)

        self.context.read(lambda: (services.taxonomy.list(), services.people.list()), show)
