"""Helpers every service uses: clock, ids, acting person, validation, conversions."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from editor_app.domain import i18n
from editor_app.domain.entities import ArticleSummary, Category, MediaRef, Person, PersonRef
from editor_app.domain.errors import NotFound, PermissionDenied
from editor_app.domain.fields import clean as clean  # services clean their fields here too
from editor_app.domain.workflow import Role, Status

if TYPE_CHECKING:
    from editor_app.store.models import ArticleRow, CategoryRow, MediaRow, PersonRow
    from editor_app.store.search_index import Folded
    from editor_app.store.uow import UnitOfWork

    UowFactory = Callable[..., UnitOfWork]

Clock = Callable[[], datetime]
_TICK = timedelta(microseconds=1)


def now() -> datetime:
    return datetime.now(UTC)


def later_of(clock: Clock, *after: datetime | None) -> datetime:
    """The clock's time, but after every one of *after*: a clock set back keeps causal order.

    Strictly after (by a microsecond at least), so events of one article never tie.
    """
    return max([clock(), *(t + _TICK for t in after if t is not None)])


def index_caught_up(uow_factory: UowFactory, folded: Folded | None = None) -> int:
    """Index the articles saved since the search index last was (see search_index.catch_up).

    Its own short write transaction: a few articles, those being edited. *folded*:
    their index text, folded beforehand in a read (``uow.search.folded_waiting()``) so
    the lock is held only to write. A read-only store takes no saves, so nothing
    waits there and it is not asked to write. Returns how many articles were indexed.
    """
    if getattr(uow_factory, "read_only", False):
        return 0
    with uow_factory(write=True) as uow:
        done = uow.search.catch_up(folded)
        if done:
            uow.commit()
        return done


def new_id() -> str:
    return str(uuid.uuid4())


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
        in_conflict=getattr(row, "conflict_revision_id", None) is not None,
    )


def media_ref(media: MediaRow, caption: str = "", credit: str = "", alt: str = "") -> MediaRef:
    return MediaRef(media.sha256, media.mime, media.ext, media.size, media.width, media.height,
                    caption, credit, alt)


def require_article(uow: UnitOfWork, article_id: str, *, body: bool = True) -> ArticleRow:
    row = uow.articles.get(article_id, body=body)
    if row is None:
        raise NotFound(i18n.tr("not_found", what=i18n.tr("article"), key=article_id))
    return row
