"""First start and signing in: the welcome dialog (the administrator) and the sign-in dialog.

Neither touches the store: the sign-in dialog says what was typed (``submitted``) and
shows the answer the services give (``refuse`` or ``succeed``), so the check runs on a
worker while the dialog stays responsive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.domain import i18n

if TYPE_CHECKING:
    from editor_app.services.auth import Account, SignInChoices

ERROR_STYLE = "color:#b02a37;"


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class WelcomeDialog(QDialog):
    """First start on an empty store: the administrator, and perhaps a demo newsroom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWindowTitle(self.tr("Welcome to Editor App"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr(
            "This newsroom is empty. Create the first person: the administrator, who can "
            "add reporters, editors and staff later."), self)
        intro.setWordWrap(True)
        self.login = QLineEdit(self)
        self.login.setObjectName("login")
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.department = QLineEdit(self)
        self.password = _password_field(self, "password")
        self.repeat = _password_field(self, "repeat")
        self.mismatch = QLabel(self)
        self.mismatch.setObjectName("mismatch")
        self.mismatch.setStyleSheet(ERROR_STYLE)
        self.demo = QCheckBox(self.tr("Load the demo newsroom (people, categories and sample "
                                      "articles in every status)"), self)
        self.demo.setObjectName("load_demo")
        self.demo.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Full name"), self.name)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.mismatch)
        layout.addWidget(self.demo)
        layout.addWidget(self.buttons)
        for field in (self.login, self.name, self.password, self.repeat):
            field.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        pw, again = self.password.text(), self.repeat.text()
        differ = bool(again) and pw != again
        self.mismatch.setText(self.tr("The two passwords differ.") if differ else "")
        ok = bool(self.login.text().strip() and self.name.text().strip() and pw
                  and pw == again)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class SignInDialog(QDialog):
    """Who is working, and their password. Wide enough for every name in full."""

    submitted = Signal(str, str, bool)  # login, password, stay signed in
    first_password = Signal(str, str, bool)  # login, the chosen password, stay signed in

    def __init__(self, choices: SignInChoices, login: str = "", parent: QWidget | None = None,
                 *, stay: bool = False, message: str = "", switching: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in")
        self.setWindowTitle(self.tr("Switch person") if switching else self.tr("Sign in"))
        self.choices = choices
        self._accounts = {a.person.login: a for a in choices.people}
        self._blocked_login = ""
        self._busy = False
        self.list = QListWidget(self)
        self.list.setObjectName("people")
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for account in choices.people:
            p = account.person
            text = f"{p.name} — {i18n.role_name(p.role)}"
            if p.department:
                text += f" · {p.department}"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, p.login)
            item.setToolTip(p.login)
        # Every name in full: the list is as wide as its longest line (up to a screen).
        widest = self.list.sizeHintForColumn(0) if self.list.count() else 0
        self.list.setMinimumWidth(min(1000, max(460, widest + 40)))
        self.login = QLineEdit(self)
        self.login.setObjectName("login")
        self.password = _password_field(self, "password")
        self.repeat = _password_field(self, "repeat")
        self.note = QLabel(self)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.demo_hint = QLabel(self)
        self.demo_hint.setObjectName("demo_hint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setTextFormat(Qt.TextFormat.PlainText)
        if choices.demo_password:
            self.demo_hint.setText(self.tr(
                "Demo newsroom: the demo people's password is “%1”.").replace(
                    "%1", choices.demo_password))
        self.demo_hint.setVisible(bool(choices.demo_password))
        self.stay = QCheckBox(self.tr("Stay signed in on this device (until File → Sign out)"),
                              self)
        self.stay.setObjectName("stay")
        self.stay.setChecked(stay)
        self.message = QLabel(message, self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it quotes names and logins
        self.message.setStyleSheet(ERROR_STYLE)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Login"), self.login)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow(self.tr("Password again"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self._unblock = QTimer(self, singleShot=True)
        self._unblock.timeout.connect(self._wait_over)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who is working? Pick your name or type your login."),
                                self))
        layout.addWidget(self.list)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.demo_hint)
        layout.addWidget(self.stay)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(self._picked)
        self.list.itemDoubleClicked.connect(lambda _i: self.password.setFocus())
        self.login.textChanged.connect(self._login_typed)
        self.password.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self.login.setText(login)
        if not login and self.list.count():
            self.list.setCurrentRow(0)
        self._update()
        self.password.setFocus()

    # -- what was chosen --------------------------------------------------------------
    def _account(self) -> Account | None:
        return self._accounts.get(self.login.text().strip().lower())

    def choosing_first_password(self) -> bool:
        """The person has no password yet and may choose one (the services' rule)."""
        account = self._account()
        return (account is not None and not account.has_password
                and self.choices.first_password_open)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            login = str(item.data(Qt.ItemDataRole.UserRole))
            if self.login.text().strip().lower() != login:
                self.login.setText(login)

    def _login_typed(self, text: str) -> None:
        key = text.strip().lower()
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                if self.list.currentItem() is not item:
                    self.list.setCurrentItem(item)
                break
        else:
            self.list.clearSelection()
        if self._blocked_login and key != self._blocked_login:
            self._wait_over()  # the wait is per login: another one may be tried
        self._update()

    def _update(self) -> None:
        first = self.choosing_first_password()
        account = self._account()
        self.repeat.setVisible(first)
        self.form.labelForField(self.repeat).setVisible(first)
        if first:
            self.note.setText(self.tr(
                "%1 has no password yet and no administrator has one: choose yours (at "
                "least 8 characters) and type it twice.").replace("%1", account.person.name
                                                                 if account else ""))
        elif account is not None and not account.has_password:
            self.note.setText(self.tr(
                "%1 has no password yet: an administrator sets one in Administration → "
                "People.").replace("%1", account.person.name))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))
        ready = bool(self.login.text().strip() and self.password.text())
        if first:
            ready = ready and self.password.text() == self.repeat.text()
        self.ok_button.setEnabled(ready and not self._busy and not self._blocked_login)

    # -- asking and answering ---------------------------------------------------------
    def _submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self.set_busy(True)
        self.message.setText("")
        args = (self.login.text().strip(), self.password.text(), self.stay.isChecked())
        if self.choosing_first_password():
            self.first_password.emit(*args)
        else:
            self.submitted.emit(*args)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok_button.setText(self.tr("Checking…") if busy else self.tr("Sign in"))
        self._update()

    def refuse(self, text: str, wait_seconds: int = 0) -> None:
        """Show why the services said no; after too many failures, wait before the next try."""
        self.set_busy(False)
        self.message.setText(text)
        self.password.clear()
        self.repeat.clear()
        self.password.setFocus()
        if wait_seconds > 0:
            self._blocked_login = self.login.text().strip().lower()
            self._unblock.start(wait_seconds * 1000)
            self._update()

    def _wait_over(self) -> None:
        self._unblock.stop()
        self._blocked_login = ""
        self._update()

    def succeed(self) -> None:
        self.set_busy(False)
        super().accept()

    def accept(self) -> None:
        """Enter or OK asks the services first; ``succeed`` closes the dialog."""
        self._submit()
