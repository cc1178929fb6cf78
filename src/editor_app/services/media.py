"""Images in the store, content-addressed by SHA-256: the same image is kept once."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from editor_app.domain import i18n
from editor_app.domain.errors import NotFound
from editor_app.domain.images import inspect_image
from editor_app.domain.workflow import Action, Status, authorize
from editor_app.services.common import acting, clean, media_ref, now, require_article

if TYPE_CHECKING:
    from editor_app.domain.entities import MediaRef, Person
    from editor_app.services.common import UowFactory
    from editor_app.store.uow import UnitOfWork


def store_media(uow: UnitOfWork, data: bytes) -> MediaRef:
    info = inspect_image(data)
    digest = hashlib.sha256(data).hexdigest()
    row = uow.media.get(digest)
    if row is None:
        from editor_app.store.models import MediaRow

        row = MediaRow(sha256=digest, mime=info.mime, ext=info.ext, size=len(data),
                       width=info.width, height=info.height, data=data, created_at=now())
        uow.media.add(row)
    return media_ref(row)


class MediaService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def add(self, actor: Person, data: bytes) -> MediaRef:
        """Store an image (checked by its header, not its name) and return its reference."""
        with self._uow(write=True) as uow:
            acting(uow, actor)
            ref = store_media(uow, data)
            uow.commit()
            return ref

    def attach(self, actor: Person, article_id: str, sha256: str, *, caption: str = "",
               credit: str = "", alt: str = "") -> None:
        """Use an image inside an article's body, with its caption and credit."""
        with self._uow(write=True) as uow:
            me = acting(uow, actor)
            art = require_article(uow, article_id, body=False)
            authorize(Action.EDIT, me.actor, Status(art.status), art.author_id)
            if uow.media.get(sha256) is None:
                raise NotFound(i18n.tr("not_found", what=i18n.tr("media"), key=sha256))
            uow.media.attach(article_id, sha256, clean("caption", caption),
                             clean("credit", credit), clean("alt", alt))
            uow.commit()

    def data(self, sha256: str) -> bytes:
        with self._uow() as uow:
            row = uow.media.get(sha256, data=True)
            if row is None:
                raise NotFound(i18n.tr("not_found", what=i18n.tr("media"), key=sha256))
            return row.data

    def get(self, sha256: str) -> MediaRef:
        with self._uow() as uow:
            row = uow.media.get(sha256)
            if row is None:
                raise NotFound(i18n.tr("not_found", what=i18n.tr("media"), key=sha256))
            return media_ref(row)
