"""Repositories: the SQL the services need, one small class per aggregate.

They return ORM rows or plain tuples to services, which turn them into
domain records before anything leaves the service layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, exists, func, literal, select, union, union_all
from sqlalchemy.orm import Session, aliased, undefer

from editor_app.store import search_index
from editor_app.store.filters import Filters, narrowed
from editor_app.store.models import (
    ArticleAuthorRow,
    ArticleMediaRow,
    ArticleRow,
    CategoryRow,
    CommentRow,
    ExportRecordRow,
    MediaRow,
    PersonRow,
    RelatedPinRow,
    RevisionRow,
    TransitionRow,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from editor_app.domain.search_text import IndexDoc, Query


class _Repo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, row: Any) -> None:
        self.s.add(row)
        self.s.flush()


class People(_Repo):
    def get(self, person_id: str) -> PersonRow | None:
        return self.s.get(PersonRow, person_id)

    def by_login(self, login: str) -> PersonRow | None:
        return self.s.scalar(select(PersonRow).where(PersonRow.login == login))

    def list(self) -> Sequence[PersonRow]:
        return self.s.scalars(select(PersonRow).order_by(PersonRow.role, PersonRow.login)).all()

    def count(self) -> int:
        return self.s.scalar(select(func.count()).select_from(PersonRow)) or 0


class Categories(_Repo):
    def get(self, category_id: str) -> CategoryRow | None:
        return self.s.get(CategoryRow, category_id)

    def by_name(self, name: str) -> CategoryRow | None:
        return self.s.scalar(select(CategoryRow).where(CategoryRow.name == name))

    def by_slug(self, slug: str) -> CategoryRow | None:
        return self.s.scalar(select(CategoryRow).where(CategoryRow.slug == slug))

    def list(self) -> Sequence[CategoryRow]:
        return self.s.scalars(
            select(CategoryRow).order_by(CategoryRow.position, CategoryRow.name)
        ).all()


_SUMMARY_COLS = (
    ArticleRow.pk,
    ArticleRow.id,
    ArticleRow.title,
    ArticleRow.slug,
    ArticleRow.status,
    ArticleRow.category_id,
    CategoryRow.name.label("category_name"),
    ArticleRow.author_id,
    PersonRow.name.label("author_name"),
    ArticleRow.updated_at,
    ArticleRow.version,
    ArticleRow.conflict_revision_id,
)


class Articles(_Repo):
    def get(self, article_id: str, *, body: bool = True) -> ArticleRow | None:
        stmt = select(ArticleRow).where(ArticleRow.id == article_id)
        if body:
            stmt = stmt.options(undefer(ArticleRow.body))
        return self.s.scalar(stmt)

    def details(self, article_id: str) -> Any | None:
        """The article with its approver's name, featured image and revision time: one query."""
        approver = aliased(PersonRow)
        return self.s.execute(
            select(ArticleRow, approver.name.label("approver_name"),
                   RevisionRow.created_at.label("revised_at"), MediaRow)
            .outerjoin(approver, approver.id == ArticleRow.approved_by_id)
            .outerjoin(RevisionRow, RevisionRow.id == ArticleRow.revision_id)
            .outerjoin(MediaRow, MediaRow.sha256 == ArticleRow.featured_sha256)
            .where(ArticleRow.id == article_id)
            .options(undefer(ArticleRow.body))
        ).first()

    def details_many(self, article_ids: Sequence[str]) -> dict[str, Any]:
        """:meth:`details` of several articles in one query, by id (the missing left out)."""
        approver = aliased(PersonRow)
        rows = self.s.execute(
            select(ArticleRow, approver.name.label("approver_name"),
                   RevisionRow.created_at.label("revised_at"), MediaRow)
            .outerjoin(approver, approver.id == ArticleRow.approved_by_id)
            .outerjoin(RevisionRow, RevisionRow.id == ArticleRow.revision_id)
            .outerjoin(MediaRow, MediaRow.sha256 == ArticleRow.featured_sha256)
            .where(ArticleRow.id.in_(article_ids))
            .options(undefer(ArticleRow.body))
        ).all()
        return {r[0].id: r for r in rows}

    def people_many(self, article_ids: Sequence[str]
                    ) -> dict[str, tuple[list[tuple[str, str, str]], set[str]]]:
        """:meth:`people` of several articles in one query, by id."""
        listed = (
            select(ArticleAuthorRow.article_id, PersonRow.id, PersonRow.login, PersonRow.name,
                   ArticleAuthorRow.position.label("position"))
            .join(ArticleAuthorRow, ArticleAuthorRow.person_id == PersonRow.id)
            .where(ArticleAuthorRow.article_id.in_(article_ids))
        )
        wrote = (
            select(RevisionRow.article_id, RevisionRow.author_id, literal(""), literal(""),
                   literal(-1))
            .where(RevisionRow.article_id.in_(article_ids))
            .distinct()
        )
        out: dict[str, tuple[list[tuple[str, str, str]], set[str]]] = {
            a: ([], set()) for a in article_ids}
        for aid, pid, login, name, position in self.s.execute(
            union_all(listed, wrote).order_by("position")
        ):
            if position < 0:
                out[aid][1].add(pid)
            else:
                out[aid][0].append((pid, login, name))
        return out

    def extras(self, row: ArticleRow) -> Any:
        """(approver's name, revision time, featured image) of an article in hand.

        What :meth:`details` adds to the row, without reading its columns again: a
        long body is most of the time an autosave spends reading the article back.
        """
        approver = aliased(PersonRow)
        return self.s.execute(
            select(approver.name.label("approver_name"),
                   RevisionRow.created_at.label("revised_at"), MediaRow)
            .select_from(ArticleRow)
            .outerjoin(approver, approver.id == ArticleRow.approved_by_id)
            .outerjoin(RevisionRow, RevisionRow.id == ArticleRow.revision_id)
            .outerjoin(MediaRow, MediaRow.sha256 == ArticleRow.featured_sha256)
            .where(ArticleRow.pk == row.pk)
        ).one()

    def people(self, article_id: str) -> tuple[list[tuple[str, str, str]], set[str]]:
        """([(id, login, name) of listed authors, in order], {ids of revision writers})."""
        listed = (
            select(PersonRow.id, PersonRow.login, PersonRow.name,
                   ArticleAuthorRow.position.label("position"))
            .join(ArticleAuthorRow, ArticleAuthorRow.person_id == PersonRow.id)
            .where(ArticleAuthorRow.article_id == article_id)
        )
        wrote = (
            select(RevisionRow.author_id, literal(""), literal(""), literal(-1))
            .where(RevisionRow.article_id == article_id)
            .distinct()
        )
        authors: list[tuple[str, str, str]] = []
        writers: set[str] = set()
        for pid, login, name, position in self.s.execute(
            union_all(listed, wrote).order_by("position")
        ):
            if position < 0:
                writers.add(pid)
            else:
                authors.append((pid, login, name))
        return authors, writers

    def writer_ids(self, article_id: str) -> set[str]:
        """Owner, listed authors and writers of any revision: who may never approve it."""
        return set(self.s.scalars(union(
            select(ArticleRow.author_id).where(ArticleRow.id == article_id),
            select(ArticleAuthorRow.person_id).where(ArticleAuthorRow.article_id == article_id),
            select(RevisionRow.author_id).where(RevisionRow.article_id == article_id),
        )))

    def by_pks(self, pks: Sequence[int]) -> dict[int, ArticleRow]:
        rows = self.s.scalars(
            select(ArticleRow).where(ArticleRow.pk.in_(pks)).options(undefer(ArticleRow.body))
        )
        return {r.pk: r for r in rows}

    def existing(self, ids: Sequence[str]) -> set[str]:
        """Which of *ids* the store has (a batch import asks once for all its bundles)."""
        found: set[str] = set()
        for start in range(0, len(ids), 500):  # well within any database's parameter limit
            found.update(self.s.scalars(
                select(ArticleRow.id).where(ArticleRow.id.in_(ids[start:start + 500]))))
        return found

    def slug_taken(self, slug: str, except_id: str | None = None) -> bool:
        stmt = select(exists().where(ArticleRow.slug == slug, ArticleRow.id != (except_id or "")))
        return bool(self.s.scalar(stmt))

    def _summary_select(self) -> Any:
        return (
            select(*_SUMMARY_COLS)
            .join(PersonRow, PersonRow.id == ArticleRow.author_id)
            .outerjoin(CategoryRow, CategoryRow.id == ArticleRow.category_id)
        )

    def summaries(
        self,
        *,
        status: str | Sequence[str] | None = None,
        category_ids: Sequence[str] | None = None,
        author_id: str | None = None,
        exclude_ids: Sequence[str] = (),
        limit: int | None = None,
        offset: int = 0,
        order: str = "updated",
        descending: bool = True,
        readable_by: tuple[str, Sequence[str]] | None = None,
    ) -> Sequence[Any]:
        """Newest first unless *order* says otherwise; never touches bodies.

        *readable_by* ``(person_id, public_statuses)``: only articles that person owns
        or co-authors, and others' in one of *public_statuses*.
        """
        stmt = narrowed(self._summary_select(), Filters(status, category_ids, author_id))
        if readable_by is not None:
            person_id, public = readable_by
            stmt = stmt.where(
                (ArticleRow.author_id == person_id)
                | ArticleRow.status.in_(public)
                | exists().where(ArticleAuthorRow.article_id == ArticleRow.id,
                                 ArticleAuthorRow.person_id == person_id))
        if exclude_ids:
            stmt = stmt.where(ArticleRow.id.not_in(exclude_ids))
        column = {"title": ArticleRow.title, "category": CategoryRow.name,
                  "author": PersonRow.name, "status": ArticleRow.status,
                  "updated": ArticleRow.updated_at}.get(order, ArticleRow.updated_at)
        key = column.desc() if descending else column.asc()
        tie = ArticleRow.pk.desc() if descending else ArticleRow.pk.asc()
        stmt = stmt.order_by(key, tie).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        return self.s.execute(stmt).all()

    def summaries_by_pks(self, pks: Sequence[int]) -> dict[int, Any]:
        rows = self.s.execute(self._summary_select().where(ArticleRow.pk.in_(pks))).all()
        return {r.pk: r for r in rows}

    def summaries_by_ids(self, ids: Sequence[str]) -> dict[str, Any]:
        rows = self.s.execute(self._summary_select().where(ArticleRow.id.in_(ids))).all()
        return {r.id: r for r in rows}

    def count(
        self,
        *,
        status: str | Sequence[str] | None = None,
        category_ids: Sequence[str] | None = None,
        author_id: str | None = None,
    ) -> int:
        stmt = narrowed(select(func.count()).select_from(ArticleRow),
                        Filters(status, category_ids, author_id))
        return int(self.s.scalar(stmt) or 0)

    def authors(self, article_id: str) -> Sequence[PersonRow]:
        return self.s.scalars(
            select(PersonRow)
            .join(ArticleAuthorRow, ArticleAuthorRow.person_id == PersonRow.id)
            .where(ArticleAuthorRow.article_id == article_id)
            .order_by(ArticleAuthorRow.position)
        ).all()

    def set_authors(self, article_id: str, person_ids: Sequence[str]) -> None:
        self.s.execute(delete(ArticleAuthorRow).where(ArticleAuthorRow.article_id == article_id))
        for pos, pid in enumerate(dict.fromkeys(person_ids)):
            self.s.add(ArticleAuthorRow(article_id=article_id, person_id=pid, position=pos))
        self.s.flush()

    def without_current_revision(self) -> list[str]:
        """Articles whose current revision is missing or belongs to another article."""
        rev = aliased(RevisionRow)
        return list(self.s.scalars(
            select(ArticleRow.id)
            .outerjoin(rev, rev.id == ArticleRow.revision_id)
            .where((rev.id.is_(None)) | (rev.article_id != ArticleRow.id))
        ))


class Revisions(_Repo):
    def get(self, revision_id: str) -> RevisionRow | None:
        return self.s.scalar(
            select(RevisionRow)
            .where(RevisionRow.id == revision_id)
            .options(undefer(RevisionRow.snapshot))
        )

    def created_at(self, revision_id: str) -> Any:
        return self.s.scalar(select(RevisionRow.created_at).where(RevisionRow.id == revision_id))

    def for_article(self, article_id: str) -> Sequence[Any]:
        return self.s.execute(
            select(RevisionRow, PersonRow.name)
            .join(PersonRow, PersonRow.id == RevisionRow.author_id)
            .where(RevisionRow.article_id == article_id)
            .order_by(RevisionRow.number)
        ).all()

    def chains(self, article_ids: Sequence[str]) -> dict[str, list[str]]:
        """:meth:`chain` of several articles in one query, by id."""
        out: dict[str, list[str]] = {a: [] for a in article_ids}
        for aid, rid in self.s.execute(
            select(RevisionRow.article_id, RevisionRow.id)
            .join(PersonRow, PersonRow.id == RevisionRow.author_id)
            .where(RevisionRow.article_id.in_(article_ids))
            .order_by(RevisionRow.article_id, RevisionRow.number)
        ):
            out[aid].append(rid)
        return out

    def chain(self, article_id: str) -> list[str]:
        """The ids of :meth:`for_article`, oldest first, without reading the revisions."""
        return list(self.s.scalars(
            select(RevisionRow.id)
            .join(PersonRow, PersonRow.id == RevisionRow.author_id)
            .where(RevisionRow.article_id == article_id)
            .order_by(RevisionRow.number)
        ))

    def chain_problems(self) -> list[str]:
        """Revisions whose parent is missing or belongs to another article."""
        parent = aliased(RevisionRow)
        rows = self.s.execute(
            select(RevisionRow.id, RevisionRow.article_id, parent.article_id)
            .outerjoin(parent, parent.id == RevisionRow.parent_id)
            .where(RevisionRow.parent_id.is_not(None))
        ).all()
        return [rid for rid, art, parent_art in rows if parent_art != art]


class Transitions(_Repo):
    def for_article(self, article_id: str) -> Sequence[Any]:
        return self.s.execute(
            select(TransitionRow, PersonRow.name)
            .join(PersonRow, PersonRow.id == TransitionRow.actor_id)
            .where(TransitionRow.article_id == article_id)
            .order_by(TransitionRow.at, TransitionRow.id)
        ).all()


class Comments(_Repo):
    def get(self, comment_id: str) -> CommentRow | None:
        return self.s.get(CommentRow, comment_id)

    def for_article(self, article_id: str) -> Sequence[Any]:
        return self.s.execute(
            select(CommentRow, PersonRow.name)
            .join(PersonRow, PersonRow.id == CommentRow.author_id)
            .where(CommentRow.article_id == article_id)
            .order_by(CommentRow.created_at)
        ).all()


class Media(_Repo):
    def get(self, sha256: str, *, data: bool = False) -> MediaRow | None:
        stmt = select(MediaRow).where(MediaRow.sha256 == sha256)
        if data:
            stmt = stmt.options(undefer(MediaRow.data))
        return self.s.scalar(stmt)

    def for_article(self, article_id: str) -> Sequence[Any]:
        return self.s.execute(
            select(ArticleMediaRow, MediaRow)
            .join(MediaRow, MediaRow.sha256 == ArticleMediaRow.sha256)
            .where(ArticleMediaRow.article_id == article_id)
            .order_by(ArticleMediaRow.sha256)
        ).all()

    def for_articles(self, article_ids: Sequence[str]) -> dict[str, list[Any]]:
        """:meth:`for_article` of several articles in one query, by id."""
        out: dict[str, list[Any]] = {a: [] for a in article_ids}
        for am, m in self.s.execute(
            select(ArticleMediaRow, MediaRow)
            .join(MediaRow, MediaRow.sha256 == ArticleMediaRow.sha256)
            .where(ArticleMediaRow.article_id.in_(article_ids))
            .order_by(ArticleMediaRow.article_id, ArticleMediaRow.sha256)
        ):
            out[am.article_id].append((am, m))
        return out

    def attach(self, article_id: str, sha256: str, caption: str, credit: str, alt: str) -> None:
        row = self.s.get(ArticleMediaRow, (article_id, sha256))
        if row is None:
            self.s.add(ArticleMediaRow(article_id=article_id, sha256=sha256, caption=caption,
                                       credit=credit, alt=alt))
        else:
            row.caption, row.credit, row.alt = caption, credit, alt
        self.s.flush()

    def hashes_and_data(self) -> Any:
        """(sha256, data) one image at a time: all of them at once may not fit in memory."""
        return self.s.execute(
            select(MediaRow.sha256, MediaRow.data).execution_options(yield_per=20))


class Related(_Repo):
    def pins(self, article_id: str) -> Sequence[RelatedPinRow]:
        return self.s.scalars(
            select(RelatedPinRow)
            .where(RelatedPinRow.article_id == article_id)
            .order_by(RelatedPinRow.position)
        ).all()

    def pins_many(self, article_ids: Sequence[str]) -> dict[str, list[RelatedPinRow]]:
        """:meth:`pins` of each of *article_ids* (an empty list for none), in one query."""
        found: dict[str, list[RelatedPinRow]] = {a: [] for a in article_ids}
        for pin in self.s.scalars(select(RelatedPinRow)
                                  .where(RelatedPinRow.article_id.in_(list(found)))
                                  .order_by(RelatedPinRow.article_id, RelatedPinRow.position)):
            found[pin.article_id].append(pin)
        return found

    def clear(self, article_id: str) -> None:
        # A bulk delete leaves no trace in the session: tell the sync capture.
        self.s.info.setdefault("sync_pins", set()).add(article_id)
        self.s.execute(delete(RelatedPinRow).where(RelatedPinRow.article_id == article_id))


class Exports(_Repo):
    def for_article(self, article_id: str) -> Sequence[Any]:
        return self.s.execute(
            select(ExportRecordRow, PersonRow.name)
            .join(PersonRow, PersonRow.id == ExportRecordRow.exporter_id)
            .where(ExportRecordRow.article_id == article_id)
            .order_by(ExportRecordRow.at)
        ).all()


class Search(_Repo):
    def put(self, pk: int, doc: IndexDoc, *, title_kept: bool = False) -> None:
        search_index.put(self.s.connection(), pk, doc, title_kept=title_kept)

    def defers(self) -> bool:
        """True where a save leaves its index rows to :meth:`catch_up` (SQLite)."""
        return search_index.defers(self.s.connection())

    def defer(self, pk: int) -> None:
        search_index.defer(self.s.connection(), pk)

    def behind(self) -> bool:
        return search_index.behind(self.s.connection())

    def folded_waiting(self) -> search_index.Folded:
        return search_index.folded_waiting(self.s.connection())

    def catch_up(self, folded: search_index.Folded | None = None) -> int:
        return search_index.catch_up(self.s.connection(), folded)

    def remove(self, pk: int) -> None:
        search_index.remove(self.s.connection(), pk)

    def query(
        self, query: Query, filters: Filters, limit: int,
        waiting: search_index.Folded | None = None,
    ) -> list[tuple[int, bool]]:
        return search_index.search(self.s.connection(), query, filters, limit, waiting)

    def out_of_step(self) -> tuple[int, int]:
        """(articles missing from the index, index rows with no article)."""
        conn = self.s.connection()
        indexed = search_index.indexed_keys(conn)
        pks = set(self.s.scalars(select(ArticleRow.pk)))
        # Articles waiting in index_pending are indexed (or removed) before any search:
        # behind by design, not drift.
        waiting = search_index.pending_keys(conn)
        return len(pks - indexed - waiting), len(indexed - pks - waiting)

