"""QTextDocument → Markdown that Python-Markdown (extra, sane_lists) reads back the same.

Only the marks of :mod:`rich_format` are read: headings, paragraphs, lists (nested by
four spaces, as Python-Markdown wants), quotes, rules, fenced code, tables, and inline
bold, italic, code, links and images. Blocks are separated by a blank line so that
Python-Markdown's lazy continuation cannot pull a paragraph into the list above it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextDocument, QTextTable

from editor_app.gui.editor.rich_format import (
    ALT,
    NUMBERED,
    TITLE,
    P,
    is_code,
    is_code_block,
    is_rule,
    is_strong,
    quote_level,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QTextFrame, QTextList

OBJECT = "\ufffc"  # where an image sits in the text
LINE_BREAK = "\u2028"  # <br> inside a paragraph
# Python-Markdown's backslash escapes (with "|" from its tables extension).
_ESCAPE = re.compile(r"([\\`*\[\]|])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_LINE_START = re.compile(r"^(\s*)([#>+\-]|\d+(?=[.)]))")
_SEPARATE_LISTS = "<!-- -->"  # two lists in a row would merge into one without it


@dataclass(frozen=True)
class Run:
    """A stretch of text with the inline marks Markdown can carry."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    href: str = ""
    link_title: str = ""
    image: tuple[str, str, str] | None = None  # src, alt, title


@dataclass
class Element:
    kind: str  # para, heading, item, rule, code, table
    quote: int
    lines: list[str] = field(default_factory=list)
    top_list: int = 0  # identity of the outermost list an item belongs to
    loose: bool = False  # a list item's further paragraph: blank lines around it


def escape_text(text: str, *, underscores: bool = True) -> str:
    text = _ESCAPE.sub(r"\\\1", text)
    text = _ENTITY.sub("&amp;", text).replace("<", "&lt;")
    if underscores:
        # "_" starts emphasis only beside a non-word character (Python-Markdown's smart rule).
        text = re.sub(r"(?<!\w)_|_(?!\w)", r"\\_", text)
    return text


def _url(href: str) -> str:
    return href.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace(
        "<", "%3C").replace(">", "%3E")


def _quoted_title(title: str) -> str:
    return f' "{title.replace('"', "&quot;")}"' if title else ""


def block_runs(block: QTextBlock, *, in_heading: bool = False) -> list[Run]:
    runs: list[Run] = []
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        it += 1
        if not frag.isValid():
            continue
        fmt = frag.charFormat()
        if fmt.isImageFormat():
            img = fmt.toImageFormat()
            for _ in frag.text():
                runs.append(Run(OBJECT, image=(img.name(), str(img.property(ALT) or ""),
                                               str(img.property(TITLE) or ""))))
            continue
        bold = is_strong(fmt, in_heading)
        href = fmt.anchorHref() if fmt.isAnchor() else ""
        title = fmt.toolTip() if href else ""
        # A line break carries no emphasis: "*a  \n*b" would open a mark on the next line.
        for piece in re.split(f"({LINE_BREAK})", frag.text().replace("\t", " ")):
            if piece == LINE_BREAK:
                run = Run(piece, href=href, link_title=title)
            elif piece:
                run = Run(piece, bold, fmt.fontItalic(), is_code(fmt), href, title)
            else:
                continue
            if runs and runs[-1].image is None and _same_marks(runs[-1], run):
                runs[-1] = Run(runs[-1].text + run.text, run.bold, run.italic, run.code,
                               run.href, run.link_title)
            else:
                runs.append(run)
    return runs


def _same_marks(a: Run, b: Run) -> bool:
    return (a.bold, a.italic, a.code, a.href, a.link_title) == (
        b.bold, b.italic, b.code, b.href, b.link_title)


def _code_span(text: str) -> str:
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{fence}"


def _emphasis(runs: list[Run]) -> str:
    """Bold and italic stretches, as asterisks.

    A stretch that would touch another's asterisks (``*a***b**``, which Python-Markdown
    misreads) is written as inline HTML instead.
    """
    out = ""
    for run in runs:
        if run.image is not None:
            src, alt, title = run.image
            out += f"![{escape_text(alt)}]({_url(src)}{_quoted_title(title)})"
            continue
        text = run.text
        if run.code:
            core = text.strip(" ")
            body = _code_span(core) if core else ""
        else:
            core = text.strip(" ")
            body = escape_text(core)
        lead = text[: len(text) - len(text.lstrip(" "))]
        trail = text[len(text.rstrip(" ")):] if core else ""
        marker = ("**" if run.bold else "") + ("*" if run.italic else "")
        if core and marker and core.strip(LINE_BREAK):
            if not lead and (out.endswith("*") or out.endswith("_")):
                tags = (["strong"] if run.bold else []) + (["em"] if run.italic else [])
                body = "".join(f"<{t}>" for t in tags) + body + "".join(
                    f"</{t}>" for t in reversed(tags))
            else:
                body = f"{marker}{body}{marker[::-1]}"
        out += lead + body + trail
    return out


def inline(block: QTextBlock, *, in_heading: bool = False) -> str:
    """The block's text as inline Markdown; a line break stays as ``LINE_BREAK``."""
    runs = block_runs(block, in_heading=in_heading)
    out = ""
    i = 0
    while i < len(runs):
        href = runs[i].href if runs[i].image is None else ""
        j = i + 1
        while j < len(runs) and href and runs[j].href == href and runs[j].image is None:
            j += 1
        group = runs[i:j]
        if href:
            text = _emphasis(group)
            title = _quoted_title(group[0].link_title)
            out += f"[{text}]({_url(href)}{title})" if text.strip() else ""
        else:
            out += _emphasis(group)
        i = j
    return out


def _line_start(text: str) -> str:
    """Escape what would make a paragraph line a heading, quote, list item or rule."""
    text = text.lstrip(" ")
    m = _LINE_START.match(text)
    if m is None:
        return text
    digits = m.group(2)[0].isdigit()
    cut = m.end(1) + (len(m.group(2)) if digits else 0)
    return text[:cut] + "\\" + text[cut:]


def _split_lines(text: str, indent: str) -> list[str]:
    parts = [p.rstrip(" ") for p in text.split(LINE_BREAK)]
    first, rest = parts[0], parts[1:]
    lines = [first + ("  " if rest else "")]
    for k, p in enumerate(rest):
        hard = "  " if k < len(rest) - 1 else ""
        lines.append(indent + _line_start(p) + hard)
    return lines


class _Writer:
    def __init__(self) -> None:
        self.elements: list[Element] = []
        self._levels: list[tuple[int, QTextList]] = []  # open list nesting of the last item
        self._top = 0

    def block(self, block: QTextBlock) -> None:
        quote = quote_level(block)
        if is_rule(block):
            self.elements.append(Element("rule", quote, ["---"]))
            return
        if is_code_block(block):
            last = self.elements[-1] if self.elements else None
            text = block.text().replace(LINE_BREAK, "\n")
            if last is not None and last.kind == "code" and last.quote == quote:
                last.lines.extend(text.split("\n"))
            else:
                self.elements.append(Element("code", quote, text.split("\n")))
            return
        heading = block.blockFormat().headingLevel()
        tlist = block.textList()
        text = inline(block, in_heading=bool(heading)).strip(" ")
        if not text.replace(LINE_BREAK, "").strip():
            return
        if heading and tlist is None:
            text = text.replace(LINE_BREAK, " ")
            self.elements.append(Element("heading", quote, ["#" * min(6, heading) + " " + text]))
            return
        if tlist is not None:
            self._item(block, tlist, quote, text)
            return
        if block.blockFormat().indent() and self._continuation(block, quote, text):
            return
        self.elements.append(Element("para", quote, _split_lines(_line_start(text), "")))

    def _item(self, block: QTextBlock, tlist: QTextList, quote: int, text: str) -> None:
        last = self.elements[-1] if self.elements else None
        continuing = last is not None and last.kind == "item" and last.quote == quote
        if not continuing:
            self._levels = []
        # The nesting depth: how many open lists this one sits inside (by Qt indent).
        want = tlist.format().indent()
        old_top = self._levels[0][1] if self._levels else None
        while self._levels and self._levels[-1][0] >= want and self._levels[-1][1] != tlist:
            self._levels.pop()
        if not self._levels or self._levels[-1][1] != tlist:
            self._levels.append((want, tlist))
        depth = len(self._levels)
        if not continuing or old_top is not self._levels[0][1]:
            self._top += 1
        fmt = tlist.format()
        if fmt.style() == NUMBERED:
            start = fmt.start() if fmt.start() > 0 else 1
            marker = f"{start + tlist.itemNumber(block)}. "
        else:
            marker = "- "
        indent = "    " * (depth - 1)
        lines = _split_lines(_line_start(text), indent + "    ")
        lines[0] = indent + marker + lines[0]
        self.elements.append(Element("item", quote, lines, self._top))

    def _continuation(self, block: QTextBlock, quote: int, text: str) -> bool:
        """A further paragraph of a list item (Qt: an indented block after the item).

        Python-Markdown reads it back after a blank line, indented four spaces a level.
        """
        last = self.elements[-1] if self.elements else None
        if last is None or last.kind != "item" or last.quote != quote or not self._levels:
            return False
        depth = min(block.blockFormat().indent(), len(self._levels))
        del self._levels[depth:]  # a deeper list ends here; one after it is a new list
        pad = "    " * depth
        lines = _split_lines(_line_start(text), pad)
        lines[0] = pad + lines[0]
        self.elements.append(Element("item", quote, lines, self._top, loose=True))
        return True

    def table(self, table: QTextTable) -> None:
        rows: list[list[str]] = []
        aligns: list[str] = []
        for r in range(table.rows()):
            row = []
            for c in range(table.columns()):
                cell = table.cellAt(r, c)
                texts = []
                b = cell.firstCursorPosition().block()
                end = cell.lastCursorPosition().block()
                while b.isValid():
                    texts.append(inline(b, in_heading=r == 0).replace(LINE_BREAK, " ").strip())
                    if b == end:
                        break
                    b = b.next()
                row.append(" ".join(t for t in texts if t))
            rows.append(row)
        for c in range(table.columns()):
            below = table.cellAt(1, c) if table.rows() > 1 else table.cellAt(0, c)
            aligns.append(_alignment(table.cellAt(0, c).firstCursorPosition().block(),
                                     below.firstCursorPosition().block()))
        if not rows:
            return
        quote = quote_level(table.firstCursorPosition().block())
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join(aligns) + "|"]
        lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
        self.elements.append(Element("table", quote, lines))

    def markdown(self) -> str:
        out: list[str] = []
        prev: Element | None = None
        # A list with a further paragraph in an item has blank lines between all its items:
        # after one, Python-Markdown would read a next item without one as that paragraph's.
        loose = {el.top_list for el in self.elements if el.loose}
        for el in self.elements:
            prefix = "> " * el.quote
            if prev is not None:
                common = ("> " * min(prev.quote, el.quote)).rstrip()
                if el.kind == "item" and prev.kind == "item" and el.quote == prev.quote:
                    if el.top_list != prev.top_list:
                        out += [common, ("> " * el.quote) + _SEPARATE_LISTS, common]
                    elif el.top_list in loose:
                        out.append(common)
                else:
                    out.append(common)
            lines = el.lines
            if el.kind == "code":
                fence = "```" if not any(line.startswith("```") for line in lines) else "~~~~"
                while lines and not lines[-1]:
                    lines = lines[:-1]
                lines = [fence, *lines, fence]
            out += [(prefix + line).rstrip() if not line.strip() else prefix + line
                    for line in lines]
            prev = el
        # No final newline: the body is stored as the source view would hold it.
        return "\n".join(out).strip("\n")


def _alignment(head: QTextBlock, cell: QTextBlock) -> str:
    """A column's entry in the alignment row.

    Qt centres a <th> without a style (AlignHCenter|AlignVCenter), so a centred column
    shows in its body cells, and a left one in its header.
    """
    h = head.blockFormat().alignment()
    if h & Qt.AlignmentFlag.AlignRight:
        return "---:"
    if h & Qt.AlignmentFlag.AlignHCenter:
        return ":---:" if cell.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter \
            else "---"
    if head.blockFormat().hasProperty(P.BlockAlignment):
        return ":---"
    return "---"


def _walk(frame: QTextFrame, writer: _Writer) -> None:
    it = frame.begin()
    while not it.atEnd():
        child = it.currentFrame()
        if isinstance(child, QTextTable):
            writer.table(child)
        elif child is not None:
            _walk(child, writer)
        else:
            block = it.currentBlock()
            if block.isValid():
                writer.block(block)
        it += 1


def to_markdown(doc: QTextDocument) -> str:
    """The document as Markdown (no final newline, like text typed in the source view)."""
    writer = _Writer()
    _walk(doc.rootFrame(), writer)
    return writer.markdown()
