"""A coloured strip above the editor: one line of text and a button or two.

The sync notices (an article in conflict, a change the server refused) need a
button a person can press, which a QLabel banner with a link cannot offer as
plainly. Fixed light colours with dark text, like the other banners: readable on
the light and the dark theme alike.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class NoticeBar(QFrame):
    def __init__(self, name: str, background: str, foreground: str,
                 buttons: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(f"QFrame#{name} {{ background:{background}; }} "
                           f"QFrame#{name} > QLabel {{ color:{foreground}; }}")
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}_text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes titles and reasons
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.label, 1)
        self.buttons: dict[str, QPushButton] = {}
        for key in buttons:
            b = QPushButton(self)
            b.setObjectName(f"{name}_{key}")
            row.addWidget(b)
            self.buttons[key] = b
        self.hide()
