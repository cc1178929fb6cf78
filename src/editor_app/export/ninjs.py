"""Article → IPTC ninjs 3.1. Only facts of the article revision go in: no export time."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from editor_app.domain.text import char_count, markdown_to_plain, word_count
from editor_app.domain.workflow import Status

if TYPE_CHECKING:
    from collections.abc import Sequence

    from editor_app.domain.entities import Article, MediaRef, RelatedItem

PUB_STATUS = {Status.APPROVED: "usable", Status.EXPORTED: "usable",
              Status.WITHDRAWN: "canceled", Status.ARCHIVED: "canceled"}


def article_uri(article_id: str) -> str:
    return f"urn:uuid:{article_id}"


def media_uri(sha256: str) -> str:
    return f"urn:sha256:{sha256}"


def iso(when: datetime) -> str:
    """RFC 3339 in UTC, whole seconds: stable text for a stable bundle."""
    return when.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _picture(name: str, m: MediaRef, path: str, version_created: str) -> dict[str, Any]:
    pic: dict[str, Any] = {
        "name": name,
        "uri": media_uri(m.sha256),
        "type": "picture",
        "rel": name,
        "versionCreated": version_created,
        "altIds": [{"role": "bundle-path", "value": path}],
        "renditions": [{"name": "original", "contentType": m.mime, "width": m.width,
                        "height": m.height, "sizeInBytes": m.size}],
    }
    if m.caption:
        pic["descriptions"] = [{"role": "caption", "contentType": "text/plain",
                                "value": m.caption}]
    if m.credit:
        pic["by"] = m.credit
    if m.alt:
        pic["headlines"] = [{"role": "alt", "value": m.alt}]
    return pic


def build_ninjs(
    article: Article,
    body_html: str,
    related: Sequence[RelatedItem],
    media_path: dict[str, str],
    category_slug: str = "",
) -> dict[str, Any]:
    """The ninjs document of *article* as it stands (one revision)."""
    plain = markdown_to_plain(article.body)
    # A clock set back between saves must not date this version before the first one.
    created = iso(max(article.revised_at or article.updated_at, article.created_at))
    doc: dict[str, Any] = {
        "uri": article_uri(article.id),
        "type": "text",
        "representationType": "full",
        "version": str(article.version),
        "firstCreated": iso(article.created_at),
        "versionCreated": created,
        "pubStatus": PUB_STATUS.get(article.status, "withheld"),
        "language": "vi",
        "slugline": article.slug,
        "headlines": [{"role": "main", "contentType": "text/plain", "value": article.title}],
        "bodies": [{"role": "main", "contentType": "text/html", "value": body_html,
                    "wordCount": word_count(plain), "charCount": char_count(plain)}],
        "altIds": [{"role": "revision", "value": article.revision_id or ""}],
    }
    if article.subtitle:
        doc["headlines"].append({"role": "subtitle", "contentType": "text/plain",
                                 "value": article.subtitle})
    if article.summary:
        doc["descriptions"] = [{"role": "summary", "contentType": "text/plain",
                                "value": article.summary}]
    byline = article.byline or ", ".join(p.name for p in article.authors)
    if byline:
        doc["by"] = byline
    if article.authors:
        doc["people"] = [{"name": p.name, "rel": "author", "literal": p.login}
                         for p in article.authors]
    if article.department:
        doc["organisations"] = [{"name": article.department, "rel": "department"}]
    subjects = []
    if article.category_name:
        subjects.append({"name": article.category_name, "rel": "category",
                         "literal": category_slug or article.category_name})
    subjects += [{"name": t, "rel": "tag"} for t in article.tags]
    if subjects:
        doc["subjects"] = subjects
    if article.source:
        doc["infoSources"] = [{"name": article.source, "role": "source"}]
    if article.dateline:
        doc["located"] = article.dateline
    assoc = []
    if article.featured:
        assoc.append(_picture("featured", article.featured,
                              media_path[article.featured.sha256], created))
    for i, m in enumerate(article.media, start=1):
        assoc.append(_picture(f"inline-{i}", m, media_path[m.sha256], created))
    for i, r in enumerate(related, start=1):
        assoc.append({"name": f"related-{i}", "uri": article_uri(r.id), "rel": "related",
                      "type": "text", "slugline": r.slug,
                      "headlines": [{"role": "main", "value": r.title}]})
    if assoc:
        doc["associations"] = assoc
    return doc
