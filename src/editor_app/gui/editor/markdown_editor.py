"""The Markdown body editor: plain text (fast on long articles), with formatting commands.

Each command is one undo step and works on the selection or the current line.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from editor_app.gui.editor.highlighter import MarkdownHighlighter

if TYPE_CHECKING:
    from editor_app.domain.html_to_markdown import Converted

TABLE = "\n| Cột 1 | Cột 2 |\n|---|---|\n|  |  |\n"


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp")
DOCUMENT_SUFFIXES = (".docx",)
MAX_CHARS = 1_000_000  # the store's cap on a body; a bigger paste is refused whole


def image_files(source: QMimeData) -> list[str]:
    """The local image files a drop (or a paste from a file manager) carries."""
    return [u.toLocalFile() for u in source.urls() if u.isLocalFile()
            and u.toLocalFile().lower().endswith(IMAGE_SUFFIXES)]


def document_files(source: QMimeData) -> list[str]:
    return [u.toLocalFile() for u in source.urls() if u.isLocalFile()
            and u.toLocalFile().lower().endswith(DOCUMENT_SUFFIXES)]


def convert_html(source: QMimeData) -> Converted:
    """The clipboard's HTML as clean Markdown (see domain/html_to_markdown.py)."""
    from editor_app.domain.html_to_markdown import html_to_markdown

    return html_to_markdown(source.html())


def clipboard_text() -> QMimeData | None:
    """The clipboard's text alone, without its formatting (None: it holds no text)."""
    clip = QGuiApplication.clipboard().mimeData()
    if clip is None or not clip.hasText():
        return None
    plain = QMimeData()
    plain.setText(clip.text())
    return plain


def is_plain_paste(event: QKeyEvent) -> bool:
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() == Qt.Key.Key_V and mods == (
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


class MarkdownEditor(QPlainTextEdit):
    pasted = Signal(str)  # repaired text that was pasted: the window may check its encoding
    paste_refused = Signal(int)  # characters the paste would have made the body
    image_dropped = Signal(str)  # an image file dropped on the text: the window stores it
    # Formatted text with pictures (a Converted): the window stores them, then inserts it.
    images_pasted = Signal(object)
    document_dropped = Signal(str)  # a Word file dropped on the text: a new article

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("body_editor")
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(False)
        self.document().setDocumentMargin(12)
        self.highlighter = MarkdownHighlighter(self.document())
        self._measure = 0

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.highlighter.set_dark(self.palette().color(QPalette.ColorRole.Base).lightness()
                                      < 128)
        super().changeEvent(event)

    def set_measure(self, chars: int) -> None:
        """Keep lines about *chars* characters long (0: the full width), centred."""
        self._measure = chars
        self._apply_measure()

    def _apply_measure(self) -> None:
        spare = 0
        if self._measure:
            column = self.fontMetrics().averageCharWidth() * self._measure
            spare = max(0, (self.width() - column - 2 * self.frameWidth()) // 2)
        if self.viewportMargins().left() != spare:
            self.setViewportMargins(spare, 0, spare, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_measure()

    def set_editor_font(self, family: str, size: int) -> None:
        font = QFont(family) if family else QFont(self.font())
        font.setPointSize(size)
        self.setFont(font)
        self.highlighter.set_base_size(size)
        self._apply_measure()

    # -- paste: NFC at the boundary ------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return bool(self._image_files(source) or document_files(source)) or \
            super().canInsertFromMimeData(source)

    @staticmethod
    def _image_files(source: QMimeData) -> list[str]:
        return image_files(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        images = self._image_files(source)
        if images:
            for path in images:  # each asks its caption and credit
                self.image_dropped.emit(path)
            return
        if documents := document_files(source):
            for path in documents:
                self.document_dropped.emit(path)
            return
        if source.hasHtml():
            converted = convert_html(source)
            if converted.figures:
                self.images_pasted.emit(converted)
                return
            if converted.markdown:
                self.insert_markdown(converted.markdown)
                return
        text = source.text() if source.hasText() else ""
        if not text:
            super().insertFromMimeData(source)
            return
        text = text.replace("\r\n", "\n")
        # Invisible characters and decomposed letters go at once; legacy text is left for
        # the window to offer converting (its soft hyphen is TCVN3's "ư").
        from editor_app.domain.legacy import legacy_encoding  # on paste, not at start-up
        from editor_app.domain.repair import repair

        text = repair(text) if legacy_encoding(text) is None else unicodedata.normalize(
            "NFC", text)
        self._insert_pasted(text)

    def _insert_pasted(self, text: str) -> bool:
        selected = len(self.textCursor().selectedText())
        total = self.document().characterCount() - selected + len(text)
        if total > MAX_CHARS:
            # Laying out megabytes would freeze the window; the clipboard keeps the text.
            self.paste_refused.emit(total)
            return False
        self.textCursor().insertText(text)
        self.pasted.emit(text)
        return True

    def insert_markdown(self, markdown: str) -> None:
        """Pasted formatting, as Markdown; a paragraph of its own when it holds blocks."""
        cursor = self.textCursor()
        if "\n" in markdown and cursor.positionInBlock() > 0 and not cursor.hasSelection():
            markdown = "\n\n" + markdown
        if "\n" in markdown and not cursor.atBlockEnd():
            markdown += "\n\n"
        self._insert_pasted(markdown)

    def paste_plain(self) -> None:
        """Ctrl+Shift+V: the clipboard's text only, whatever formatting it carries."""
        plain = clipboard_text()
        if plain is not None and not self.isReadOnly():
            self.insertFromMimeData(plain)

    # -- formatting -------------------------------------------------------------
    def wrap_selection(self, marker: str, placeholder: str = "") -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        selected = cursor.selectedText()
        if selected.startswith(marker) and selected.endswith(marker) and len(selected) > 2 * len(
                marker):
            cursor.insertText(selected[len(marker):-len(marker)])  # toggles off
        else:
            text = selected or placeholder
            cursor.insertText(f"{marker}{text}{marker}")
            if not selected:
                pos = cursor.position() - len(marker)
                cursor.setPosition(pos - len(text))
                cursor.setPosition(pos, QTextCursor.MoveMode.KeepAnchor)
                self.setTextCursor(cursor)
        cursor.endEditBlock()

    def _lines(self) -> tuple[QTextCursor, int, int]:
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart()).blockNumber()
        last = doc.findBlock(cursor.selectionEnd()).blockNumber()
        return cursor, first, last

    def prefix_lines(self, prefix: str | None, *, numbered: bool = False,
                     heading: int = 0) -> None:
        """Set a line prefix on every selected line; the same command again removes it."""
        import re

        cursor, first, last = self._lines()
        doc = self.document()
        cursor.beginEditBlock()
        for i, n in enumerate(range(first, last + 1), start=1):
            block = doc.findBlockByNumber(n)
            text = block.text()
            bare = re.sub(r"^(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)", "", text)
            if heading:
                want = "#" * heading + " "
            elif numbered:
                want = f"{i}. "
            else:
                want = prefix or ""
            new = bare if text.startswith(want) and (want.strip() or not text) else want + bare
            c = QTextCursor(block)
            c.select(QTextCursor.SelectionType.LineUnderCursor)
            c.insertText(new)
        cursor.endEditBlock()

    def insert_block(self, text: str) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if cursor.positionInBlock() > 0:
            cursor.insertText("\n")
        cursor.insertText(text)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def insert_link(self, url: str, text: str = "") -> None:
        cursor = self.textCursor()
        label = cursor.selectedText() or text or url
        cursor.insertText(f"[{label}]({url})")

    def insert_image(self, path: str, alt: str) -> None:
        self.insert_block(f"![{alt}]({path})\n")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_plain_paste(event):
            self.paste_plain()
            return
        # Enter inside a list continues it, as word processors do.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            import re

            line = self.textCursor().block().text()
            m = re.match(r"^(\s*)([-*+]|(\d+)[.)])\s+(.*)$", line)
            if m and self.textCursor().atBlockEnd():
                if not m.group(4):  # an empty item ends the list
                    c = self.textCursor()
                    c.beginEditBlock()
                    c.select(QTextCursor.SelectionType.LineUnderCursor)
                    c.insertText("")
                    # A blank line after the list, or Python-Markdown's lazy continuation
                    # joins the next paragraph to the last item (DESIGN §9).
                    if c.block().previous().text().strip():
                        c.insertText("\n")
                    c.endEditBlock()
                    self.setTextCursor(c)
                    return
                marker = f"{int(m.group(3)) + 1}." if m.group(3) else m.group(2)
                self.textCursor().insertText(f"\n{m.group(1)}{marker} ")
                return
        super().keyPressEvent(event)
