"""Dialogs: welcome, sign in, settings, conflict, and the reason a workflow step needs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editor_app.domain import i18n

if TYPE_CHECKING:
    from editor_app.domain.entities import Person
    from editor_app.gui.settings import Preferences


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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sign in as:"), self))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def login(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""


class SettingsDialog(QDialog):
    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings")
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        for code, label in (("", self.tr("System language")), ("vi", "Tiếng Việt"),
                            ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.font_family = QFontComboBox(self)
        if prefs.editor_font:
            self.font_family.setCurrentText(prefs.editor_font)
        self.font_size = QSpinBox(self)
        self.font_size.setRange(8, 40)
        self.font_size.setValue(prefs.editor_font_size)
        self.autosave = QSpinBox(self)
        self.autosave.setRange(1, 60)
        self.autosave.setSuffix(" s")
        self.autosave.setValue(max(1, prefs.autosave_ms // 1000))
        self.theme = QComboBox(self)
        for code, label in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                            ("dark", self.tr("Dark"))):
            self.theme.addItem(label, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(prefs.theme)))
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Editor font"), self.font_family)
        form.addRow(self.tr("Font size"), self.font_size)
        form.addRow(self.tr("Autosave after typing stops"), self.autosave)
        form.addRow(self.tr("Theme"), self.theme)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def apply_to(self, prefs: Preferences) -> None:
        prefs.language = str(self.language.currentData())
        prefs.editor_font = self.font_family.currentText()
        prefs.editor_font_size = self.font_size.value()
        prefs.autosave_ms = self.autosave.value() * 1000
        prefs.theme = str(self.theme.currentData())


class ConflictDialog(QDialog):
    """Someone else saved first: show both texts and let the person choose."""

    KEEP_MINE, TAKE_THEIRS, KEEP_BOTH = 1, 2, 3

    def __init__(self, message: str, mine: str, theirs: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict")
        self.setWindowTitle(self.tr("The article was changed by someone else"))
        self.choice = 0
        label = QLabel(message, self)
        label.setWordWrap(True)
        panes = QHBoxLayout()
        for title, text, name in ((self.tr("Your version"), mine, "mine"),
                                  (self.tr("Saved version"), theirs, "theirs")):
            box = QVBoxLayout()
            box.addWidget(QLabel(f"<b>{title}</b>", self))
            view = QPlainTextEdit(text, self)
            view.setObjectName(name)
            view.setReadOnly(True)
            box.addWidget(view)
            panes.addLayout(box)
        row = QHBoxLayout()
        for text, choice, name in ((self.tr("Keep mine"), self.KEEP_MINE, "keep_mine"),
                                   (self.tr("Take the saved version"), self.TAKE_THEIRS,
                                    "take_theirs"),
                                   (self.tr("Keep both (mine below)"), self.KEEP_BOTH,
                                    "keep_both")):
            b = QPushButton(text, self)
            b.setObjectName(name)
            b.clicked.connect(lambda _=False, c=choice: self._choose(c))
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(panes)
        layout.addLayout(row)
        self.resize(900, 500)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()


class ReasonDialog(QDialog):
    """A step that must say why (return, withdraw): OK stays off until there is a reason."""

    def __init__(self, title: str, consequence: str, *, required: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reason")
        self.setWindowTitle(title)
        label = QLabel(consequence, self)
        label.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("reason_text")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.required = required
        self.text.textChanged.connect(self._validate)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self._validate()

    def _validate(self) -> None:
        ok = not self.required or bool(self.text.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def reason(self) -> str:
        return self.text.toPlainText().strip()
