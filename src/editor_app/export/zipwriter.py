"""A zip whose bytes depend only on its contents: sorted entries, fixed times and modes."""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

from editor_app import atomic

if TYPE_CHECKING:
    from pathlib import Path

FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest a zip can say
FILE_MODE = 0o100644 << 16
LEVEL = 6  # deflate's: the zip's bytes depend on it, the files inside do not


def write_zip(target: Path, files: dict[str, bytes]) -> None:
    """Write *files* to *target* atomically and reproducibly."""
    with atomic.atomic_path(target) as tmp:
        write_zip_file(tmp, files)


def zip_bytes(files: dict[str, bytes]) -> bytes:
    """The zip of *files*: the bytes :func:`write_zip_file` writes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.external_attr = FILE_MODE
            info.create_system = 3  # unix, whatever machine writes it
            # Images are already compressed: storing them is faster and smaller.
            info.compress_type = (zipfile.ZIP_STORED if name.startswith("media/")
                                  else zipfile.ZIP_DEFLATED)
            zf.writestr(info, files[name], compresslevel=LEVEL)
    return buf.getvalue()


def write_zip_file(path: Path, files: dict[str, bytes]) -> bytes:
    """Write *files* to *path* (no atomicity: the caller gives a temporary path).

    Built in memory and written in one call: zipfile writing to a file makes several
    small writes per entry and seeks back to each entry's header. Returns the bytes.
    """
    data = zip_bytes(files)
    with open(path, "wb") as fh:
        fh.write(data)
    return data
