"""Plain, frozen records that services hand to the CLI and the GUI.

No live ORM object ever leaves the service layer; these are what callers get.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from typing import TYPE_CHECKING, Any

from editor_app.domain.workflow import Actor, Role, Status

if TYPE_CHECKING:
    from collections.abc import Mapping


def to_jsonable(obj: Any) -> Any:
    """Dataclasses, datetimes and tuples as JSON-ready values."""
    if hasattr(obj, "__dataclass_fields__"):
        return {k: to_jsonable(v) for k, v in asdict(obj).items()}
    if isinstance(obj, dict):
        return {k: to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, datetime):
        return obj.isoformat()
    return obj


@dataclass(frozen=True)
class Person:
    id: str
    login: str
    name: str
    role: Role
    department: str = ""
    active: bool = True

    @property
    def actor(self) -> Actor:
        return Actor(self.id, self.name, self.role)


@dataclass(frozen=True)
class Category:
    id: str
    name: str
    slug: str
    parent_id: str | None = None
    path: str = ""  # "Thời sự / Trong tỉnh", for pickers and breadcrumbs
    retired: bool = False  # kept with its articles; offered for no new article


@dataclass(frozen=True)
class PersonRef:
    id: str
    login: str
    name: str


@dataclass(frozen=True)
class MediaRef:
    sha256: str
    mime: str
    ext: str
    size: int
    width: int = 0
    height: int = 0
    caption: str = ""
    credit: str = ""
    alt: str = ""


@dataclass(frozen=True)
class ArticleSummary:
    """One row of a list: never the body."""

    id: str
    title: str
    slug: str
    status: Status
    category_id: str | None
    category_name: str
    author_id: str
    author_name: str
    updated_at: datetime
    version: int
    in_conflict: bool = False  # two heads after a sync (issue 13): the list marks the row


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    subtitle: str
    summary: str
    body: str
    slug: str
    status: Status
    category_id: str | None
    category_name: str
    category_path: str
    tags: tuple[str, ...]
    author_id: str  # the owner: who created it
    authors: tuple[PersonRef, ...]
    byline: str
    department: str
    source: str
    dateline: str
    version: int
    revision_id: str | None
    created_at: datetime
    updated_at: datetime
    submitted_at: datetime | None = None
    approved_at: datetime | None = None
    approved_by: str | None = None
    exported_at: datetime | None = None
    featured: MediaRef | None = None
    media: tuple[MediaRef, ...] = ()
    revised_at: datetime | None = None  # when the current revision was written
    # Everyone who may not approve it: the owner, listed authors, writers of any revision.
    writer_ids: tuple[str, ...] = ()
    # The other head when a sync left two versions in conflict (issue 13); None otherwise.
    conflict_revision_id: str | None = None

    @property
    def in_conflict(self) -> bool:
        return self.conflict_revision_id is not None

    @property
    def shown_date(self) -> datetime:
        """The date a reader sees: approval, else the last revision; never the export."""
        return self.approved_at or self.revised_at or self.updated_at


@dataclass(frozen=True)
class ArticleFields:
    """What a person may set on an article; None means "leave unchanged"."""

    title: str | None = None
    subtitle: str | None = None
    summary: str | None = None
    body: str | None = None
    slug: str | None = None
    category_id: str | None = None
    tags: tuple[str, ...] | None = None
    byline: str | None = None
    department: str | None = None
    source: str | None = None
    dateline: str | None = None
    author_ids: tuple[str, ...] | None = None
    featured_sha256: str | None = None
    featured_caption: str | None = None
    featured_credit: str | None = None
    featured_alt: str | None = None


@dataclass(frozen=True)
class Snapshot:
    """Everything a revision brings back: the text and metadata of an article, typed.

    Stored as JSON in the revision; :meth:`from_json` reads every revision ever
    written (older ones may miss keys: they get the defaults).
    """

    title: str = ""
    subtitle: str = ""
    summary: str = ""
    body: str = ""
    slug: str = ""
    category_id: str | None = None
    tags: tuple[str, ...] = ()
    byline: str = ""
    department: str = ""
    source: str = ""
    dateline: str = ""
    author_ids: tuple[str, ...] = ()
    featured_sha256: str | None = None
    featured_caption: str = ""
    featured_credit: str = ""
    featured_alt: str = ""

    def to_json(self) -> dict[str, Any]:
        return {f.name: list(v) if isinstance(v := getattr(self, f.name), tuple) else v
                for f in fields(self)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> Snapshot:
        data = data or {}
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data or data[f.name] is None:
                continue
            v = data[f.name]
            if f.name in ("tags", "author_ids"):
                values[f.name] = tuple(str(x) for x in v)
            else:
                values[f.name] = str(v) if v != "" or f.name not in _OPTIONAL else None
        return cls(**values)

    def to_fields(self) -> ArticleFields:
        """The snapshot as an edit that sets every field (restore); no title: keep the current."""
        return ArticleFields(
            title=self.title or None, subtitle=self.subtitle, summary=self.summary, body=self.body,
            slug=self.slug, category_id=self.category_id or "", tags=self.tags,
            byline=self.byline, department=self.department, source=self.source,
            dateline=self.dateline, author_ids=self.author_ids or None,
            featured_sha256=self.featured_sha256 or "", featured_caption=self.featured_caption,
            featured_credit=self.featured_credit, featured_alt=self.featured_alt,
        )


_OPTIONAL = ("category_id", "featured_sha256")  # "" and None both mean "none"


@dataclass(frozen=True)
class RevisionInfo:
    id: str
    article_id: str
    parent_id: str | None
    number: int
    author_name: str
    created_at: datetime
    note: str
    status: Status
    title: str


@dataclass(frozen=True)
class Revision(RevisionInfo):
    snapshot: Snapshot = field(default_factory=Snapshot)  # every field, body included


@dataclass(frozen=True)
class Comment:
    id: str
    article_id: str
    author_name: str
    author_id: str
    body: str
    created_at: datetime
    resolved: bool = False


@dataclass(frozen=True)
class Transition:
    article_id: str
    actor_name: str
    from_status: Status | None
    to_status: Status
    note: str
    at: datetime


@dataclass(frozen=True)
class HistoryEntry:
    """Revisions and status changes of one article, merged in time order."""

    at: datetime
    kind: str  # "revision" | "transition"
    who: str
    text: str
    revision_id: str | None = None
    to_status: str = ""  # a transition's new status (named versions in History)


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str
    status: Status
    snippet: str
    category_name: str
    updated_at: datetime
    exact: bool
    author_name: str = ""


@dataclass(frozen=True)
class ExportRecord:
    id: str
    article_id: str
    revision_id: str
    exporter_name: str
    at: datetime
    path: str
    sha256: str


@dataclass(frozen=True)
class RelatedItem:
    """One line of "Tin cùng chuyên mục"."""

    id: str
    title: str
    slug: str
    status: Status
    category_name: str
    updated_at: datetime
    pinned: bool = False


@dataclass(frozen=True)
class SiteInfo:
    """The portal the page is made for: the banner, the footer and the links use it.

    An admin sets it (services/portal_identity.py); an empty *name* is a portal not
    named yet, shown with a neutral placeholder, never someone else's name.
    """

    name: str = ""
    agency: str = ""  # the owning agency, "Cơ quan chủ quản"
    base_url: str = ""  # "https://portal.example.vn"; empty: links stay root-relative
    logo: MediaRef | None = None
    # Category name → its URL path on the portal ("/thoi-su"); subcategories inherit.
    sections: Mapping[str, str] = field(default_factory=dict)
    article_path: str = "/tin-tuc/{slug}.html"  # where an article of no section lives

    def url(self, path: str) -> str:
        """*path* on the portal: absolute under the base URL when there is one."""
        return self.base_url.rstrip("/") + path if self.base_url else path

    def article_href(self, slug: str, article_id: str, category: str = "") -> str:
        section = self.sections.get(category, "") if category else ""
        if section:
            return self.url(f"{section.rstrip('/')}/{slug}.html")
        return self.url(self.article_path.format(slug=slug, id=article_id))
