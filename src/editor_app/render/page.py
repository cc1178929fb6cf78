"""The portal article page, as one standalone HTML document with its CSS inlined.

Every field outside the body is escaped here; the body arrives already
sanitized from the guard. The preview and the export both call this, so
what the editor approves is what the portal gets.
"""

from __future__ import annotations

import html
from string import Template
from typing import TYPE_CHECKING

from editor_app import resources
from editor_app.domain.entities import Article, MediaRef, RelatedItem, SiteInfo
from editor_app.render.dates import format_date

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

LABELS = {
    "vi": {"home": "Trang chủ", "related": "Tin cùng chuyên mục", "source": "Nguồn",
           "photo": "Ảnh", "breadcrumb": "Đường dẫn", "tags": "Từ khóa",
           "no_related": "Chưa có tin cùng chuyên mục.",
           "body_error": "Không hiển thị được nội dung bài viết"},
    "en": {"home": "Home", "related": "More in this section", "source": "Source",
           "photo": "Photo", "breadcrumb": "Breadcrumb", "tags": "Tags",
           "no_related": "No other articles in this section yet.",
           "body_error": "The article body could not be shown"},
}


def e(text: str) -> str:
    return html.escape(text, quote=True)


def _breadcrumb(article: Article, labels: dict[str, str]) -> str:
    parts = [f'<a href="/">{e(labels["home"])}</a>']
    if article.category_path:
        parts += [f"<span>{e(p)}</span>" for p in article.category_path.split(" / ")]
    return '<span class="sep">›</span>'.join(parts)


def _figure(media: MediaRef, src: str, labels: dict[str, str]) -> str:
    caption = e(media.caption)
    if media.credit:
        caption += f' <span class="credit">({e(labels["photo"])}: {e(media.credit)})</span>'
    size = f' width="{media.width}" height="{media.height}"' if media.width else ""
    alt = e(media.alt or media.caption)
    figcaption = f"<figcaption>{caption.strip()}</figcaption>" if caption.strip() else ""
    return f'<figure class="featured"><img src="{e(src)}" alt="{alt}"{size}>{figcaption}</figure>'


def _related(items: Sequence[RelatedItem], site: SiteInfo, lang: str,
             labels: dict[str, str]) -> str:
    if not items:
        return f'<p class="empty">{e(labels["no_related"])}</p>'
    lines = []
    for it in items:
        href = site.article_path.format(slug=it.slug, id=it.id)
        date = format_date(it.updated_at, lang).split(", ", 1)[-1]
        lines.append(f'<li><a href="{e(href)}">{e(it.title)}</a> '
                     f'<span class="date">({e(date)})</span></li>')
    return "<ul>\n" + "\n".join(lines) + "\n</ul>"


def render_page(
    article: Article,
    body_html: str,
    related: Sequence[RelatedItem],
    *,
    media_src: Callable[[MediaRef], str],
    site: SiteInfo | None = None,
    lang: str = "vi",
    body_error: str = "",
) -> str:
    site = site or SiteInfo()
    labels = LABELS["en" if lang == "en" else "vi"]
    shown_at = article.shown_date
    if body_error:
        body_html = (f'<div class="render-error" role="alert"><strong>{e(labels["body_error"])}'
                     f"</strong>: {e(body_error)}</div>")
    names = ", ".join(p.name for p in article.authors)
    byline = article.byline or names
    tags = "".join(f"<span>{e(t)}</span>" for t in article.tags)
    values = {
        "lang": "en" if lang == "en" else "vi",
        "page_title": e(f"{article.title} - {site.name}"),
        "css": resources.text("css", "portal.css"),
        "site_name": e(site.name),
        "site_tagline": e(site.tagline),
        "breadcrumb_label": e(labels["breadcrumb"]),
        "breadcrumb": _breadcrumb(article, labels),
        "title": e(article.title),
        "subtitle_block": f'<p class="subtitle">{e(article.subtitle)}</p>'
        if article.subtitle else "",
        "dateline_block": f'<span class="dateline">{e(article.dateline)}</span> — '
        if article.dateline else "",
        "date_iso": shown_at.isoformat(),
        "date_text": e(format_date(shown_at, lang, with_time=True)),
        "summary_block": f'<p class="sapo">{e(article.summary)}</p>' if article.summary else "",
        "featured_block": _figure(article.featured, media_src(article.featured), labels)
        if article.featured else "",
        "body": body_html,
        "byline_block": (f'<div class="authors">{e(byline)}</div>' if byline else "")
        + (f'<div class="department">{e(article.department)}</div>'
           if article.department else ""),
        "source_block": f'<div class="source">{e(labels["source"])}: {e(article.source)}</div>'
        if article.source else "",
        "tags_block": f'<div class="tags">{e(labels["tags"])}: {tags}</div>' if tags else "",
        "related_title": e(labels["related"]),
        "related_block": _related(related, site, lang, labels),
    }
    return Template(resources.text("templates", "article.html")).substitute(values)
