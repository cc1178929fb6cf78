"""The structure of rendered article HTML, as a comparable tree.

Two renderings are "the same" when their block tree, attributes and inline text
with its marks agree. Ignored on purpose: heading ids (derived from the same text),
whether a list is loose (``<li><p>``) or tight, the nesting order of ``<strong>`` and
``<em>``, where a space sits relative to a mark, and a space beside a line break: none
changes what a reader sees.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "table",
          "thead", "tbody", "tr", "th", "td", "hr", "pre", "div", "figure", "figcaption"}
MARKS = {"strong": "b", "b": "b", "em": "i", "i": "i", "code": "code"}
KEEP_ATTRS = {"href", "src", "alt", "title", "start", "style"}
VOID = {"hr", "br", "img"}


class _Node:
    def __init__(self, tag: str, attrs: tuple[tuple[str, str], ...] = ()) -> None:
        self.tag, self.attrs = tag, attrs
        self.children: list[_Node | tuple] = []


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("root")
        self.stack = [self.root]
        self.marks: list[tuple[str, ...]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        kept = tuple(sorted((k, v or "") for k, v in attrs if k in KEEP_ATTRS))
        if tag in BLOCKS:
            node = _Node(tag, kept)
            self.stack[-1].children.append(node)
            if tag not in VOID:
                self.stack.append(node)
        elif tag == "img":
            self.stack[-1].children.append(("img", kept))
        elif tag == "br":
            self.stack[-1].children.append(("br",))
        elif tag == "a":
            self.marks.append(("a", *(f"{k}={v}" for k, v in kept)))
        elif tag in MARKS:
            self.marks.append((MARKS[tag],))

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS and tag not in VOID:
            while len(self.stack) > 1:
                if self.stack.pop().tag == tag:
                    break
        elif (tag in MARKS or tag == "a") and self.marks:
            self.marks.pop()

    def handle_data(self, data: str) -> None:
        marks = frozenset(self.marks)
        for piece in re.split(r"(\s+)", data):
            if not piece:
                continue
            if piece.isspace():
                self.stack[-1].children.append(("space",))
            else:
                self.stack[-1].children.append(("text", piece, marks))


def _inline(children: list) -> list:
    """Merge text with equal marks; one space between words; none at the edges."""
    out: list = []
    for child in children:
        if isinstance(child, tuple) and child[0] == "space":
            if out and out[-1] != ("space",):
                out.append(("space",))
            continue
        if isinstance(child, tuple) and child[0] == "text" and out:
            last = out[-1]
            if last[0] == "text" and last[2] == child[2]:
                out[-1] = ("text", last[1] + child[1], child[2])
                continue
            if last == ("space",) and len(out) > 1 and out[-2][0] == "text" \
                    and out[-2][2] == child[2]:
                out[-2:] = [("text", out[-2][1] + " " + child[1], child[2])]
                continue
        out.append(child)
    # A space next to a line break is not seen (nor kept by the rich editor).
    out = [c for i, c in enumerate(out) if c != ("space",) or not (
        (i > 0 and out[i - 1] == ("br",)) or (i + 1 < len(out) and out[i + 1] == ("br",)))]
    while out and out[0] == ("space",):
        out.pop(0)
    while out and out[-1] == ("space",):
        out.pop()
    return [("text", c[1], tuple(sorted(c[2]))) if c[0] == "text" else c for c in out]


def _shape(node: _Node) -> tuple:
    children: list = []
    pending: list = []
    for child in node.children:
        if isinstance(child, _Node):
            if pending:
                inline = _inline(pending)
                if inline:
                    children.append(("inline", *inline))
                pending = []
            if node.tag == "li" and child.tag == "p":  # loose or tight: the same list
                children.extend(_shape(child)[2:])
            else:
                children.append(_shape(child))
        else:
            pending.append(child)
    if pending:
        inline = _inline(pending)
        if inline:
            children.append(("inline", *inline))
    return (node.tag, node.attrs, *children)


def shape(html: str) -> tuple:
    parser = _Parser()
    parser.feed(html)
    parser.close()
    return _shape(parser.root)
