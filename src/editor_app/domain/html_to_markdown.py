"""HTML from Word, LibreOffice, browsers and mammoth → the Markdown an article keeps.

A small converter over the standard library's ``html.parser`` rather than markdownify:
what matters here is what to *drop* (Word's conditional comments, ``<o:p>``, list
bullets written as text, comment anchors, tracked deletions, spans and fonts) and
writing lists the way the portal's Python-Markdown reads them (four spaces a level),
and both are Word-specific rules a generic converter would need overriding anyway;
markdownify would also bring BeautifulSoup. Only what Markdown carries survives:
headings, bold, italic, links, lists, tables, quotes, images.

Images are not resolved here (no I/O): each becomes ``![alt](paste:N)`` and a
:class:`Figure`; the caller stores what it can and calls :func:`place_images`.
Text is repaired (NFC, invisible characters) unless it reads as TCVN3/VNI, which the
caller offers to convert.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser

from editor_app.domain.legacy import legacy_encoding
from editor_app.domain.repair import repair

_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
})
# Never text of the article: document head, scripts, Word's XML islands, deletions.
_SKIP = frozenset({
    "head", "style", "script", "title", "xml", "template", "del", "noscript", "object", "iframe",
})
_BLOCKS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "tr", "td", "th",
    "thead", "tbody", "tfoot", "caption", "blockquote", "pre", "hr", "section", "article",
    "header", "footer", "main", "aside", "nav", "center", "dl", "dt", "dd", "figure",
    "figcaption", "address", "body", "html",
})
_CLOSES_P = _BLOCKS - {"li", "td", "th", "tr", "thead", "tbody", "tfoot", "caption", "body",
                       "html", "dd", "dt"}
# Word's comment anchors and comment bodies, hidden text.
_JUNK_CLASS = re.compile(r"msocom|MsoCommentReference|MsoCommentText|msoDel", re.IGNORECASE)
_JUNK_STYLE = re.compile(r"mso-element:\s*comment|mso-special-character:\s*comment|"
                         r"display:\s*none", re.IGNORECASE)
_MSO_LIST = re.compile(r"mso-list:\s*(l\d+)\s+level(\d+)", re.IGNORECASE)
_ORDERED_MARK = re.compile(r"^\s*(\d+|[a-zA-Z]|[ivxlcIVXLC]+)[.)]")
# The property itself, not Word's mso-bidi-font-weight (right-to-left text only).
_BOLD_STYLE = re.compile(r"(?:^|[;\s])font-weight:\s*(bold|[6-9]00)", re.IGNORECASE)
_NOT_BOLD_STYLE = re.compile(r"(?:^|[;\s])font-weight:\s*(normal|[1-4]00)", re.IGNORECASE)
_ITALIC_STYLE = re.compile(r"(?:^|[;\s])font-style:\s*italic", re.IGNORECASE)
_SPACE = re.compile(r"[ \t\r\n\f]+")
_ESCAPE = re.compile(r"([\\`*_\[\]<])")
_LINE_START = re.compile(r"^(\s*)([#>+-]|\d+[.)])(?=\s|$)")
_SAFE_URL = re.compile(r"^(https?:|mailto:|tel:)", re.IGNORECASE)
PLACEHOLDER = re.compile(r"!\[([^\]]*)\]\(paste:(\d+)\)")
INDENT = "    "  # Python-Markdown nests a list four spaces in
# Writing the Markdown recurses once per level; clipboard HTML nested deeper than any
# document is (a hostile page) is flattened instead of hitting Python's recursion limit.
MAX_DEPTH = 150


@dataclass
class Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)

    def cls(self) -> str:
        return self.attrs.get("class", "")

    def style(self) -> str:
        return self.attrs.get("style", "")


@dataclass(frozen=True)
class Figure:
    """An image of the pasted or imported text: ``![alt](paste:index)`` in the Markdown."""

    index: int
    src: str
    alt: str
    caption: str = ""


@dataclass(frozen=True)
class Converted:
    markdown: str
    figures: tuple[Figure, ...] = ()
    legacy: str | None = None  # "TCVN3"/"VNI": left unrepaired for the caller to convert


class _TreeBuilder(HTMLParser):
    """A forgiving tree: closes what HTML lets writers leave open (p, li, td, tr)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("root")
        self.stack = [self.root]
        self.skip = 0  # inside a dropped element
        self.marked: list[bool] = []  # Word's <![if ...]> sections: dropped or kept
        self.list_mark: list[str] = []  # the bullet text Word writes in <![if !supportLists]>
        self.in_mark = False

    # Word writes list bullets and comment markers as text for old browsers, inside
    # <![if !supportLists]> … <![endif]>; <![if !vml]> holds the <img> and is kept.
    def unknown_decl(self, data: str) -> None:
        text = data.strip().lower()
        if text.startswith("if"):
            dropped = "!supportlists" in text or "!supportannotations" in text or \
                "!supportlinebreaknewline" in text
            self.marked.append(dropped)
            if dropped:
                self.skip += 1
                if "!supportlists" in text:
                    self.list_mark.append("")
                    self.in_mark = True
        elif text.startswith("endif") and self.marked:
            self.in_mark = False
            if self.marked.pop():
                self.skip -= 1

    def _close_to(self, tags: set[str], stop: set[str]) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            t = self.stack[i].tag
            if t in tags:
                del self.stack[i:]
                return
            if t in stop:
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if self.skip:
            if tag not in _VOID:
                self.skip += 1
            return
        a = {k.lower(): v or "" for k, v in attrs}
        node = Node(tag, a)
        junk = tag in _SKIP or ":" in tag or bool(_JUNK_CLASS.search(a.get("class", ""))) or \
            bool(_JUNK_STYLE.search(a.get("style", "")))
        if junk:
            if tag not in _VOID:
                self.skip = 1
            return
        if tag in _CLOSES_P or tag in ("li", "td", "th", "tr"):
            self._close_to({"p"}, {"td", "th", "li", "blockquote", "div", "table"})
        if tag == "li":
            self._close_to({"li"}, {"ul", "ol", "table"})
        elif tag in ("td", "th"):
            self._close_to({"td", "th"}, {"tr", "table"})
        elif tag == "tr":
            self._close_to({"tr"}, {"table"})
        if len(self.stack) > MAX_DEPTH:
            return  # nested past any real document: the text joins the element it is in
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag.lower() not in _VOID and not self.skip and self.stack[-1].tag == tag.lower():
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if self.skip:
            if tag not in _VOID:
                self.skip -= 1
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        if self.skip:
            if self.in_mark:
                self.list_mark[-1] += data
            return
        self.stack[-1].children.append(data)

    def handle_comment(self, data: str) -> None:
        pass  # comments, and Word's <!--[if gte mso 9]> … <![endif]--> with them


class _Writer:
    def __init__(self) -> None:
        self.figures: list[Figure] = []
        self.numbers: dict[tuple[str, int], int] = {}  # Word list, level → last number

    # -- inline ---------------------------------------------------------------------
    def inline(self, node: Node | str, bold: bool = False, italic: bool = False) -> str:
        if isinstance(node, str):
            return _ESCAPE.sub(r"\\\1", _SPACE.sub(" ", node))
        tag = node.tag
        if tag == "br":
            return "\n"
        if tag == "img":
            return self.image(node)
        if tag in _BLOCKS and tag not in ("body", "html"):
            # A block inside inline context (a <p> in a <li> or a cell): a space apart.
            return " " + self.children_inline(node, bold, italic) + " "
        style = node.style()
        want_bold = tag in ("b", "strong") or bool(_BOLD_STYLE.search(style))
        if _NOT_BOLD_STYLE.search(style):
            want_bold = False  # Google Docs wraps everything in <b style="font-weight:normal">
        want_italic = tag in ("i", "em", "cite") or bool(_ITALIC_STYLE.search(style))
        inner = self.children_inline(node, bold or want_bold, italic or want_italic)
        if tag == "code":
            return f"`{inner}`" if inner.strip() else inner
        if want_italic and not italic:
            inner = _wrap(inner, "*")
        if want_bold and not bold:
            inner = _wrap(inner, "**")
        if tag == "a":
            href = node.attrs.get("href", "").strip()
            if _SAFE_URL.match(href) and inner.strip():
                url = href.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
                return f"[{inner.strip()}]({url})"
        return inner

    def children_inline(self, node: Node, bold: bool = False, italic: bool = False) -> str:
        return "".join(self.inline(c, bold, italic) for c in node.children)

    def image(self, node: Node) -> str:
        src = node.attrs.get("src", "").strip()
        if not src:
            return ""
        alt = _SPACE.sub(" ", node.attrs.get("alt", "")).strip()
        figure = Figure(len(self.figures) + 1, src, alt)
        self.figures.append(figure)
        label = _ESCAPE.sub(r"\\\1", alt)
        return f"![{label}](paste:{figure.index})"

    def text(self, node: Node) -> str:
        return _lines(self.children_inline(node))

    # -- blocks ---------------------------------------------------------------------
    def blocks(self, node: Node) -> list[tuple[str, str]]:
        """(kind, Markdown) blocks; lines of one list (same "li…" kind) join with no blank line."""
        out: list[tuple[str, str]] = []
        run: list[Node | str] = []

        def flush() -> None:
            if run:
                text = _lines("".join(self.inline(c) for c in run))
                if text:
                    out.append(("p", _escape_starts(text)))
                run.clear()

        children = node.children
        for i, child in enumerate(children):
            if isinstance(child, str) or child.tag not in _BLOCKS:
                run.append(child)
                continue
            flush()
            if _is_caption(child) and out and _only_image(out[-1][1]):
                self._caption(out[-1][1], _SPACE.sub(" ", _plain(child)).strip())
                continue
            out.extend(self.block(child, children[i + 1:]))
        flush()
        return out

    def block(self, node: Node, _after: list[Node | str]) -> list[tuple[str, str]]:
        tag = node.tag
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6") or "msotitle" in node.cls().lower() \
                or node.cls().lower() == "title":
            level = int(tag[1]) if tag[0] == "h" and tag[1:].isdigit() else 1
            # Bold and italic already: a heading carries no emphasis markers.
            text = re.sub(r"\s+", " ", self.children_inline(node, True, True)).strip()
            return [("p", "#" * level + " " + text)] if text else []
        if tag in ("ul", "ol"):
            kind = f"li{id(node)}"  # two lists in a row stay two lists
            return [(kind, line) for line in self.list_lines(node, 0)]
        if tag == "p":
            m = _MSO_LIST.search(node.style())
            if m:
                return self.word_list_item(node, m.group(1), int(m.group(2)))
        if tag == "table":
            table = self.table(node)
            return [("p", table)] if table else []
        if tag == "blockquote":
            inner = _join(self.blocks(node))
            return [("p", "\n".join("> " + line if line else ">"
                                    for line in inner.split("\n")))] if inner else []
        if tag == "pre":
            code = _plain(node).strip("\n")
            return [("p", f"```\n{code}\n```")] if code.strip() else []
        if tag == "hr":
            return [("p", "---")]
        return self.blocks(node)

    def word_list_item(self, node: Node, list_id: str, level: int) -> list[tuple[str, str]]:
        mark = node.attrs.get("data-list-mark", "")
        ordered = bool(_ORDERED_MARK.match(mark))
        text = self.text(node).replace("\n", " ").strip()
        if not text:
            return []
        kind = "li" + list_id  # Word's list number: l0 and l1 are two lists
        # A level counts on until a shallower item comes (then the deeper ones restart).
        for key in [k for k in self.numbers if k[0] == list_id and k[1] > level]:
            del self.numbers[key]
        n = self.numbers[list_id, level] = self.numbers.get((list_id, level), 0) + 1
        return [(kind, INDENT * (level - 1) + (f"{n}. " if ordered else "- ") + text)]

    def list_lines(self, node: Node, depth: int) -> list[str]:
        lines: list[str] = []
        ordered = node.tag == "ol"
        n = 0
        for child in node.children:
            if isinstance(child, str):
                continue
            if child.tag in ("ul", "ol"):  # a list straight inside a list (as Chromium writes)
                lines.extend(self.list_lines(child, depth + 1))
                continue
            if child.tag != "li":
                continue
            n += 1
            inline = [c for c in child.children
                      if isinstance(c, str) or c.tag not in ("ul", "ol")]
            text = _lines("".join(self.inline(c) for c in inline)).replace("\n", " ").strip()
            marker = f"{n}. " if ordered else "- "
            if text:
                lines.append(INDENT * depth + marker + text)
            for sub in child.children:
                if isinstance(sub, Node) and sub.tag in ("ul", "ol"):
                    lines.extend(self.list_lines(sub, depth + 1 if text else depth))
        return lines

    def table(self, node: Node) -> str:
        rows: list[list[str]] = []
        for tr in _find(node, "tr"):
            cells = [c for c in tr.children if isinstance(c, Node) and c.tag in ("td", "th")]
            # The first row is the header, bold on the page already: no ** markers there.
            header = not rows
            row = [re.sub(r"\s+", " ", _lines(self.children_inline(c, header)).replace(
                "|", "\\|")).strip() for c in cells]
            if any(row):
                rows.append(row)
        if not rows:
            return ""
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        return "\n".join(lines)

    def _caption(self, block: str, caption: str) -> None:
        m = PLACEHOLDER.search(block)
        if m and caption:
            i = int(m.group(2)) - 1
            f = self.figures[i]
            self.figures[i] = Figure(f.index, f.src, f.alt, caption)


def _wrap(text: str, marker: str) -> str:
    """``**bold**`` with the spaces outside the markers (``** bold **`` is not bold)."""
    core = text.strip()
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    return f"{lead}{marker}{core}{marker}{trail}"


def _lines(text: str) -> str:
    """Trim each line (a <br> is a line break: two spaces at the end in Markdown)."""
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "  \n".join(line for line in lines if line)


def _escape_starts(text: str) -> str:
    # "1. " or "- " typed at a paragraph's start is text, not a list.
    return "\n".join(_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), line, count=1)
                     for line in text.split("\n"))


def _plain(node: Node) -> str:
    return "".join(c if isinstance(c, str) else ("\n" if c.tag == "br" else _plain(c))
                   for c in node.children)


def _find(node: Node, tag: str) -> list[Node]:
    found: list[Node] = []
    for c in node.children:
        if isinstance(c, Node):
            if c.tag == tag:
                found.append(c)
            elif c.tag != "table":  # a nested table's rows are its own
                found.extend(_find(c, tag))
    return found


def _is_caption(node: Node) -> bool:
    return node.tag == "figcaption" or "caption" in node.cls().lower()


def _only_image(markdown: str) -> bool:
    return bool(PLACEHOLDER.fullmatch(markdown.strip()))


def _join(blocks: list[tuple[str, str]]) -> str:
    out: list[str] = []
    prev = ""
    for kind, text in blocks:
        if out:
            out.append("\n" if kind == prev and kind.startswith("li") else "\n\n")
        out.append(text)
        prev = kind
    return "".join(out)


def _mark_word_lists(node: Node, builder_marks: list[str]) -> None:
    """Give each Word list paragraph the bullet text its <![if !supportLists]> held."""
    for c in node.children:
        if isinstance(c, Node):
            if c.tag == "p" and _MSO_LIST.search(c.style()) and builder_marks:
                c.attrs["data-list-mark"] = builder_marks.pop(0)
            else:
                _mark_word_lists(c, builder_marks)


def html_to_markdown(html: str) -> Converted:
    """Clean Markdown for *html*, with the images it held as :class:`Figure` s."""
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    _mark_word_lists(builder.root, builder.list_mark)
    writer = _Writer()
    markdown = _join(writer.blocks(builder.root)).strip()
    legacy = legacy_encoding(markdown)
    markdown = unicodedata.normalize("NFC", markdown) if legacy else repair(markdown)
    # A nbsp-only paragraph becomes empty after repair: no blank runs left behind.
    markdown = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", markdown).strip()
    figures = tuple(Figure(f.index, f.src, repair(f.alt), repair(f.caption))
                    for f in writer.figures)
    return Converted(markdown, figures, legacy)


def place_images(markdown: str, targets: dict[int, str | None],
                 alts: dict[int, str] | None = None) -> str:
    """Put each stored image's reference where its placeholder is; drop the others.

    *alts*: alt texts to use instead of the pasted ones (asked, or the caption).
    """

    def swap(m: re.Match[str]) -> str:
        n = int(m.group(2))
        target = targets.get(n)
        alt = _ESCAPE.sub(r"\\\1", alts[n]) if alts and alts.get(n) else m.group(1)
        return f"![{alt}]({target})" if target else ""

    out = PLACEHOLDER.sub(swap, markdown)
    return re.sub(r"\n{3,}", "\n\n", out).strip()
