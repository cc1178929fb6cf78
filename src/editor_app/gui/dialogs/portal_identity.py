"""Administration → Portal identity: the portal's name, agency, address, logo and sections.

A view: it shows what it is given and emits what was typed; the controller
(gui/session/portal.py) reads and writes the store off the UI thread and says
whether the change was kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from editor_app.domain.entities import Category
    from editor_app.services.portal_identity import PortalIdentity


@dataclass(frozen=True)
class IdentityEdit:
    """What the admin typed; *logo* is the file chosen (None: unchanged)."""

    name: str
    agency: str
    base_url: str
    logo: Path | None
    remove_logo: bool
    sections: dict[str, str]


class PortalIdentityDialog(QDialog):
    save_requested = Signal(object)  # IdentityEdit

    def __init__(self, identity: PortalIdentity, categories: list[Category],
                 logo_bytes: bytes | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portal_identity_dialog")
        self.setWindowTitle(self.tr("Portal identity"))
        self._logo_file: Path | None = None
        self._remove_logo = False
        intro = QLabel(self.tr("Every page the newsroom makes (the preview, rendered pages and "
                               "bundles) carries this name, agency, logo and address."), self)
        intro.setWordWrap(True)
        self.name = QLineEdit(identity.name, self)
        self.name.setObjectName("portal_name")
        self.name.setPlaceholderText(identity.shown_name)
        self.agency = QLineEdit(identity.agency, self)
        self.agency.setObjectName("portal_agency")
        self.base_url = QLineEdit(identity.base_url, self)
        self.base_url.setObjectName("portal_base_url")
        self.base_url.setPlaceholderText("https://portal.example.vn")
        self.logo = QLabel(self)
        self.logo.setObjectName("portal_logo")
        self.logo.setMinimumHeight(40)
        choose = QPushButton(self.tr("Choose a logo…"), self)
        choose.clicked.connect(self._choose_logo)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.clicked.connect(self._clear_logo)
        self._show_logo(logo_bytes)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(self.remove)
        self.sections = QTableWidget(len(categories), 2, self)
        self.sections.setObjectName("portal_sections")
        self.sections.setHorizontalHeaderLabels([self.tr("Category"), self.tr("URL path")])
        self.sections.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.sections.verticalHeader().hide()
        self.sections.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        for i, cat in enumerate(categories):
            label = QTableWidgetItem(cat.path)
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            label.setData(Qt.ItemDataRole.UserRole, cat.name)
            self.sections.setItem(i, 0, label)
            self.sections.setItem(i, 1, QTableWidgetItem(identity.sections.get(cat.name, "")))
        self.error = QLabel(self)
        self.error.setObjectName("portal_error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Portal name:"), self.name)
        form.addRow(self.tr("Owning agency:"), self.agency)
        form.addRow(self.tr("Address (base URL):"), self.base_url)
        form.addRow(self.tr("Logo:"), logo_row)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Sections on the portal (empty: the default "
                                        "/tin-tuc/; a subcategory takes its parent's):"), self))
        layout.addWidget(self.sections, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, 520)

    def _show_logo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            smooth = Qt.TransformationMode.SmoothTransformation
            self.logo.setPixmap(pixmap.scaledToHeight(40, smooth))
        else:
            self.logo.setText(self.tr("(no logo)"))
        self.remove.setEnabled(bool(data))

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"))
        if path:
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> None:
        """Use *path* as the logo (shown at once; checked by the service on save)."""
        self._logo_file, self._remove_logo = path, False
        try:
            self._show_logo(path.read_bytes())
        except OSError as exc:
            self.show_error(str(exc))

    def _clear_logo(self) -> None:
        self._logo_file, self._remove_logo = None, True
        self._show_logo(None)

    def edit(self) -> IdentityEdit:
        sections: dict[str, str] = {}
        for i in range(self.sections.rowCount()):
            cat = self.sections.item(i, 0)
            path = self.sections.item(i, 1)
            if cat is None:
                continue
            sections[cat.data(Qt.ItemDataRole.UserRole)] = path.text().strip() if path else ""
        return IdentityEdit(self.name.text(), self.agency.text(), self.base_url.text(),
                            self._logo_file, self._remove_logo, sections)

    def _save(self) -> None:
        self.error.hide()
        self.buttons.setEnabled(False)  # until the store answers
        self.save_requested.emit(self.edit())

    def show_error(self, text: str) -> None:
        """The change was refused: say why and let the admin correct it."""
        self.buttons.setEnabled(True)
        self.error.setText(text)
        self.error.show()
