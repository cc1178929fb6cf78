"""The article and its revisions: the one way a new revision reaches an article.

Edit, restore, bundle import (and later sync) all end in :func:`receive_revision`,
so the rules hold whatever brought the text: versions go up, times keep causal
order, an approval never covers content it did not see, every status change
leaves an audit row. The text work a revision needs (cleaning, folding, the
search-index text) is done by :func:`prepare` before the write lock is taken.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

from editor_app.domain import i18n
from editor_app.domain.entities import Article, MediaRef, Person, PersonRef, Snapshot
from editor_app.domain.errors import NotFound, PermissionDenied
from editor_app.domain.search_text import IndexDoc, index_doc
from editor_app.domain.text import slugify
from editor_app.domain.workflow import Role, Status, status_after_change
from editor_app.services.common import (
    category_paths,
    clean,
    later_of,
    media_ref,
    new_id,
    now,
)
from editor_app.services.taxonomy import resolve_category

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from editor_app.domain.entities import Category
    from editor_app.services.common import Clock
    from editor_app.store.models import ArticleRow, PersonRow
    from editor_app.store.uow import UnitOfWork


@dataclass(frozen=True)
class Incoming:
    """A revision ready to reach an article: cleaned outside any transaction.

    ``snapshot.category_id`` may still be a category's name (resolved in the write).
    """

    snapshot: Snapshot
    slug: str  # slugified from the snapshot's slug, else its title; made unique in the write

    @cached_property
    def index(self) -> IndexDoc:
        """Its search-index text, folded on first use.

        Only where the save writes the index (PostgreSQL): a desktop save defers it to
        the next search, which folds the text as stored.
        """
        s = self.snapshot
        return index_doc(s.title, s.subtitle, s.summary, s.body, s.byline, s.department,
                         ",".join(s.tags))


def prepare(snapshot: Snapshot) -> Incoming:
    """All the text work of a revision; call it before opening the write transaction."""
    return Incoming(snapshot=snapshot, slug=slugify(snapshot.slug or snapshot.title))


def _indexed(s: Snapshot) -> tuple[object, ...]:
    """What index_doc reads of a snapshot: a save that keeps it needs no index write."""
    return (s.title, s.subtitle, s.summary, s.body, s.byline, s.department, s.tags)


def new_article_row(
    article_id: str, owner_id: str, at: datetime, status: Status = Status.DRAFT
) -> ArticleRow:
    """An article with no revision yet; :func:`receive_revision` gives it its first."""
    from editor_app.store.models import ArticleRow

    return ArticleRow(
        id=article_id, title="", slug="", status=status.value, author_id=owner_id, version=0,
        created_at=at, updated_at=at, tags="", subtitle="", summary="", body="", byline="",
        department="", source="", dateline="", featured_caption="", featured_credit="",
        featured_alt="", submitted_at=at if status is Status.SUBMITTED else None,
    )


def split_tags(tags: str) -> tuple[str, ...]:
    return tuple(t for t in (x.strip() for x in tags.split(",")) if t)


def snapshot_of(uow: UnitOfWork, row: ArticleRow) -> Snapshot:
    """What the article holds now, as a revision would record it."""
    return Snapshot(
        title=row.title, subtitle=row.subtitle, summary=row.summary, body=row.body,
        slug=row.slug, category_id=row.category_id, tags=split_tags(row.tags),
        byline=row.byline, department=row.department, source=row.source,
        dateline=row.dateline, author_ids=tuple(p.id for p in uow.articles.authors(row.id)),
        featured_sha256=row.featured_sha256, featured_caption=row.featured_caption,
        featured_credit=row.featured_credit, featured_alt=row.featured_alt,
    )


def receive_revision(
    uow: UnitOfWork,
    row: ArticleRow,
    actor: Person,
    incoming: Incoming,
    *,
    note: str,
    clock: Clock,
    revision_id: str | None = None,
    number: int | None = None,
    force: bool = False,
    merge_parent_id: str | None = None,
) -> bool:
    """The one way a new revision reaches an article (new or not); True if one was written.

    The caller has checked that *actor* may write to the article. Content equal
    to what the article holds writes nothing (unless *force*: a bundle's revision
    keeps its id so later bundles chain onto it). Changed content after approval
    sends the article back as ``workflow.REVIEW_AGAIN`` says, with an audit row.
    *revision_id*, *number*: the id and version a revision already has elsewhere.
    *merge_parent_id*: a merge's second parent (sync), the first being the current head.
    """
    new = row.pk is None
    before = None if new else snapshot_of(uow, row)
    after = checked_snapshot(uow, row, actor, incoming, before)
    authors = after.author_ids
    if after == before and not force:
        return False
    for name in ("title", "subtitle", "summary", "body", "slug", "byline", "department",
                 "source", "dateline", "featured_sha256", "featured_caption",
                 "featured_credit", "featured_alt"):
        setattr(row, name, getattr(after, name))
    row.category_id, row.tags = after.category_id, ",".join(after.tags)
    at = later_of(clock, row.created_at, row.updated_at)
    row.version = number if number is not None else row.version + 1
    row.updated_at = at
    if new:
        uow.articles.add(row)
        record_transition(uow, row, actor, None, note, at=at)
    elif after != before or row.approved_by_id == actor.id:
        # The approval covered the old content; the new content needs another look. The
        # approver writing a revision, even an unchanged one, ends their approval too.
        old = Status(row.status)
        again = status_after_change(old)
        if again is not old:
            row.status = again.value
            row.approved_at = row.approved_by_id = None
            uow.session.flush()  # the approval is gone before the new writer is recorded
            record_transition(uow, row, actor, old.value, i18n.tr("edited_after_approval"),
                              at=at)
    if before is None or authors != before.author_ids:
        uow.articles.set_authors(row.id, authors)
    _write_revision(uow, row, actor, after, note, at, revision_id, merge_parent_id)
    if before is not None and _indexed(before) == _indexed(after):
        return True  # the index already holds this text
    if uow.search.defers():
        uow.search.defer(row.pk)  # indexed by the next reader of the index (catch_up)
        return True
    # The headline index row is kept when the headline is: it was written from the same text.
    kept = before is not None and (before.title, before.subtitle) == (after.title, after.subtitle)
    uow.search.put(row.pk, incoming.index, title_kept=kept)
    return True


def checked_snapshot(
    uow: UnitOfWork, row: ArticleRow, actor: Person, incoming: Incoming,
    before: Snapshot | None,
) -> Snapshot:
    """The snapshot as the article would keep it: people, image, category and slug checked."""
    s = incoming.snapshot
    authors = s.author_ids or (before.author_ids if before else ()) or (row.author_id,)
    _check_credit(actor, authors, before.author_ids if before else ())
    people_of(uow, authors)
    if s.featured_sha256 and uow.media.get(s.featured_sha256) is None:
        raise NotFound(i18n.tr("not_found", what=i18n.tr("media"), key=s.featured_sha256))
    # filing=: a retired category takes no new articles, but one already in it may stay.
    category = (resolve_category(uow, s.category_id, filing=row.category_id or "").id
                if s.category_id else None)
    return replace(s, category_id=category, author_ids=authors,
                   slug=unique_slug(uow, incoming.slug, row.id),
                   featured_sha256=s.featured_sha256 or None)


def write_side_revision(
    uow: UnitOfWork, row: ArticleRow, actor: Person, snap: Snapshot, *, note: str,
    clock: Clock, revision_id: str, parent_id: str,
) -> None:
    """A revision beside the head (sync: written on an older parent); the article is unchanged.

    It takes the next version number, so the head that follows numbers after it.
    """
    from editor_app.store.models import RevisionRow

    at = later_of(clock, row.created_at, row.updated_at)
    row.version += 1
    uow.revisions.add(RevisionRow(
        id=revision_id, article_id=row.id, parent_id=parent_id, number=row.version,
        author_id=actor.id, created_at=at, note=clean("note", note), status=row.status,
        title=snap.title, snapshot=snap.to_json()))
    row.updated_at = at


def _check_credit(actor: Person, authors: Sequence[str], listed: Sequence[str]) -> None:
    """A reporter may not put another login on an article; an editor may."""
    if actor.role is Role.REPORTER and set(authors) - set(listed) - {actor.id}:
        raise PermissionDenied(i18n.tr("credit_others", name=actor.name))


def _write_revision(
    uow: UnitOfWork, row: ArticleRow, actor: Person, snap: Snapshot, note: str,
    at: datetime, revision_id: str | None, merge_parent_id: str | None = None,
) -> None:
    from editor_app.store.models import RevisionRow

    rev = RevisionRow(
        id=revision_id or new_id(), article_id=row.id, parent_id=row.revision_id,
        merge_parent_id=merge_parent_id,
        number=row.version, author_id=actor.id, created_at=at, note=clean("note", note),
        status=row.status, title=row.title, snapshot=snap.to_json(),
    )
    uow.revisions.add(rev)
    row.revision_id = rev.id


def record_transition(
    uow: UnitOfWork, row: ArticleRow, actor: Person, old: str | None, note: str,
    at: datetime | None = None,
) -> None:
    """The audit row of a status change; never dated before the article's last change."""
    from editor_app.store.models import TransitionRow

    when = at or max(now(), row.updated_at)
    uow.transitions.add(TransitionRow(article_id=row.id, actor_id=actor.id, from_status=old,
                                      to_status=row.status, note=clean("note", note), at=when))


def unique_slug(uow: UnitOfWork, base: str, article_id: str | None) -> str:
    slug, n = base, 2
    while uow.articles.slug_taken(slug, article_id):
        suffix = f"-{n}"
        slug, n = base[: 80 - len(suffix)].rstrip("-") + suffix, n + 1
    return slug


def people_of(uow: UnitOfWork, ids: Sequence[str]) -> list[PersonRow]:
    people = []
    for pid in ids:
        p = uow.people.get(pid)
        if p is None:
            raise NotFound(i18n.tr("not_found", what=i18n.tr("person"), key=pid))
        people.append(p)
    return people


def load_article(uow: UnitOfWork, article: ArticleRow | str,
                 paths: dict[str, Category] | None = None) -> Article:
    """The article as callers see it, in four queries whatever it holds.

    *paths*: ``category_paths`` of the categories, when the caller loads many articles
    in one transaction (a batch import) and has read them once.
    """
    if isinstance(article, str):
        found = uow.articles.details(article)
        if found is None:
            raise NotFound(i18n.tr("not_found", what=i18n.tr("article"), key=article))
    else:
        # The row is the session's own (a query would hand back the same object): only
        # what it does not hold is read.
        found = (article, *uow.articles.extras(article))
    if paths is None:
        paths = category_paths(uow.categories.list())
    authors, writers = uow.articles.people(found[0].id)
    return assemble_article(found, authors, writers, uow.media.for_article(found[0].id), paths)


def assemble_article(details: Any, authors: Sequence[tuple[str, str, str]],
                     writers: set[str], media: Sequence[Any],
                     paths: dict[str, Category]) -> Article:
    """The Article of what :func:`load_article` reads (a batch export reads it for many).

    *details*: a row of ``articles.details``; *authors*, *writers*: ``articles.people``;
    *media*: ``media.for_article``.
    """
    row, approver_name, revised_at, featured_media = details
    cat = paths.get(row.category_id or "")
    featured: MediaRef | None = None
    if featured_media is not None:
        featured = media_ref(featured_media, row.featured_caption, row.featured_credit,
                             row.featured_alt)
    return Article(
        id=row.id, title=row.title, subtitle=row.subtitle, summary=row.summary, body=row.body,
        slug=row.slug, status=Status(row.status), category_id=row.category_id,
        category_name=cat.name if cat else "", category_path=cat.path if cat else "",
        tags=split_tags(row.tags), author_id=row.author_id,
        authors=tuple(PersonRef(*a) for a in authors), byline=row.byline,
        department=row.department, source=row.source, dateline=row.dateline,
        version=row.version, revision_id=row.revision_id, created_at=row.created_at,
        updated_at=row.updated_at, submitted_at=row.submitted_at,
        approved_at=row.approved_at, approved_by=approver_name,
        exported_at=row.exported_at, featured=featured,
        media=tuple(media_ref(m, am.caption, am.credit, am.alt) for am, m in media),
        revised_at=revised_at,
        writer_ids=tuple(sorted({row.author_id, *(a[0] for a in authors), *writers})),
        conflict_revision_id=row.conflict_revision_id,
    )
