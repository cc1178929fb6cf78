"""Zips built byte by byte, so a test can make them lie: sizes, methods, counts, names.

Python's zipfile writes only honest archives; an attacker does not.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Member:
    name: bytes
    payload: bytes  # the bytes as stored (already compressed with *method*)
    method: int = zipfile.ZIP_STORED
    claimed_size: int | None = None  # header's uncompressed size; None: len(payload)
    crc: int | None = None
    flags: int = 0x800  # names are UTF-8


def honest(name: str, data: bytes, method: int = zipfile.ZIP_DEFLATED) -> Member:
    if method == zipfile.ZIP_DEFLATED:
        c = zlib.compressobj(6, zlib.DEFLATED, -15)
        payload = c.compress(data) + c.flush()
    else:
        payload = data
    return Member(name.encode(), payload, method, len(data), zlib.crc32(data))


def _local(m: Member) -> bytes:
    size = len(m.payload) if m.claimed_size is None else m.claimed_size
    return struct.pack("<4s5H3I2H", b"PK\x03\x04", 20, m.flags, m.method, 0, 0x21,
                       m.crc or 0, len(m.payload), size, len(m.name), 0) + m.name


def _central(m: Member, offset: int) -> bytes:
    size = len(m.payload) if m.claimed_size is None else m.claimed_size
    return struct.pack("<4s6H3I5H2I", b"PK\x01\x02", 0x314, 20, m.flags, m.method, 0, 0x21,
                       m.crc or 0, len(m.payload), size, len(m.name), 0, 0, 0, 0,
                       0o100644 << 16, offset) + m.name


def end_records(count: int, cd_size: int, cd_offset: int) -> bytes:
    """The end of central directory record, with the zip64 pair when *count* needs it."""
    if count < 0xFFFF:
        return struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, count, count, cd_size, cd_offset, 0)
    z64_at = cd_offset + cd_size
    z64 = struct.pack("<4sQ2H2I4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, cd_size,
                      cd_offset)
    locator = struct.pack("<4sIQI", b"PK\x06\x07", 0, z64_at, 1)
    return z64 + locator + struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF,
                                       0xFFFFFFFF, 0xFFFFFFFF, 0)


def build(members: list[Member]) -> bytes:
    body, central = bytearray(), bytearray()
    for m in members:
        offset = len(body)
        body += _local(m) + m.payload
        central += _central(m, offset)
    return bytes(body + central + end_records(len(members), len(central), len(body)))


def many_entries(count: int) -> bytes:
    """*count* directory entries, all naming one empty file: cheap to build, costly to list."""
    m = Member(b"a", b"", zipfile.ZIP_STORED, 0, 0)
    local = _local(m)
    record = _central(m, 0)
    return local + record * count + end_records(count, len(record) * count, len(local))
