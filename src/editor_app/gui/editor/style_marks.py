"""House-style marks in the body: wavy underlines, and the fix on a right click.

Findings are computed off the GUI thread a moment after typing stops (a 20,000-word body
takes about a quarter of a second); an answer for text that has changed since is dropped.
Works on any QPlainTextEdit or QTextEdit (the source and the rich editor).
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QContextMenuEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QTextEdit

from editor_app.domain.house_style import Finding, compile_terms, findings

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QPlainTextEdit

    from editor_app.services.house_style import HouseStyle

DELAY_MS = 400
COLOURS = {"term": QColor("#1565c0"), "tone": QColor("#ef6c00")}


def _utf16_offsets(text: str) -> list[int] | None:
    """Python index → Qt (UTF-16) position, when they differ (an emoji in the text)."""
    if text.isascii() or all(ord(c) < 0x10000 for c in text):
        return None
    out, at = [], 0
    for c in text:
        out.append(at)
        at += 2 if ord(c) > 0xFFFF else 1
    out.append(at)
    return out


class StyleMarks(QObject):
    found_changed = Signal(int)  # how many findings the body has now

    def __init__(self, editor: QPlainTextEdit | QTextEdit,
                 run: Callable[[Callable[[], Any], Callable[[Any], None]], None]) -> None:
        super().__init__(editor)
        self.editor, self._run = editor, run
        self.found: list[tuple[int, int, Finding]] = []  # Qt positions
        self._style: Any = None
        self._compiled: Any = None
        self._generation = 0
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.recheck)
        editor.textChanged.connect(self._timer.start)
        editor.viewport().installEventFilter(self)

    def set_style(self, style: HouseStyle | None) -> None:
        self._style = style
        self._compiled = compile_terms(list(style.terms), style.tone) if style else None
        self.recheck()

    # -- checking -----------------------------------------------------------------
    def recheck(self) -> None:
        self._generation += 1
        generation, text = self._generation, self.editor.toPlainText()
        if self._style is None or not text or not unicodedata.is_normalized("NFC", text):
            self._show(generation, text, [])  # (typed text is NFC; a stray NFD is repaired
            return                             # on save and checked again then)
        tone, compiled = self._style.tone, self._compiled
        self._run(lambda: findings(text, tone, compiled),
                  lambda found: self._show(generation, text, found))

    def _show(self, generation: int, text: str, found: list[Finding]) -> None:
        if generation != self._generation:
            return  # typed on since: a newer check is on its way
        offsets = _utf16_offsets(text)
        at = (lambda i: offsets[i]) if offsets else (lambda i: i)
        self.found = [(at(f.start), at(f.end), f) for f in found]
        selections = []
        for start, end, f in self.found:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(COLOURS[f.kind])
            sel.cursor, sel.format = cursor, fmt
            selections.append(sel)
        self.editor.setExtraSelections(selections)
        self.found_changed.emit(len(self.found))

    def at(self, position: int) -> tuple[int, int, Finding] | None:
        return next((m for m in self.found if m[0] <= position < m[1]), None)

    # -- fixing -------------------------------------------------------------------
    def fix(self, mark: tuple[int, int, Finding]) -> None:
        start, end, f = mark
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() == f.found:  # still what was checked
            cursor.insertText(f.fix)

    def fix_all(self) -> int:
        """Every finding, as one undo step; returns how many."""
        if self.editor.isReadOnly():
            return 0
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        done = 0
        for start, end, f in sorted(self.found, key=lambda m: -m[0]):  # from the end
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            if cursor.selectedText() == f.found:
                cursor.insertText(f.fix)
                done += 1
        cursor.endEditBlock()
        return done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            mark = self.at(self.editor.cursorForPosition(event.pos()).position())
            if mark is not None and not self.editor.isReadOnly():
                self._menu(mark, event)
                return True
        return super().eventFilter(watched, event)

    def _menu(self, mark: tuple[int, int, Finding], event: QContextMenuEvent) -> None:
        menu: QMenu = self.editor.createStandardContextMenu(event.pos())
        first = menu.actions()[0] if menu.actions() else None
        fix = QAction(self.tr("Write “%1” (house style)").replace("%1", mark[2].fix), menu)
        fix.triggered.connect(lambda: self.fix(mark))
        if first is not None:
            menu.insertAction(first, fix)
            menu.insertSeparator(first)
        else:
            menu.addAction(fix)
        self._popup(menu, event.globalPos())
        menu.deleteLater()

    def _popup(self, menu: QMenu, where: QPoint) -> None:
        menu.exec(where)
