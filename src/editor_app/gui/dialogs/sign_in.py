"""First start and signing in: the welcome dialog and the list of people."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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
    from editor_app.domain.entities import Person


class WelcomeDialog(QDialog):
    """First start on an empty store: the administrator, and perhaps a demo newsroom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWindowTitle(self.tr("Welcome to Editor App"))
        intro = QLabel(self.tr(
            "This newsroom is empty. Create the first person: the administrator, who can "
            "add reporters, editors and staff later."), self)
        intro.setWordWrap(True)
        self.login = QLineEdit(self)
        self.login.setObjectName("login")
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.department = QLineEdit(self)
        self.demo = QCheckBox(self.tr("Load the demo newsroom (people, categories and sample "
                                      "articles in every status)"), self)
        self.demo.setObjectName("load_demo")
        self.demo.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Full name"), self.name)
        form.addRow(self.tr("Department"), self.department)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.demo)
        layout.addWidget(self.buttons)
        self.login.textChanged.connect(self._validate)
        self.name.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.login.text().strip() and self.name.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class SignInDialog(QDialog):
    def __init__(self, people: list[Person], current: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in")
        self.setWindowTitle(self.tr("Who is working?"))
        self.list = QListWidget(self)
        self.list.setObjectName("people")
        for p in people:
            if not p.active:
                continue
            text = f"{p.name} — {i18n.role_name(p.role)}"
            if p.department:
                text += f" · {p.department}"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, p.login)
            if p.login == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._fit_list()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sign in as:"), self))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _fit_list(self) -> None:
        """Wide and tall enough for every name, role and department (up to 15 rows)."""
        lst = self.list
        frame = 2 * lst.frameWidth() + 4
        widest = lst.sizeHintForColumn(0)
        bar = lst.style().pixelMetric(lst.style().PixelMetric.PM_ScrollBarExtent)
        lst.setMinimumWidth(min(900, widest + frame + bar))
        rows = min(lst.count(), 15)
        lst.setMinimumHeight(sum(lst.sizeHintForRow(i) for i in range(rows)) + frame)

    def login(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""
