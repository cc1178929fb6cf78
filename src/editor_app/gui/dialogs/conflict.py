"""Someone else saved first: both texts, side by side, and the person chooses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


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
        label.setTextFormat(Qt.TextFormat.PlainText)  # it names the person who saved
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
