"""Markdown → sanitized HTML, in-process. Call it through :mod:`render.guard`.

Python-Markdown can run for minutes or recurse too deep on hostile input,
so the app never calls this on its own thread; the guard runs it in a
worker process that can be killed.
"""

from __future__ import annotations

import threading

import markdown

from editor_app.domain.text import slugify
from editor_app.render.sanitize import sanitize

EXTENSIONS = ["extra", "sane_lists", "toc"]


def _heading_id(value: str, separator: str) -> str:
    # Python-Markdown's own slug drops "đ" ("Mở đầu" → "mo-au"); ours folds it.
    return slugify(value, fallback="muc")


EXTENSION_CONFIGS = {"toc": {"permalink": False, "slugify": _heading_id}}


_local = threading.local()


def _markdown() -> markdown.Markdown:
    # Building the parser (loading "extra") costs several ms, more than converting a
    # short text: keep one per thread and reset it, as Python-Markdown documents.
    md = getattr(_local, "md", None)
    if md is None:
        md = _local.md = markdown.Markdown(extensions=EXTENSIONS,
                                           extension_configs=EXTENSION_CONFIGS,
                                           output_format="html")
    return md.reset()


def render_body(source: str) -> str:
    return sanitize(_markdown().convert(source))
