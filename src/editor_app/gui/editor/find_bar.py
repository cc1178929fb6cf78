"""Find and replace under the editor, with an option to ignore Vietnamese diacritics."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from editor_app.domain.text import fold_aligned, nfc


class FindBar(QWidget):
    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("find_bar")
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("find_text")
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setObjectName("replace_text")
        self.case = QCheckBox(self)
        self.fold = QCheckBox(self)
        self.fold.setChecked(True)
        self.status = QLabel(self)
        self.prev_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.replace_button = QPushButton(self)
        self.replace_all_button = QPushButton(self)
        self.close_button = QPushButton("✕", self)
        self.close_button.setFlat(True)
        # Room for a Vietnamese phrase: the fields take the bar's spare width.
        for edit in (self.find_edit, self.replace_edit):
            edit.setMinimumWidth(220)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for w in (self.find_edit, self.prev_button, self.next_button, self.replace_edit,
                  self.replace_button, self.replace_all_button, self.case, self.fold,
                  self.status, self.close_button):
            layout.addWidget(w, 3 if w in (self.find_edit, self.replace_edit) else 0)
        self.find_edit.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.prev_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        self.retranslate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def close_bar(self) -> None:
        """Hide the bar and give the text back its cursor (Esc, ✕)."""
        self.hide()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.case.setText(self.tr("Match case"))
        self.fold.setText(self.tr("Ignore diacritics"))
        self.prev_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
        self.replace_button.setText(self.tr("Replace"))
        self.replace_all_button.setText(self.tr("Replace all"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))

    def open(self, *, replace: bool) -> None:
        self.replace_edit.setVisible(replace)
        self.replace_button.setVisible(replace)
        self.replace_all_button.setVisible(replace)
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.show()
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def _key(self, text: str) -> str:
        if self.fold.isChecked():
            return fold_aligned(text)  # same length as text: positions line up
        return text if self.case.isChecked() else text.lower()

    def matches(self) -> list[int]:
        needle = nfc(self.find_edit.text())
        if not needle:
            return []
        hay, key = self._key(self.editor.toPlainText()), self._key(needle)
        out, i = [], hay.find(key)
        while i >= 0:
            out.append(i)
            i = hay.find(key, i + max(1, len(key)))
        return out

    def _select(self, start: int) -> None:
        cursor = self.editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + len(nfc(self.find_edit.text())),
                           QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    def _report(self, found: list[int], at: int | None) -> None:
        if not found:
            self.status.setText(self.tr("Not found"))
        else:
            index = found.index(at) + 1 if at in found else 0
            self.status.setText(self.tr("%1 of %2").replace("%1", str(index))
                                .replace("%2", str(len(found))))

    def find_next(self) -> bool:
        found = self.matches()
        pos = self.editor.textCursor().selectionEnd()
        nxt = next((i for i in found if i >= pos), found[0] if found else None)
        if nxt is not None:
            self._select(nxt)
        self._report(found, nxt)
        return nxt is not None

    def find_previous(self) -> bool:
        found = self.matches()
        pos = self.editor.textCursor().selectionStart()
        prev = next((i for i in reversed(found) if i < pos), found[-1] if found else None)
        if prev is not None:
            self._select(prev)
        self._report(found, prev)
        return prev is not None

    def replace_one(self) -> None:
        cursor = self.editor.textCursor()
        found = self.matches()
        if cursor.hasSelection() and cursor.selectionStart() in found:
            cursor.insertText(nfc(self.replace_edit.text()))
        self.find_next()

    def replace_all(self) -> int:
        found = self.matches()
        length = len(nfc(self.find_edit.text()))
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()  # one undo step for the whole replacement
        for start in reversed(found):
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(nfc(self.replace_edit.text()))
        cursor.endEditBlock()
        self.status.setText(self.tr("%1 replaced").replace("%1", str(len(found))))
        return len(found)
