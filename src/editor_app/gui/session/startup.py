"""Start-up and signing in: the first person on an empty store, who is at the desk, switching.

Every store read and write here runs on a worker; the dialogs run on the UI thread in
between. A later sign-in with a password replaces ``choose_person`` and nothing else.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox

from editor_app.domain import i18n
from editor_app.domain.errors import DomainError
from editor_app.gui.actions import ActionName as A
from editor_app.gui.dialogs.sign_in import SignInDialog, WelcomeDialog
from editor_app.gui.errors import plain_message_box

if TYPE_CHECKING:
    from editor_app.domain.entities import Category, Person
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.autosave import AutosaveSession
    from editor_app.gui.session.context import SessionContext
    from editor_app.gui.settings import SettingsStore
    from editor_app.services import Services

log = logging.getLogger(__name__)


class Startup(QObject):
    gave_up = Signal()  # nobody signed in (welcome or sign-in dialog cancelled)

    def __init__(self, window: MainWindow, context: SessionContext, settings: SettingsStore,
                 autosave: AutosaveSession) -> None:
        super().__init__(window)
        self.w, self.context, self.settings, self.autosave = window, context, settings, autosave
        self.categories: list[Category] = []
        window.registry.on(A.SWITCH_PERSON, self.switch_person)
        context.person_changed.connect(self._show_person)
        window.language_changed.connect(self._relabel)
        self.gave_up.connect(window.close)
        window.setWindowTitle("")  # Qt shows the application's display name after it
        window.person_label.setText(self.tr("Opening the newsroom…"))

    def attach(self, services: Services, *, read_only: bool = False) -> None:
        """The store is open: sign somebody in and show the newsroom."""
        self.context.attach(services, read_only=read_only)
        login = self.settings.state.last_login

        def look() -> tuple[int, Person | None]:
            person = None
            if login:
                try:
                    person = services.people.by_login(login)
                except DomainError:
                    person = None
            return services.people.count(), person

        def found(result: tuple[int, Person | None]) -> None:
            count, person = result
            if count == 0 and not read_only:
                self._welcome()
            elif person is None or not person.active:
                self.choose_person()
            else:
                self.sign_in(person)

        self.context.read(look, found)

    def _welcome(self) -> None:
        services = self.context.services
        assert services is not None
        dlg = WelcomeDialog(self.w)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            self.gave_up.emit()
            return
        login, name, department = dlg.login.text(), dlg.name.text(), dlg.department.text()
        demo = dlg.demo.isChecked()

        def create() -> Person:
            admin = services.people.add(login, name, "admin", department)
            if demo:
                from editor_app.services.demo import fill_demo

                fill_demo(services)
            return admin

        def refused(exc: Exception) -> None:
            box = plain_message_box(self.w, QMessageBox.Icon.Warning, dlg.windowTitle(),
                                    str(exc))
            box.finished.connect(lambda _r: self._welcome())
            box.open()

        self.context.write(create, self.sign_in, refused)

    def choose_person(self, *, on_cancel_close: bool = True) -> None:
        """Ask who is at the desk (from the people list, read off the UI thread)."""
        services = self.context.services
        assert services is not None

        def ask(people: list[Person]) -> None:
            dlg = SignInDialog(people, self.settings.state.last_login, self.w)
            chosen = dlg.login() if dlg.exec() == QDialog.DialogCode.Accepted else ""
            person = next((p for p in people if p.login == chosen), None)
            if person is not None:
                self.sign_in(person)
            elif on_cancel_close:
                self.gave_up.emit()

        self.context.read(services.people.list, ask)

    def sign_in(self, person: Person) -> None:
        services = self.context.services
        assert services is not None
        self.settings.state.last_login = person.login
        self.settings.save_state()
        log.info("signed in as %s (%s)", person.login, person.role)

        def choices() -> tuple[list[Category], list[Person]]:
            return services.taxonomy.list(), services.people.list()

        def signed_in(result: tuple[list[Category], list[Person]]) -> None:
            self.categories, people = result
            self.w.metadata.set_choices(self.categories, people)
            self.w.list_panel.set_categories(self.categories)
            if self.context.read_only:
                self.w.banner.setText(self.tr("The store is open read-only: you can read and "
                                              "search, but nothing can be saved."))
                self.w.banner.setProperty("kind", "store")
                self.w.banner.show()
            self.context.sign_in(person)

        self.context.read(choices, signed_in)

    def switch_person(self) -> None:
        if self.autosave.flush():
            self.choose_person(on_cancel_close=False)

    def _show_person(self, person: Person) -> None:
        self._relabel()
        title = person.name  # Qt adds " — Editor App" (the display name) itself
        if self.context.read_only:
            title += " " + self.tr("(read-only)")
        self.w.setWindowTitle(title)

    def _relabel(self) -> None:
        person = self.context.person
        if person is not None:
            self.w.person_label.setText(f"{person.name} · {i18n.role_name(person.role)}")
