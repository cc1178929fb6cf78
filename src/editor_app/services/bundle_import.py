"""Read a bundle back into a store: an editor receiving a reporter's work, or a restore.

The bundle is checked first by the rule `verify` shares (export/reader.py: names,
sizes, methods, hashes, ids, dates, media); one bad bundle fails alone. Identity
comes from the manifest: the same revision imported twice changes nothing;
a newer one is applied as a new revision with the sender's revision id; if
the local article has moved on (or diverged), the import is a conflict and
nothing is overwritten.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.domain import i18n
from editor_app.domain.errors import Conflict, InvalidInput, NotFound
from editor_app.domain.workflow import Action, Status, allowed, authorize
from editor_app.export import ninjs_read
from editor_app.services.article import (
    Incoming,
    load_article,
    new_article_row,
    receive_revision,
)
from editor_app.services.bundle_read import (
    ONE_BUNDLE,
    Bundle,
    ImportResult,
    alone,
    bundle_choices,
    bundle_text,
    credited,
    owner,
    provenance,
    read_bundle,
)
from editor_app.services.common import acting, category_paths, clean, later_of, now
from editor_app.services.media import store_media

if TYPE_CHECKING:
    from editor_app.domain.entities import Article, Category, Person
    from editor_app.services.common import Clock, UowFactory
    from editor_app.store.models import ArticleRow
    from editor_app.store.uow import UnitOfWork


class BundleImportService:
    def __init__(self, uow: UowFactory, schema: Path | None = None, clock: Clock = now) -> None:
        self._uow = uow
        self.schema = schema
        self._clock = clock

    def import_bundle(self, actor: Person, path: Path) -> ImportResult:
        try:
            b = read_bundle(Path(path), self.schema)
        except OSError as exc:
            raise alone(Path(path), exc) from None
        text = bundle_text(b)  # text work before the write lock, never under it
        with self._uow(write=True) as uow:
            me = acting(uow, actor)
            authorize(Action.IMPORT, me.actor)
            result = self._import(uow, me, Path(path), b, text)
            uow.commit()
            return result

    def import_many(self, actor: Person, paths: list[Path], *, batch: int = 100,
                    progress: Any = None) -> list[ImportResult | Exception]:
        """Import many bundles, committing every *batch*; one bad bundle fails alone.

        The results' articles are read when asked for (:class:`ImportResult`).
        """
        results: list[ImportResult | Exception] = []
        for start in range(0, len(paths), batch):
            chunk = [Path(p) for p in paths[start:start + batch]]
            read = self._read_all(chunk)
            with self._uow(write=True) as uow:
                me = acting(uow, actor)
                authorize(Action.IMPORT, me.actor)
                results += self._apply(uow, me, chunk, read)
                uow.commit()
            if progress is not None:
                progress(len(results), len(paths))
        return results

    def _read_all(self, chunk: list[Path]) -> list[tuple[Bundle, Incoming] | Exception]:
        """Reading, checking and text work: outside the write lock, one bad bundle alone."""
        read: list[tuple[Bundle, Incoming] | Exception] = []
        for p in chunk:
            try:
                b = read_bundle(p, self.schema)
                read.append((b, bundle_text(b)))
            except ONE_BUNDLE as exc:
                read.append(alone(p, exc))
        return read

    def _apply(self, uow: UnitOfWork, me: Person, chunk: list[Path],
               read: list[tuple[Bundle, Incoming] | Exception]) -> list[ImportResult | Exception]:
        """One transaction's bundles: new articles in bulk (bundle_batch), the rest one by one.

        Each bundle is alone either way: checked fully before anything of it is queued,
        or applied in its own savepoint. Order is kept: the batch is written before a
        bundle that goes the one-by-one way, so that one sees all before it.
        """
        from editor_app.services.bundle_batch import Batch

        # Read once per transaction, not once per bundle: an import adds no category.
        categories = category_paths(uow.categories.list())
        out: list[ImportResult | Exception | None] = [None] * len(chunk)
        # A store that records sync does so on ORM flushes: it keeps the one-by-one way.
        bulk = not uow.session.info.get("sync_mode")
        # Only a bundle of an article neither the store nor an earlier bundle here has is new.
        seen = uow.articles.existing([str(x[0].manifest["articleId"]) for x in read
                                      if not isinstance(x, Exception)]) if bulk else set()
        pending: Batch | None = None
        for i, (p, item) in enumerate(zip(chunk, read, strict=True)):
            if isinstance(item, Exception):
                out[i] = item
                continue
            article_id = str(item[0].manifest["articleId"])
            new = article_id not in seen
            seen.add(article_id)
            if bulk and new:
                if pending is None:  # what the store holds, read again after the last write
                    rest = [x for x in read[i:] if not isinstance(x, Exception)]
                    pending = Batch(uow, me, self._clock, categories, rest, self._article)
                try:
                    out[i] = pending.add(i, p, *item)
                except ONE_BUNDLE as exc:
                    out[i] = alone(p, exc)
                continue
            if pending is not None:  # what it learnt of the store goes stale now
                self._write(uow, me, pending, out, categories)
                pending = None
            out[i] = self._one(uow, me, p, item, categories)
        if pending is not None:
            self._write(uow, me, pending, out, categories)
        return [r for r in out if r is not None]

    def _write(self, uow: UnitOfWork, me: Person, pending: Any,
               out: list[ImportResult | Exception | None],
               categories: dict[str, Category]) -> None:
        """The queued bundles in bulk.

        Should the store refuse them (a rule the checks missed), each goes again the
        one-by-one way, so only the one at fault fails.
        """
        from sqlalchemy.exc import IntegrityError

        try:
            with uow.session.begin_nested():
                pending.write()
        except IntegrityError:
            for q in pending.queued:
                out[q.key] = self._one(uow, me, q.path, q.item, categories)

    def _one(self, uow: UnitOfWork, me: Person, path: Path, item: tuple[Bundle, Incoming],
             categories: dict[str, Category]) -> ImportResult | Exception:
        try:
            with uow.session.begin_nested():  # a savepoint per bundle
                return self._import(uow, me, path, *item, paths=categories, lazy=True)
        except ONE_BUNDLE as exc:
            return alone(path, exc)

    def _article(self, article_id: str) -> Article:
        with self._uow() as uow:
            return load_article(uow, article_id)

    def _import(self, uow: UnitOfWork, me: Person, path: Path, b: Bundle,
                text: Incoming | None = None,
                paths: dict[str, Category] | None = None, *, lazy: bool = False) -> ImportResult:
        """Apply one read bundle through the rules every revision obeys (receive_revision).

        *text*: ``bundle_text(b)``, worked out before the write lock was taken.
        *lazy*: the result reads its article when asked (after the batch commits).
        """

        def result(row: ArticleRow, outcome: str, notes: tuple[str, ...] = ()) -> ImportResult:
            if lazy:
                return ImportResult(row.id, outcome, notes, self._article)
            return ImportResult.of(load_article(uow, row, paths), outcome, notes)

        m = b.manifest
        article_id, revision_id = str(m["articleId"]), str(m["revisionId"])
        version, chain = int(m["version"]), [str(x) for x in m.get("revisionChain", [])]
        for sha, data in b.media.items():
            if store_media(uow, data).sha256 != sha:
                raise InvalidInput(f"media/{sha}: content does not match its name")
        notes: list[str] = []
        row = uow.articles.get(article_id)
        if row is not None and row.revision_id == revision_id:
            return result(row, "unchanged")
        if row is None:
            outcome = "created"
            credited = self._credited(uow.people, me, b, (), notes)
            owner, status = self._owner(uow.people, me, credited)
            row = self._create(uow, me, article_id, owner, status)
        elif row.revision_id in chain and version > row.version:
            outcome = "updated"
            authorize(Action.EDIT, me.actor, Status(row.status), row.author_id)
            listed = tuple(p.id for p in uow.articles.authors(row.id))
            credited = self._credited(uow.people, me, b, listed, notes) or listed
        else:
            raise Conflict(i18n.tr("conflict", who=i18n.tr("article"), theirs=row.version,
                                   yours=version)
                           + f" ({Path(path).name})",
                           current_version=row.version)
        text = text or bundle_text(b)
        snap = replace(text.snapshot, category_id=self._category(uow, b, notes),
                       author_ids=credited)
        # The importer counts as a writer of what they bring in: a bundle's claim about who
        # wrote it cannot be checked, so it cannot open a way round the four-eyes rule. Its
        # approval is kept as provenance in the revision's note, and nothing more: the
        # article arrives as a draft or submitted, and is approved here or not at all.
        approval = provenance(m)
        if approval:
            notes.append(approval)
        receive_revision(uow, row, me, replace(text, snapshot=snap),
                         note="; ".join(filter(None, [f"import {Path(path).name}", approval])),
                         clock=self._clock, revision_id=revision_id, number=version, force=True)
        named = json.dumps(b.ninjs.get("associations", []), ensure_ascii=False)
        captions = {p.sha256: p for p in ninjs_read.inline_pictures(b.ninjs)}
        for sha in b.media:
            # The article's pictures only: the portal's logo rides along for the page.
            if sha in captions or (sha != snap.featured_sha256 and sha in named):
                pic = captions.get(sha, ninjs_read.Picture(sha))
                uow.media.attach(row.id, sha, clean("caption", pic.caption),
                                 clean("credit", pic.credit), clean("alt", pic.alt))
        self._related(uow, me, row, b, notes, new=outcome == "created")
        uow.session.flush()
        return result(row, outcome, tuple(notes))

    @staticmethod
    def _related(uow: UnitOfWork, me: Person, row: ArticleRow, b: Bundle,
                 notes: list[str], *, new: bool = False) -> None:
        """The related list's pins (in order) and hides, as the bundle carries them.

        Only for someone who may pin here; an article this store does not have cannot
        be pinned or hidden (yet), and is named in a note.
        """
        choices = bundle_choices(b)
        if choices is None:
            return
        pinned, hidden = choices
        # An article created by this import has no pins yet: no query to find that out.
        if not pinned and not hidden and (new or not uow.related.pins(row.id)):
            return
        may, _why = allowed(Action.PIN_RELATED, me.actor, Status(row.status), row.author_id)
        if not may:
            notes.append(i18n.tr("bundle_pins_skipped"))
            return
        from editor_app.store.models import RelatedPinRow

        missing = [i for i in dict.fromkeys([*pinned, *hidden])
                   if i == row.id or uow.articles.get(i, body=False) is None]
        if missing:
            notes.append(i18n.tr("bundle_pins_missing", ids=", ".join(missing)))
        uow.related.clear(row.id)
        for pos, rid in enumerate(i for i in dict.fromkeys(pinned) if i not in missing):
            uow.related.add(RelatedPinRow(article_id=row.id, related_id=rid, position=pos,
                                          hidden=False))
        for rid in dict.fromkeys(hidden):
            if rid not in missing and rid not in pinned:
                uow.related.add(RelatedPinRow(article_id=row.id, related_id=rid, position=0,
                                              hidden=True))

    @staticmethod
    def _category(uow: UnitOfWork, b: Bundle, notes: list[str]) -> str | None:
        category = b.doc.meta.get("category", "")
        if not category:
            return None
        from editor_app.services.taxonomy import resolve_category

        try:
            return resolve_category(uow, category).id
        except NotFound:
            notes.append(f"category {category!r} does not exist here; left empty")
            return None

    _credited = staticmethod(credited)
    _owner = staticmethod(owner)

    def _create(self, uow: UnitOfWork, me: Person, article_id: str, owner: str,
                status: Status) -> ArticleRow:
        return new_article_row(article_id, owner, later_of(self._clock), status)
