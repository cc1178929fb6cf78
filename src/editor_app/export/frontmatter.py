"""The metadata header of Markdown files: YAML between ``---`` lines (front matter).

Read by ``article import`` and written into bundles' ``article.md``, so one
format goes both ways. Written by PyYAML (``safe_dump``), which quotes what
needs quoting: a title "Ngành Y tế Nghệ An: nhiều đổi mới" or one starting
with ``-`` or ``#`` stays one string for any YAML reader (Jekyll, Hugo, a CMS
importer). Read back with PyYAML too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from editor_app.domain.text import nfc

KEYS = ("title", "subtitle", "summary", "category", "tags", "byline", "department", "source",
        "dateline")
_HEADING = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$")
_FENCE = "---"


@dataclass(frozen=True)
class Document:
    meta: dict[str, str] = field(default_factory=dict)
    body: str = ""

    @property
    def title(self) -> str:
        return self.meta.get("title", "")


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):  # "tags: [a, b]" as well as "tags: a, b"
        return ", ".join(_as_text(v) for v in value if _as_text(v))
    if isinstance(value, dict):
        return ""
    return str(value)


def _loose(lines: list[str]) -> dict[str, str]:
    """``key: value`` per line: a hand-written header YAML refuses ("a: b: c") still imports."""
    meta: dict[str, str] = {}
    for line in lines:
        key, sep, value = line.partition(":")
        if sep and key.strip():
            meta[key.strip().lower()] = value.strip()
    return meta


# libyaml's BaseLoader when PyYAML was built with it: the same rules, parsed in C; the
# pure-Python parser was a fifth of a bundle import's time.
_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


def _header(lines: list[str]) -> dict[str, str]:
    try:
        # BaseLoader: every scalar stays the text written ("yes" is not True, "1.0" not a
        # float, a date not a date), and it builds nothing but str, list and dict.
        data = yaml.load("\n".join(lines), Loader=_LOADER)
    except yaml.YAMLError:
        return _loose(lines)
    if data is None:
        return {}
    if not isinstance(data, dict):
        return _loose(lines)
    return {str(k).strip().lower(): _as_text(v) for k, v in data.items()}


def parse(text: str) -> Document:
    """Split header and body; without a title, take the first ``# heading`` or line."""
    text = nfc(text.lstrip("\ufeff")).replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, str] = {}
    body = text
    lines = text.split("\n")
    if lines and lines[0].strip() == _FENCE:
        for i, line in enumerate(lines[1:], start=1):
            # Only an unindented fence closes the header: a line of a quoted multi-line
            # value is indented, whatever it holds.
            if line.rstrip() == _FENCE:
                meta = _header(lines[1:i])
                body = "\n".join(lines[i + 1:])
                break
        # no closing line: not a header after all
    if not meta.get("title"):
        body_lines = body.split("\n")
        for i, line in enumerate(body_lines):
            if not line.strip():
                continue
            m = _HEADING.match(line)
            meta["title"] = (m.group(1) if m else line).strip()
            if m:
                body = "\n".join(body_lines[:i] + body_lines[i + 1:])
            break
    return Document(meta=meta, body=body.strip("\n") + "\n" if body.strip() else "")


# libyaml's SafeDumper writes what PyYAML's pure-Python one writes (a tenth of the time)
# except for two kinds of character: it escapes U+0085 and anything past U+FFFF, which
# PyYAML writes as they are. A header holding one (or oddly long) is written by PyYAML:
# an article.md's bytes never depend on how PyYAML was built (tests/export/test_frontmatter).
_C_DUMPER = getattr(yaml, "CSafeDumper", None)
_NOT_LIBYAML = re.compile("[\x85\U00010000-\U0010ffff]")
_LIBYAML_MAX = 100_000


def _yaml_header(header: dict[str, str]) -> str:
    dumper = _C_DUMPER
    if dumper is None or any(len(v) > _LIBYAML_MAX or _NOT_LIBYAML.search(v)
                             for v in header.values()):
        dumper = yaml.SafeDumper
    return yaml.dump(header, Dumper=dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=1_000_000)


def dump(meta: dict[str, str], body: str, extra_keys: tuple[str, ...] = ()) -> str:
    """Header in a fixed key order (reproducible bundles), then the body."""
    header = {key: meta[key] for key in (*KEYS, *extra_keys) if meta.get(key)}
    text = _yaml_header(header) if header else ""
    return f"{_FENCE}\n{text}{_FENCE}\n\n" + body.rstrip("\n") + "\n"
