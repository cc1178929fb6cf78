"""The fast path of a batch import: bundles that bring a new article, written in bulk.

A bundle is checked in memory, by the rules and with the words of the one-by-one
path (``BundleImportService._import`` and ``article.receive_revision``), against
what the store held when the batch began (read once: people, categories, and the
media, slugs and article ids the bundles name) and what the batch has queued
before it. Nothing of a bundle is queued until it passed every check, so one that
fails fails alone and leaves nothing behind. :meth:`Batch.write` then inserts the
queued rows with one Core executemany per table: the per-row ORM work (a flush,
identity map and a dozen queries per bundle) was most of an import's time.

Only new articles come this way. An article the store already has (an update,
a replay, a conflict) and a store that records sync (its capture runs on ORM
flushes) take the one-by-one path.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, insert, select

from editor_app.domain import i18n
from editor_app.domain.errors import InvalidInput, NotFound
from editor_app.domain.images import inspect_image
from editor_app.domain.workflow import Action, Status, allowed
from editor_app.export import ninjs_read
from editor_app.services.article import _check_credit
from editor_app.services.bundle_read import (
    Bundle,
    ImportResult,
    bundle_choices,
    credited,
    owner,
    provenance,
)
from editor_app.services.common import clean, later_of, now
from editor_app.services.taxonomy import find_category
from editor_app.store import search_index
from editor_app.store.models import (
    ArticleAuthorRow,
    ArticleMediaRow,
    ArticleRow,
    MediaRow,
    RelatedPinRow,
    RevisionRow,
    TransitionRow,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from pathlib import Path

    from sqlalchemy import Connection
    from sqlalchemy.orm import InstrumentedAttribute

    from editor_app.domain.entities import Article, Category, Person
    from editor_app.services.article import Incoming
    from editor_app.services.common import Clock
    from editor_app.store.models import PersonRow
    from editor_app.store.uow import UnitOfWork


class _Known:
    """Which values of one column the store holds, plus those the batch has queued.

    The values the bundles name are read in one query; any other (a slug's next
    suffix) is asked when needed.
    """

    def __init__(self, conn: Connection, column: InstrumentedAttribute[str],
                 wanted: Iterable[str]) -> None:
        self._conn, self._column = conn, column
        self.queued: set[str] = set()
        wanted = set(wanted)
        self._found: dict[str, bool] = dict.fromkeys(wanted, False)
        for chunk in _chunks(sorted(wanted)):
            for v in conn.execute(select(column).where(column.in_(chunk))).scalars():
                self._found[v] = True

    def __contains__(self, value: object) -> bool:
        if value in self.queued:
            return True
        if not isinstance(value, str):
            return False
        if value not in self._found:
            self._found[value] = self._conn.execute(
                select(self._column).where(self._column == value).limit(1)).first() is not None
        return self._found[value]


def _chunks(values: list[str], size: int = 500) -> Iterable[list[str]]:
    # SQLite allows 32,766 bound parameters; PostgreSQL more. 500 keeps every query small.
    for start in range(0, len(values), size):
        yield values[start:start + size]


class _People:
    """People by id and login, read once per batch: what ``uow.people`` answers."""

    def __init__(self, rows: Iterable[PersonRow]) -> None:
        self._by_id = {r.id: r for r in rows}
        self._by_login = {r.login: r for r in self._by_id.values()}

    def get(self, person_id: str) -> PersonRow | None:
        return self._by_id.get(person_id)

    def by_login(self, login: str) -> PersonRow | None:
        return self._by_login.get(login)


@dataclass
class _Rows:
    """One bundle's rows, queued together once every check passed."""

    key: int  # the bundle's place in the batch
    path: Path
    item: tuple[Bundle, Incoming]
    article: dict[str, Any]
    index: Any
    revision: dict[str, Any]
    transition: dict[str, Any]
    authors: list[dict[str, Any]] = field(default_factory=list)
    media: list[dict[str, Any]] = field(default_factory=list)
    attached: list[dict[str, Any]] = field(default_factory=list)
    pins: list[dict[str, Any]] = field(default_factory=list)


class Batch:
    """New articles from bundles, checked one by one and written together by :meth:`write`."""

    def __init__(self, uow: UnitOfWork, me: Person, clock: Clock,
                 categories: dict[str, Category], items: list[tuple[Bundle, Incoming]],
                 load: Callable[[str], Article]) -> None:
        self._conn = conn = uow.session.connection()
        self._me, self._clock, self._cats, self._load = me, clock, categories, load
        self._people = _People(uow.people.list())
        bundles = [b for b, _ in items]
        self._media = _Known(conn, MediaRow.sha256, [
            *(sha for b in bundles for sha in b.media),
            *(t.snapshot.featured_sha256 for _, t in items if t.snapshot.featured_sha256)])
        self._slugs = _Known(conn, ArticleRow.slug, (t.slug for _, t in items))
        self._articles = _Known(conn, ArticleRow.id,  # the articles pins name
                                [i for b in bundles
                                 for ids in (bundle_choices(b) or ()) for i in ids])
        self.queued: list[_Rows] = []

    def add(self, key: int, path: Path, b: Bundle, text: Incoming) -> ImportResult:
        """Check one bundle of a new article and queue its rows; raises what _import raises."""
        me, m = self._me, b.manifest
        article_id, revision_id = str(m["articleId"]), str(m["revisionId"])
        version = int(m["version"])
        media, local = self._store_media(b)
        notes: list[str] = []
        listed = credited(self._people, me, b, (), notes)
        owner_id, status = owner(self._people, me, listed)
        created = later_of(self._clock)
        snap = replace(text.snapshot, category_id=self._category(b, notes), author_ids=listed)
        approval = provenance(m)
        if approval:
            notes.append(approval)
        # receive_revision's checks for a new article (checked_snapshot), in memory.
        authors = snap.author_ids or (owner_id,)
        _check_credit(me, authors, ())
        for pid in authors:
            if self._people.get(pid) is None:
                raise NotFound(i18n.tr("not_found", what=i18n.tr("person"), key=pid))
        if snap.featured_sha256 and not (snap.featured_sha256 in local
                                         or snap.featured_sha256 in self._media):
            raise NotFound(i18n.tr("not_found", what=i18n.tr("media"),
                                   key=snap.featured_sha256))
        category = (find_category(self._cats, snap.category_id, filing="").id
                    if snap.category_id else None)
        slug = self._unique_slug(text.slug)
        note = clean("note", "; ".join(filter(None, [f"import {path.name}", approval])))
        after = replace(snap, category_id=category, author_ids=authors, slug=slug,
                        featured_sha256=snap.featured_sha256 or None)
        at = later_of(self._clock, created, created)
        rows = _Rows(
            key, path, (b, text),
            article={
                "id": article_id, "title": after.title, "subtitle": after.subtitle,
                "summary": after.summary, "body": after.body, "slug": slug,
                "status": status.value, "category_id": category, "tags": ",".join(after.tags),
                "author_id": owner_id, "byline": after.byline, "department": after.department,
                "source": after.source, "dateline": after.dateline,
                "featured_sha256": after.featured_sha256,
                "featured_caption": after.featured_caption,
                "featured_credit": after.featured_credit, "featured_alt": after.featured_alt,
                "version": version, "revision_id": revision_id, "conflict_revision_id": None,
                "created_at": created, "updated_at": at,
                "submitted_at": created if status is Status.SUBMITTED else None,
                "approved_at": None, "approved_by_id": None, "exported_at": None},
            index=text.index,
            revision={
                "id": revision_id, "article_id": article_id, "parent_id": None,
                "merge_parent_id": None, "number": version, "author_id": me.id,
                "created_at": at, "note": note, "status": status.value, "title": after.title,
                "snapshot": after.to_json()},
            transition={"article_id": article_id, "actor_id": me.id, "from_status": None,
                        "to_status": status.value, "note": note, "at": at},
            authors=[{"article_id": article_id, "person_id": pid, "position": pos}
                     for pos, pid in enumerate(dict.fromkeys(authors))],
            media=media,
            attached=self._attached(article_id, b, snap.featured_sha256),
            pins=self._pins(article_id, owner_id, status, b, notes),
        )
        self._queue(rows)
        return ImportResult(article_id, "created", tuple(notes), self._load)

    def _store_media(self, b: Bundle) -> tuple[list[dict[str, Any]], set[str]]:
        """store_media for each image: read again, checked, kept once (by its hash)."""
        rows: list[dict[str, Any]] = []
        for sha, data in b.media.items():
            info = inspect_image(data)
            digest = hashlib.sha256(data).hexdigest()
            if digest not in self._media and all(r["sha256"] != digest for r in rows):
                rows.append({"sha256": digest, "mime": info.mime, "ext": info.ext,
                             "size": len(data), "width": info.width, "height": info.height,
                             "data": data, "created_at": now()})
            if digest != sha:
                raise InvalidInput(f"media/{sha}: content does not match its name")
        return rows, {r["sha256"] for r in rows}

    def _category(self, b: Bundle, notes: list[str]) -> str | None:
        category = b.doc.meta.get("category", "")
        if not category:
            return None
        try:
            return find_category(self._cats, category).id
        except NotFound:
            notes.append(f"category {category!r} does not exist here; left empty")
            return None

    def _unique_slug(self, base: str) -> str:
        slug, n = base, 2  # as article.unique_slug, counting the batch's own
        while slug in self._slugs:
            suffix = f"-{n}"
            slug, n = base[: 80 - len(suffix)].rstrip("-") + suffix, n + 1
        return slug

    @staticmethod
    def _attached(article_id: str, b: Bundle, featured: str | None) -> list[dict[str, Any]]:
        named = _named(b)
        captions = {p.sha256: p for p in ninjs_read.inline_pictures(b.ninjs)}
        rows = []
        for sha in b.media:
            # The article's pictures only: the portal's logo rides along for the page.
            if sha in captions or (sha != featured and sha in named):
                pic = captions.get(sha, ninjs_read.Picture(sha))
                rows.append({"article_id": article_id, "sha256": sha,
                             "caption": clean("caption", pic.caption),
                             "credit": clean("credit", pic.credit),
                             "alt": clean("alt", pic.alt)})
        return rows

    def _pins(self, article_id: str, owner: str, status: Status, b: Bundle,
              notes: list[str]) -> list[dict[str, Any]]:
        """BundleImportService._related for a new article, against the batch's knowledge."""
        choices = bundle_choices(b)
        if choices is None:
            return []
        pinned, hidden = choices
        if not pinned and not hidden:
            return []
        may, _why = allowed(Action.PIN_RELATED, self._me.actor, status, owner)
        if not may:
            notes.append(i18n.tr("bundle_pins_skipped"))
            return []
        missing = [i for i in dict.fromkeys([*pinned, *hidden])
                   if i == article_id or i not in self._articles]
        if missing:
            notes.append(i18n.tr("bundle_pins_missing", ids=", ".join(missing)))
        rows = [{"article_id": article_id, "related_id": rid, "position": pos, "hidden": False}
                for pos, rid in enumerate(i for i in dict.fromkeys(pinned) if i not in missing)]
        rows += [{"article_id": article_id, "related_id": rid, "position": 0, "hidden": True}
                 for rid in dict.fromkeys(hidden) if rid not in missing and rid not in pinned]
        return rows

    def _queue(self, rows: _Rows) -> None:
        self.queued.append(rows)
        self._articles.queued.add(rows.article["id"])
        self._slugs.queued.add(rows.article["slug"])
        self._media.queued.update(r["sha256"] for r in rows.media)

    def write(self) -> None:
        """Insert every queued row: one executemany per table, in foreign-key order."""
        q, conn = self.queued, self._conn
        if not q:
            return
        _many(conn, MediaRow, [r for x in q for r in x.media])
        articles = cast(Table, ArticleRow.__table__)
        pks = conn.execute(
            insert(articles).returning(articles.c.pk, sort_by_parameter_order=True),
            [x.article for x in q]).scalars().all()
        _many(conn, RevisionRow, [x.revision for x in q])
        _many(conn, TransitionRow, [x.transition for x in q])
        _many(conn, ArticleAuthorRow, [r for x in q for r in x.authors])
        _many(conn, ArticleMediaRow, [r for x in q for r in x.attached])
        _many(conn, RelatedPinRow, [r for x in q for r in x.pins])
        search_index.put_many(conn, [(pk, x.index) for x, pk in zip(q, pks, strict=True)])


def _many(conn: Connection, model: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(model.__table__), rows)


def _named(b: Bundle) -> str:
    """The ninjs associations as text: an image named anywhere in them is the article's."""
    return json.dumps(b.ninjs.get("associations", []), ensure_ascii=False)
