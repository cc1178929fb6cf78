"""The portal article page, as one standalone HTML document with its CSS inlined.

The page is ``resources/templates/article.html``, a Jinja2 template with
autoescape on: every field is escaped by the template engine, so a field added
later cannot forget it. The body arrives already sanitized from the guard and
is the one value marked safe. The preview, ``article render`` and the export
all call this, so what the editor approves is what the portal gets — in the
portal's language, whatever the language of the person looking at it.
"""

from __future__ import annotations

from functools import cache, partial
from typing import TYPE_CHECKING, NamedTuple

from editor_app import resources
from editor_app.domain import i18n
from editor_app.domain.entities import Article, MediaRef, RelatedItem, SiteInfo
from editor_app.render.dates import format_date, html_datetime, short_date
from editor_app.render.figures import figures

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    import jinja2

# The published page speaks the portal's language, not the UI's: readers of a
# Vietnamese provincial portal read Vietnamese, and the preview must be that page.
PORTAL_LANGUAGE = "vi"
TEMPLATE = "templates/article.html"


@cache
def _template() -> jinja2.Template:
    # Imported on first render, not at start-up: the window needs no template to open.
    import jinja2

    env = jinja2.Environment(
        # Rooted at resources/ so the template can include css/portal.css by name.
        loader=jinja2.FileSystemLoader(resources.path()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,  # a misspelt field fails loudly, never renders blank
        auto_reload=False,
        keep_trailing_newline=True,
    )
    return env.get_template(TEMPLATE)


class Figure(NamedTuple):
    src: str
    alt: str
    width: int
    height: int
    caption: str
    credit: str


class PageLinks(NamedTuple):
    """Where the page's links lead.

    The portal's own paths by default (the preview); a bundle gives links that work
    where the bundle is unpacked, or absolute ones under the portal's address.
    """

    home: str | None  # None: the breadcrumb's first step is not a link
    article: Callable[[RelatedItem], str]


def portal_links(site: SiteInfo) -> PageLinks:
    """The portal's own addresses (absolute under its base URL, if it has one)."""
    return PageLinks(site.url("/"), lambda it: site.article_href(it.slug, it.id,
                                                                 it.category_name))


class Link(NamedTuple):
    href: str
    title: str
    date: str


def _featured(media: MediaRef, src: str) -> Figure:
    return Figure(src, media.alt or media.caption, media.width, media.height,
                  media.caption.strip(), media.credit.strip())


class Crumb(NamedTuple):
    name: str
    href: str  # "" when the category has no section on the portal (or the page is offline)


def _related(items: Sequence[RelatedItem], links: PageLinks) -> list[Link]:
    return [Link(links.article(it), it.title, short_date(it.updated_at)) for it in items]


def _crumbs(category_path: str, site: SiteInfo, linked: bool) -> list[Crumb]:
    names = category_path.split(" / ") if category_path else []
    return [Crumb(n, site.url(site.sections[n]) if linked and site.sections.get(n) else "")
            for n in names]


def media_key(m: MediaRef) -> str:
    """How the Markdown names an image of the article: ``media/<sha256>.<ext>``."""
    return f"media/{m.sha256}.{m.ext}"


def body_with_figures(article: Article, body_html: str,
                      media_src: Callable[[MediaRef], str]) -> str:
    """The sanitized body with the article's images as figures (caption, credit, size)."""
    media = {media_key(m): m for m in article.media}
    if article.featured:
        media.setdefault(media_key(article.featured), article.featured)
    return figures(body_html, media, media_src=media_src,
                   photo_word=i18n.translate(PORTAL_LANGUAGE, "page.photo"))


def render_page(
    article: Article,
    body_html: str,
    related: Sequence[RelatedItem],
    *,
    media_src: Callable[[MediaRef], str],
    site: SiteInfo | None = None,
    lang: str | None = None,
    body_error: str = "",
    links: PageLinks | None = None,
) -> str:
    """The whole page. *lang* is ignored: the page is always in :data:`PORTAL_LANGUAGE`.

    (*lang* stays accepted so that callers written when the page followed the UI
    language keep working; they can drop it.)
    """
    del lang
    import markupsafe  # comes with Jinja2

    site = site or SiteInfo()
    links = links or portal_links(site)
    shown_at = article.shown_date
    featured = article.featured
    logo = site.logo
    return _template().render(
        lang=PORTAL_LANGUAGE,
        _=partial(i18n.translate, PORTAL_LANGUAGE),
        article=article,
        site=site,
        # A portal nobody has named yet: a neutral placeholder, never another's name.
        site_name=site.name or i18n.translate(PORTAL_LANGUAGE, "portal.unnamed"),
        logo=Figure(media_src(logo), "", logo.width, logo.height, "", "") if logo else None,
        category_path=_crumbs(article.category_path, site, linked=links.home is not None),
        date_iso=html_datetime(shown_at),
        date_text=format_date(shown_at, PORTAL_LANGUAGE, with_time=True),
        featured=_featured(featured, media_src(featured)) if featured else None,
        # The one value not escaped: the body was sanitized by nh3 with explicit
        # allow-lists (render/sanitize.py, run by the guard) and must stay markup.
        body=markupsafe.Markup(body_with_figures(article, body_html, media_src)),
        body_error=body_error,
        byline=article.byline or ", ".join(p.name for p in article.authors),
        related=_related(related, links),
        home=links.home,
    )
