"""Caption, credit and alt text of an image put into the body: asked when it goes in.

Submitting demands a caption and a credit for every body image; asking here saves the
reporter a trip back through the checklist.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from editor_app.domain.text import nfc


class ImageDetailsDialog(QDialog):
    def __init__(self, file_name: str, data: bytes | None = None,
                 parent: QWidget | None = None, *, caption: str = "", alt: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("image_details")
        self.setWindowTitle(self.tr("Image details"))
        preview = QLabel(self)
        preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pix = QPixmap()
        if data and pix.loadFromData(data):
            preview.setPixmap(pix.scaled(320, 180, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation))
        else:
            preview.setText(file_name)
        self.caption = QLineEdit(caption, self)  # a pasted or imported caption, to check
        self.caption.setObjectName("image_caption")
        self.credit = QLineEdit(self)
        self.credit.setObjectName("image_credit")
        self.credit.setPlaceholderText(self.tr("Photo: name / agency"))
        self.alt = QLineEdit(alt, self)
        self.alt.setPlaceholderText(self.tr("What the image shows, for readers who cannot see it"))
        note = QLabel(self.tr("The portal shows the caption and the credit under the image; "
                              "submitting needs both."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Caption"), self.caption)
        form.addRow(self.tr("Photo credit"), self.credit)
        form.addRow(self.tr("Alt text"), self.alt)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(preview)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def details(self) -> tuple[str, str, str]:
        """Caption, credit, alt (alt falls back to the caption), NFC."""
        caption, credit = nfc(self.caption.text().strip()), nfc(self.credit.text().strip())
        return caption, credit, nfc(self.alt.text().strip()) or caption
