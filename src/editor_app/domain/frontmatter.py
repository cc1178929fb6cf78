"""The metadata header of Markdown files: ``key: value`` lines between ``---`` lines.

Read by ``article import`` and written into bundles' ``article.md``, so one
format goes both ways.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from editor_app.domain.text import nfc

KEYS = ("title", "subtitle", "summary", "category", "tags", "byline", "department", "source",
        "dateline")
_HEADING = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$")


@dataclass(frozen=True)
class Document:
    meta: dict[str, str] = field(default_factory=dict)
    body: str = ""

    @property
    def title(self) -> str:
        return self.meta.get("title", "")


def parse(text: str) -> Document:
    """Split header and body; without a title, take the first ``# heading`` or line."""
    text = nfc(text.lstrip("\ufeff")).replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, str] = {}
    body = text
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        for i, line in enumerate(lines[1:], start=1):
            if line.strip() == "---":
                body = "\n".join(lines[i + 1:])
                break
            key, sep, value = line.partition(":")
            if sep and key.strip():
                meta[key.strip().lower()] = value.strip()
        else:
            meta = {}  # no closing line: not a header after all
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


def dump(meta: dict[str, str], body: str, extra_keys: tuple[str, ...] = ()) -> str:
    """Header in a fixed key order (reproducible bundles), then the body."""
    lines = ["---"]
    for key in (*KEYS, *extra_keys):
        value = meta.get(key, "")
        if value:
            lines.append(f"{key}: {' '.join(value.split())}")
    lines.append("---")
    return "\n".join(lines) + "\n\n" + body.rstrip("\n") + "\n"
