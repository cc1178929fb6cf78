"""Recognise an image from its first bytes and read its size, without decoding it.

Trusting a file's extension is how a renamed executable ends up in a
bundle; the header decides the type.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from editor_app.domain.errors import InvalidInput

MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 100_000_000  # 10,000 × 10,000: larger is a decompression bomb, not a photo


@dataclass(frozen=True)
class ImageInfo:
    mime: str
    ext: str
    width: int
    height: int


def _png(data: bytes) -> ImageInfo | None:
    if data[:8] != b"\x89PNG\r\n\x1a\n" or len(data) < 24 or data[12:16] != b"IHDR":
        return None
    w, h = struct.unpack(">II", data[16:24])
    return ImageInfo("image/png", "png", w, h)


def _gif(data: bytes) -> ImageInfo | None:
    if data[:6] not in (b"GIF87a", b"GIF89a") or len(data) < 10:
        return None
    w, h = struct.unpack("<HH", data[6:10])
    return ImageInfo("image/gif", "gif", w, h)


def _webp(data: bytes) -> ImageInfo | None:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP" or len(data) < 30:
        return None
    kind = data[12:16]
    if kind == b"VP8X":
        w = int.from_bytes(data[24:27], "little") + 1
        h = int.from_bytes(data[27:30], "little") + 1
    elif kind == b"VP8 ":
        w, h = (v & 0x3FFF for v in struct.unpack("<HH", data[26:30]))
    elif kind == b"VP8L":
        bits = int.from_bytes(data[21:25], "little")
        w, h = (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    else:
        return None
    return ImageInfo("image/webp", "webp", w, h)


def _jpeg(data: bytes) -> ImageInfo | None:
    if data[:3] != b"\xff\xd8\xff":
        return None
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            i += 1
            continue
        marker = data[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7 or marker == 0xFF:
            i += 1 if marker == 0xFF else 2
            continue
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE,
                      0xCF):
            h, w = struct.unpack(">HH", data[i + 5:i + 9])
            return ImageInfo("image/jpeg", "jpg", w, h)
        i += 2 + length
    return None


def _complete(data: bytes, info: ImageInfo) -> bool:
    """Whether the file reaches its format's end marker (a cut-off download does not)."""
    tail = data.rstrip(b"\x00")
    if info.ext == "png":
        return b"IEND" in data[-16:]
    if info.ext == "jpg":
        return tail.endswith(b"\xff\xd9")
    if info.ext == "gif":
        return tail.endswith(b";")
    return int.from_bytes(data[4:8], "little") + 8 <= len(data)  # webp: RIFF size


def inspect_image(data: bytes) -> ImageInfo:
    """The type and size of *data*, or InvalidInput saying what is wrong."""
    if len(data) > MAX_BYTES:
        raise InvalidInput(f"image: {len(data) // 1_000_000} MB, at most "
                           f"{MAX_BYTES // 1_000_000} MB")
    for probe in (_png, _jpeg, _gif, _webp):
        info = probe(data)
        if info is not None:
            break
    else:
        raise InvalidInput("image: not a PNG, JPEG, GIF or WebP file (or it is truncated)")
    if info.width <= 0 or info.height <= 0:
        raise InvalidInput("image: the header gives no size; the file is damaged")
    if info.width * info.height > MAX_PIXELS:
        raise InvalidInput(f"image: {info.width}×{info.height} pixels is too large")
    if not _complete(data, info):
        raise InvalidInput("image: the file is truncated (it stops before its end marker)")
    return info
