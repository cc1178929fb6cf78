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
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from editor_app.domain import i18n
from editor_app.domain.entities import Article, ArticleFields, Person, Snapshot
from editor_app.domain.errors import Conflict, DomainError, InvalidInput, NotFound
from editor_app.domain.fields import merge
from editor_app.domain.workflow import WRITERS, Action, Role, Status, allowed, authorize
from editor_app.export import ninjs_read
from editor_app.export.ninjs import HIDDEN, PINNED
from editor_app.services.article import (
    Incoming,
    load_article,
    new_article_row,
    prepare,
    receive_revision,
)
from editor_app.services.common import acting, category_paths, clean, later_of, now
from editor_app.services.media import store_media

if TYPE_CHECKING:
    from editor_app.domain.entities import Category
    from editor_app.export import frontmatter
    from editor_app.services.common import Clock, UowFactory
    from editor_app.store.models import ArticleRow, PersonRow
    from editor_app.store.uow import UnitOfWork


@dataclass(frozen=True)
class ImportResult:
    """What became of one bundle; its *article* is read from the store when first asked for.

    A batch's caller mostly wants the id and the notes, and reading every article back
    cost as much as importing it. A batch's result so shows the article as it is when
    asked (after the batch), not as that one bundle left it.
    """

    article_id: str
    outcome: str  # "created" | "updated" | "unchanged"
    notes: tuple[str, ...] = ()
    load: Callable[[str], Article] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, article: Article, outcome: str, notes: tuple[str, ...] = ()) -> ImportResult:
        """A result with its article read already (a single import shows it at once)."""
        result = cls(article.id, outcome, notes)
        result.__dict__["article"] = article  # what cached_property would keep
        return result

    @cached_property
    def article(self) -> Article:
        if self.load is None:
            raise NotFound(i18n.tr("not_found", what=i18n.tr("article"), key=self.article_id))
        return self.load(self.article_id)


class PeopleLookup(Protocol):
    """``uow.people``'s two lookups a bundle's credits need (a batch answers from memory)."""

    def get(self, person_id: str) -> PersonRow | None: ...

    def by_login(self, login: str) -> PersonRow | None: ...


@dataclass(frozen=True)
class _Bundle:
    manifest: dict[str, Any]
    ninjs: dict[str, Any]
    doc: frontmatter.Document
    media: Mapping[str, bytes]


class _Media(Mapping[str, bytes]):
    """The bundle's images by SHA-256, read from the zip one at a time when used.

    Read again (bounded) rather than kept from the check: a batch of bundles with
    many images would otherwise sit in memory together. The import hashes each
    one again, so a file changed since the check is still caught.
    """

    def __init__(self, path: Path, names: list[str]) -> None:
        self._path = path
        self._names = {n.removeprefix("media/").split(".", 1)[0]: n for n in names}

    def __getitem__(self, sha: str) -> bytes:
        from editor_app.export.zipsafe import UnsafeBundle, open_archive, read_entry

        try:
            with open_archive(self._path) as zf:
                return read_entry(zf, self._names[sha])
        except (UnsafeBundle, OSError) as exc:
            raise InvalidInput(f"{self._path.name}: {exc}") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


def _read(path: Path, schema: Path | None) -> _Bundle:
    """The bundle, checked by the same rule `verify` applies (reader.read_bundle).

    The page and the ninjs body are not used (the page is rendered again here), so
    their content checks are verify's alone.
    """
    # Imported on the first import of a bundle, not when the services are built at start-up.
    from editor_app.export import frontmatter
    from editor_app.export.reader import read_bundle

    del schema  # the schema checks content an import does not use
    problems: list[str] = []
    found = read_bundle(path, problems)
    if found is None or problems:
        text = "; ".join(problems[:3]) or "not a bundle"
        raise InvalidInput(" ".join(f"{path.name}: {text}".split()))  # one line
    return _Bundle(found.manifest, found.ninjs, frontmatter.parse(found.markdown),
                   _Media(path, found.media))


def _choices(b: _Bundle) -> tuple[list[str], list[str]] | None:
    """(pinned ids in order, hidden ids) the bundle carries; None for a bundle without them.

    The manifest says it plainly; a bundle written before it did still has the roles of
    its ninjs associations.
    """
    related = b.manifest.get("related")
    if isinstance(related, dict):
        return ([str(x) for x in related.get("pinned", [])],
                [str(x) for x in related.get("hidden", [])])
    roles = ninjs_read.related_roles(b.ninjs)
    if not any(role in (PINNED, HIDDEN) for role, _ in roles):
        return None
    return ([i for role, i in roles if role == PINNED], [i for role, i in roles if role == HIDDEN])


def provenance(manifest: Mapping[str, Any]) -> str:
    """The approval a bundle claims, for the record: who and when, as it says (unchecked)."""
    who, when = manifest.get("approvedBy"), manifest.get("approvedAt")
    if not who and not when:
        return ""
    return i18n.tr("bundle_approval", who=str(who or "?"), when=str(when or "?"))


# What one bad bundle may raise without stopping a batch; anything else is a bug or the
# store failing, and stops it.
_ONE_BUNDLE = (DomainError, ValueError, TypeError, KeyError, OSError)


def _alone(path: Path, exc: Exception) -> DomainError:
    if isinstance(exc, DomainError):
        return exc
    if isinstance(exc, OSError):
        return InvalidInput(f"{path.name}: {exc.strerror or exc}")
    return InvalidInput(f"{path.name}: not a valid bundle ({type(exc).__name__}: {exc})")


class BundleImportService:
    def __init__(self, uow: UowFactory, schema: Path | None = None, clock: Clock = now) -> None:
        self._uow = uow
        self.schema = schema
        self._clock = clock

    def import_bundle(self, actor: Person, path: Path) -> ImportResult:
        try:
            b = _read(Path(path), self.schema)
        except OSError as exc:
            raise _alone(Path(path), exc) from None
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

    def _read_all(self, chunk: list[Path]) -> list[tuple[_Bundle, Incoming] | Exception]:
        """Reading, checking and text work: outside the write lock, one bad bundle alone."""
        read: list[tuple[_Bundle, Incoming] | Exception] = []
        for p in chunk:
            try:
                b = _read(p, self.schema)
                read.append((b, bundle_text(b)))
            except _ONE_BUNDLE as exc:
                read.append(_alone(p, exc))
        return read

    def _apply(self, uow: UnitOfWork, me: Person, chunk: list[Path],
               read: list[tuple[_Bundle, Incoming] | Exception]) -> list[ImportResult | Exception]:
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
                except _ONE_BUNDLE as exc:
                    out[i] = _alone(p, exc)
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

    def _one(self, uow: UnitOfWork, me: Person, path: Path, item: tuple[_Bundle, Incoming],
             categories: dict[str, Category]) -> ImportResult | Exception:
        try:
            with uow.session.begin_nested():  # a savepoint per bundle
                return self._import(uow, me, path, *item, paths=categories, lazy=True)
        except _ONE_BUNDLE as exc:
            return _alone(path, exc)

    def _article(self, article_id: str) -> Article:
        with self._uow() as uow:
            return load_article(uow, article_id)

    def _import(self, uow: UnitOfWork, me: Person, path: Path, b: _Bundle,
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
    def _related(uow: UnitOfWork, me: Person, row: ArticleRow, b: _Bundle,
                 notes: list[str], *, new: bool = False) -> None:
        """The related list's pins (in order) and hides, as the bundle carries them.

        Only for someone who may pin here; an article this store does not have cannot
        be pinned or hidden (yet), and is named in a note.
        """
        choices = _choices(b)
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
    def _category(uow: UnitOfWork, b: _Bundle, notes: list[str]) -> str | None:
        category = b.doc.meta.get("category", "")
        if not category:
            return None
        from editor_app.services.taxonomy import resolve_category

        try:
            return resolve_category(uow, category).id
        except NotFound:
            notes.append(f"category {category!r} does not exist here; left empty")
            return None

    @staticmethod
    def _credited(people: PeopleLookup, me: Person, b: _Bundle, listed: tuple[str, ...],
                  notes: list[str]) -> tuple[str, ...]:
        """The bundle's authors who exist here, as far as *me* may credit them.

        A reporter may not put another login on an article (nor through a bundle): the
        others are left out with a note, the byline text stays as the bundle wrote it.
        """
        logins = ninjs_read.author_logins(b.ninjs)
        found = [p for p in (people.by_login(lg) for lg in logins if lg) if p is not None]
        if me.role is Role.REPORTER:
            may = {me.id, *listed}
            left_out = [p.login for p in found if p.id not in may]
            if left_out:
                notes.append("not credited (a reporter credits only themselves): "
                             + ", ".join(left_out))
            found = [p for p in found if p.id in may]
        return tuple(dict.fromkeys(p.id for p in found))

    @staticmethod
    def _owner(people: PeopleLookup, me: Person,
               credited: tuple[str, ...]) -> tuple[str, Status]:
        """Who owns a new article from a bundle, and in what status, so someone can act.

        A reporter owns what they import. Otherwise the first credited author who may
        write here owns it, as a draft they can edit and submit; failing that, an editor
        importing owns it; staff (who write nothing) own it submitted, in the editors' queue.
        """
        if me.role is Role.REPORTER:
            return me.id, Status.DRAFT
        for pid in credited:
            p = people.get(pid)
            if p is not None and p.active and Role(p.role) in WRITERS:
                return p.id, Status.DRAFT
        if me.role in WRITERS:
            return me.id, Status.DRAFT
        return me.id, Status.SUBMITTED

    def _create(self, uow: UnitOfWork, me: Person, article_id: str, owner: str,
                status: Status) -> ArticleRow:
        return new_article_row(article_id, owner, later_of(self._clock), status)


def bundle_text(b: _Bundle) -> Incoming:
    """The bundle's text, cleaned and indexed: work to do before the write lock.

    Category and authors depend on the store; :meth:`BundleImportService._import` adds them.
    """
    meta = b.doc.meta
    pic = ninjs_read.featured(b.ninjs)
    feat = {"sha256": pic.sha256, "caption": pic.caption, "credit": pic.credit,
            "alt": pic.alt} if pic else {}
    fields = ArticleFields(
        title=meta.get("title", ""), subtitle=meta.get("subtitle", ""),
        summary=meta.get("summary", ""), body=b.doc.body, slug=meta.get("slug") or None,
        byline=meta.get("byline", ""), department=meta.get("department", ""),
        source=meta.get("source", ""), dateline=meta.get("dateline", ""),
        tags=tuple(t.strip() for t in meta.get("tags", "").split(",") if t.strip()),
        featured_sha256=feat.get("sha256", ""), featured_caption=feat.get("caption", ""),
        featured_credit=feat.get("credit", ""), featured_alt=feat.get("alt", ""),
    )
    return prepare(merge(Snapshot(), fields))
