"""Markdown highlighting that styles the text and leaves the syntax visible."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

HEADING = re.compile(r"^(#{1,6})\s+.*$")
QUOTE = re.compile(r"^\s{0,3}>.*$")
LIST = re.compile(r"^\s*([-*+]|\d+[.)])\s")
INLINE = [
    ("bold", re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")),
    # A single marker that is not half of a double one: "**x**" is bold, never italic.
    ("italic", re.compile(r"(?<![*_])([*_])(?![*_\s])(.+?)(?<![\s*_])\1(?![*_])")),
    ("code", re.compile(r"`[^`\n]+`")),
    ("link", re.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)")),
]
HEADING_SCALE = {1: 1.6, 2: 1.35, 3: 1.2, 4: 1.1, 5: 1.05, 6: 1.0}


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, base_size: float = 13.0) -> None:
        super().__init__(document)
        self.base_size = base_size
        self.dark = False  # on a dark background the reds and blues are lighter
        self.formats: dict[str, QTextCharFormat] = {}
        self.spelling: Any = None  # SpellMarks: underlines unknown words over the styling
        self._build()

    def _build(self) -> None:
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        italic = QTextCharFormat()
        italic.setFontItalic(True)
        code = QTextCharFormat()
        code.setFontFamilies(["DejaVu Sans Mono", "monospace"])
        code.setBackground(QColor(127, 127, 127, 40))
        link = QTextCharFormat()
        link.setForeground(QColor("#7cb8f0" if self.dark else "#1a6fb3"))
        link.setFontUnderline(True)
        quote = QTextCharFormat()
        quote.setForeground(QColor("#a0a8b0" if self.dark else "#6a737d"))
        quote.setFontItalic(True)
        marker = QTextCharFormat()
        marker.setForeground(QColor("#ff8a80" if self.dark else "#b3171d"))
        marker.setFontWeight(QFont.Weight.Bold)
        self.formats = {"bold": bold, "italic": italic, "code": code, "link": link,
                        "quote": quote, "marker": marker}
        for level, scale in HEADING_SCALE.items():
            h = QTextCharFormat()
            h.setFontWeight(QFont.Weight.Bold)
            h.setFontPointSize(self.base_size * scale)
            h.setForeground(QColor("#ff9e97" if self.dark else "#8a1015"))
            self.formats[f"h{level}"] = h

    def set_dark(self, dark: bool) -> None:
        if dark != self.dark:
            self.dark = dark
            self._build()
            self.rehighlight()

    def set_base_size(self, size: float) -> None:
        self.base_size = size
        self._build()
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        self._markdown(text)
        if self.spelling is not None:
            self.spelling.highlight(self, text)

    def _markdown(self, text: str) -> None:
        m = HEADING.match(text)
        if m:
            self.setFormat(0, len(text), self.formats[f"h{len(m.group(1))}"])
            return
        if QUOTE.match(text):
            self.setFormat(0, len(text), self.formats["quote"])
        lm = LIST.match(text)
        if lm:
            self.setFormat(lm.start(1), len(lm.group(1)), self.formats["marker"])
        for name, pattern in INLINE:
            for im in pattern.finditer(text):
                self.setFormat(im.start(), im.end() - im.start(), self.formats[name])
