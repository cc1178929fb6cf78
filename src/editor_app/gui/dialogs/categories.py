"""Administration → Categories: add, rename, move, retire and restore categories.

A view only, like the People dialog: the administration part runs the services (which
check the role and write the audit rows) and answers with ``show_tree`` and ``say``.
A retired category keeps its articles; the tree shows how many.
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
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from editor_app.domain.entities import Category

ERROR_STYLE = "color:#b02a37;"
DONE_STYLE = "color:#146c43;"


class CategoriesDialog(QDialog):
    add_requested = Signal(str, str)  # name, parent id ("" for the top)
    rename_requested = Signal(str, str)  # id, new name
    move_requested = Signal(str, str)  # id, new parent id ("" for the top)
    retire_requested = Signal(str, bool)  # id, retire (False: restore)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categories_dialog")
        self.setWindowTitle(self.tr("Categories"))
        self.setMinimumWidth(860)
        self._categories: dict[str, Category] = {}
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("tree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Category"), self.tr("Articles"), self.tr("State")])
        self.tree.setMinimumWidth(420)

        chosen = QGroupBox(self.tr("Selected category"), self)
        self.new_name = QLineEdit(chosen)
        self.new_name.setObjectName("new_name")
        self.rename_button = QPushButton(self.tr("Rename"), chosen)
        self.rename_button.setObjectName("rename")
        self.move_parent = QComboBox(chosen)
        self.move_parent.setObjectName("move_parent")
        self.move_button = QPushButton(self.tr("Move"), chosen)
        self.move_button.setObjectName("move")
        self.retire_button = QPushButton(chosen)
        self.retire_button.setObjectName("retire")
        form = QFormLayout(chosen)
        form.addRow(self.tr("Name"), self.new_name)
        form.addRow("", self.rename_button)
        form.addRow(self.tr("Under"), self.move_parent)
        form.addRow("", self.move_button)
        form.addRow("", self.retire_button)

        adding = QGroupBox(self.tr("Add a category"), self)
        self.add_name = QLineEdit(adding)
        self.add_name.setObjectName("add_name")
        self.add_parent = QComboBox(adding)
        self.add_parent.setObjectName("add_parent")
        self.add_button = QPushButton(self.tr("Add"), adding)
        self.add_button.setObjectName("add")
        add_form = QFormLayout(adding)
        add_form.addRow(self.tr("Name"), self.add_name)
        add_form.addRow(self.tr("Under"), self.add_parent)
        add_form.addRow("", self.add_button)

        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(chosen)
        right.addWidget(adding)
        right.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.tree, 1)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self.tree.currentItemChanged.connect(lambda _c, _p: self._show_selected())
        self.rename_button.clicked.connect(
            lambda: self.rename_requested.emit(self.selected_id(), self.new_name.text()))
        self.move_button.clicked.connect(
            lambda: self.move_requested.emit(self.selected_id(),
                                             str(self.move_parent.currentData() or "")))
        self.retire_button.clicked.connect(self._retire)
        self.add_button.clicked.connect(
            lambda: self.add_requested.emit(self.add_name.text(),
                                            str(self.add_parent.currentData() or "")))
        self.add_name.textChanged.connect(self._update_buttons)
        self.new_name.textChanged.connect(self._update_buttons)
        self._show_selected()

    # -- answers from the services ------------------------------------------------------
    def show_tree(self, categories: list[Category], counts: dict[str, int],
                  select: str = "") -> None:
        """*categories* in tree order (parents first); *counts*: articles per category id."""
        current = select or self.selected_id()
        self._categories = {c.id: c for c in categories}
        self.tree.blockSignals(True)
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for c in categories:
            parent = items.get(c.parent_id or "")
            item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem(self.tree)
            item.setText(0, c.name)
            item.setText(1, str(counts.get(c.id, 0)))
            item.setText(2, self.tr("retired") if c.retired else "")
            item.setData(0, Qt.ItemDataRole.UserRole, c.id)
            items[c.id] = item
            if c.id == current:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.blockSignals(False)
        for box in (self.add_parent, self.move_parent):
            box.clear()
            box.addItem(self.tr("(top level)"), "")
            for c in categories:
                if not c.retired:
                    box.addItem(c.path or c.name, c.id)
        self._show_selected()

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
        self.message.setText(text)

    # -- the selection ------------------------------------------------------------------
    def selected_id(self) -> str:
        item = self.tree.currentItem()
        return str(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else ""

    def select(self, name: str) -> None:
        """Select the category called *name* (tests and keyboard users alike)."""
        for c in self._categories.values():
            if c.name == name:
                found = self._item(c.id)
                if found is not None:
                    self.tree.setCurrentItem(found)
                return

    def _item(self, category_id: str) -> QTreeWidgetItem | None:
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            if item.data(0, Qt.ItemDataRole.UserRole) == category_id:
                return item
            stack.extend(item.child(i) for i in range(item.childCount()))
        return None

    def _show_selected(self) -> None:
        c = self._categories.get(self.selected_id())
        self.new_name.setText(c.name if c else "")
        if c is not None:
            self.move_parent.setCurrentIndex(max(0, self.move_parent.findData(c.parent_id or "")))
        self.retire_button.setText(self.tr("Restore") if c is not None and c.retired
                                   else self.tr("Retire (its articles stay)"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        c = self._categories.get(self.selected_id())
        for widget in (self.new_name, self.move_parent, self.move_button, self.retire_button):
            widget.setEnabled(c is not None)
        self.rename_button.setEnabled(c is not None and bool(self.new_name.text().strip())
                                      and self.new_name.text().strip() != c.name)
        self.add_button.setEnabled(bool(self.add_name.text().strip()))

    def _retire(self) -> None:
        c = self._categories.get(self.selected_id())
        if c is not None:
            self.retire_requested.emit(c.id, not c.retired)
