"""The pre-submission checklist: what must be right before submit and approve.

Errors block; warnings may be passed by an editor. Each item names the
field to jump to.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from editor_app.domain.i18n import translate
from editor_app.domain.legacy import legacy_encoding

if TYPE_CHECKING:
    from editor_app.domain.entities import Article, MediaRef

HEADLINE_WARN = 100  # the portal's headline fits two lines up to about here
HEADLINE_MAX = 150
SUMMARY_MAX = 400
_LINK = re.compile(r"(!?)\[([^\]]*)\]\(([^)]*)\)")
_OK_SCHEME = re.compile(r"^(https?://[^\s/]+\.[^\s]+|mailto:[^\s@]+@[^\s]+|tel:[+\d][\d .-]*|"
                        r"#[\w-]+|media/[0-9a-f]{64}\.(png|jpg|gif|webp))$")


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Item:
    level: Level
    field: str  # "title", "summary", "body" … where the editor should jump
    message: str
    position: int = -1  # in the body, when the problem is there


def _missing(m: MediaRef) -> str:
    """What an image lacks, as a catalogue key's ending: "" when nothing."""
    no_caption, no_credit = not m.caption.strip(), not m.credit.strip()
    if no_caption and no_credit:
        return "no_caption_credit"
    return "no_caption" if no_caption else "no_credit" if no_credit else ""


def check(a: Article, lang: str = "vi") -> list[Item]:
    """The checklist's items, worded in *lang* (the UI's language)."""
    items: list[Item] = []

    def add(level: Level, field: str, code: str, position: int = -1, **params: object) -> None:
        items.append(Item(level, field, translate(lang, f"checklist.{code}", **params),
                          position))

    E, W = Level.ERROR, Level.WARNING
    if not a.title.strip():
        add(E, "title", "no_title")
    elif len(a.title) > HEADLINE_MAX:
        add(E, "title", "title_too_long", n=len(a.title), most=HEADLINE_MAX)
    elif len(a.title) > HEADLINE_WARN:
        add(W, "title", "title_long", n=len(a.title), best=HEADLINE_WARN)
    if not a.summary.strip():
        add(E, "summary", "no_summary")
    elif len(a.summary) > SUMMARY_MAX:
        add(W, "summary", "summary_long", n=len(a.summary))
    if not a.category_id:
        add(E, "category", "no_category")
    if not (a.byline.strip() or a.authors):
        add(E, "byline", "no_byline")
    for field in ("title", "subtitle", "summary", "body", "byline", "source"):
        text = getattr(a, field)
        kind = legacy_encoding(text)
        if kind:
            add(E, field, "legacy_encoding", kind=kind)
        if unicodedata.normalize("NFC", text) != text:
            add(E, field, "not_nfc")
    if a.featured:
        # Name exactly what is missing: "caption and credit" when only the credit is
        # missing sends the reporter looking for a problem that is not there.
        missing = _missing(a.featured)
        if missing:
            add(W, "image", f"featured_{missing}")
    for m in a.media:
        missing = _missing(m)
        if missing:
            add(W, "body", f"image_{missing}")
            break
    for link in _LINK.finditer(a.body):
        target = link.group(3).strip().split(" ", 1)[0].strip("<>")
        if not target or not _OK_SCHEME.match(target):
            add(W, "body", "broken_image" if link.group(1) else "broken_link", link.start(),
                target=target or translate(lang, "checklist.empty_address"))
    return items


def blocking(items: list[Item]) -> bool:
    return any(i.level is Level.ERROR for i in items)
