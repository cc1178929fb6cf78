"""Article → IPTC ninjs 3.1 (the default) or 1.6. Only facts of the revision go in: no export time.

3.1 is the current standard; 1.6 is the shape 1.x consumers such as Superdesk
ingest (lower-case names, ``headline``, ``body_html``, associations as an
object). Both are built from the same facts: the 1.6 document is the 3.1 one
renamed (:func:`to_ninjs16`), so they cannot drift apart.

Associations carry the pictures and the related list with their role: the
featured picture, the inline ones (caption, credit, alt), the related articles
in the order the page shows them (``rel`` "pinned" for an editor's pin,
"related" for one the rule chose) and those an editor hid (``rel`` "hidden").
In 1.6, which has no ``rel``, the role is the association's key.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from editor_app.domain.text import char_count, markdown_to_plain, word_count
from editor_app.domain.workflow import Status

# Re-exported from their old home, where the exporter, the reader and the CLI look.
from editor_app.export.profiles import DEFAULT_PROFILE as DEFAULT_PROFILE
from editor_app.export.profiles import PROFILES as PROFILES

if TYPE_CHECKING:
    from collections.abc import Sequence

    from editor_app.domain.entities import Article, MediaRef, RelatedItem

SCHEMA_URI = {"3.1": "https://www.iptc.org/std/ninjs/ninjs-schema_3.1.json",
              "1.6": "https://www.iptc.org/std/ninjs/ninjs-schema_1.6.json"}
# The role of a related article, as "rel" (3.1) and as the prefix of its key (1.6).
PINNED, RELATED, HIDDEN = "pinned", "related", "hidden"

PUB_STATUS = {Status.APPROVED: "usable", Status.EXPORTED: "usable",
              Status.WITHDRAWN: "canceled", Status.ARCHIVED: "canceled"}


def article_uri(article_id: str) -> str:
    return f"urn:uuid:{article_id}"


def media_uri(sha256: str) -> str:
    return f"urn:sha256:{sha256}"


def iso(when: datetime) -> str:
    """RFC 3339 in UTC, whole seconds: stable text for a stable bundle."""
    return when.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def absolute(base_url: str, path: str) -> str:
    """*path* (of the bundle, or of the portal) under *base_url*: ``https://x.vn/media/…``."""
    return base_url.rstrip("/") + "/" + path.lstrip("/")


def _picture(name: str, rel: str, m: MediaRef, path: str, version_created: str,
             base_url: str) -> dict[str, Any]:
    rendition: dict[str, Any] = {"name": "original", "contentType": m.mime, "width": m.width,
                                 "height": m.height, "sizeInBytes": m.size}
    if base_url:  # where a consumer that is not reading the bundle fetches the image
        rendition["href"] = absolute(base_url, path)
    pic: dict[str, Any] = {
        "name": name,
        "uri": media_uri(m.sha256),
        "type": "picture",
        "rel": rel,
        "versionCreated": version_created,
        "altIds": [{"role": "bundle-path", "value": path}],
        "renditions": [rendition],
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
    *,
    base_url: str = "",
    hidden: Sequence[str] = (),
) -> dict[str, Any]:
    """The ninjs 3.1 document of *article* as it stands (one revision).

    *base_url*: the portal's address; renditions then carry absolute ``href``s.
    *hidden*: ids of the articles an editor hid from the related list.
    """
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
        "standard": {"name": "ninjs", "version": "3.1", "schema": SCHEMA_URI["3.1"]},
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
        assoc.append(_picture("featured", "featured", article.featured,
                              media_path[article.featured.sha256], created, base_url))
    for i, m in enumerate(article.media, start=1):
        assoc.append(_picture(f"inline-{i}", "inline", m, media_path[m.sha256], created,
                              base_url))
    for i, r in enumerate(related, start=1):
        assoc.append({"name": f"related-{i}", "uri": article_uri(r.id),
                      "rel": PINNED if r.pinned else RELATED,
                      "type": "text", "slugline": r.slug,
                      "headlines": [{"role": "main", "value": r.title}]})
    for i, rid in enumerate(hidden, start=1):
        assoc.append({"name": f"hidden-{i}", "uri": article_uri(rid), "rel": HIDDEN,
                      "type": "text"})
    if assoc:
        doc["associations"] = assoc
    return doc


def _texts(items: list[dict[str, Any]], role: str) -> str:
    return next((str(x.get("value", "")) for x in items if x.get("role") == role), "")


def _rendition16(r: dict[str, Any]) -> dict[str, Any]:
    keys = {"href": "href", "contentType": "mimetype", "width": "width", "height": "height",
            "sizeInBytes": "sizeinbytes"}
    return {new: r[old] for old, new in keys.items() if old in r}


def _object16(doc: dict[str, Any]) -> dict[str, Any]:
    """One ninjs 3.1 object (the article or an association) in 1.6's names."""
    out: dict[str, Any] = {"uri": doc["uri"]}
    plain = {"type": "type", "version": "version",
             "firstCreated": "firstcreated", "versionCreated": "versioncreated",
             "pubStatus": "pubstatus", "language": "language", "slugline": "slugline",
             "located": "located", "by": "byline"}
    out |= {new: doc[old] for old, new in plain.items() if old in doc}
    if "representationType" in doc:  # 3.x says "full"/"partial", 1.x "complete"/"incomplete"
        out["representationtype"] = ("complete" if doc["representationType"] == "full"
                                     else "incomplete")
    heads = doc.get("headlines", [])
    if _texts(heads, "main"):
        out["headline"] = _texts(heads, "main")
    if _texts(heads, "subtitle"):
        out["headline_subtitle"] = _texts(heads, "subtitle")
    descs = doc.get("descriptions", [])
    # An article's summary, a picture's caption: 1.x consumers read both from here.
    if text := _texts(descs, "summary") or _texts(descs, "caption"):
        out["description_text"] = text
    if _texts(heads, "alt"):
        out["description_alt"] = _texts(heads, "alt")
    for body in doc.get("bodies", []):
        if body.get("role") == "main":
            out["body_html"] = body["value"]
            out["wordcount"], out["charcount"] = body["wordCount"], body["charCount"]
    if "people" in doc:
        out["person"] = [{"name": p["name"], "rel": p["rel"], "code": p["literal"]}
                         for p in doc["people"]]
    if "organisations" in doc:
        out["organisation"] = [{"name": o["name"], "rel": o["rel"]}
                               for o in doc["organisations"]]
    if "subjects" in doc:
        out["subject"] = [{k: v for k, v in (("name", s["name"]), ("rel", s["rel"]),
                                             ("code", s.get("literal"))) if v}
                          for s in doc["subjects"]]
    if "infoSources" in doc:
        out["infosource"] = [{"name": s["name"], "rel": s["role"]} for s in doc["infoSources"]]
    if "altIds" in doc:
        out["altids"] = {a["role"]: a["value"] for a in doc["altIds"]}
    if "renditions" in doc:
        out["renditions"] = {r["name"]: _rendition16(r) for r in doc["renditions"]}
    return out


def association_key16(a: dict[str, Any]) -> str:
    """The key of a 3.1 association in 1.6's object: its role, numbered within it."""
    name = str(a["name"])
    if name == "featured":
        return "featuremedia"  # the key 1.x consumers (Superdesk) read the main picture from
    if a.get("rel") in (PINNED, RELATED, HIDDEN):
        return f"{a['rel']}_{name.rsplit('-', 1)[-1]}"
    return name.replace("-", "_")


def to_ninjs16(doc: dict[str, Any]) -> dict[str, Any]:
    """The ninjs 3.1 document *doc* as ninjs 1.6, fact for fact."""
    out = _object16(doc)
    out["$standard"] = {"name": "ninjs", "version": "1.6", "schema": SCHEMA_URI["1.6"]}
    if doc.get("associations"):
        out["associations"] = {association_key16(a): _object16(a)
                               for a in doc["associations"]}
    return out
