"""How the rich editor marks Markdown structures in a QTextDocument.

The loader (Qt's HTML import), the shortcuts and the toolbar commands all
produce these marks; the serializer reads only them, so what shows formatted
is exactly what is written back as Markdown.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextListFormat,
    QTextTable,
)

P = QTextFormat.Property
QUOTE_INDENT = 40.0  # what Qt's HTML import gives one <blockquote> level
# Qt's own <h1>…<h6> sizes (QTextHtmlParser), so typed headings match loaded ones.
HEADING_SIZE = {1: 3, 2: 2, 3: 1, 4: 0, 5: -1, 6: -2}
ALT = P.ImageAltText  # Qt keeps <img alt> here
TITLE = P.ImageTitle
BULLET = QTextListFormat.Style.ListDisc
NUMBERED = QTextListFormat.Style.ListDecimal
MONOSPACE = "monospace"
# Grey with alpha: readable on the light and the dark theme alike.
QUOTE_BACKGROUND = QColor(128, 128, 128, 36)
GRID = QColor(128, 128, 128, 160)


def quote_level(block: QTextBlock) -> int:
    """Blockquote depth, read from the margin.

    Qt's import marks only a quote's first paragraph with BlockQuoteLevel (and level 1
    even when nested), but indents them all.
    """
    return max(0, round(block.blockFormat().leftMargin() / QUOTE_INDENT))


def is_rule(block: QTextBlock) -> bool:
    return block.blockFormat().hasProperty(P.BlockTrailingHorizontalRulerWidth)


def is_code_block(block: QTextBlock) -> bool:
    return block.blockFormat().nonBreakableLines()


def is_code(fmt: QTextCharFormat) -> bool:
    return fmt.fontFixedPitch() or MONOSPACE in (fmt.fontFamilies() or [])


def heading_char_format(level: int) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
    fmt.setProperty(P.FontSizeAdjustment, HEADING_SIZE.get(level, 0))
    return fmt


def set_heading(cursor: QTextCursor, level: int) -> None:
    """Make the cursor's block a heading of *level* (0: a paragraph again)."""
    block_fmt = cursor.blockFormat()
    block_fmt.setHeadingLevel(level)
    block_fmt.setTopMargin(12 if level else 0)
    block_fmt.setBottomMargin(6 if level else 0)
    cursor.setBlockFormat(block_fmt)
    c = QTextCursor(cursor.block())
    c.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    c.mergeCharFormat(heading_char_format(level))
    cursor.mergeBlockCharFormat(heading_char_format(level))
    cursor.setCharFormat(cursor.blockCharFormat())  # what is typed next looks the same


def set_quote(cursor: QTextCursor, level: int) -> None:
    fmt = cursor.blockFormat()
    if level:
        fmt.setProperty(P.BlockQuoteLevel, level)
    else:
        fmt.clearProperty(P.BlockQuoteLevel)
    fmt.setLeftMargin(QUOTE_INDENT * level)
    fmt.setRightMargin(QUOTE_INDENT if level else 0)
    if level:
        fmt.setBackground(QUOTE_BACKGROUND)
    else:
        fmt.clearBackground()
    cursor.setBlockFormat(fmt)


def plain_block_format() -> QTextBlockFormat:
    return QTextBlockFormat()


def insert_rule(cursor: QTextCursor) -> None:
    """A horizontal rule is an empty block Qt draws as a line; a paragraph follows it."""
    cursor.beginEditBlock()
    if cursor.block().text():
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
    fmt = QTextBlockFormat()
    fmt.setProperty(P.BlockTrailingHorizontalRulerWidth, 1)
    cursor.setBlockFormat(fmt)
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
    cursor.endEditBlock()


def style_table(table: QTextTable) -> None:
    """Grid lines and padding, which Qt's import of a plain <table> leaves out."""
    fmt = table.format()
    fmt.setBorder(1)
    fmt.setBorderBrush(QBrush(GRID))
    fmt.setBorderCollapse(True)
    fmt.setCellPadding(4)
    fmt.setCellSpacing(0)
    table.setFormat(fmt)
