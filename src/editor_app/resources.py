"""Find files in ``resources/``: from a source checkout, or beside a packaged app."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

ENV = "EDITOR_APP_RESOURCES"


@cache
def root() -> Path:
    candidates = [
        Path(os.environ[ENV]) if os.environ.get(ENV) else None,
        Path(__file__).resolve().parents[2] / "resources",  # src/editor_app → repo
        Path(getattr(sys, "_MEIPASS", "")) / "resources" if hasattr(sys, "_MEIPASS") else None,
        Path(sys.prefix) / "share" / "editor-app" / "resources",
    ]
    for c in candidates:
        if c is not None and (c / "templates").is_dir():
            return c
    raise FileNotFoundError("resources/ not found; set EDITOR_APP_RESOURCES")


def path(*parts: str) -> Path:
    return root().joinpath(*parts)


@cache
def text(*parts: str) -> str:
    return path(*parts).read_text("utf-8")
