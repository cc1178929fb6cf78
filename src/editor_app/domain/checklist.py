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

from editor_app.domain.legacy import legacy_encoding

if TYPE_CHECKING:
    from editor_app.domain.entities import Article

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


def check(a: Article, lang: str = "vi") -> list[Item]:
    vi = lang == "vi"
    items: list[Item] = []

    def add(level: Level, field: str, vi_text: str, en_text: str, position: int = -1) -> None:
        items.append(Item(level, field, vi_text if vi else en_text, position))

    E, W = Level.ERROR, Level.WARNING
    if not a.title.strip():
        add(E, "title", "Thiếu tít bài.", "The headline is missing.")
    elif len(a.title) > HEADLINE_MAX:
        add(E, "title", f"Tít dài {len(a.title)} ký tự, tối đa {HEADLINE_MAX}.",
            f"The headline has {len(a.title)} characters; at most {HEADLINE_MAX}.")
    elif len(a.title) > HEADLINE_WARN:
        add(W, "title", f"Tít dài {len(a.title)} ký tự; cổng hiển thị tốt nhất dưới "
            f"{HEADLINE_WARN}.", f"The headline has {len(a.title)} characters; the portal "
            f"shows up to {HEADLINE_WARN} best.")
    if not a.summary.strip():
        add(E, "summary", "Thiếu sapo.", "The summary (sapo) is missing.")
    elif len(a.summary) > SUMMARY_MAX:
        add(W, "summary", f"Sapo dài {len(a.summary)} ký tự.",
            f"The summary has {len(a.summary)} characters.")
    if not a.category_id:
        add(E, "category", "Chưa chọn chuyên mục.", "No category is chosen.")
    if not (a.byline.strip() or a.authors):
        add(E, "byline", "Thiếu tên tác giả (bút danh).", "The byline is missing.")
    for field in ("title", "subtitle", "summary", "body", "byline", "source"):
        text = getattr(a, field)
        kind = legacy_encoding(text)
        if kind:
            add(E, field, f"Có văn bản mã cũ {kind} (ví dụ “Hµ Néi”): cần chuyển sang Unicode.",
                f"Text in the old {kind} encoding (like “Hµ Néi”): convert it to Unicode.")
        if unicodedata.normalize("NFC", text) != text:
            add(E, field, "Văn bản chưa chuẩn hóa NFC.", "Text is not in NFC form.")
    if a.featured:
        # Name exactly what is missing: "caption and credit" when only the credit is
        # missing sends the reporter looking for a problem that is not there.
        no_caption, no_credit = not a.featured.caption.strip(), not a.featured.credit.strip()
        if no_caption and no_credit:
            add(W, "image", "Ảnh đại diện thiếu chú thích và tác giả ảnh.",
                "The featured image needs a caption and a credit.")
        elif no_caption:
            add(W, "image", "Ảnh đại diện thiếu chú thích.", "The featured image needs a caption.")
        elif no_credit:
            add(W, "image", "Ảnh đại diện thiếu tác giả ảnh.",
                "The featured image needs a credit (who took the photo).")
    for m in a.media:
        no_caption, no_credit = not m.caption.strip(), not m.credit.strip()
        if no_caption and no_credit:
            add(W, "body", "Ảnh trong bài thiếu chú thích và tác giả ảnh.",
                "An image in the body needs a caption and a credit.")
        elif no_caption:
            add(W, "body", "Ảnh trong bài thiếu chú thích.",
                "An image in the body needs a caption.")
        elif no_credit:
            add(W, "body", "Ảnh trong bài thiếu tác giả ảnh.",
                "An image in the body needs a credit (who took the photo).")
        if no_caption or no_credit:
            break
    for link in _LINK.finditer(a.body):
        target = link.group(3).strip().split(" ", 1)[0].strip("<>")
        if not target or not _OK_SCHEME.match(target):
            image = bool(link.group(1))
            add(W, "body", f"Đường dẫn {'ảnh' if image else 'liên kết'} hỏng: "
                f"“{target or '(trống)'}”.",
                f"Broken {'image' if image else 'link'} address: “{target or '(empty)'}”.",
                link.start())
    return items


def blocking(items: list[Item]) -> bool:
    return any(i.level is Level.ERROR for i in items)
