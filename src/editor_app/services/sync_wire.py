"""The JSON shapes of sync, both ways: what push sends, what pull answers.

Plain dicts of str, int, bool, None and lists, so any transport (HTTP, a test's
function call) carries them as they are. Readers check every value: a pushed
change is input from the network, trusted for nothing. Ids are UUIDs in their
canonical lower-case text; times are ISO 8601 with an offset, set by the server.

push  ``{"changes": [change, ...]}`` (at most MAX_CHANGES) → ``{"results": [result, ...]}``
  change, by ``kind`` (every one has ``change_id``: a UUID the client made, the
  idempotency key, and ``article_id``):
    revision  ``revision_id, parent_id (null: a new article), merge_parent_id (null, or
              the other head when it resolves a conflict), note, snapshot``
    action    ``action`` (submit, start_review, return, approve, export, withdraw,
              archive), ``revision_id`` (the head it was taken on), ``note``
    comment   ``comment_id, body``
    pins      ``pinned: [article ids], hidden: [article ids]`` (the whole list)
  revision changes also carry ``images: [image]``, the article's inline images as the
  desktop has them when it pushes (uploaded first, by hash); image: ``sha256, caption,
  credit, alt``.
  snapshot: ``title, subtitle, summary, body, slug, category_id, tags: [str], byline,
  department, source, dateline, author_ids: [ids], featured_sha256, featured_caption,
  featured_credit, featured_alt`` (as ``Snapshot.to_json``)
  result: ``change_id, status`` (accepted | merged | conflict | rejected), ``reason``
  (a sentence, in the server's language), ``revision_id`` (the head after it, or the
  side kept on a conflict), ``clashes: [{field, base, ours, theirs}]`` (on a conflict)
pull  ``after`` (the last seq seen, 0 at first), ``limit`` (at most MAX_PAGE) →
  ``{"entries": [entry, ...], "next": seq to ask after next, "more": bool,
  "people": [person], "categories": [category]}``
  entry: ``seq, kind`` (revision | transition | comment | pins | withdrawn), ``change_id`` (the push
  that made it, or null), ``article`` (its state now: ``id, author_id, status, version,
  revision_id, conflict_revision_id, created_at, updated_at, submitted_at, approved_at,
  approved_by_id, exported_at, author_ids, snapshot, images``), and the one that applies of
  ``revision`` (``id, article_id, parent_id, merge_parent_id, number, author_id,
  created_at, note, status, title, snapshot``), ``transition`` (``article_id, actor_id,
  from_status, to_status, note, at``), ``comment`` (``id, article_id, author_id, body,
  created_at, resolved``), ``pins`` (``pinned, hidden``); the others are null.
  ``withdrawn``: a published article this person may no longer see (unpublished);
  ``article`` is only ``{"id"}`` and the desktop drops its copy.
  person: ``id, login, name, role, department, active, created_at``;
  category: ``id, name, slug, parent_id, position, retired_at``.
media ``missing(hashes: [sha256]) → {"missing": [sha256]}``; ``put(sha256, bytes) →
  {"sha256"}`` (the bytes must hash to it); ``get(sha256) → bytes``.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import TYPE_CHECKING, Any

from editor_app.domain import i18n
from editor_app.domain.errors import InvalidInput

if TYPE_CHECKING:
    from editor_app.store.models import (
        ArticleRow,
        CategoryRow,
        CommentRow,
        PersonRow,
        RevisionRow,
        TransitionRow,
    )

KINDS = ("revision", "action", "comment", "pins")
SHA256 = re.compile(r"[0-9a-f]{64}")
MAX_CHANGES = 200  # per push
MAX_PAGE = 500  # per pull


def bad(problem: str) -> InvalidInput:
    return InvalidInput(i18n.tr("sync.bad_change", problem=problem))


def uuid_of(data: dict[str, Any], key: str) -> str:
    """A UUID in its canonical text form (ids are compared as text everywhere)."""
    value = data.get(key)
    try:
        if isinstance(value, str) and str(uuid.UUID(value)) == value:
            return value
    except ValueError:
        pass
    raise bad(f"{key}: not a UUID")


def optional_uuid(data: dict[str, Any], key: str) -> str | None:
    return None if data.get(key) is None else uuid_of(data, key)


def text_of(data: dict[str, Any], key: str, default: str = "") -> str:
    value = data.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise bad(f"{key}: not text")
    return value


def ids_of(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or len(value) > 1000:
        raise bad(f"{key}: not a list of ids")
    return [uuid_of({"id": v}, "id") for v in value]


def snapshot_dict(data: dict[str, Any]) -> dict[str, Any]:
    value = data.get("snapshot")
    if not isinstance(value, dict):
        raise bad("snapshot: missing")
    for k, v in value.items():
        ok = (isinstance(v, list) and all(isinstance(x, str) for x in v)) if k in (
            "tags", "author_ids") else (v is None or isinstance(v, str))
        if not ok:
            raise bad(f"snapshot.{k}: wrong type")
    return value


MAX_IMAGES = 200  # inline images of one article


def images_of(data: dict[str, Any]) -> list[dict[str, str]]:
    """The ``images`` of a revision change: hashes checked, texts left to ``clean``."""
    value = data.get("images") or []
    if not isinstance(value, list) or len(value) > MAX_IMAGES:
        raise bad("images: not a list of images")
    out = []
    for item in value:
        if not isinstance(item, dict):
            raise bad("images: not a list of images")
        sha = item.get("sha256")
        if not isinstance(sha, str) or not SHA256.fullmatch(sha):
            raise bad("images.sha256: not a SHA-256")
        out.append({"sha256": sha, **{k: text_of(item, k) for k in ("caption", "credit", "alt")}})
    return out


def image(row: Any) -> dict[str, str]:
    """An ``ArticleMediaRow`` on the wire."""
    return {"sha256": row.sha256, "caption": row.caption, "credit": row.credit, "alt": row.alt}


def _t(at: datetime | None) -> str | None:
    return at.isoformat() if at is not None else None


def person(p: PersonRow) -> dict[str, Any]:
    return {"id": p.id, "login": p.login, "name": p.name, "role": p.role,
            "department": p.department, "active": p.active, "created_at": _t(p.created_at)}


def category(c: CategoryRow) -> dict[str, Any]:
    return {"id": c.id, "name": c.name, "slug": c.slug, "parent_id": c.parent_id,
            "position": c.position, "retired_at": _t(c.retired_at)}


def article(a: ArticleRow, author_ids: list[str], snapshot: dict[str, Any],
            images: list[dict[str, str]]) -> dict[str, Any]:
    return {"id": a.id, "author_id": a.author_id, "status": a.status, "version": a.version,
            "revision_id": a.revision_id, "conflict_revision_id": a.conflict_revision_id,
            "created_at": _t(a.created_at), "updated_at": _t(a.updated_at),
            "submitted_at": _t(a.submitted_at), "approved_at": _t(a.approved_at),
            "approved_by_id": a.approved_by_id, "exported_at": _t(a.exported_at),
            "author_ids": author_ids, "snapshot": snapshot, "images": images}


def revision(r: RevisionRow) -> dict[str, Any]:
    return {"id": r.id, "article_id": r.article_id, "parent_id": r.parent_id,
            "merge_parent_id": r.merge_parent_id, "number": r.number, "author_id": r.author_id,
            "created_at": _t(r.created_at), "note": r.note, "status": r.status,
            "title": r.title, "snapshot": r.snapshot}


def transition(t: TransitionRow) -> dict[str, Any]:
    return {"article_id": t.article_id, "actor_id": t.actor_id, "from_status": t.from_status,
            "to_status": t.to_status, "note": t.note, "at": _t(t.at)}


def comment(c: CommentRow) -> dict[str, Any]:
    return {"id": c.id, "article_id": c.article_id, "author_id": c.author_id, "body": c.body,
            "created_at": _t(c.created_at), "resolved": c.resolved}


def when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
