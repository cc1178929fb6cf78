"""A small reader for our gettext catalogues (``resources/locale``), without Babel.

Babel's reader (and the email, decimal and date modules it brings) cost about a tenth
of the window's first paint, for two files of a few hundred plain entries. This reads
what those files hold: ``msgctxt``/``msgid``/``msgstr`` with continued lines, the
``fuzzy`` flag, comments and obsolete (``#~``) entries skipped. A file with plural
forms is left to Babel (:func:`editor_app.domain.i18n.messages` falls back), and a
test pins this reader to Babel's on the catalogues we ship.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_ESCAPE = re.compile(r'\\([\\trn"])')
_CHARS = {"\\": "\\", "t": "\t", "r": "\r", "n": "\n", '"': '"'}


class Entry(NamedTuple):
    context: str | None
    id: str
    string: str
    fuzzy: bool


class PluralForms(ValueError):
    """The catalogue has plural entries: this reader does not do them."""


def _unquote(text: str) -> str:
    """One quoted line's text, unescaped as Babel does it."""
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise ValueError(f"not a quoted string: {text!r}")
    return _ESCAPE.sub(lambda m: _CHARS[m.group(1)], text[1:-1])


def read(text: str) -> list[Entry]:
    """The catalogue's entries in file order, the header (empty msgid) left out."""
    entries: list[Entry] = []
    fields: dict[str, list[str]] = {}
    fuzzy = False
    current: list[str] | None = None

    def finish() -> None:
        nonlocal fuzzy, current
        if "msgid" in fields:
            context = "".join(fields["msgctxt"]) if "msgctxt" in fields else None
            msgid = "".join(fields["msgid"])
            if msgid:
                entries.append(Entry(context, msgid, "".join(fields.get("msgstr", [])),
                                     fuzzy))
        fields.clear()
        fuzzy = False
        current = None

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):  # comments and flags belong to the entry that follows
            if "msgstr" in fields:
                finish()
            if line.startswith("#,") and "fuzzy" in (f.strip() for f in line[2:].split(",")):
                fuzzy = True
            continue
        if line.startswith('"'):
            if current is None:
                raise ValueError(f"a continued line outside an entry: {raw!r}")
            current.append(_unquote(line))
            continue
        keyword, _, rest = line.partition(" ")
        if keyword in ("msgid_plural",) or keyword.startswith("msgstr["):
            raise PluralForms(keyword)
        if keyword not in ("msgctxt", "msgid", "msgstr"):
            raise ValueError(f"unknown line: {raw!r}")
        if keyword in ("msgctxt", "msgid") and "msgstr" in fields:
            finish()
        current = fields.setdefault(keyword, [])
        current.append(_unquote(rest))
    finish()
    return entries
