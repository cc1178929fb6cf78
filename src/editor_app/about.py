"""What `editor-app about`, `--version` and the About dialog show: plain data, no Qt.

The version has one source, the package metadata (``version`` in pyproject.toml), read
through importlib.metadata; a frozen build carries that metadata too (the PyInstaller spec
copies it). Licences come from the same metadata, for every distribution the app installs,
plus the parts that are not Python packages (Qt, the IPTC schemas, Python itself).
"""

from __future__ import annotations

import platform
import re
import sys
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from typing import TYPE_CHECKING, Any

from editor_app import resources

if TYPE_CHECKING:
    from pathlib import Path

    from editor_app.paths import Paths

DISTRIBUTION = "editor-app"
NAME = "Editor App"
UNKNOWN = "0+unknown"


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    license: str


@dataclass(frozen=True)
class About:
    name: str
    app_id: str
    version: str
    python: str
    frozen: bool
    store: str  # the SQLite file, or the database URL without its password
    data_dir: Path
    backups_dir: Path
    config_dir: Path
    log_dir: Path
    components: tuple[Component, ...]


def version() -> str:
    """The installed package's version; '0+unknown' only if no metadata was shipped."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return UNKNOWN


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


# Bundled parts that are not Python distributions, or whose metadata does not say enough.
EXTRA = (
    Component("Qt 6 libraries", "", "LGPL-3.0-only (Qt WebEngine's Chromium parts: their own)"),
    Component("IPTC ninjs schemas", "3.1, 1.6", "MIT"),
    Component("Material Design Icons", "6.9", "Apache-2.0 AND OFL-1.1 (font in QtAwesome)"),
)

_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
_EXTRA_MARKER = re.compile(r"""extra\s*==\s*['"]([^'"]+)['"]""")


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _license(dist: metadata.Distribution) -> str:
    """SPDX expression when given; else a one-line License field; else the classifiers."""
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    text = str(meta.get("License") or "").strip()
    if text and text != "UNKNOWN" and "\n" not in text and len(text) <= 80:
        return text
    classifiers = [c.rsplit("::", 1)[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or "see its metadata"


def _requirements(dist: metadata.Distribution, extras: set[str]) -> list[tuple[str, set[str]]]:
    """Names (and asked-for extras) this distribution needs, skipping other extras' needs.

    Markers other than ``extra`` (python_version, sys_platform) are not evaluated: a
    requirement that does not apply here is simply not installed, and is skipped below.
    """
    found = []
    for req in dist.requires or []:
        spec, _, marker = req.partition(";")
        wanted = _EXTRA_MARKER.findall(marker)
        if wanted and not extras.intersection(_norm(w) for w in wanted):
            continue
        m = _NAME.match(spec)
        if m:
            asked = {_norm(e) for e in (m.group(2) or "").split(",") if e.strip()}
            found.append((m.group(1), asked))
    return found


@cache
def components() -> tuple[Component, ...]:
    """Every installed distribution the app runs on, with its licence, sorted by name."""
    seen: dict[str, Component] = {}
    visited: set[tuple[str, frozenset[str]]] = set()
    todo: list[tuple[str, set[str]]] = [(DISTRIBUTION, set())]
    while todo:
        name, extras = todo.pop()
        key = _norm(name)
        if (key, frozenset(extras)) in visited:
            continue
        visited.add((key, frozenset(extras)))
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # not for this platform or Python (a marker), so not installed
        if key != _norm(DISTRIBUTION):
            seen[key] = Component(str(dist.metadata["Name"]), dist.version, _license(dist))
        todo += _requirements(dist, extras)
    found = sorted(seen.values(), key=lambda c: c.name.lower())
    runtime = Component("Python", platform.python_version(), "PSF-2.0")
    return (*found, *EXTRA, *((runtime,) if is_frozen() else ()))


def _store(paths: Paths) -> str:
    if paths.database_file is not None:
        return str(paths.database_file)
    # A server URL may carry a password; it is never shown.
    return re.sub(r"(//[^:/@]+):[^@]*@", r"\1:***@", paths.database_url)


def gather(paths: Paths) -> About:
    return About(
        name=NAME,
        app_id=resources.APP_ID,
        version=version(),
        python=f"{platform.python_implementation()} {platform.python_version()}",
        frozen=is_frozen(),
        store=_store(paths),
        data_dir=paths.data_dir,
        backups_dir=paths.backups_dir,
        config_dir=paths.config_dir,
        log_dir=paths.log_file.parent,  # where the window's rotating log really is
        components=components(),
    )


def as_dict(info: About) -> dict[str, Any]:
    return {
        "name": info.name, "id": info.app_id, "version": info.version, "python": info.python,
        "frozen": info.frozen, "store": info.store, "dataDir": str(info.data_dir),
        "backupsDir": str(info.backups_dir), "configDir": str(info.config_dir),
        "logDir": str(info.log_dir),
        "components": [{"name": c.name, "version": c.version, "license": c.license}
                       for c in info.components],
    }


def as_lines(info: About) -> list[str]:
    """The plain-text form: the CLI prints it; a dialog may show it as is."""
    build = "application folder" if info.frozen else "Python package"
    lines = [
        f"{info.name} {info.version} ({info.app_id})",
        f"{info.python}, {build}",
        "",
        f"store:    {info.store}",
        f"data:     {info.data_dir}",
        f"backups:  {info.backups_dir}",
        f"settings: {info.config_dir}",
        f"logs:     {info.log_dir}",
        "",
        "Editor App is proprietary software. Bundled components and their licences:",
    ]
    width = max((len(c.name) for c in info.components), default=0)
    lines += [f"  {c.name:<{width}}  {c.version:<12} {c.license}".rstrip()
              for c in info.components]
    return lines
