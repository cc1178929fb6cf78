"""The one allow-list every piece of HTML we show or export passes through (nh3).

Everything not listed is dropped: scripts, styles, frames, forms, event
handlers, ``javascript:``/``data:`` URLs. Table cells may keep a text
alignment and nothing else.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote

import nh3

TAGS = {
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "u", "s",
    "del", "ins", "mark", "sub", "sup", "small", "abbr", "blockquote", "q", "cite", "ul", "ol",
    "li", "dl", "dt", "dd", "pre", "code", "kbd", "table", "thead", "tbody", "tfoot", "tr", "th",
    "td", "caption", "a", "img", "figure", "figcaption", "div", "span",
}
ATTRIBUTES = {
    "*": {"title", "lang"},  # on every tag: plain text values, escaped by nh3
    "a": {"href", "title", "id"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "th": {"style", "colspan", "rowspan"},
    "td": {"style", "colspan", "rowspan"},
    "h1": {"id"}, "h2": {"id"}, "h3": {"id"}, "h4": {"id"}, "h5": {"id"}, "h6": {"id"},
    "sup": {"id"},
    "li": {"id"},
    "ol": {"start"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
# ammonia refuses "class" in ATTRIBUTES when a tag has allowed classes: classes go here only.
CLASSES = {
    "a": {"footnote-ref", "footnote-backref"},
    "div": {"footnote", "toc"},
}
STYLE_PROPERTIES = {"text-align"}
URL_ATTRIBUTES = {"href", "src"}
_SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):")
# What a browser or a later tool may drop from a URL before reading its scheme:
# controls, spaces of every kind, line/paragraph separators, zero-width and other
# format characters. Python-Markdown turns a tab into spaces, so "java<TAB>script:"
# reaches nh3 as "java    script:", which nh3 rightly reads as a relative URL.
_INVISIBLE = {"Cc", "Cf", "Zs", "Zl", "Zp", "Cs", "Co", "Cn"}


def _compact(url: str) -> str:
    """*url* percent-decoded (twice, for %2509) and stripped of every invisible character."""
    text = unquote(unquote(url))
    return "".join(c for c in text if unicodedata.category(c) not in _INVISIBLE
                   and c != "\ufffd").casefold()  # U+FFFD: where the parser put a NUL


def safe_url(url: str) -> bool:
    """False when *url*, once hidden characters are removed, names a scheme not allowed."""
    m = _SCHEME.match(_compact(url))
    return m is None or m.group(1) in URL_SCHEMES


def _filter_attribute(tag: str, name: str, value: str) -> str | None:
    if name in URL_ATTRIBUTES and not safe_url(value):
        return None
    return value


def sanitize(html: str) -> str:
    """Keep only the allowed tags, attributes, classes and URL schemes."""
    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        allowed_classes=CLASSES,
        filter_style_properties=STYLE_PROPERTIES,
        link_rel="noopener noreferrer",
        strip_comments=True,
        attribute_filter=_filter_attribute,
    )
