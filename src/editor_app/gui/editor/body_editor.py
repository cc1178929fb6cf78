"""The article body: the rich editor or the Markdown source, one shown at a time.

The window talks to this switch (text in and out as Markdown, formatting commands,
read-only, undo); it forwards to the editor shown. Switching writes the shown
editor's Markdown into the other one only when it differs, so a switch there and
back without typing keeps each editor's undo history; after a real change the
other editor starts a fresh history (undo never jumps across the two views).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QStackedWidget, QWidget

from editor_app.gui.editor.rich_editor import RichEditor

if TYPE_CHECKING:
    from editor_app.gui.editor.markdown_editor import MarkdownEditor

RICH, SOURCE = "rich", "source"


class BodyEditor(QStackedWidget):
    textChanged = Signal()
    pasted = Signal(str)
    paste_refused = Signal(int)
    images_pasted = Signal(object)  # formatted text with pictures for the window to store
    document_dropped = Signal(str)  # a Word file dropped on the text
    undoAvailable = Signal(bool)
    redoAvailable = Signal(bool)
    scrolled = Signal(float)  # how far down the shown editor is, 0…1
    mode_changed = Signal(str)

    def __init__(self, source: MarkdownEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("body_editor_switch")
        self.source = source
        self.rich = RichEditor(self)
        self.addWidget(self.rich)
        self.addWidget(source)
        self._switching = False
        for editor in (self.rich, self.source):
            editor.textChanged.connect(lambda e=editor: self._forward_changed(e))
            editor.pasted.connect(lambda text, e=editor: self._forward(e, self.pasted, text))
            editor.paste_refused.connect(
                lambda n, e=editor: self._forward(e, self.paste_refused, n))
            editor.images_pasted.connect(
                lambda c, e=editor: self._forward(e, self.images_pasted, c))
            editor.document_dropped.connect(
                lambda p, e=editor: self._forward(e, self.document_dropped, p))
            editor.undoAvailable.connect(
                lambda b, e=editor: self._forward(e, self.undoAvailable, b))
            editor.redoAvailable.connect(
                lambda b, e=editor: self._forward(e, self.redoAvailable, b))
            bar = editor.verticalScrollBar()
            bar.valueChanged.connect(
                lambda v, e=editor, b=bar: self._forward(e, self.scrolled,
                                                         v / max(1, b.maximum())))
        self.setCurrentWidget(self.rich)

    @property
    def mode(self) -> str:
        return RICH if self.currentWidget() is self.rich else SOURCE

    def active(self) -> RichEditor | MarkdownEditor:
        return self.rich if self.mode == RICH else self.source

    def _forward(self, editor: object, signal: object, value: object) -> None:
        if editor is self.currentWidget() and not self._switching:
            signal.emit(value)  # type: ignore[attr-defined]

    def _forward_changed(self, editor: object) -> None:
        if editor is self.currentWidget() and not self._switching:
            self.textChanged.emit()

    # -- switching ----------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        if mode not in (RICH, SOURCE) or mode == self.mode:
            return
        had_focus = self.active().hasFocus()
        self._switching = True
        try:
            if mode == SOURCE:
                text = self.rich.markdown()
                if self.source.toPlainText() != text:
                    self.source.setPlainText(text)
                    self.source.document().clearUndoRedoStacks()
                self.setCurrentWidget(self.source)
            else:
                text = self.source.toPlainText()
                if self.rich.markdown() != text or self.rich.loading:
                    self.rich.set_markdown(text)
                self.setCurrentWidget(self.rich)
        finally:
            self._switching = False
        shown = self.active()
        self.undoAvailable.emit(shown.document().isUndoAvailable())
        self.redoAvailable.emit(shown.document().isRedoAvailable())
        if had_focus:
            shown.setFocus()
        self.mode_changed.emit(mode)

    # -- what the window asks of the body -------------------------------------------------------
    def toPlainText(self) -> str:
        """The body as Markdown, whichever editor shows it."""
        return self.rich.markdown() if self.mode == RICH else self.source.toPlainText()

    def setPlainText(self, text: str) -> None:
        """Show *text* (Markdown) as a fresh document: no undo back past it."""
        self._switching = True
        try:
            if self.mode == RICH:
                self.rich.set_markdown(text)
            else:
                self.source.setPlainText(text)
                self.source.document().clearUndoRedoStacks()
        finally:
            self._switching = False
        self.textChanged.emit()
        self.undoAvailable.emit(False)
        self.redoAvailable.emit(False)

    def setReadOnly(self, read_only: bool) -> None:
        self.rich.setReadOnly(read_only)
        self.source.setReadOnly(read_only)

    def isReadOnly(self) -> bool:
        return self.active().isReadOnly()

    def setPlaceholderText(self, text: str) -> None:
        self.rich.setPlaceholderText(text)
        self.source.setPlaceholderText(text)

    def set_editor_font(self, family: str, size: int) -> None:
        self.rich.set_editor_font(family, size)
        self.source.set_editor_font(family, size)

    def setFocus(self) -> None:  # type: ignore[override]
        self.active().setFocus()

    def undo(self) -> None:
        self.active().undo()

    def redo(self) -> None:
        self.active().redo()

    def jump_to(self, position: int) -> None:
        """Put the cursor at *position* of the Markdown (in the rich view: the same block)."""
        if self.mode == SOURCE:
            cursor = self.source.textCursor()
            cursor.setPosition(max(0, min(position, len(self.source.toPlainText()))))
            self.source.setTextCursor(cursor)
        else:
            markdown = self.rich.markdown()
            share = position / max(1, len(markdown))
            doc = self.rich.document()
            block = doc.findBlockByNumber(int(share * max(0, doc.blockCount() - 1)))
            self.rich.setTextCursor(QTextCursor(block))
        self.setFocus()

    # -- formatting commands: the shown editor's ----------------------------------------------
    def _target(self) -> RichEditor | MarkdownEditor | None:
        """The editor a command goes to; none while the rich view is still formatting."""
        shown = self.active()
        return None if shown is self.rich and self.rich.loading else shown

    def wrap_selection(self, marker: str, placeholder: str = "") -> None:
        if (target := self._target()) is not None:
            target.wrap_selection(marker, placeholder)

    def prefix_lines(self, prefix: str | None, *, numbered: bool = False,
                     heading: int = 0) -> None:
        if (target := self._target()) is not None:
            target.prefix_lines(prefix, numbered=numbered, heading=heading)

    def insert_block(self, text: str) -> None:
        if (target := self._target()) is not None:
            target.insert_block(text)

    def insert_markdown(self, markdown: str) -> None:
        """Pasted formatting (Markdown) at the cursor, as the shown editor shows it."""
        if (target := self._target()) is not None:
            target.insert_markdown(markdown)

    def insert_link(self, url: str, text: str = "") -> None:
        if (target := self._target()) is not None:
            target.insert_link(url, text)

    def insert_image(self, path: str, alt: str) -> None:
        if (target := self._target()) is not None:
            target.insert_image(path, alt)

    def textCursor(self) -> QTextCursor:
        return self.active().textCursor()
