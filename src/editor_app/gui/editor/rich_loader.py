"""Markdown → the rich editor's QTextDocument, and pasted HTML → clean formatting.

Markdown goes through the portal's own renderer (Python-Markdown with the same
extensions, then the nh3 allow-list), so the rich view shows the structure the
published page will have. Pasted HTML is sanitized by the same allow-list, then
passed through the serializer, which keeps only what Markdown can carry.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextDocument, QTextDocumentFragment, QTextTable

from editor_app.gui.editor.rich_format import QUOTE_INDENT, set_heading, set_quote, style_table
from editor_app.gui.editor.rich_serializer import to_markdown

# Word and web pages put these around what matters; nh3 keeps their text.
_WORD_JUNK = re.compile(r"<!--\[if.*?<!\[endif\]-->|<o:p>.*?</o:p>|<style.*?</style>",
                        re.IGNORECASE | re.DOTALL)


_HEADING_ID = re.compile(r'<(h[1-6]) id="[^"]*">')
# A heading or header cell with its bold parts (see rich_format.bold_already).
_BOLD_CONTEXT = re.compile(r"<(h[1-6]|th)\b[^>]*>.*?</\1>", re.DOTALL)
_STRONG = re.compile(r"<(strong|b)>")


def markdown_html(source: str) -> str:
    # Imported on first use: the window paints before Python-Markdown is loaded.
    from editor_app.render.markdown_html import render_body

    return render_body(source) if source.strip() else ""


def _tidy(doc: QTextDocument) -> None:
    """Make loaded text look and serialize as typed text does.

    Every quoted block gets its level (Qt's import marks only a quote's first one),
    every heading the typed-heading format.
    """
    from PySide6.QtGui import QTextCursor

    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        level = round(fmt.leftMargin() / QUOTE_INDENT)
        if block.textList() is None and level:
            set_quote(QTextCursor(block), level)
        if fmt.headingLevel():
            set_heading(QTextCursor(block), fmt.headingLevel())
        block = block.next()
    for frame in doc.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            style_table(frame)


def load_markdown(doc: QTextDocument, source: str) -> None:
    """Replace *doc*'s content with *source* rendered here (short texts: pastes, inserts)."""
    load_html(doc, markdown_html(source))


def load_html(doc: QTextDocument, html: str) -> None:
    """Replace *doc*'s content with the portal renderer's *html* (not an undo step)."""
    # Qt makes a heading's id an anchor on its first letter, which splits a link there;
    # the ids are derived from the heading text again when the page is rendered.
    html = _BOLD_CONTEXT.sub(
        lambda m: _STRONG.sub(r'<\1 style="font-weight:900">', m.group(0)),
        _HEADING_ID.sub(r"<\1>", html))
    doc.setHtml(html)
    _tidy(doc)
    doc.setModified(False)


def clean_fragment(html: str) -> QTextDocumentFragment:
    """Pasted HTML (Word, a web page) reduced to what the article may hold."""
    from editor_app.render.sanitize import sanitize

    scratch = QTextDocument()
    scratch.setHtml(sanitize(_WORD_JUNK.sub("", html)))
    markdown = to_markdown(scratch)
    return markdown_fragment(markdown)


def markdown_fragment(markdown: str) -> QTextDocumentFragment:
    scratch = QTextDocument()
    load_markdown(scratch, markdown)
    return QTextDocumentFragment(scratch)
