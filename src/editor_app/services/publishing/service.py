"""Publish an article to a portal's CMS: the same state change as an export.

Staff and admins publish approved (or already exported) articles, as they export
them. Order: read and check everything, render, call the target (the network, no
transaction open), and only after it answered record the remote post, the media
it uploaded, the status ``exported`` and an export record whose path is the post's
URL. A refusal or failure before the answer leaves the store exactly as it was.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from editor_app.domain import i18n, ids
from editor_app.domain.errors import Conflict, DomainError, InvalidInput, NotFound
from editor_app.domain.fields import clean
from editor_app.domain.workflow import Action, Status, authorize
from editor_app.services.common import acting, new_id, now, require_article
from editor_app.services.drafting import load_article, record_transition
from editor_app.services.publishing import (
    OutgoingMedia,
    OutgoingPost,
    PublishError,
    PublishTarget,
    RemoteMedia,
)
from editor_app.services.publishing.wordpress import WordPressTarget
from editor_app.store.models import (
    ExportRecordRow,
    PublishTargetRow,
    RemoteMediaRow,
    RemotePostRow,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from editor_app.domain.entities import Article, Person
    from editor_app.services.common import UowFactory
    from editor_app.services.media import MediaService
    from editor_app.services.publishing.secrets import SecretStore
    from editor_app.services.rendering import RenderService
    from editor_app.store.uow import UnitOfWork

KINDS = ("wordpress",)


@dataclass(frozen=True)
class TargetInfo:
    id: str
    name: str
    kind: str
    url: str
    username: str
    create_terms: bool


@dataclass(frozen=True)
class PublishResult:
    article_id: str
    target: str
    remote_id: str
    url: str
    created: bool  # False: the post published before was updated


def _info(row: PublishTargetRow) -> TargetInfo:
    return TargetInfo(row.id, row.name, row.kind, row.url, row.username, row.create_terms)


def _digest(post: OutgoingPost) -> str:
    """What was sent, for the export record: the fields, and the image by its hash."""
    fields = [post.title, post.excerpt, post.content_html, post.slug, list(post.categories),
              list(post.tags), post.byline, post.featured.sha256 if post.featured else ""]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


def make_target(info: TargetInfo, password: str) -> PublishTarget:
    if info.kind == "wordpress":
        return WordPressTarget(info.name, info.url, info.username, password,
                               create_terms=info.create_terms)
    raise InvalidInput(f"{info.name}: unknown kind of target {info.kind!r}")


class PublishingService:
    def __init__(self, uow: UowFactory, rendering: RenderService, media: MediaService,
                 secrets: SecretStore,
                 factory: Callable[[TargetInfo, str], PublishTarget] = make_target) -> None:
        self._uow = uow
        self._render = rendering
        self._media = media
        self._secrets = secrets
        self._factory = factory

    @property
    def secrets_where(self) -> str:
        return self._secrets.where

    # -- targets ----------------------------------------------------------------
    def add_target(self, actor: Person, kind: str, name: str, url: str, username: str,
                   password: str, *, create_terms: bool = True) -> TargetInfo:
        name, url = clean("target", name, required=True), clean("url", url, required=True)
        username = clean("user", username, required=True)
        if kind not in KINDS:
            raise InvalidInput(f"unknown kind of target {kind!r} (known: {', '.join(KINDS)})")
        if not name or not username or not password:
            raise InvalidInput("a target needs a name, a user and a password")
        if not url.startswith(("https://", "http://")):
            raise InvalidInput(f"{url!r}: the site's address starts with https://")
        with self._uow(write=True) as uow:
            me = acting(uow, actor)
            authorize(Action.EXPORT, me.actor)  # who may export may say where to
            if self._row(uow, name, missing_ok=True) is not None:
                raise InvalidInput(f"a target named {name!r} exists already")
            row = PublishTargetRow(id=new_id(), name=name, kind=kind, url=url.rstrip("/"),
                                   username=username, create_terms=create_terms,
                                   created_at=now())
            uow.session.add(row)
            uow.session.flush()
            # The secret first: a target without its password would be unusable.
            self._secrets.put(row.id, password)
            uow.commit()
            return _info(row)

    def set_create_terms(self, actor: Person, name: str, allowed: bool) -> TargetInfo:
        """The staff setting: whether publishing may create missing categories and tags."""
        with self._uow(write=True) as uow:
            me = acting(uow, actor)
            authorize(Action.EXPORT, me.actor)
            row = self._row(uow, name)
            row.create_terms = allowed
            uow.commit()
            return _info(row)

    def targets(self) -> list[TargetInfo]:
        from sqlalchemy import select

        with self._uow() as uow:
            rows = uow.session.scalars(select(PublishTargetRow).order_by(PublishTargetRow.name))
            return [_info(r) for r in rows]

    def test_connection(self, name: str | None = None) -> str:
        info = self._pick(name)
        return self._target(info).test_connection()

    def remote_url(self, article_id: str, name: str | None = None) -> str | None:
        """Where the article is on the portal, if it was published there."""
        info = self._pick(name)
        with self._uow() as uow:
            row = uow.session.get(RemotePostRow, (article_id, info.id))
            return row.url if row is not None else None

    # -- publishing ---------------------------------------------------------------
    def publish(self, actor: Person, article_id: str, target: str | None = None) -> PublishResult:
        info = self._pick(target)
        with self._uow() as uow:
            me = acting(uow, actor)
            row = require_article(uow, article_id)
            authorize(Action.EXPORT, me.actor, Status(row.status), row.author_id)
            article = load_article(uow, row)
            remote = uow.session.get(RemotePostRow, (article_id, info.id))
            remote_id = remote.remote_id if remote is not None else None
            known = {m.sha256: RemoteMedia(m.remote_id, m.url) for m in
                     uow.session.query(RemoteMediaRow).filter_by(target_id=info.id)}
        post = self._post(article)
        client = self._target(info)
        if remote_id is None:
            done = client.publish(post, known)
        else:
            done = client.update(remote_id, post, known)
        self._record(me, article, info, done.remote_id, done.url, done.media, _digest(post))
        return PublishResult(article_id, info.name, done.remote_id, done.url,
                             remote_id is None or remote_id != done.remote_id)

    def _post(self, article: Article) -> OutgoingPost:
        rendered = self._render.body(article.body)
        if not rendered.ok:
            raise DomainError(f"{article.title}: the body could not be rendered "
                              f"({rendered.error})")
        featured = None
        f = article.featured
        if f is not None:
            featured = OutgoingMedia(f.sha256, f"{article.slug}-{f.sha256[:8]}.{f.ext}", f.mime,
                                     self._media.data(f.sha256), f.caption, f.credit, f.alt)
        category = article.category_name
        return OutgoingPost(article.id, article.title, article.summary, rendered.html,
                            article.slug if ids.is_slug(article.slug) else "",
                            (category,) if category else (), tuple(article.tags),
                            article.byline, featured)

    def _record(self, me: Person, article: Article, info: TargetInfo, remote_id: str, url: str,
                media: dict[str, RemoteMedia], digest: str) -> None:
        """Remember the post even if the article moved on (publishing again updates it)."""
        t = now()
        stale = False
        with self._uow(write=True) as uow:
            post = uow.session.get(RemotePostRow, (article.id, info.id))
            if post is None:
                uow.session.add(RemotePostRow(article_id=article.id, target_id=info.id,
                                              remote_id=remote_id, url=url, published_at=t))
            else:
                post.remote_id, post.url, post.published_at = remote_id, url, t
            for sha, m in media.items():
                kept = uow.session.get(RemoteMediaRow, (info.id, sha))
                if kept is None:
                    uow.session.add(RemoteMediaRow(target_id=info.id, sha256=sha,
                                                   remote_id=m.remote_id, url=m.url))
                else:
                    kept.remote_id, kept.url = m.remote_id, m.url
            row = require_article(uow, article.id, body=False)
            stale = row.version != article.version
            if not stale:
                old = row.status
                authorize(Action.EXPORT, me.actor, Status(old), row.author_id)
                if old != Status.EXPORTED:
                    row.status = Status.EXPORTED.value
                    row.updated_at = t
                    record_transition(uow, row, me, old, f"published to {info.name}")
                row.exported_at = t
                uow.exports.add(ExportRecordRow(id=new_id(), article_id=row.id,
                                                revision_id=row.revision_id or "",
                                                exporter_id=me.id, at=t, path=url,
                                                sha256=digest))
            uow.commit()
        if stale:
            raise Conflict(i18n.tr("conflict", who="?", theirs=row.version,
                                   yours=article.version))

    # -- helpers --------------------------------------------------------------------
    def _row(self, uow: UnitOfWork, name: str, *,
             missing_ok: bool = False) -> PublishTargetRow:
        row = uow.session.query(PublishTargetRow).filter_by(name=name).one_or_none()
        if row is None and not missing_ok:
            raise NotFound(f"no publishing target named {name!r} (see `target list`)")
        return row  # type: ignore[return-value]

    def _pick(self, name: str | None) -> TargetInfo:
        if name is not None:
            with self._uow() as uow:
                return _info(self._row(uow, name))
        found = self.targets()
        if len(found) != 1:
            raise InvalidInput("no publishing target yet (see `target add`)" if not found else
                               "several publishing targets: choose one with --target NAME")
        return found[0]

    def _target(self, info: TargetInfo) -> PublishTarget:
        password = self._secrets.get(info.id)
        if password is None:
            raise PublishError(f"{info.name}: no password kept for this target; add it again")
        return self._factory(info, password)
