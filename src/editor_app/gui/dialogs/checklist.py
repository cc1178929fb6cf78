"""The checklist before submit and approve: errors block, warnings may be passed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.domain.checklist import Level, blocking

if TYPE_CHECKING:
    from editor_app.domain.checklist import Item


class ChecklistDialog(QDialog):
    jump = Signal(str, int)  # field, body position

    def __init__(self, items: list[Item], action_text: str, *, may_pass_warnings: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist")
        self.setWindowTitle(self.tr("Before you %1").replace("%1", action_text))
        self.items = items
        self.blocked = blocking(items) or not may_pass_warnings
        intro = QLabel(self)
        intro.setWordWrap(True)
        if blocking(items):
            intro.setText(self.tr("These problems must be fixed first. Double-click one to "
                                  "go to it."))
        elif may_pass_warnings:
            intro.setText(self.tr("Check these warnings. You may go on anyway."))
        else:
            intro.setText(self.tr("Fix these warnings first, or ask an editor."))
        self.list = QListWidget(self)
        self.list.setObjectName("checklist_items")
        for i, it in enumerate(items):
            mark = "⛔" if it.level is Level.ERROR else "⚠"
            entry = QListWidgetItem(f"{mark} {it.message}", self.list)
            entry.setData(Qt.ItemDataRole.UserRole, i)
        self.list.itemDoubleClicked.connect(self._jump)
        self.buttons = QDialogButtonBox(self)
        self.go_on = self.buttons.addButton(self.tr("Go on anyway"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_on.setObjectName("go_on")
        self.go_on.setEnabled(not self.blocked)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.resize(560, 320)

    def _jump(self, entry: QListWidgetItem) -> None:
        it = self.items[int(entry.data(Qt.ItemDataRole.UserRole))]
        self.jump.emit(it.field, it.position)
        self.reject()
