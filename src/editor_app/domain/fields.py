"""Field cleaning: what any text must look like before it reaches the store.

Pure functions, so a save can clean (and fold, and index) its text before it
takes the store's write lock.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from editor_app.domain import i18n
from editor_app.domain.errors import InvalidInput
from editor_app.domain.repair import repair
from editor_app.domain.text import has_control_chars

if TYPE_CHECKING:
    from editor_app.domain.entities import ArticleFields, Snapshot

# Caps that keep a pasted novel or a runaway script from reaching the store.
LIMITS = {
    "title": 300,
    "subtitle": 300,
    "summary": 2_000,
    "body": 1_000_000,
    "byline": 300,
    "department": 300,
    "source": 500,
    "dateline": 200,
    "tag": 80,
    "caption": 1_000,
    "credit": 300,
    "alt": 500,
    "portal_name": 300,
    "agency": 300,
    "base_url": 500,
    "section": 200,
    "comment": 20_000,
    "note": 2_000,
    "name": 200,
    "login": 64,
}

TEXT_FIELDS = ("title", "subtitle", "summary", "body", "byline", "department", "source",
               "dateline")
_FEATURED = {"featured_caption": "caption", "featured_credit": "credit", "featured_alt": "alt"}

def _p(key: str, **params: object) -> str:
    return i18n.tr(f"problem.{key}", **params)


def clean(field: str, value: str | None, *, required: bool = False, multiline: bool = False) -> str:
    """Repaired, trimmed, within its cap, no control characters; else a clear error.

    Repaired: NFC, no invisible characters (see :mod:`editor_app.domain.repair`).
    """
    text = repair(value or "")
    text = text.replace("\r\n", "\n") if multiline else text.strip()
    if required and not text.strip():
        raise InvalidInput(i18n.tr("invalid", field=field, problem=_p("empty")))
    cap = LIMITS.get(field)
    if cap is not None and len(text) > cap:
        raise InvalidInput(
            i18n.tr("invalid", field=field, problem=_p("too_long", n=len(text), cap=cap))
        )
    if has_control_chars(text) or (not multiline and ("\n" in text or "\t" in text)):
        raise InvalidInput(i18n.tr("invalid", field=field, problem=_p("control")))
    return text


def merge(base: Snapshot, f: ArticleFields) -> Snapshot:
    """*base* with every field *f* sets (None: unchanged), cleaned.

    What needs the store (the category a name points at, a free slug, that
    people and images exist) is settled later, inside the write.
    """
    changes: dict[str, object] = {}
    for name in TEXT_FIELDS:
        value = getattr(f, name)
        if value is not None:
            changes[name] = clean(name, value, required=name == "title",
                                  multiline=name == "body")
    if f.category_id is not None:
        changes["category_id"] = f.category_id.strip() or None
    if f.tags is not None:
        tags = (clean("tag", t.replace(",", " ")) for t in f.tags)
        changes["tags"] = tuple(dict.fromkeys(t for t in tags if t))
    if f.author_ids is not None:
        if not f.author_ids:
            raise InvalidInput(i18n.tr("invalid", field="authors", problem=_p("empty")))
        changes["author_ids"] = tuple(dict.fromkeys(f.author_ids))
    if f.slug is not None and f.slug.strip():
        changes["slug"] = f.slug.strip()
    if f.featured_sha256 is not None:
        changes["featured_sha256"] = f.featured_sha256 or None
    for name, cap in _FEATURED.items():
        value = getattr(f, name)
        if value is not None:
            changes[name] = clean(cap, value)
    merged = replace(base, **changes)  # type: ignore[arg-type]
    if not merged.title:
        clean("title", "", required=True)
    return merged
