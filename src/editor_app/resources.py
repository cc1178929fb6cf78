"""The one locator for files the app reads: in a checkout, an installed wheel, a frozen build.

Two kinds of files, one answer for where each kind is:

- the ``resources/`` tree (templates, CSS, icons, compiled translations): the top-level
  ``resources/`` folder of a checkout; the wheel's build step copies it, with the ``.ts``
  sources compiled to ``.qm``, into the package as ``editor_app/_resources/`` (see setup.py),
  and the PyInstaller spec takes that same folder from the built wheel;
- data that lives beside the code (Alembic migrations, the IPTC ninjs schemas): inside the
  package, so it is where the code is, whatever installed it.

Qt-free on purpose: the CLI, ``verify`` and the store use it too.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

ENV = "EDITOR_APP_RESOURCES"
APP_ID = "vn.editorapp.EditorApp"  # reverse-DNS id: .desktop, metainfo, icon names, Wayland app id
PACKAGE = Path(__file__).resolve().parent  # also right in a frozen build: PyInstaller sets __file__
PACKAGED = PACKAGE / "_resources"  # a wheel, or a frozen build made from one
CHECKOUT = PACKAGE.parents[1] / "resources"  # src/editor_app → the repository's resources/
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@cache
def root() -> Path:
    """The resources tree: the override, else the packaged copy, else the checkout's."""
    override = os.environ.get(ENV)
    candidates = [Path(override)] if override else []
    candidates += [PACKAGED, CHECKOUT]
    for c in candidates:
        if (c / "templates").is_dir():
            return c
    raise FileNotFoundError(f"resources/ not found in {', '.join(map(str, candidates))}; "
                            f"set {ENV}")


def path(*parts: str) -> Path:
    return root().joinpath(*parts)


@cache
def text(*parts: str) -> str:
    return path(*parts).read_text("utf-8")


def translation(lang: str) -> Path:
    """The compiled Qt translation (.qm) of the UI for *lang*; it may be missing (English)."""
    return path("translations", f"editor_app_{lang}.qm")


def icon_files() -> list[Path]:
    """The application icon as PNG, every size a desktop asks for, smallest first."""
    return [path("icons", "hicolor", f"{n}x{n}", "apps", f"{APP_ID}.png") for n in ICON_SIZES]


def migrations() -> Path:
    """Alembic's script folder (env.py and versions/), shipped as package data."""
    return PACKAGE / "store" / "migrations"


NINJS_VERSIONS = ("3.1", "1.6")


def ninjs_schema(version: str = "3.1") -> Path:
    """IPTC's official ninjs JSON schema, shipped in the package with IPTC's MIT licence."""
    if version not in NINJS_VERSIONS:
        raise ValueError(f"no ninjs schema {version!r}; have {', '.join(NINJS_VERSIONS)}")
    return PACKAGE / "schemas" / "ninjs" / f"ninjs-schema_{version}.json"
