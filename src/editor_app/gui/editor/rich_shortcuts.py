"""Markdown typed in the rich editor becomes formatting at once, as in Ghost.

``## `` at the start of a line makes a heading, ``- ``/``1. `` a list, ``> `` a
quote, ``---`` a rule; ``**x**`` and ``*x*`` become bold and italic when the
closing asterisk is typed. Each conversion is one undo step after the typing.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextListFormat

from editor_app.gui.editor.rich_format import (
    BULLET,
    NUMBERED,
    bold_already,
    insert_rule,
    plain_weight,
    set_heading,
    set_quote,
    strong_weight,
    tighten_items,
)

_BLOCK = re.compile(r"^(#{1,6}|[-*+]|\d{1,9}[.)]|>) $")
_BOLD = re.compile(r"(?<![*\\])\*\*([^*\s](?:[^*]*[^*\s])?)\*\*$")
_ITALIC = re.compile(r"(?<![*\\])\*([^*\s](?:[^*]*[^*\s])?)\*$")


def after_typing(cursor: QTextCursor, typed: str) -> bool:
    """Apply the shortcut the text before *cursor* ends with; True when one was applied."""
    block = cursor.block()
    before = block.text()[: cursor.positionInBlock()]
    if typed == " " and block.textList() is None:
        m = _BLOCK.match(before)
        if m and block.blockFormat().headingLevel() == 0:
            _block_shortcut(cursor, m.group(1))
            return True
    if typed == "-" and block.text() == "---" and cursor.atBlockEnd():
        c = QTextCursor(block)
        c.beginEditBlock()
        c.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        c.removeSelectedText()
        insert_rule(c)
        c.endEditBlock()
        cursor.setPosition(c.position())
        return True
    if typed == "*":
        for pattern, bold in ((_BOLD, True), (_ITALIC, False)):
            m = pattern.search(before)
            if m:
                _inline_shortcut(cursor, m.start(), m.group(0), m.group(1), bold=bold)
                return True
    return False


def _block_shortcut(cursor: QTextCursor, marker: str) -> None:
    c = QTextCursor(cursor.block())
    c.beginEditBlock()
    c.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor,
                   len(marker) + 1)
    c.removeSelectedText()
    if marker.startswith("#"):
        set_heading(c, len(marker))
    elif marker == ">":
        set_quote(c, 1)
    else:
        fmt = QTextListFormat()
        if marker[0].isdigit():
            fmt.setStyle(NUMBERED)
            fmt.setStart(int(marker[:-1]))
        else:
            fmt.setStyle(BULLET)
        c.createList(fmt)
        tighten_items(c)
    c.endEditBlock()
    cursor.setPosition(c.position())


def _inline_shortcut(cursor: QTextCursor, start: int, whole: str, inner: str, *,
                     bold: bool) -> None:
    base = cursor.block().position()
    c = QTextCursor(cursor.document())
    c.beginEditBlock()
    c.setPosition(base + start)
    c.setPosition(base + start + len(whole), QTextCursor.MoveMode.KeepAnchor)
    fmt = QTextCharFormat(c.charFormat())
    in_bold = bold_already(cursor.block())  # a heading: bold there is heavier
    if bold:
        fmt.setFontWeight(strong_weight(in_bold))
    else:
        fmt.setFontItalic(True)
    c.insertText(inner, fmt)
    c.endEditBlock()
    cursor.setPosition(c.position())
    # What is typed next is plain again, as after Ctrl+B off.
    plain = QTextCharFormat(fmt)
    if bold:
        plain.setFontWeight(plain_weight(in_bold))
    else:
        plain.setFontItalic(False)
    cursor.setCharFormat(plain)
