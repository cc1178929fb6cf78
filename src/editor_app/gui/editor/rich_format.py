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


def bold_already(block: QTextBlock) -> bool:
    """A heading or a table's header row: its text is bold without being marked so.

    Bold marked there (``## a **b**``) is drawn heavier, as Black, so that the
    serializer can tell it from the heading's own weight.
    """
    if block.blockFormat().headingLevel():
        return True
    table = QTextCursor(block).currentTable()
    return table is not None and table.cellAt(block.position()).row() == 0


def is_strong(fmt: QTextCharFormat, in_bold: bool) -> bool:
    """Whether *fmt* is bold text (Markdown's ``**``), in a bold context or not."""
    return fmt.fontWeight() >= (QFont.Weight.ExtraBold if in_bold else QFont.Weight.DemiBold)


def strong_weight(in_bold: bool) -> QFont.Weight:
    return QFont.Weight.Black if in_bold else QFont.Weight.Bold


def plain_weight(in_bold: bool) -> QFont.Weight:
    return QFont.Weight.Bold if in_bold else QFont.Weight.Normal


def heading_char_format(level: int) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(plain_weight(bool(level)))
    fmt.setProperty(P.FontSizeAdjustment, HEADING_SIZE.get(level, 0))
    return fmt


def _strong_spans(block: QTextBlock, in_bold: bool) -> list[tuple[int, int]]:
    spans = []
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        it += 1
        if frag.isValid() and not frag.charFormat().isImageFormat() and \
                is_strong(frag.charFormat(), in_bold):
            spans.append((frag.position(), frag.length()))
    return spans


def set_heading(cursor: QTextCursor, level: int) -> None:
    """Make the cursor's block a heading of *level* (0: a paragraph again)."""
    # What was marked bold stays bold (heavier in a heading), the rest takes the plain weight.
    strong = _strong_spans(cursor.block(), bold_already(cursor.block()))
    block_fmt = cursor.blockFormat()
    block_fmt.setHeadingLevel(level)
    block_fmt.setTopMargin(12 if level else 0)
    block_fmt.setBottomMargin(6 if level else 0)
    cursor.setBlockFormat(block_fmt)
    c = QTextCursor(cursor.block())
    c.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    c.mergeCharFormat(heading_char_format(level))
    heavy = QTextCharFormat()
    heavy.setFontWeight(strong_weight(bool(level)))
    for start, length in strong:
        c.setPosition(start)
        c.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        c.mergeCharFormat(heavy)
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


def tighten_items(cursor: QTextCursor) -> None:
    """List items (the cursor's blocks) sit close together, as an opened list's do.

    A block typed after an opened paragraph carries that paragraph's spacing; kept in a
    list, it stood each item a blank line apart. The paragraph above keeps its own.
    """
    fmt = QTextBlockFormat()
    fmt.setTopMargin(0)
    fmt.setBottomMargin(0)
    cursor.mergeBlockFormat(fmt)


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
