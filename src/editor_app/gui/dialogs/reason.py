"""The reason a workflow step needs (return to author, withdraw)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


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
