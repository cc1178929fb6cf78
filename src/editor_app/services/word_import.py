"""A Word document (.docx) as a new draft: mammoth reads it, the paste converter cleans it.

mammoth maps Word's styles to plain semantic HTML (headings, lists, tables, images as
data: URIs with their alt text) and ignores fonts and direct formatting, which is what
an article wants; the HTML then takes the same road as pasted HTML
(domain/html_to_markdown.py), so a paste and an import give the same Markdown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from editor_app.domain import i18n
from editor_app.domain.entities import Article, ArticleFields, Person
from editor_app.domain.errors import InvalidInput
from editor_app.domain.html_to_markdown import Converted, html_to_markdown, place_images
from editor_app.domain.image_sources import image_bytes
from editor_app.domain.legacy import convert
from editor_app.domain.repair import repair

if TYPE_CHECKING:
    from pathlib import Path

    from editor_app.services import Services

MAX_DOCX = 50 * 1024 * 1024
# Word's own style names; a "Caption" paragraph right after an image is its caption.
STYLE_MAP = """
p[style-name='Title'] => h1.title:fresh
p[style-name='Caption'] => p.caption:fresh
p[style-name='Chú thích'] => p.caption:fresh
"""
_HEADING = re.compile(r"^(#{1,6}) +(.+)$")


@dataclass(frozen=True)
class WordImport:
    article: Article
    notes: tuple[str, ...]


def docx_html(data: bytes) -> str:
    """The document as mammoth's HTML (images inline as data: URIs)."""
    import io

    import mammoth

    try:
        result = mammoth.convert_to_html(io.BytesIO(data), style_map=STYLE_MAP)
    except Exception as exc:  # a zip that is no Word document: mammoth raises many kinds
        raise InvalidInput(i18n.tr("docx_unreadable", why=str(exc) or type(exc).__name__)) \
            from None
    return str(result.value)


def split_title(markdown: str) -> tuple[str, str]:
    """The first heading (Word's Title or a heading style) as the title; the rest the body."""
    lines = markdown.split("\n")
    for i, line in enumerate(lines):
        m = _HEADING.match(line)
        if m:
            title = re.sub(r"\\(.)", r"\1", m.group(2)).strip()
            rest = "\n".join(lines[:i] + lines[i + 1:])
            return title, re.sub(r"\n{3,}", "\n\n", rest).strip()
    return "", markdown


def _unlegacy(converted: Converted, notes: list[str]) -> str:
    if converted.legacy is None:
        return converted.markdown
    notes.append(i18n.tr("docx_legacy", kind=converted.legacy))
    return repair(convert(converted.markdown, converted.legacy))


def import_docx(services: Services, actor: Person, path: Path, *,
                category: str | None = None) -> WordImport:
    """A new draft from the Word file at *path*, its images stored with their captions."""
    try:
        if path.stat().st_size > MAX_DOCX:
            raise InvalidInput(i18n.tr("docx_too_large", name=path.name))
        data = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(i18n.tr("docx_missing", name=str(path))) from None
    converted = html_to_markdown(docx_html(data))
    notes: list[str] = []
    markdown = _unlegacy(converted, notes)
    targets: dict[int, str | None] = {}
    stored = []
    for figure in converted.figures:
        picture = image_bytes(figure.src)
        ref = None
        if picture is not None:
            try:
                ref = services.media.add(actor, picture)
            except InvalidInput:
                ref = None  # not an image the store takes (EMF, WMF…)
        if ref is None:
            targets[figure.index] = None
            notes.append(i18n.tr("docx_image_left_out", n=figure.index))
            continue
        targets[figure.index] = f"media/{ref.sha256}.{ref.ext}"
        stored.append((ref, figure))
    # Without alt text in Word, the caption says what the image shows (as when inserting).
    alts = {f.index: f.alt or f.caption for f in converted.figures}
    title, body = split_title(place_images(markdown, targets, alts))
    fields = ArticleFields(title=title or path.stem, body=body + "\n" if body else "",
                           category_id=category)
    article = services.drafting.create(actor, fields, note="import")
    for ref, figure in stored:
        services.media.attach(actor, article.id, ref.sha256, caption=figure.caption,
                              alt=figure.alt or figure.caption)
    return WordImport(article, tuple(notes))
