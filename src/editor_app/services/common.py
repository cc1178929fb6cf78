"""Helpers every service uses: clock, ids, acting person, validation, conversions."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from editor_app.domain import i18n
from editor_app.domain.entities import ArticleSummary, Category, MediaRef, Person, PersonRef
from editor_app.domain.errors import InvalidInput, NotFound, PermissionDenied
from editor_app.domain.text import has_control_chars, nfc
from editor_app.domain.workflow import Role, Status

if TYPE_CHECKING:
    from collections.abc import Callable

    from editor_app.store.models import ArticleRow, CategoryRow, MediaRow, PersonRow
    from editor_app.store.uow import UnitOfWork

    UowFactory = Callable[..., UnitOfWork]

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
    "comment": 20_000,
    "note": 2_000,
    "name": 200,
    "login": 64,
}


def now() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    return str(uuid.uuid4())


def clean(field: str, value: str | None, *, required: bool = False, multiline: bool = False) -> str:
    """NFC, trimmed, within its cap, no control characters; else a clear error."""
    text = nfc(value or "")
    text = text.replace("\r\n", "\n") if multiline else text.strip()
    if required and not text.strip():
        raise InvalidInput(i18n.tr("invalid", field=field, problem=_p("empty")))
    cap = LIMITS.get(field)
    if cap is not None and len(text) > cap:
        raise InvalidInput(
            i18n.tr("invalid", field=field, problem=_p("too_long").format(n=len(text), cap=cap))
        )
    if has_control_chars(text) or (not multiline and ("\n" in text or "\t" in text)):
        raise InvalidInput(i18n.tr("invalid", field=field, problem=_p("control")))
    return text


_PROBLEMS = {
    "empty": {"en": "must not be empty", "vi": "không được để trống"},
    "too_long": {"en": "{n} characters, at most {cap}", "vi": "{n} ký tự, tối đa {cap}"},
    "control": {"en": "contains control characters", "vi": "chứa ký tự điều khiển"},
}


def _p(key: str) -> str:
    return _PROBLEMS[key][i18n.language()]


def to_person(row: PersonRow) -> Person:
    return Person(row.id, row.login, row.name, Role(row.role), row.department, row.active)


def to_ref(row: PersonRow) -> PersonRef:
    return PersonRef(row.id, row.login, row.name)


def acting(uow: UnitOfWork, person: Person) -> Person:
    """Re-read the acting person inside the transaction: roles may have changed."""
    row = uow.people.get(person.id)
    if row is None:
        raise NotFound(i18n.tr("not_found", what=i18n.tr("person"), key=person.login))
    if not row.active:
        raise PermissionDenied(i18n.tr("inactive", name=row.name))
    return to_person(row)


def category_paths(rows: Any) -> dict[str, Category]:
    by_id: dict[str, CategoryRow] = {r.id: r for r in rows}

    def path(r: CategoryRow) -> str:
        names, seen = [], set()
        cur: CategoryRow | None = r
        while cur is not None and cur.id not in seen:
            seen.add(cur.id)
            names.append(cur.name)
            cur = by_id.get(cur.parent_id) if cur.parent_id else None
        return " / ".join(reversed(names))

    return {r.id: Category(r.id, r.name, r.slug, r.parent_id, path(r),
                           getattr(r, "retired_at", None) is not None) for r in rows}


def to_summary(row: Any) -> ArticleSummary:
    return ArticleSummary(
        id=row.id,
        title=row.title,
        slug=row.slug,
        status=Status(row.status),
        category_id=row.category_id,
        category_name=row.category_name or "",
        author_id=row.author_id,
        author_name=row.author_name,
        updated_at=row.updated_at,
        version=row.version,
    )


def media_ref(media: MediaRow, caption: str = "", credit: str = "", alt: str = "") -> MediaRef:
    return MediaRef(media.sha256, media.mime, media.ext, media.size, media.width, media.height,
                    caption, credit, alt)


def require_article(uow: UnitOfWork, article_id: str, *, body: bool = True) -> ArticleRow:
    row = uow.articles.get(article_id, body=body)
    if row is None:
        raise NotFound(i18n.tr("not_found", what=i18n.tr("article"), key=article_id))
    return row
