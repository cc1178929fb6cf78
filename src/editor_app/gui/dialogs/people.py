"""Administration → People: add people, change role and department, disable, reset passwords.

A view only: each button says what was asked (a signal); the administration part runs
the services on a worker and answers with ``show_people`` and ``say``. The services
check the role and write the audit rows, as for the CLI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.domain import i18n
from editor_app.domain.workflow import Role

if TYPE_CHECKING:
    from editor_app.services.auth import Account

ERROR_STYLE = "color:#b02a37;"
DONE_STYLE = "color:#146c43;"


def role_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    for role in Role:
        box.addItem(i18n.role_name(role), role.value)
    return box


def password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PeopleDialog(QDialog):
    add_requested = Signal(str, str, str, str, str)  # login, name, role, department, password
    save_requested = Signal(str, str, str, str)  # login, name, role, department
    active_requested = Signal(str, bool)  # login, active
    password_requested = Signal(str, str)  # login, new password

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("people_dialog")
        self.setWindowTitle(self.tr("People"))
        self.setMinimumWidth(900)
        self._accounts: dict[str, Account] = {}
        self.list = QListWidget(self)
        self.list.setObjectName("people")
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setMinimumWidth(420)
        self.list.setSpacing(2)

        # The selected person.
        chosen = QGroupBox(self.tr("Selected person"), self)
        self.login_label = QLabel(chosen)
        self.login_label.setObjectName("login")
        self.login_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name = QLineEdit(chosen)
        self.name.setObjectName("name")
        self.role = role_box(chosen)
        self.role.setObjectName("role")
        self.department = QLineEdit(chosen)
        self.department.setObjectName("department")
        self.save_button = QPushButton(self.tr("Save changes"), chosen)
        self.save_button.setObjectName("save")
        self.active_button = QPushButton(chosen)
        self.active_button.setObjectName("toggle_active")
        self.new_password = password_field(chosen, "new_password")
        self.new_repeat = password_field(chosen, "new_repeat")
        self.reset_button = QPushButton(self.tr("Reset password"), chosen)
        self.reset_button.setObjectName("reset_password")
        form = QFormLayout(chosen)
        form.addRow(self.tr("Login"), self.login_label)
        form.addRow(self.tr("Full name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Department"), self.department)
        form.addRow("", self.save_button)
        form.addRow("", self.active_button)
        form.addRow(self.tr("New password"), self.new_password)
        form.addRow(self.tr("Password again"), self.new_repeat)
        form.addRow("", self.reset_button)

        # A new person.
        adding = QGroupBox(self.tr("Add a person"), self)
        self.add_login = QLineEdit(adding)
        self.add_login.setObjectName("add_login")
        self.add_name = QLineEdit(adding)
        self.add_name.setObjectName("add_name")
        self.add_role = role_box(adding)
        self.add_role.setObjectName("add_role")
        self.add_department = QLineEdit(adding)
        self.add_department.setObjectName("add_department")
        self.add_password = password_field(adding, "add_password")
        self.add_repeat = password_field(adding, "add_repeat")
        self.add_button = QPushButton(self.tr("Add"), adding)
        self.add_button.setObjectName("add")
        add_form = QFormLayout(adding)
        add_form.addRow(self.tr("Login"), self.add_login)
        add_form.addRow(self.tr("Full name"), self.add_name)
        add_form.addRow(self.tr("Role"), self.add_role)
        add_form.addRow(self.tr("Department"), self.add_department)
        add_form.addRow(self.tr("Password"), self.add_password)
        add_form.addRow(self.tr("Password again"), self.add_repeat)
        add_form.addRow("", self.add_button)

        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it quotes names
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(chosen)
        right.addWidget(adding)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self.list.currentItemChanged.connect(lambda _c, _p: self._show_selected())
        self.save_button.clicked.connect(self._save)
        self.active_button.clicked.connect(self._toggle_active)
        self.reset_button.clicked.connect(self._reset)
        self.add_button.clicked.connect(self._add)
        for field in (self.new_password, self.new_repeat, self.add_login, self.add_name,
                      self.add_password, self.add_repeat):
            field.textChanged.connect(self._update_buttons)
        self._show_selected()

    # -- answers from the services ------------------------------------------------------
    def show_people(self, accounts: list[Account], select: str = "") -> None:
        current = select or self.selected_login()
        self._accounts = {a.person.login: a for a in accounts}
        self.list.blockSignals(True)
        self.list.clear()
        for a in accounts:
            p = a.person
            # Two lines, so that long names and departments fit without cutting either.
            text = f"{p.name} ({p.login})\n{i18n.role_name(p.role)}"
            if p.department:
                text += f" · {p.department}"
            if not p.active:
                text += " — " + self.tr("disabled")
            elif not a.has_password:
                text += " — " + self.tr("no password")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, p.login)
            if p.login == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        # Every name and department in full, as in the sign-in dialog (up to a screen).
        widest = self.list.sizeHintForColumn(0) if self.list.count() else 0
        self.list.setMinimumWidth(min(800, max(420, widest + 30)))
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(max(self.width(), self.sizeHint().width()), self.height())
        self._show_selected()

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.message.setText(text)

    def clear_added(self) -> None:
        for field in (self.add_login, self.add_name, self.add_department, self.add_password,
                      self.add_repeat):
            field.clear()

    def clear_new_password(self) -> None:
        self.new_password.clear()
        self.new_repeat.clear()

    # -- the selection ------------------------------------------------------------------
    def selected_login(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _show_selected(self) -> None:
        account = self._accounts.get(self.selected_login())
        person = account.person if account is not None else None
        self.login_label.setText(person.login if person else "")
        self.name.setText(person.name if person else "")
        self.department.setText(person.department if person else "")
        for field in (self.name, self.department):
            field.setCursorPosition(0)  # a long name shows from its start
        self.role.setCurrentIndex(max(0, self.role.findData(person.role.value if person
                                                            else Role.REPORTER.value)))
        self.active_button.setText(self.tr("Enable") if person is not None and not person.active
                                   else self.tr("Disable"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = bool(self.selected_login())
        for widget in (self.name, self.role, self.department, self.save_button,
                       self.active_button, self.new_password, self.new_repeat):
            widget.setEnabled(chosen)
        pw, again = self.new_password.text(), self.new_repeat.text()
        self.reset_button.setEnabled(chosen and bool(pw) and pw == again)
        apw, aagain = self.add_password.text(), self.add_repeat.text()
        self.add_button.setEnabled(bool(self.add_login.text().strip()
                                        and self.add_name.text().strip()
                                        and apw and apw == aagain))

    # -- asking -------------------------------------------------------------------------
    def _save(self) -> None:
        self.save_requested.emit(self.selected_login(), self.name.text(),
                                 str(self.role.currentData()), self.department.text())

    def _toggle_active(self) -> None:
        account = self._accounts.get(self.selected_login())
        if account is not None:
            self.active_requested.emit(account.person.login, not account.person.active)

    def _reset(self) -> None:
        self.password_requested.emit(self.selected_login(), self.new_password.text())

    def _add(self) -> None:
        self.add_requested.emit(self.add_login.text(), self.add_name.text(),
                                str(self.add_role.currentData()), self.add_department.text(),
                                self.add_password.text())
