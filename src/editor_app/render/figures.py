"""Inline images of the body as the portal shows them: ``<figure>`` with caption and credit.

Runs on the sanitized body (render/sanitize.py), whose markup nh3 serialised
itself: attributes in double quotes, ``"`` escaped, so the patterns below read
it exactly. An image alone in its paragraph becomes a ``<figure>`` (a figure
may not sit inside ``<p>``) with the caption and credit the article keeps for
that image; every image of the article gets its width and height, so the page
does not jump while it loads. Images from elsewhere are left as they are.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from editor_app.domain.entities import MediaRef

_ATTR = r'\s+[a-zA-Z-]+="[^"]*"'
_IMG = re.compile(rf"<img((?:{_ATTR})*)\s*/?>")
_ALONE = re.compile(rf"<p>\s*(<img(?:{_ATTR})*\s*/?>)\s*</p>")
_PAIR = re.compile(r'([a-zA-Z-]+)="([^"]*)"')


def _attrs(tag: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in _PAIR.findall(tag)}


def _img(attrs: dict[str, str]) -> str:
    return "<img" + "".join(f' {k}="{html.escape(v, quote=True)}"' for k, v in attrs.items()
                            if v != "" or k == "alt") + ">"


def _sized(attrs: dict[str, str], ref: MediaRef, src: str) -> dict[str, str]:
    out = {"src": src, "alt": ref.alt or attrs.get("alt", "")}
    out |= {k: v for k, v in attrs.items() if k not in ("src", "alt", "width", "height")}
    if ref.width and ref.height:
        out["width"], out["height"] = str(ref.width), str(ref.height)
    return out


def figure_html(img: str, caption: str, credit: str, photo_word: str) -> str:
    """``<figure>`` around *img* (markup); caption and credit are escaped here."""
    caption, credit = caption.strip(), credit.strip()
    text = html.escape(caption)
    if credit:
        text += (" " if caption else "") + \
            f'<span class="credit">({html.escape(photo_word)}: {html.escape(credit)})</span>'
    cap = f"<figcaption>{text}</figcaption>" if text else ""
    return f'<figure class="inline">{img}{cap}</figure>'


def figures(body: str, media: Mapping[str, MediaRef], *,
            media_src: Callable[[MediaRef], str], photo_word: str) -> str:
    """*body* with the article's images sized and, alone in a paragraph, made figures.

    *media*: the article's images by the ``src`` the Markdown gives them
    (``media/<sha256>.<ext>``); *media_src*: where the page finds each one.
    """
    if not media or "<img" not in body:
        return body

    def alone(m: re.Match[str]) -> str:
        attrs = _attrs(m.group(1))
        ref = media.get(attrs.get("src", ""))
        if ref is None:
            return m.group(0)
        return figure_html(_img(_sized(attrs, ref, media_src(ref))), ref.caption, ref.credit,
                           photo_word)

    def inline(m: re.Match[str]) -> str:
        attrs = _attrs(m.group(0))
        ref = media.get(attrs.get("src", ""))
        return m.group(0) if ref is None else _img(_sized(attrs, ref, media_src(ref)))

    body = _ALONE.sub(alone, body)
    # Images inside a sentence or a table stay where they are, sized; those put in a
    # figure just now are already sized, and the split keeps them out of the second pass.
    parts = re.split(r"(<figure class=\"inline\">.*?</figure>)", body, flags=re.DOTALL)
    return "".join(p if p.startswith('<figure class="inline">') else _IMG.sub(inline, p)
                   for p in parts)
