"""What an export writes and reports: options, results, a bundle's name and file.

The file is written and checked beside its target. Shared by the single export
(exporting) and the batch (export_batch), which import this module, not each other.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from editor_app import atomic
from editor_app.domain import i18n, ids
from editor_app.domain.errors import InvalidInput
from editor_app.export.profiles import DEFAULT_PROFILE, PROFILES
from editor_app.export.zipwriter import write_zip_file

if TYPE_CHECKING:
    from editor_app.domain.entities import Article, Person

Progress = Callable[[int, int, str], None]

@dataclass(frozen=True)
class ExportResult:
    article_id: str
    title: str
    path: Path | None = None
    error: str = ""
    exit_code: int = 0  # of the refusal, for the command line


@dataclass(frozen=True)
class Staged:
    """A bundle in place under its name, not yet claimed by an export record."""

    me: Person
    article: Article
    target: Path
    digest: str


@dataclass
class BatchReport:
    written: list[ExportResult] = field(default_factory=list)
    failed: list[ExportResult] = field(default_factory=list)
    cancelled: bool = False

    def summary(self) -> str:
        text = f"{len(self.written)} written, {len(self.failed)} failed"
        return text + (", cancelled" if self.cancelled else "")


@dataclass(frozen=True)
class ExportOptions:
    """Chosen per export: the ninjs profile, and the portal's address if there is one.

    With *base_url*, images get absolute ``href``s in the ninjs beside their bundle
    path, and the page's links lead to the portal; without, they lead to the
    bundles of the related articles unpacked beside this one.
    """

    profile: str = DEFAULT_PROFILE
    base_url: str = ""

    def __post_init__(self) -> None:
        if self.profile not in PROFILES:
            raise InvalidInput(i18n.tr("invalid", field="ninjs",
                                       problem=f"{self.profile!r} ∉ {', '.join(PROFILES)}"))
        if self.base_url:
            parts = urlsplit(self.base_url)
            if parts.scheme not in ("http", "https") or not parts.netloc or parts.query \
                    or parts.fragment or any(c.isspace() for c in self.base_url):
                raise InvalidInput(i18n.tr("invalid", field="base URL",
                                           problem=self.base_url[:60]))


def bundle_name(article: Article) -> str:
    """``<slug>-<short id>.zip``, built only from a valid slug and id: never a path."""
    if not ids.is_uuid(article.id):
        raise InvalidInput(f"article {article.id[:40]!r}: not a valid id; it cannot name a "
                           "bundle")
    if not ids.is_slug(article.slug):
        raise InvalidInput(f"article {article.id}: slug {article.slug[:40]!r} is not valid "
                           "(a-z, 0-9, -); change it before exporting")
    return f"{article.slug}-{article.id[:8]}.zip"


# A temporary file another export may still be writing is left alone for this long.
STALE_PART = timedelta(hours=1)


def parts_in(folder: Path) -> list[Path]:
    """The ``.<bundle>.<random>.part`` files in *folder* (none if it does not exist)."""
    return list(folder.glob(".*.zip.*.part")) if folder.is_dir() else []


def remove_stale_parts(folder: Path, name: str,
                       parts: list[Path] | None = None) -> list[Path]:
    """Remove what killed exports left in *folder*: ``.<bundle>.<random>.part`` files.

    Those of *name* (the bundle being written now) go whatever their age: one export
    of an article at a time. Those of other bundles go once they are an hour old.
    *parts*: :func:`parts_in` of the folder, listed once for a whole batch (listing a
    folder of thousands of bundles per article made a batch quadratic); what is
    removed is taken out of it.
    """
    removed: list[Path] = []
    if parts is None:
        parts = parts_in(folder)
    limit = time.time() - STALE_PART.total_seconds()
    for part in list(parts):
        with contextlib.suppress(OSError):
            if part.name.startswith(f".{name}.") or part.stat().st_mtime < limit:
                part.unlink()
                removed.append(part)
                parts.remove(part)
    return removed


def checked_temp(article: Article, files: dict[str, bytes], out_dir: Path,
                 parts: list[Path] | None = None) -> tuple[Path, Path, str]:
    """(temporary file, the bundle's path, SHA-256): the zip beside its target.

    Written and checked by verify's rule, not yet fsynced nor renamed: that is
    ``atomic.replace_synced``'s (the caller removes the file if it fails).
    """
    target = Path(out_dir) / bundle_name(article)
    remove_stale_parts(target.parent, target.name, parts)
    tmp = atomic.temp_beside(target)
    try:
        data = write_zip_file(tmp, files)
        _refuse_unless_verified(tmp, target.name)  # read back from the disk
        digest = hashlib.sha256(data).hexdigest()  # of the bytes just written there
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp, target, digest


def _refuse_unless_verified(path: Path, name: str) -> None:
    """Export never writes a bundle its own `verify` refuses."""
    from editor_app.export.verify import verify_bundle

    report = verify_bundle(path)
    if not report.ok:
        raise InvalidInput(f"{name}: the bundle would not pass verify: "
                           + "; ".join(report.problems[:3]))
