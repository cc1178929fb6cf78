"""Staff's House style dialog: the tone-mark style and the newsroom's term list.

Every change goes through the house-style service at once (it checks the role and
writes the audit row); the dialog shows the list as the store holds it afterwards.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.domain.house_style import ToneStyle

if TYPE_CHECKING:
    from editor_app.gui.session.context import SessionContext
    from editor_app.services.house_style import HouseStyle


class HouseStyleDialog(QDialog):
    changed = Signal()

    def __init__(self, parent: QWidget, context: SessionContext, style: HouseStyle) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("House style"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)

        tones = QGroupBox(self.tr("Tone marks in oa, oe, uy"))
        row = QHBoxLayout(tones)
        self.tone_group = QButtonGroup(self)
        self.tone_buttons: dict[ToneStyle | None, QRadioButton] = {}
        for value, label in ((None, self.tr("Not checked")),
                             (ToneStyle.OLD, self.tr("Old style (hòa, thủy)")),
                             (ToneStyle.NEW, self.tr("New style (hoà, thuỷ)"))):
            button = QRadioButton(label)
            self.tone_buttons[value] = button
            self.tone_group.addButton(button)
            row.addWidget(button)
            button.toggled.connect(lambda on, v=value: self._set_tone(v) if on else None)
        layout.addWidget(tones)

        terms = QGroupBox(self.tr("Official names"))
        box = QVBoxLayout(terms)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Written as"), self.tr("Wrong forms"), self.tr("Only before a name")])
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, 300)
        self.table.setColumnWidth(1, 260)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        box.addWidget(self.table)
        form = QFormLayout()
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("e.g. Sở Giáo dục và Đào tạo"))
        self.new_variants = QLineEdit()
        self.new_variants.setPlaceholderText(self.tr("wrong forms, separated by ; (e.g. Sở GD-ĐT)"))
        self.new_before_name = QCheckBox(self.tr("A rank or title: check it only before a name"))
        form.addRow(self.tr("Name:"), self.new_name)
        form.addRow(self.tr("Wrong forms:"), self.new_variants)
        form.addRow("", self.new_before_name)
        box.addLayout(form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add name"))
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        box.addLayout(buttons)
        layout.addWidget(terms)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._show(style)

    def _show(self, style: HouseStyle) -> None:
        button = self.tone_buttons[style.tone]
        button.blockSignals(True)
        button.setChecked(True)
        button.blockSignals(False)
        self.table.setRowCount(len(style.terms))
        for n, term in enumerate(style.terms):
            self.table.setItem(n, 0, QTableWidgetItem(term.canonical))
            self.table.setItem(n, 1, QTableWidgetItem("; ".join(term.variants)))
            self.table.setItem(n, 2, QTableWidgetItem("✓" if term.before_name else ""))

    def _refresh(self, _: object = None) -> None:
        services = self.context.services
        if services is not None:
            self.context.read(services.house_style.get, self._show)
        self.changed.emit()

    def _set_tone(self, tone: ToneStyle | None) -> None:
        services, person = self.context.services, self.context.person
        if services is not None:
            self.context.write(lambda: services.house_style.set_tone(person, tone), self._refresh,
                               self._failed)

    def _add(self) -> None:
        services, person = self.context.services, self.context.person
        name = self.new_name.text()
        variants = [v for v in self.new_variants.text().split(";") if v.strip()]
        before = self.new_before_name.isChecked()
        if services is None or not name.strip():
            return

        def added(_: object) -> None:
            self.new_name.clear()
            self.new_variants.clear()
            self.new_before_name.setChecked(False)
            self._refresh()

        self.context.write(lambda: services.house_style.add_term(person, name, variants,
                                                                before_name=before),
                           added, self._failed)

    def _remove(self) -> None:
        services, person = self.context.services, self.context.person
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        names = [item.text() for r in rows if (item := self.table.item(r, 0)) is not None]
        if services is None or not names:
            return

        def remove() -> None:
            for name in names:
                services.house_style.remove_term(person, name)

        self.context.write(remove, self._refresh, self._failed)

    def _failed(self, exc: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        from editor_app.gui.errors import plain_message_box

        plain_message_box(self, QMessageBox.Icon.Warning, self.tr("House style"), str(exc)).open()
        self._refresh()
