"""Rules for names and sizes inside a bundle. A bundle comes from elsewhere: trust nothing.

We never extract by name to disk; entries are read into memory after these
checks pass, so a hostile name cannot place a file anywhere. Every size a zip
states is a claim: the directory's size and entry count are checked before
zipfile reads the directory, and members are read in bounded chunks that stop
at the cap whatever their header says.
"""

from __future__ import annotations

import re
import stat
import struct
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

from editor_app.domain import images

if TYPE_CHECKING:
    from pathlib import Path

MAX_ENTRIES = 500
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_ENTRY_BYTES = 50 * 1024 * 1024
# A body is at most 1,000,000 characters (≤ 4 MB of UTF-8); its page and ninjs fit in this.
MAX_TEXT_BYTES = 16 * 1024 * 1024
# 500 entries of short names need ~60 KB; zipfile reads the whole directory at once.
MAX_DIRECTORY_BYTES = 1024 * 1024
CHUNK = 1024 * 1024
# What the app writes; bzip2 and LZMA decompress without a bound inside zipfile.
METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflate"}
METHOD_NAMES = {zipfile.ZIP_BZIP2: "bzip2", zipfile.ZIP_LZMA: "LZMA"}
MAX_RATIO = 100  # uncompressed : compressed, for entries large enough to matter
RATIO_FLOOR = 1024 * 1024
ALLOWED = re.compile(r"^(article\.json|index\.html|body\.html|article\.md|manifest\.json|"
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


def _end_record(data: bytes, fh: BinaryIO) -> tuple[int, int]:
    """(entries, directory bytes) as the end record states them, zip64 included.

    Found the way zipfile finds it (the last signature in the tail), so both read
    the same record.
    """
    at = data.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(data):
        raise UnsafeBundle("not a readable zip: no end of central directory record")
    count, cd_size = struct.unpack("<HI", data[at + 10:at + 16])
    loc = at - 20
    if loc >= 0 and data[loc:loc + 4] == b"PK\x06\x07":
        z64_at = struct.unpack("<Q", data[loc + 8:loc + 16])[0]
        fh.seek(z64_at)
        rec = fh.read(56)
        if len(rec) < 56 or rec[:4] != b"PK\x06\x06":
            raise UnsafeBundle("not a readable zip: damaged zip64 end record")
        count, cd_size = struct.unpack("<QQ", rec[32:48])
    return count, cd_size


def open_archive(path: Path) -> zipfile.ZipFile:
    """Open *path* only after its end record's entry count and directory size pass."""
    with open(path, "rb") as fh:
        size = fh.seek(0, 2)
        start = max(0, size - 22 - 0xFFFF - 20)
        fh.seek(start)
        count, cd_size = _end_record(fh.read(), fh)
    if count > MAX_ENTRIES:
        raise UnsafeBundle(f"{count:,} entries, at most {MAX_ENTRIES}")
    if cd_size > MAX_DIRECTORY_BYTES:
        raise UnsafeBundle(f"a central directory of {cd_size:,} bytes, at most "
                           f"{MAX_DIRECTORY_BYTES:,}")
    try:
        return zipfile.ZipFile(path)
    except UnicodeDecodeError:
        raise UnsafeBundle("an entry name is not valid UTF-8") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise UnsafeBundle(f"not a readable zip: {exc}") from None


def entry_cap(name: str) -> int:
    """The most bytes *name* may hold: an image what the store takes, text far less."""
    return images.MAX_BYTES if name.startswith("media/") else MAX_TEXT_BYTES


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
        if info.compress_type not in METHODS:
            method = METHOD_NAMES.get(info.compress_type, f"method {info.compress_type}")
            raise UnsafeBundle(f"{name!r}: compressed with {method}; a bundle uses only "
                               "stored or deflate")
        if info.flag_bits & 0x1:
            raise UnsafeBundle(f"{name!r}: encrypted")
        cap = min(entry_cap(name), MAX_ENTRY_BYTES)
        if info.file_size > cap:
            raise UnsafeBundle(f"{name!r}: {info.file_size:,} bytes, at most {cap:,}")
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


def read_entry(zf: zipfile.ZipFile, name: str, limit: int | None = None) -> bytes:
    """The bytes of *name*, read in chunks that stop at its cap whatever its header says.

    Only stored and deflate are read: zipfile bounds their decompression by the size
    asked for (bzip2 and LZMA members inflate whole, whatever their header says).
    """
    info = zf.getinfo(name)
    if info.compress_type not in METHODS:
        raise UnsafeBundle(f"{name!r}: compressed with a method a bundle does not use")
    cap = min(entry_cap(name) if limit is None else limit, info.file_size)
    parts: list[bytes] = []
    got = 0
    try:
        with zf.open(info) as fh:
            # zipfile stops at the header's size and bounds each inflate to what is asked.
            while chunk := fh.read(min(CHUNK, cap + 1 - got)):
                parts.append(chunk)
                got += len(chunk)
                if got > cap:
                    raise UnsafeBundle(f"{name!r}: longer than its header says "
                                       f"({info.file_size:,} bytes)")
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise UnsafeBundle(f"{name!r}: damaged ({exc})") from None
    if got != info.file_size:
        raise UnsafeBundle(f"{name!r}: {got:,} bytes, its header says {info.file_size:,}")
    return b"".join(parts)
