"""Read a bundle back into a store: an editor receiving a reporter's work, or a restore.

The bundle is checked first by the rule `verify` shares (export/reader.py: names,
sizes, methods, hashes, ids, dates, media); one bad bundle fails alone. Identity
comes from the manifest: the same revision imported twice changes nothing;
a newer one is applied as a new revision with the sender's revision id; if
the local article has moved on (or diverged), the import is a conflict and
nothing is overwritten.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.domain import frontmatter, i18n
from editor_app.domain.entities import Article, ArticleFields, Person
from editor_app.domain.errors import Conflict, DomainError, InvalidInput, NotFound
from editor_app.domain.workflow import Action, Status, authorize
from editor_app.export.reader import read_bundle
from editor_app.export.zipsafe import UnsafeBundle, open_archive, read_entry
from editor_app.services.common import acting, now
from editor_app.services.drafting import (
    apply_fields,
    load_article,
    record_transition,
    reindex,
    write_revision,
)
from editor_app.services.media import store_media

if TYPE_CHECKING:
    from editor_app.services.common import UowFactory
    from editor_app.store.uow import UnitOfWork


@dataclass(frozen=True)
class ImportResult:
    article: Article
    outcome: str  # "created" | "updated" | "unchanged"
    notes: tuple[str, ...] = ()


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
    del schema  # the schema checks content an import does not use
    problems: list[str] = []
    found = read_bundle(path, problems)
    if found is None or problems:
        text = "; ".join(problems[:3]) or "not a bundle"
        raise InvalidInput(" ".join(f"{path.name}: {text}".split()))  # one line
    return _Bundle(found.manifest, found.ninjs, frontmatter.parse(found.markdown),
                   _Media(path, found.media))


def _featured(ninjs: dict[str, Any]) -> dict[str, str]:
    for a in ninjs.get("associations", []):
        if a.get("name") == "featured":
            return {
                "sha256": str(a.get("uri", "")).removeprefix("urn:sha256:"),
                "caption": next((d["value"] for d in a.get("descriptions", [])
                                 if d.get("role") == "caption"), ""),
                "credit": a.get("by", ""),
                "alt": next((h["value"] for h in a.get("headlines", [])
                             if h.get("role") == "alt"), ""),
            }
    return {}


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
    def __init__(self, uow: UowFactory, schema: Path | None = None) -> None:
        self._uow = uow
        self.schema = schema

    def import_bundle(self, actor: Person, path: Path) -> ImportResult:
        try:
            b = _read(Path(path), self.schema)
        except OSError as exc:
            raise _alone(Path(path), exc) from None
        with self._uow(write=True) as uow:
            me = acting(uow, actor)
            authorize(Action.IMPORT, me.actor)
            result = self._import(uow, me, Path(path), b)
            uow.commit()
            return result

    def import_many(self, actor: Person, paths: list[Path], *, batch: int = 100,
                    progress: Any = None) -> list[ImportResult | Exception]:
        """Import many bundles, committing every *batch*; one bad bundle fails alone."""
        results: list[ImportResult | Exception] = []
        for start in range(0, len(paths), batch):
            chunk = paths[start:start + batch]
            read: list[_Bundle | Exception] = []
            for p in chunk:  # reading and checking happens outside the write lock
                try:
                    read.append(_read(Path(p), self.schema))
                except _ONE_BUNDLE as exc:
                    read.append(_alone(Path(p), exc))
            with self._uow(write=True) as uow:
                me = acting(uow, actor)
                authorize(Action.IMPORT, me.actor)
                for p, b in zip(chunk, read, strict=True):
                    if isinstance(b, Exception):
                        results.append(b)
                        continue
                    try:
                        with uow.session.begin_nested():  # a savepoint per bundle
                            results.append(self._import(uow, me, Path(p), b))
                    except _ONE_BUNDLE as exc:
                        results.append(_alone(Path(p), exc))
                uow.commit()
            if progress is not None:
                progress(len(results), len(paths))
        return results

    def _import(self, uow: UnitOfWork, me: Person, path: Path, b: _Bundle) -> ImportResult:
        m = b.manifest
        article_id, revision_id = str(m["articleId"]), str(m["revisionId"])
        version, chain = int(m["version"]), [str(x) for x in m.get("revisionChain", [])]
        for sha, data in b.media.items():
            if store_media(uow, data).sha256 != sha:
                raise InvalidInput(f"media/{sha}: content does not match its name")
        notes: list[str] = []
        fields = self._fields(uow, b, notes)
        row = uow.articles.get(article_id)
        if row is None:
            outcome = "created"
            row = self._create(uow, me, article_id, fields, version, b)
        elif row.revision_id == revision_id:
            return ImportResult(load_article(uow, row), "unchanged")
        elif row.revision_id in chain and version > row.version:
            outcome = "updated"
            authorize(Action.EDIT, me.actor, Status(row.status), row.author_id)
            apply_fields(uow, row, fields, creating=False)
            row.version, row.updated_at = version, now()
        else:
            raise Conflict(i18n.tr("conflict", who=i18n.tr("article"), theirs=row.version,
                                   yours=version)
                           + f" ({Path(path).name})",
                           current_version=row.version)
        if outcome == "created" or fields.author_ids:
            uow.articles.set_authors(row.id, fields.author_ids or (row.author_id,))
        for sha in b.media:
            if sha != fields.featured_sha256:
                uow.media.attach(row.id, sha, "", "", "")
        write_revision(uow, row, me, f"import {Path(path).name}", revision_id=revision_id)
        reindex(uow, row)
        if outcome == "created":
            record_transition(uow, row, me, None, f"import {Path(path).name}")
        uow.session.flush()
        return ImportResult(load_article(uow, row), outcome, tuple(notes))

    @staticmethod
    def _fields(uow: UnitOfWork, b: _Bundle, notes: list[str]) -> ArticleFields:
        meta = b.doc.meta
        category = meta.get("category", "")
        category_id = None
        if category:
            from editor_app.services.taxonomy import resolve_category

            try:
                category_id = resolve_category(uow, category).id
            except NotFound:
                notes.append(f"category {category!r} does not exist here; left empty")
        logins = [p.get("literal", "") for p in b.ninjs.get("people", [])]
        people = [uow.people.by_login(lg) for lg in logins if lg]
        feat = _featured(b.ninjs)
        return ArticleFields(
            title=meta.get("title", ""), subtitle=meta.get("subtitle", ""),
            summary=meta.get("summary", ""), body=b.doc.body, slug=meta.get("slug") or None,
            category_id=category_id or "", byline=meta.get("byline", ""),
            department=meta.get("department", ""), source=meta.get("source", ""),
            dateline=meta.get("dateline", ""),
            tags=tuple(t.strip() for t in meta.get("tags", "").split(",") if t.strip()),
            author_ids=tuple(p.id for p in people if p is not None) or None,
            featured_sha256=feat.get("sha256", ""), featured_caption=feat.get("caption", ""),
            featured_credit=feat.get("credit", ""), featured_alt=feat.get("alt", ""),
        )

    @staticmethod
    def _create(uow: UnitOfWork, me: Person, article_id: str, fields: ArticleFields,
                version: int, b: _Bundle) -> Any:
        from editor_app.store.models import ArticleRow

        t = now()
        owner = fields.author_ids[0] if fields.author_ids else me.id
        row = ArticleRow(id=article_id, title="", slug="", status=Status.DRAFT.value,
                         author_id=owner, version=version, created_at=t, updated_at=t, tags="",
                         subtitle="", summary="", body="", byline="", department="", source="",
                         dateline="", featured_caption="", featured_credit="", featured_alt="")
        apply_fields(uow, row, fields, creating=True)
        uow.articles.add(row)
        return row
