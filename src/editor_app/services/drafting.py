"""Writing articles: create, edit (a new revision each time), read, list, restore.

Every save bumps ``version`` with a compare-and-set, so a save based on an
old version is refused with a Conflict that carries the current text: the
caller keeps both and a person chooses. Nothing is overwritten silently.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from editor_app.domain import i18n
from editor_app.domain.entities import (
    Article,
    ArticleFields,
    ArticleSummary,
    Person,
)
from editor_app.domain.errors import Conflict, InvalidInput, NotFound
from editor_app.domain.search_text import index_doc
from editor_app.domain.text import slugify
from editor_app.domain.workflow import Action, Role, Status, authorize
from editor_app.services.common import (
    acting,
    category_paths,
    clean,
    media_ref,
    new_id,
    now,
    require_article,
    to_ref,
    to_summary,
)
from editor_app.services.taxonomy import resolve_category, with_descendants

if TYPE_CHECKING:
    from editor_app.services.common import UowFactory
    from editor_app.store.models import ArticleRow
    from editor_app.store.uow import UnitOfWork

_TEXT_FIELDS = ("title", "subtitle", "summary", "body", "byline", "department", "source",
                "dateline")
_FEATURED = ("featured_caption", "featured_credit", "featured_alt")


def snapshot(uow: UnitOfWork, row: ArticleRow) -> dict[str, Any]:
    """Everything a revision must bring back, body and metadata."""
    return {
        "title": row.title,
        "subtitle": row.subtitle,
        "summary": row.summary,
        "body": row.body,
        "slug": row.slug,
        "category_id": row.category_id,
        "tags": split_tags(row.tags),
        "byline": row.byline,
        "department": row.department,
        "source": row.source,
        "dateline": row.dateline,
        "author_ids": [p.id for p in uow.articles.authors(row.id)],
        "featured_sha256": row.featured_sha256,
        "featured_caption": row.featured_caption,
        "featured_credit": row.featured_credit,
        "featured_alt": row.featured_alt,
    }


def split_tags(tags: str) -> list[str]:
    return [t for t in (x.strip() for x in tags.split(",")) if t]


def unique_slug(uow: UnitOfWork, wanted: str, article_id: str | None) -> str:
    base = slugify(wanted)
    slug, n = base, 2
    while uow.articles.slug_taken(slug, article_id):
        suffix = f"-{n}"
        slug, n = base[: 80 - len(suffix)].rstrip("-") + suffix, n + 1
    return slug


def load_article(uow: UnitOfWork, row: ArticleRow) -> Article:
    cats = category_paths(uow.categories.list())
    cat = cats.get(row.category_id) if row.category_id else None
    media = uow.media.for_article(row.id)
    featured = None
    if row.featured_sha256:
        m = uow.media.get(row.featured_sha256)
        if m is not None:
            featured = media_ref(m, row.featured_caption, row.featured_credit, row.featured_alt)
    approver = uow.people.get(row.approved_by_id) if row.approved_by_id else None
    return Article(
        id=row.id,
        title=row.title,
        subtitle=row.subtitle,
        summary=row.summary,
        body=row.body,
        slug=row.slug,
        status=Status(row.status),
        category_id=row.category_id,
        category_name=cat.name if cat else "",
        category_path=cat.path if cat else "",
        tags=tuple(split_tags(row.tags)),
        author_id=row.author_id,
        authors=tuple(to_ref(p) for p in uow.articles.authors(row.id)),
        byline=row.byline,
        department=row.department,
        source=row.source,
        dateline=row.dateline,
        version=row.version,
        revision_id=row.revision_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        submitted_at=row.submitted_at,
        approved_at=row.approved_at,
        approved_by=approver.name if approver else None,
        exported_at=row.exported_at,
        featured=featured,
        media=tuple(media_ref(m, am.caption, am.credit, am.alt) for am, m in media),
        revised_at=uow.revisions.created_at(row.revision_id) if row.revision_id else None,
    )


def write_revision(
    uow: UnitOfWork, row: ArticleRow, author: Person, note: str, revision_id: str | None = None
) -> None:
    """Append the immutable snapshot of *row* as it is now.

    *revision_id*: keep the id a revision already has elsewhere (bundle import).
    """
    from editor_app.store.models import RevisionRow

    rev = RevisionRow(
        id=revision_id or new_id(),
        article_id=row.id,
        parent_id=row.revision_id,
        number=row.version,
        author_id=author.id,
        created_at=row.updated_at,
        note=clean("note", note),
        status=row.status,
        title=row.title,
        snapshot=snapshot(uow, row),
    )
    uow.revisions.add(rev)
    row.revision_id = rev.id


def reindex(uow: UnitOfWork, row: ArticleRow) -> None:
    uow.search.put(row.pk, index_doc(row.title, row.subtitle, row.summary, row.body,
                                     row.byline, row.department, row.tags))


def record_transition(
    uow: UnitOfWork, row: ArticleRow, actor: Person, old: str | None, note: str
) -> None:
    from editor_app.store.models import TransitionRow

    uow.transitions.add(TransitionRow(article_id=row.id, actor_id=actor.id, from_status=old,
                                      to_status=row.status, note=clean("note", note), at=now()))


class DraftingService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    # -- reading ---------------------------------------------------------
    def get(self, article_id: str) -> Article:
        with self._uow() as uow:
            return load_article(uow, require_article(uow, article_id))

    def summaries(
        self,
        *,
        status: str | list[str] | None = None,
        category: str | None = None,
        author: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        order: str = "updated",
        descending: bool = True,
    ) -> list[ArticleSummary]:
        """Newest first by default. *category* and *author* are names/logins or ids."""
        with self._uow() as uow:
            cat_ids, author_id = self._filters(uow, category, author)
            rows = uow.articles.summaries(status=status, category_ids=cat_ids,
                                          author_id=author_id, limit=limit, offset=offset,
                                          order=order, descending=descending)
            return [to_summary(r) for r in rows]

    def count(
        self, *, status: str | list[str] | None = None, category: str | None = None,
        author: str | None = None,
    ) -> int:
        with self._uow() as uow:
            cat_ids, author_id = self._filters(uow, category, author)
            return uow.articles.count(status=status, category_ids=cat_ids, author_id=author_id)

    @staticmethod
    def _filters(
        uow: UnitOfWork, category: str | None, author: str | None
    ) -> tuple[list[str] | None, str | None]:
        cat_ids = with_descendants(uow, resolve_category(uow, category).id) if category else None
        author_id = None
        if author:
            p = uow.people.by_login(author) or uow.people.get(author)
            if p is None:
                raise NotFound(i18n.tr("not_found", what=i18n.tr("person"), key=author))
            author_id = p.id
        return cat_ids, author_id

    # -- writing ---------------------------------------------------------
    def create(self, actor: Person, fields: ArticleFields, note: str = "") -> Article:
        with self._uow(write=True) as uow:
            me = acting(uow, actor)
            authorize(Action.CREATE, me.actor)
            from editor_app.store.models import ArticleRow

            t = now()
            row = ArticleRow(
                id=new_id(), title="", slug="", status=Status.DRAFT.value, author_id=me.id,
                version=1, created_at=t, updated_at=t, tags="", subtitle="", summary="",
                body="", byline="", department=me.department, source="", dateline="",
                featured_caption="", featured_credit="", featured_alt="",
            )
            authors = fields.author_ids or (me.id,)
            apply_fields(uow, row, replace(fields, author_ids=authors), creating=True)
            if not fields.byline:
                row.byline = ", ".join(p.name for p in people_of(uow, authors))
            uow.articles.add(row)
            uow.articles.set_authors(row.id, authors)
            write_revision(uow, row, me, note)
            reindex(uow, row)
            record_transition(uow, row, me, None, "")
            uow.commit()
            return load_article(uow, row)

    def edit(
        self,
        actor: Person,
        article_id: str,
        fields: ArticleFields,
        *,
        expected_version: int | None = None,
        note: str = "",
    ) -> Article:
        """Save changes as a new revision. *expected_version*: the version the editor loaded.

        Without it (CLI), the edit applies to whatever is current. A save that
        changes nothing writes no revision.
        """
        with self._uow(write=True) as uow:
            me = acting(uow, actor)
            row = require_article(uow, article_id)
            authorize(Action.EDIT, me.actor, Status(row.status), row.author_id)
            if expected_version is not None and expected_version != row.version:
                last = uow.revisions.get(row.revision_id) if row.revision_id else None
                who = uow.people.get(last.author_id).name if last else "?"  # type: ignore[union-attr]
                raise Conflict(
                    i18n.tr("conflict", who=who, theirs=row.version, yours=expected_version),
                    current_version=row.version, current_body=row.body,
                )
            before = snapshot(uow, row)
            apply_fields(uow, row, fields, creating=False)
            if fields.author_ids is not None:
                uow.articles.set_authors(row.id, fields.author_ids)
            if snapshot(uow, row) == before:
                return load_article(uow, row)
            row.version += 1
            row.updated_at = now()
            if row.status == Status.APPROVED and me.role is Role.EDITOR:
                # Approval covered the old text; the new text needs another look.
                row.status = Status.IN_REVIEW.value
                row.approved_at = row.approved_by_id = None
                record_transition(uow, row, me, Status.APPROVED.value,
                                  i18n.tr("edited_after_approval"))
            write_revision(uow, row, me, note)
            reindex(uow, row)
            uow.commit()
            return load_article(uow, row)

    def restore(
        self, actor: Person, article_id: str, revision_id: str, *, expected_version: int | None
    ) -> Article:
        """Bring back an old revision as a new one; history is never rewritten."""
        with self._uow() as uow:
            rev = uow.revisions.get(revision_id)
            if rev is None or rev.article_id != article_id:
                raise NotFound(i18n.tr("not_found", what=i18n.tr("revision"), key=revision_id))
            snap, number = rev.snapshot, rev.number
        fields = ArticleFields(
            **{k: snap.get(k) for k in (*_TEXT_FIELDS, "slug", "category_id", "featured_sha256",
                                        *_FEATURED)},
            tags=tuple(snap.get("tags", ())),
            author_ids=tuple(snap.get("author_ids", ())) or None,
        )
        note = i18n.tr("restored", n=number)
        return self.edit(actor, article_id, fields, expected_version=expected_version, note=note)


def people_of(uow: UnitOfWork, ids: tuple[str, ...]) -> list[Any]:
    people = []
    for pid in ids:
        p = uow.people.get(pid)
        if p is None:
            raise NotFound(i18n.tr("not_found", what=i18n.tr("person"), key=pid))
        people.append(p)
    return people


def apply_fields(uow: UnitOfWork, row: ArticleRow, f: ArticleFields, *, creating: bool) -> None:
    """Validate and set every field *f* gives (None: unchanged) on *row*."""
    for name in _TEXT_FIELDS:
        value = getattr(f, name)
        if value is not None:
            setattr(row, name, clean(name, value, required=name == "title",
                                     multiline=name == "body"))
    if creating and not row.title:
        clean("title", "", required=True)
    if f.category_id is not None:
        row.category_id = (resolve_category(uow, f.category_id, filing=row.category_id or "").id
                           if f.category_id else None)
    if f.tags is not None:
        tags = [clean("tag", t.replace(",", " ")) for t in f.tags]
        row.tags = ",".join(dict.fromkeys(t for t in tags if t))
    if f.author_ids is not None:
        if not f.author_ids:
            raise InvalidInput(i18n.tr("invalid", field="authors", problem="—"))
        people_of(uow, f.author_ids)
    if f.slug is not None and f.slug.strip():
        row.slug = unique_slug(uow, f.slug, row.id)
    elif creating or (f.title is not None and row.status == Status.DRAFT and not row.slug):
        row.slug = unique_slug(uow, row.title, row.id)
    if f.featured_sha256 is not None:
        if f.featured_sha256 and uow.media.get(f.featured_sha256) is None:
            raise NotFound(i18n.tr("not_found", what=i18n.tr("media"), key=f.featured_sha256))
        row.featured_sha256 = f.featured_sha256 or None
    for name, cap in zip(_FEATURED, ("caption", "credit", "alt"), strict=True):
        value = getattr(f, name)
        if value is not None:
            setattr(row, name, clean(cap, value))
