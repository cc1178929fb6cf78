"""Start-up and signing in: the first person, the password, staying signed in, signing out.

Every store read and write here runs on a worker; the dialogs run on the UI thread in
between. Who may sign in, and how, is the services' rule (``services.auth``): this part
only shows their answers.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox

from editor_app.domain import i18n
from editor_app.domain.errors import DomainError
from editor_app.gui.actions import ActionName as A
from editor_app.gui.errors import plain_message_box

if TYPE_CHECKING:
    from editor_app.domain.entities import Category, Person
    from editor_app.gui.dialogs.sign_in import SignInDialog
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.autosave import AutosaveSession
    from editor_app.gui.session.context import SessionContext
    from editor_app.gui.settings import SettingsStore
    from editor_app.services import Services
    from editor_app.services.auth import SignInChoices

log = logging.getLogger(__name__)


class Startup(QObject):
    gave_up = Signal()  # nobody signed in (welcome or sign-in dialog cancelled)

    def __init__(self, window: MainWindow, context: SessionContext, settings: SettingsStore,
                 autosave: AutosaveSession) -> None:
        super().__init__(window)
        self.w, self.context, self.settings, self.autosave = window, context, settings, autosave
        self.categories: list[Category] = []
        self.sign_in_dialog: SignInDialog | None = None  # the one open now (tests reach it)
        window.registry.on(A.SWITCH_PERSON, self.switch_person)
        window.registry.on(A.SIGN_OUT, self.sign_out)
        context.person_changed.connect(self._show_person)
        context.signed_out.connect(self._show_nobody)
        window.language_changed.connect(self._relabel)
        self.gave_up.connect(window.close)
        window.setWindowTitle("")  # Qt shows the application's display name after it
        window.person_label.setText(self.tr("Opening the newsroom…"))

    @property
    def services(self) -> Services:
        services = self.context.services
        assert services is not None
        return services

    def attach(self, services: Services, *, read_only: bool = False) -> None:
        """The store is open: the remembered person, the welcome, or the sign-in dialog."""
        self.context.attach(services, read_only=read_only)
        secret = self.settings.state.device_secret

        def look() -> tuple[int, Person | None, str]:
            person, why = None, ""
            if secret:
                try:
                    person = services.auth.resume(secret)
                except DomainError as exc:
                    why = str(exc)
            return services.people.count(), person, why

        def found(result: tuple[int, Person | None, str]) -> None:
            count, person, why = result
            if count == 0 and not read_only:
                self._welcome()
            elif person is not None:
                self.sign_in(person)
            else:
                if secret:  # the store forgot this device: so does the device
                    self._keep_secret("")
                self._relabel()
                self.choose_person(message=why)

        self.context.read(look, found)

    def _welcome(self) -> None:
        services = self.services
        from editor_app.gui.dialogs.sign_in import WelcomeDialog

        dlg = WelcomeDialog(self.w)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            self.gave_up.emit()
            return
        login, name, department = dlg.login.text(), dlg.name.text(), dlg.department.text()
        password, demo = dlg.password.text(), dlg.demo.isChecked()

        def create() -> Person:
            admin = services.people.add(login, name, "admin", department, password=password)
            if demo:
                from editor_app.services.demo import fill_demo

                fill_demo(services)
            return admin

        def refused(exc: Exception) -> None:
            box = plain_message_box(self.w, QMessageBox.Icon.Warning, dlg.windowTitle(),
                                    str(exc) if isinstance(exc, DomainError)
                                    else self.tr("The administrator could not be created."))
            box.finished.connect(lambda _r: self._welcome())
            box.open()

        self.context.write(create, self.sign_in, refused)

    # -- the sign-in dialog -------------------------------------------------------------
    def choose_person(self, *, switching: bool = False, message: str = "") -> None:
        """Ask who is at the desk and their password (the list is read off the UI thread)."""
        services = self.services

        def ask(choices: SignInChoices) -> None:
            from editor_app.gui.dialogs.sign_in import SignInDialog

            dlg = SignInDialog(choices, self.settings.state.last_login, self.w,
                               stay=bool(self.settings.state.device_secret),
                               message=message, switching=switching)
            if self.context.read_only:  # nothing can be stored, not even a device secret
                dlg.stay.setChecked(False)
                dlg.stay.setEnabled(False)
            self.sign_in_dialog = dlg
            dlg.submitted.connect(
                lambda login, pw, stay: self._check(dlg, login, pw, stay, first=False))
            dlg.first_password.connect(
                lambda login, pw, stay: self._check(dlg, login, pw, stay, first=True))
            dlg.rejected.connect(lambda: self._cancelled(switching))
            dlg.finished.connect(lambda _r: self._closed(dlg))
            dlg.open()

        self.context.read(services.auth.choices, ask)

    def _check(self, dlg: SignInDialog, login: str, password: str, stay: bool, *,
               first: bool) -> None:
        auth = self.services.auth

        def check() -> Person:
            if first:
                return auth.claim_first_password(login, password)
            return auth.authenticate(login, password)

        def accepted(person: Person) -> None:
            dlg.succeed()
            self._remember(person, stay)
            self.sign_in(person)

        def refused(exc: Exception) -> None:
            if isinstance(exc, DomainError):
                dlg.refuse(str(exc), getattr(exc, "retry_after", 0))
            else:  # the store failed: the default handler says so, with the log's path
                dlg.set_busy(False)
                self.context.tasks.on_failure(exc)

        self.context.write(check, accepted, refused)

    def _cancelled(self, switching: bool) -> None:
        if not switching or self.context.person is None:
            self.gave_up.emit()

    def _closed(self, dlg: SignInDialog) -> None:
        if self.sign_in_dialog is dlg:
            self.sign_in_dialog = None
        dlg.deleteLater()

    def _remember(self, person: Person, stay: bool) -> None:
        """Stay signed in as *person*, or not; an earlier device secret stops working."""
        auth, old = self.services.auth, self.settings.state.device_secret
        if self.context.read_only:
            return

        def store() -> str:
            if old:
                auth.forget_device(old)
            return auth.remember_device(person) if stay else ""

        self._keep_secret("")
        self.context.write(store, self._keep_secret)

    def _keep_secret(self, secret: str) -> None:
        self.settings.state.device_secret = secret
        self.settings.save_state()

    def sign_in(self, person: Person) -> None:
        services = self.services
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
        """Another person at the desk: their own password, like any sign-in."""
        if self.autosave.flush():
            self.choose_person(switching=True)

    def sign_out(self) -> None:
        """Forget this device's person and ask again (cancelling then closes the app)."""
        if not self.autosave.flush():
            return
        secret = self.settings.state.device_secret
        self._keep_secret("")
        if secret and not self.context.read_only:
            auth = self.services.auth
            self.context.write(lambda: auth.forget_device(secret))
        log.info("signed out")
        self.context.sign_out()
        self.choose_person()

    # -- who the window says is signed in ------------------------------------------------
    def _show_person(self, person: Person) -> None:
        self._relabel()
        title = person.name  # Qt adds " — Editor App" (the display name) itself
        if self.context.read_only:
            title += " " + self.tr("(read-only)")
        self.w.setWindowTitle(title)

    def _show_nobody(self) -> None:
        self.w.setWindowTitle("Editor App")
        self.w.banner.hide()
        self._relabel()

    def _relabel(self) -> None:
        person = self.context.person
        if person is not None:
            self.w.person_label.setText(f"{person.name} · {i18n.role_name(person.role)}")
        elif self.context.services is not None:
            self.w.person_label.setText(self.tr("Nobody is signed in"))
