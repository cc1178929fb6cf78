"""Writing articles: create, edit (a new revision each time), read, list, restore.

Every save bumps ``version`` with a compare-and-set, so a save based on an
old version is refused with a Conflict that carries the current text: the
caller keeps both and a person chooses. Nothing is overwritten silently.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import TYPE_CHECKING

from editor_app.domain import i18n
from editor_app.domain.entities import Article, ArticleFields, ArticleSummary, Person, Snapshot
from editor_app.domain.errors import Conflict, NotFound, StoreBusy
from editor_app.domain.fields import merge
from editor_app.domain.workflow import Action, Status, authorize
from editor_app.services.article import (
    load_article,
    new_article_row,
    people_of,
    prepare,
    receive_revision,
    snapshot_of,
)
from editor_app.services.article import (  # kept importable from here for other services
    record_transition as record_transition,
)
from editor_app.services.common import (
    acting,
    later_of,
    new_id,
    now,
    require_article,
    to_summary,
)
from editor_app.services.taxonomy import resolve_category, with_descendants

if TYPE_CHECKING:
    from editor_app.services.article import Incoming
    from editor_app.services.common import Clock, UowFactory
    from editor_app.store.models import ArticleRow
    from editor_app.store.uow import UnitOfWork

# A save reads, prepares its text without the write lock, then writes; if someone
# saved in between, it prepares again on their text, a few times at most.
_ATTEMPTS = 5
# Articles whose last save is kept as the base of the next (a few open in editors).
_HEADS = 8


class DraftingService:
    def __init__(self, uow: UowFactory, clock: Clock = now) -> None:
        self._uow = uow
        self._clock = clock
        # article id → (version, snapshot) of this service's latest saves, newest last.
        self._heads: dict[str, tuple[int, Snapshot]] = {}
        self._heads_lock = threading.Lock()

    # -- reading ---------------------------------------------------------
    def get(self, article_id: str) -> Article:
        with self._uow() as uow:
            return load_article(uow, article_id)

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
        with self._uow() as uow:
            me = acting(uow, actor)
            authorize(Action.CREATE, me.actor)
            authors = fields.author_ids or (me.id,)
            byline = ", ".join(p.name for p in people_of(uow, authors))
        base = Snapshot(department=me.department, byline=byline, author_ids=authors)
        incoming = self._prepare(merge(base, replace(fields, byline=fields.byline or None)))
        with self._uow(write=True) as uow:
            me = acting(uow, actor)
            authorize(Action.CREATE, me.actor)
            row = new_article_row(new_id(), me.id, later_of(self._clock))
            receive_revision(uow, row, me, incoming, note=note, clock=self._clock)
            return _committed(uow, row)

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
        known = self._heads.get(article_id)
        for attempt in range(_ATTEMPTS):
            if attempt == 0 and known is not None and expected_version in (None, known[0]):
                seen, base = known  # this service's last save of it: no read needed
            else:
                with self._uow() as uow:
                    row = self._editable(uow, actor, article_id, expected_version)
                    base, seen = snapshot_of(uow, row), row.version
            incoming = self._prepare(merge(base, fields))  # no lock held: other writers go on
            with self._uow(write=True) as uow:
                row = self._editable(uow, actor, article_id, expected_version)
                if row.version != seen or snapshot_of(uow, row) != base:
                    # Saved by someone else meanwhile (or changed in place, the version
                    # kept): apply *fields* to the text as it is now.
                    continue
                me = acting(uow, actor)
                if receive_revision(uow, row, me, incoming, note=note, clock=self._clock):
                    self._remember(row.id, row.version, snapshot_of(uow, row))
                    return _committed(uow, row)
                return load_article(uow, row)
        raise StoreBusy(i18n.tr("busy"))

    def _prepare(self, snapshot: Snapshot) -> Incoming:
        incoming = prepare(snapshot)
        if not getattr(self._uow, "defers_index", True):
            _ = incoming.index  # written in the save here (PostgreSQL): folded before the lock
        return incoming

    def _remember(self, article_id: str, version: int, snapshot: Snapshot) -> None:
        """Keep what a save wrote, as the base of this article's next save (autosave).

        The next save still reads the article in its write transaction and starts over
        from the store if the version or the content differs; it only skips the read
        transaction that would fetch the same text before preparing the new one.
        """
        with self._heads_lock:
            self._heads.pop(article_id, None)
            self._heads[article_id] = (version, snapshot)
            while len(self._heads) > _HEADS:
                del self._heads[next(iter(self._heads))]

    def _editable(
        self, uow: UnitOfWork, actor: Person, article_id: str, expected_version: int | None
    ) -> ArticleRow:
        me = acting(uow, actor)
        row = require_article(uow, article_id)
        authorize(Action.EDIT, me.actor, Status(row.status), row.author_id)
        if expected_version is not None and expected_version != row.version:
            last = uow.revisions.get(row.revision_id) if row.revision_id else None
            who = uow.people.get(last.author_id) if last else None
            raise Conflict(
                i18n.tr("conflict", who=who.name if who else "?", theirs=row.version,
                        yours=expected_version),
                current_version=row.version, current_body=row.body,
            )
        return row

    def restore(
        self, actor: Person, article_id: str, revision_id: str, *, expected_version: int | None
    ) -> Article:
        """Bring back an old revision as a new one; history is never rewritten."""
        with self._uow() as uow:
            rev = uow.revisions.get(revision_id)
            if rev is None or rev.article_id != article_id:
                raise NotFound(i18n.tr("not_found", what=i18n.tr("revision"), key=revision_id))
            snap, number = Snapshot.from_json(rev.snapshot), rev.number
        note = i18n.tr("restored", n=number)
        return self.edit(actor, article_id, snap.to_fields(), expected_version=expected_version,
                         note=note)


def _committed(uow: UnitOfWork, row: ArticleRow) -> Article:
    """Commit, returning the article as committed.

    Read in the writing transaction, just before its commit: what it reads is what the
    commit makes durable. Read after it, it would take a new connection and a second
    write transaction (the session's next one) for a few reads, which cost an
    autosave a third of its time.
    """
    article = load_article(uow, row)
    uow.commit()
    return article
