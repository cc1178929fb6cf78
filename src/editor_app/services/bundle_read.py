"""A bundle read and checked, and the rules of an import that need no store.

Shared by the one-by-one import (bundle_import) and the bulk path of a batch
(bundle_batch), which imports this module rather than each other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol

from editor_app.domain import i18n
from editor_app.domain.entities import Article, ArticleFields, Person, Snapshot
from editor_app.domain.errors import DomainError, InvalidInput, NotFound
from editor_app.domain.fields import merge
from editor_app.domain.workflow import WRITERS, Role, Status
from editor_app.export import ninjs_read
from editor_app.export.ninjs import HIDDEN, PINNED
from editor_app.services.article import Incoming, prepare

if TYPE_CHECKING:
    from pathlib import Path

    from editor_app.export import frontmatter
    from editor_app.store.models import PersonRow


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
class Bundle:
    manifest: dict[str, Any]
    ninjs: dict[str, Any]
    doc: frontmatter.Document
    media: Mapping[str, bytes]


class BundleMedia(Mapping[str, bytes]):
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


def read_bundle(path: Path, schema: Path | None) -> Bundle:
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
    return Bundle(found.manifest, found.ninjs, frontmatter.parse(found.markdown),
                   BundleMedia(path, found.media))


def bundle_choices(b: Bundle) -> tuple[list[str], list[str]] | None:
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
ONE_BUNDLE = (DomainError, ValueError, TypeError, KeyError, OSError)


def alone(path: Path, exc: Exception) -> DomainError:
    if isinstance(exc, DomainError):
        return exc
    if isinstance(exc, OSError):
        return InvalidInput(f"{path.name}: {exc.strerror or exc}")
    return InvalidInput(f"{path.name}: not a valid bundle ({type(exc).__name__}: {exc})")




def credited(people: PeopleLookup, me: Person, b: Bundle, listed: tuple[str, ...],
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

def owner(people: PeopleLookup, me: Person,
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



def bundle_text(b: Bundle) -> Incoming:
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
