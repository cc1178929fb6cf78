"""The article as the portal will show it, for the preview, `article render` and bundles."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from editor_app import atomic
from editor_app.render.page import PageLinks, render_page
from editor_app.services.portal_identity import PortalIdentityService
from editor_app.services.related import related_items

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from editor_app.domain.entities import Article, MediaRef, RelatedItem, SiteInfo
    from editor_app.render.guard import Rendered, RenderGuard
    from editor_app.services.common import UowFactory
    from editor_app.services.media import MediaService


def media_path(m: MediaRef) -> str:
    """Where an image sits beside the page, in a bundle and next to a rendered file."""
    return f"media/{m.sha256}.{m.ext}"


class RenderService:
    def __init__(self, uow: UowFactory, guard: Callable[[], RenderGuard], media: MediaService,
                 site: SiteInfo | None = None,
                 identity: PortalIdentityService | None = None) -> None:
        """*site*: a fixed portal (tests); otherwise the identity an admin set, read per page."""
        self._uow = uow
        self._guard = guard
        self._media = media
        self._site = site
        self._identity = identity or PortalIdentityService(uow)

    def site(self) -> SiteInfo:
        """The portal as set now: read each time, so a change shows at the next render."""
        return self._site if self._site is not None else self._identity.site()

    def body(self, markdown: str) -> Rendered:
        return self._guard().render(markdown)

    def bodies(self, sources: Sequence[str]) -> Iterator[Rendered]:
        """Many bodies in one request to the worker, in order (a batch export)."""
        return self._guard().render_many(sources)

    def related(self, article_id: str) -> list[RelatedItem]:
        with self._uow() as uow:
            return related_items(uow, article_id)

    def page(
        self,
        article: Article,
        *,
        related: Sequence[RelatedItem] | None = None,
        media_src: Callable[[MediaRef], str] = media_path,
        lang: str = "vi",
        rendered: Rendered | None = None,
        site: SiteInfo | None = None,
        links: PageLinks | None = None,
    ) -> str:
        """The full page; *article* may hold unsaved text (the preview passes it).

        *rendered*: the body already rendered by the caller, so it is not rendered twice.
        *site*: the portal already read by the caller (its logo goes beside the page).
        """
        if rendered is None:
            rendered = self.body(article.body)
        if related is None:
            related = self.related(article.id)
        return render_page(article, rendered.html, related, media_src=media_src,
                           site=site or self.site(), lang=lang, body_error=rendered.error,
                           links=links)

    def media_of(self, article: Article) -> list[MediaRef]:
        refs = {m.sha256: m for m in article.media}
        if article.featured:
            refs.setdefault(article.featured.sha256, article.featured)
        return [refs[k] for k in sorted(refs)]

    def page_media(self, article: Article, site: SiteInfo) -> list[MediaRef]:
        """The article's images and the portal's logo: every file the page links to."""
        refs = {m.sha256: m for m in self.media_of(article)}
        if site.logo is not None:
            refs.setdefault(site.logo.sha256, site.logo)
        return [refs[k] for k in sorted(refs)]

    def write_page(self, article: Article, out: Path, *, lang: str = "vi",
                   rendered: Rendered | None = None) -> list[Path]:
        """Write the page and its images (in ``media/`` beside it), each atomically."""
        out = Path(out)
        written = []
        site = self.site()
        for m in self.page_media(article, site):
            target = out.parent / media_path(m)
            atomic.write_bytes(target, self._media.data(m.sha256))
            written.append(target)
        atomic.write_text(out, self.page(article, lang=lang, rendered=rendered, site=site))
        return [out, *written]
