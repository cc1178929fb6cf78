"""Rules for names and sizes inside a bundle. A bundle comes from elsewhere: trust nothing.

We never extract by name to disk; entries are read into memory after these
checks pass, so a hostile name cannot place a file anywhere.
"""

from __future__ import annotations

import re
import stat
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import zipfile

MAX_ENTRIES = 500
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_ENTRY_BYTES = 50 * 1024 * 1024
MAX_RATIO = 100  # uncompressed : compressed, for entries large enough to matter
RATIO_FLOOR = 1024 * 1024
ALLOWED = re.compile(r"^(article\.json|index\.html|article\.md|manifest\.json|"
                     r"media/[0-9a-f]{64}\.(png|jpg|gif|webp))$")


class UnsafeBundle(ValueError):
    """The bundle breaks a safety rule; the message names the entry and the rule."""


@dataclass(frozen=True)
class Entry:
    name: str
    size: int


def check_name(name: str) -> None:
    if not name:
        raise UnsafeBundle("an entry has an empty name")
    if "\\" in name:
        raise UnsafeBundle(f"{name!r}: backslash in a name")
    if any(unicodedata.category(c) in ("Cc", "Cf") for c in name):
        raise UnsafeBundle(f"{name!r}: control character in a name")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise UnsafeBundle(f"{name!r}: absolute path or drive letter")
    if any(part in ("..", ".") for part in name.split("/")):
        raise UnsafeBundle(f"{name!r}: path goes outside the bundle")


def check_archive(zf: zipfile.ZipFile) -> list[Entry]:
    """All safety rules over the whole archive; returns the entries, checked."""
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise UnsafeBundle(f"{len(infos)} entries, at most {MAX_ENTRIES}")
    seen: dict[str, str] = {}
    total = 0
    entries = []
    for info in infos:
        name = info.filename
        check_name(name)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise UnsafeBundle(f"{name!r}: symbolic link")
        if info.is_dir():
            raise UnsafeBundle(f"{name!r}: folder entry")
        key = unicodedata.normalize("NFC", name).casefold()
        if key in seen:
            raise UnsafeBundle(f"{name!r}: same name as {seen[key]!r} once case and "
                               "Unicode form are ignored")
        seen[key] = name
        if info.file_size > MAX_ENTRY_BYTES:
            raise UnsafeBundle(f"{name!r}: {info.file_size:,} bytes, at most {MAX_ENTRY_BYTES:,}")
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise UnsafeBundle(f"more than {MAX_TOTAL_BYTES:,} bytes uncompressed")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
            ratio = info.file_size // max(1, info.compress_size)
            raise UnsafeBundle(f"{name!r}: compressed {ratio}:1, a zip bomb")
        if not ALLOWED.match(name):
            raise UnsafeBundle(f"{name!r}: not a file a bundle may hold")
        entries.append(Entry(name, info.file_size))
    return entries


def read_entry(zf: zipfile.ZipFile, name: str, limit: int = MAX_ENTRY_BYTES) -> bytes:
    """Read at most *limit* bytes: the header's size may lie."""
    with zf.open(name) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise UnsafeBundle(f"{name!r}: larger than its header says")
    return data
