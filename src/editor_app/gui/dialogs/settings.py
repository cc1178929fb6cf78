"""The settings dialog: language, editor font, autosave delay, theme, spelling."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from editor_app.gui.settings import Preferences


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
        self.editor_mode = QComboBox(self)
        self.editor_mode.setObjectName("editor_mode")
        for code, label in (("rich", self.tr("Formatted, as it will read")),
                            ("source", self.tr("Markdown source"))):
            self.editor_mode.addItem(label, code)
        self.editor_mode.setCurrentIndex(max(0, self.editor_mode.findData(prefs.editor_mode)))
        self.spelling = QCheckBox(self.tr("Underline unknown words as you type"), self)
        self.spelling.setObjectName("spelling")
        self.spelling.setChecked(prefs.spelling)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Editor font"), self.font_family)
        form.addRow(self.tr("Font size"), self.font_size)
        form.addRow(self.tr("Autosave after typing stops"), self.autosave)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Article body"), self.editor_mode)
        form.addRow(self.tr("Spelling"), self.spelling)
        from editor_app.domain.spelling import HOW_TO_INSTALL, find_files

        if find_files() is None:  # a stat or two: the dialog knows without asking the window
            self.spelling_missing = QLabel(self.tr(
                "The Vietnamese dictionary is not installed, so spelling is not checked. "
                "Install it with “%1” (or “make sysdeps” in a source checkout).").replace(
                    "%1", HOW_TO_INSTALL), self)
            self.spelling_missing.setObjectName("spelling_missing")
            self.spelling_missing.setWordWrap(True)
            form.addRow("", self.spelling_missing)
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
        prefs.editor_mode = str(self.editor_mode.currentData())
        prefs.spelling = self.spelling.isChecked()
