"""The rich (WYSIWYG) body editor: the article shown as it will read, stored as Markdown.

It offers the same commands as the Markdown editor (``wrap_selection``,
``prefix_lines``, ``insert_block``, ``insert_link``, ``insert_image``) so the
toolbar works in either mode; the Markdown is written by :mod:`rich_serializer`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QMimeData, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QImage,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
    QTextListFormat,
    QTextTable,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from editor_app.gui.editor.markdown_editor import (
    clipboard_text,
    convert_html,
    document_files,
    image_files,
    is_plain_paste,
)
from editor_app.gui.editor.rich_format import (
    ALT,
    BULLET,
    NUMBERED,
    bold_already,
    insert_rule,
    is_strong,
    plain_weight,
    quote_level,
    set_heading,
    set_quote,
    strong_weight,
    tighten_items,
)
from editor_app.gui.editor.rich_loader import (
    clean_fragment,
    load_html,
    load_markdown,
    markdown_fragment,
)
from editor_app.gui.editor.rich_serializer import to_markdown
from editor_app.gui.editor.rich_shortcuts import after_typing

if TYPE_CHECKING:
    from collections.abc import Callable

MAX_CHARS = 1_000_000
# Qt writes this into the HTML it copies: a paste from the app itself.
_QT_OWN = re.compile(r'<meta name="qrichtext"', re.IGNORECASE)
IMAGE_WIDTH = 480  # shown no wider than this; the page decides its real size


class RichEditor(QTextEdit):
    pasted = Signal(str)  # plain text of what was pasted (the window checks its encoding)
    paste_refused = Signal(int)
    images_pasted = Signal(object)  # as MarkdownEditor.images_pasted
    document_dropped = Signal(str)
    render_failed = Signal()  # the text could not be formatted: it is shown as it is
    image_dropped = Signal(str)  # an image file dropped on the text: the window stores it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rich_editor")
        self.setAcceptRichText(True)
        self.setTabChangesFocus(False)
        self.document().setDocumentMargin(16)
        self._markdown: str | None = None
        # The Markdown being formatted off the UI thread; the view is read-only meanwhile.
        self._pending: str | None = None
        self._serial = 0
        # Formats Markdown as the portal does, off the UI thread: (source, done(html or None)).
        # Without it (a bare widget) the text is formatted here, at once.
        self.format_async: Callable[[str, Callable[[str | None], None]], None] | None = None
        self.media: dict[str, tuple[bytes, str, str]] = {}  # src → (data, caption, credit)
        # Asked for a picture not in self.media yet; it answers with set_media().
        self.request_media: Callable[[str], None] | None = None
        self.document().contentsChanged.connect(self._forget)

    def _forget(self) -> None:
        self._markdown = None

    # -- Markdown in and out ---------------------------------------------------
    def markdown(self) -> str:
        """The body as Markdown (computed once per change)."""
        if self._pending is not None:
            return self._pending
        if self._markdown is None:
            self._markdown = to_markdown(self.document())
        return self._markdown

    @property
    def loading(self) -> bool:
        return self._pending is not None

    def set_markdown(self, source: str) -> None:
        """Show *source*; the undo history starts again here.

        Python-Markdown may take long on a long or hostile text, so the window has it
        rendered by the guarded worker; the text shows unformatted until then.
        """
        self._serial += 1
        self._markdown = None
        if self.format_async is None or not source.strip():
            self._pending = None
            load_markdown(self.document(), source)
            self.document().clearUndoRedoStacks()
            return
        self._pending = source
        self.document().setPlainText(source)
        self.document().clearUndoRedoStacks()
        serial = self._serial
        self.format_async(source, lambda html: self._rendered(serial, html))

    def _rendered(self, serial: int, html: str | None) -> None:
        if serial != self._serial:
            return  # another text was shown since
        if html is None:
            self.render_failed.emit()
            return
        blocked = self.blockSignals(True)  # not an edit: autosave must not see it
        try:
            load_html(self.document(), html)
            self.document().clearUndoRedoStacks()
            self._pending = None
            self._markdown = None
        finally:
            self.blockSignals(blocked)

    def set_editor_font(self, family: str, size: int) -> None:
        font = QFont(family) if family else QFont(self.font())
        font.setPointSize(size + 1)
        self.setFont(font)
        self.document().setDefaultFont(font)

    # -- images ------------------------------------------------------------------
    def set_media(self, src: str, data: bytes, caption: str = "", credit: str = "") -> None:
        """The picture behind *src* (``media/<sha>.<ext>``), shown with its caption."""
        self.media[src] = (data, caption, credit)
        self.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(src),
                                    self._figure(src))
        self.document().markContentsDirty(0, self.document().characterCount())
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._restyle()

    def _restyle(self) -> None:
        """A new theme: captions, and links, drawn in its colours."""
        doc = self.document()
        for src in self.media:
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(src), self._figure(src))
        doc.markContentsDirty(0, doc.characterCount())
        # Recolouring is an edit to Qt, with an undo step: only before any typing (an article
        # just opened), then the empty history is restored. Later, links take the new colour
        # when the article is next opened.
        if not (doc.isUndoAvailable() or doc.isRedoAvailable()):
            self._recolour_links()
            doc.clearUndoRedoStacks()
        self.viewport().update()

    def _recolour_links(self) -> None:
        doc = self.document()
        link = self.palette().link()
        spans = []
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                it += 1
                if frag.isValid() and frag.charFormat().isAnchor() and \
                        frag.charFormat().foreground() != link:
                    spans.append((frag.position(), frag.length()))
            block = block.next()
        fmt = QTextCharFormat()
        fmt.setForeground(link)
        blocked = self.blockSignals(True)  # a colour is not an edit: autosave must not see it
        try:
            for start, length in spans:
                c = QTextCursor(doc)
                c.setPosition(start)
                c.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
                c.mergeCharFormat(fmt)
        finally:
            self.blockSignals(blocked)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return self._figure(name.toString() if isinstance(name, QUrl) else name)
        return super().loadResource(kind, name)

    def _figure(self, src: str) -> QImage:
        """The image scaled to the column, with its caption and credit drawn beneath."""
        if src not in self.media and self.request_media is not None:
            self.request_media(src)
        data, caption, credit = self.media.get(src, (b"", "", ""))
        picture = QImage.fromData(data) if data else QImage()
        if picture.isNull():
            picture = QImage(IMAGE_WIDTH, 160, QImage.Format.Format_ARGB32)
            picture.fill(QColor("#e9ecef"))
        elif picture.width() > IMAGE_WIDTH:
            picture = picture.scaledToWidth(IMAGE_WIDTH,
                                            Qt.TransformationMode.SmoothTransformation)
        line = caption + (f" (Ảnh: {credit})" if credit else "")
        text_h = 28 if line else 0
        out = QImage(picture.width(), picture.height() + text_h, QImage.Format.Format_ARGB32)
        out.fill(Qt.GlobalColor.transparent)
        p = QPainter(out)
        p.drawImage(0, 0, picture)
        if line:
            font = QFont(self.font())
            font.setItalic(True)
            p.setFont(font)
            text, base = (self.palette().color(r) for r in (QPalette.ColorRole.Text,
                                                            QPalette.ColorRole.Base))
            # Two thirds of the way from the page to the text: a caption's grey in any theme.
            p.setPen(QColor((2 * text.red() + base.red()) // 3,
                            (2 * text.green() + base.green()) // 3,
                            (2 * text.blue() + base.blue()) // 3))
            p.drawText(QRectF(0, picture.height() + 4, picture.width(), text_h - 4),
                       int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), line)
        p.end()
        return out

    # -- an image file dropped on the text: inserted there, caption and credit asked ------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._droppable_images(event.mimeData()):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._droppable_images(event.mimeData()):
            # The cursor follows the pointer: that is where the picture will go.
            self.setTextCursor(self.cursorForPosition(event.position().toPoint()))
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        images = self._droppable_images(event.mimeData())
        if not images:
            super().dropEvent(event)
            return
        self.setTextCursor(self.cursorForPosition(event.position().toPoint()))
        event.acceptProposedAction()
        # The caption dialog opens after the drop has ended: a modal loop inside a drop
        # leaves the file manager waiting for its answer.
        for path in images:
            QTimer.singleShot(0, lambda p=path: self.image_dropped.emit(p))

    def _droppable_images(self, source: QMimeData) -> list[str]:
        return [] if self.isReadOnly() or self.loading else image_files(source)

    # -- paste: clean formatting, NFC ---------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return bool(document_files(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self.loading:
            return
        if documents := document_files(source):
            for path in documents:
                self.document_dropped.emit(path)
            return
        own = source.hasHtml() and bool(_QT_OWN.search(source.html()))
        if source.hasHtml() and not own:
            converted = convert_html(source)  # Word, LibreOffice, a web page
            if converted.figures:
                self.images_pasted.emit(converted)
                return
            if converted.markdown:
                self.insert_markdown(converted.markdown)
                return
        cursor = self.textCursor()
        selected = len(cursor.selectedText())
        fragment = None
        if own:
            # Copied inside the app: Qt's own markup, which its serializer reads exactly.
            fragment = clean_fragment(unicodedata.normalize("NFC", source.html()))
            text = fragment.toPlainText()
        elif source.hasText():
            text = source.text().replace("\r\n", "\n")
            # As in the source view: legacy text stays for the window to offer converting.
            from editor_app.domain.legacy import legacy_encoding  # on paste, not at start-up
            from editor_app.domain.repair import repair

            text = repair(text) if legacy_encoding(text) is None else unicodedata.normalize(
                "NFC", text)
        else:
            return
        total = self.document().characterCount() - selected + len(text)
        if total > MAX_CHARS:
            self.paste_refused.emit(total)
            return
        if fragment is not None:
            cursor.insertFragment(fragment)
        else:
            cursor.insertText(text)
        self.setTextCursor(cursor)
        self.pasted.emit(text)

    def insert_markdown(self, markdown: str) -> None:
        """Pasted formatting given as Markdown, shown formatted (one undo step)."""
        if self.loading:
            return
        fragment = markdown_fragment(markdown)
        text = fragment.toPlainText()
        cursor = self.textCursor()
        total = self.document().characterCount() - len(cursor.selectedText()) + len(text)
        if total > MAX_CHARS:
            self.paste_refused.emit(total)
            return
        cursor.insertFragment(fragment)
        self.setTextCursor(cursor)
        self.pasted.emit(text)

    def paste_plain(self) -> None:
        """Ctrl+Shift+V: the clipboard's text only, unformatted."""
        plain = clipboard_text()
        if plain is not None and not self.isReadOnly():
            self.insertFromMimeData(plain)

    # -- typing ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_plain_paste(event):
            self.paste_plain()
            return
        if self.loading and (event.text() or event.key() in (
                Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            return  # a moment, while the text is formatted
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self._enter():
                super().keyPressEvent(event)
                self._plain_after_enter()
            return
        if event.key() == Qt.Key.Key_Backspace and self._backspace():
            return
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and \
                self.textCursor().currentList() is not None and not self.isReadOnly():
            shift = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.nest_item(-1 if shift else 1)
            return
        super().keyPressEvent(event)
        text = event.text()
        if len(text) == 1 and not self.isReadOnly():
            self._shortcut(text)

    def inputMethodEvent(self, event: Any) -> None:
        if self.loading:
            return
        super().inputMethodEvent(event)
        text = event.commitString()
        if text and not self.isReadOnly():
            self._shortcut(text[-1])

    def _shortcut(self, typed: str) -> None:
        cursor = self.textCursor()
        if after_typing(cursor, typed):
            self.setTextCursor(cursor)

    def _enter(self) -> bool:
        """Enter leaves a heading, and an empty list item or quote line ends it."""
        cursor = self.textCursor()
        block = cursor.block()
        if block.textList() is not None and not block.text():
            fmt = block.blockFormat()
            fmt.setIndent(0)
            fmt.setObjectIndex(-1)
            block.textList().remove(block)
            cursor.setBlockFormat(fmt)
            set_quote(cursor, quote_level(block))
            return True
        if quote_level(block) and not block.text() and block.textList() is None:
            set_quote(cursor, 0)
            return True
        if block.blockFormat().headingLevel() and cursor.atBlockEnd():
            cursor.beginEditBlock()
            cursor.insertBlock()
            set_heading(cursor, 0)
            cursor.endEditBlock()
            self.setTextCursor(cursor)
            return True
        return False

    def nest_item(self, step: int) -> None:
        """Tab makes the list item a sub-item of the one above, Shift+Tab takes it out a level.

        (Python-Markdown nests by four spaces; the serializer writes that from these levels.)
        """
        cursor = self.textCursor()
        block = cursor.block()
        current = block.textList()
        if current is None:
            return
        level = current.format().indent() + step
        cursor.beginEditBlock()
        if level < 1:
            fmt = block.blockFormat()
            fmt.setIndent(0)
            current.remove(block)
            cursor.setBlockFormat(fmt)
        else:
            # Join a list of that level just above, if there is one; else start one.
            above = block.previous()
            while above.isValid() and above.textList() is not None and \
                    above.textList().format().indent() > level:
                above = above.previous()
            target = above.textList() if above.isValid() else None
            if target is not None and target.format().indent() == level:
                current.remove(block)
                target.add(block)
            else:
                list_fmt = QTextListFormat(current.format())
                list_fmt.setIndent(level)
                if step > 0:
                    list_fmt.setStart(1)
                current.remove(block)
                cursor.createList(list_fmt)
        cursor.endEditBlock()

    def _plain_after_enter(self) -> None:
        """A new paragraph starts without bold, italic or link, as in Ghost."""
        fmt = self.currentCharFormat()
        if self.textCursor().block().blockFormat().headingLevel() == 0:
            fmt.setFontWeight(QFont.Weight.Normal)
        fmt.setFontItalic(False)
        fmt.setAnchor(False)
        fmt.setAnchorHref("")
        fmt.clearForeground()
        fmt.setFontUnderline(False)
        cursor = self.textCursor()
        if not cursor.block().text():  # an empty block takes its look from its block format
            cursor.joinPreviousEditBlock()  # part of the Enter's undo step
            cursor.setBlockCharFormat(fmt)
            cursor.endEditBlock()
        self.setCurrentCharFormat(fmt)

    def _backspace(self) -> bool:
        """Backspace at the start of a heading or quote makes it a paragraph first."""
        cursor = self.textCursor()
        if cursor.hasSelection() or not cursor.atBlockStart():
            return False
        block = cursor.block()
        if block.blockFormat().headingLevel():
            set_heading(cursor, 0)
            return True
        if quote_level(block) and block.textList() is None:
            set_quote(cursor, 0)
            return True
        return False

    # -- commands shared with the Markdown editor -------------------------------------------
    def wrap_selection(self, marker: str, placeholder: str = "") -> None:
        """``**`` toggles bold, ``*`` italic, on the selection or for what is typed next."""
        del placeholder  # the rich editor formats what is typed next instead
        cursor = self.textCursor()
        current = cursor.charFormat()
        fmt = QTextCharFormat()
        if marker == "**":
            in_bold = bold_already(cursor.block())  # a heading: bold there is heavier
            bold = is_strong(current, in_bold)
            fmt.setFontWeight(plain_weight(in_bold) if bold else strong_weight(in_bold))
        else:
            fmt.setFontItalic(not current.fontItalic())
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)  # one undo step
        else:
            self.mergeCurrentCharFormat(fmt)  # for what is typed next

    def prefix_lines(self, prefix: str | None, *, numbered: bool = False,
                     heading: int = 0) -> None:
        """Heading, list or quote on the selected blocks; the same command again removes it."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if heading:
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            block = self.document().findBlock(start)
            same = block.blockFormat().headingLevel() == heading
            while block.isValid() and block.position() <= end:
                set_heading(QTextCursor(block), 0 if same else heading)
                block = block.next()
        elif prefix == "> ":
            level = quote_level(cursor.block())
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            block = self.document().findBlock(start)
            while block.isValid() and block.position() <= end:
                set_quote(QTextCursor(block), 0 if level else 1)
                block = block.next()
        else:
            style = NUMBERED if numbered else BULLET
            current = cursor.currentList()
            if current is not None and current.format().style() == style:
                block = self.document().findBlock(cursor.selectionStart())
                while block.isValid() and block.position() <= cursor.selectionEnd():
                    if block.textList() is not None:
                        fmt = block.blockFormat()
                        fmt.setIndent(0)
                        block.textList().remove(block)
                        QTextCursor(block).setBlockFormat(fmt)
                    block = block.next()
            else:
                list_fmt = QTextListFormat()
                list_fmt.setStyle(style)
                cursor.createList(list_fmt)
                tighten_items(cursor)
        cursor.endEditBlock()

    def insert_block(self, markdown: str) -> None:
        """A table, a rule or any Markdown block, as formatting, on its own line."""
        cursor = self.textCursor()
        start = cursor.position()
        cursor.beginEditBlock()
        if markdown.strip() == "---":
            insert_rule(cursor)
        else:
            if cursor.block().text():
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                cursor.insertBlock()
            start = cursor.position()
            cursor.insertFragment(markdown_fragment(markdown))
        cursor.endEditBlock()
        if markdown.strip() != "---":
            # Tables are laid out when the edit block ends: then put the cursor in the
            # first empty cell of a new one, ready to type.
            for frame in self.document().rootFrame().childFrames():
                if isinstance(frame, QTextTable) and frame.firstPosition() >= start:
                    cursor = frame.cellAt(1 if frame.rows() > 1 else 0, 0).firstCursorPosition()
                    break
        self.setTextCursor(cursor)

    def insert_link(self, url: str, text: str = "") -> None:
        cursor = self.textCursor()
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(url)
        fmt.setForeground(self.palette().link())
        fmt.setFontUnderline(True)
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        else:
            cursor.insertText(text or url, fmt)
            cursor.setCharFormat(QTextCharFormat())
        self.setTextCursor(cursor)

    def insert_image(self, path: str, alt: str) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if cursor.block().text():
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertBlock()
        fmt = QTextImageFormat()
        fmt.setName(path)
        fmt.setProperty(ALT, alt)
        cursor.insertImage(fmt)
        cursor.insertBlock()
        cursor.endEditBlock()
        self.setTextCursor(cursor)
