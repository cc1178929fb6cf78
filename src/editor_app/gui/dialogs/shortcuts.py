"""Help → Keyboard shortcuts: every action's keys, read from the registry (overrides too)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from editor_app.gui.actions import ActionRegistry


class ShortcutsDialog(QDialog):
    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [(a.text().replace("&", ""), a.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText)) for a in registry.actions.values()
            if not a.shortcut().isEmpty()]
        rows += [(self.tr("Close the find bar, leave distraction-free mode"), "Esc"),
                 (self.tr("End a list (on an empty item)"), self.tr("Enter"))]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcut_table")
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        for i, (what, keys) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(what))
            self.table.setItem(i, 1, QTableWidgetItem(keys))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def rows(self) -> list[tuple[str, str]]:
        t = self.table
        return [((t.item(i, 0) or QTableWidgetItem()).text(),
                 (t.item(i, 1) or QTableWidgetItem()).text()) for i in range(t.rowCount())]
