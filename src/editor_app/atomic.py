"""Atomic file writes: temp file in the target folder, fsync, rename, fsync the folder.

A reader (or the next start after a kill) sees the old file or the new one,
never half of one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

# mkstemp makes 0600 files; what we write should get the mode any new file gets.
_UMASK = os.umask(0)
os.umask(_UMASK)


def fsync_folder(folder: Path) -> None:
    """Make the renames into *folder* durable (what :func:`atomic_path` does per file)."""
    with contextlib.suppress(OSError):  # not every platform lets us open a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_path(target: Path, *, sync_folder: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside *target*; on success it replaces *target*.

    *sync_folder* False: the caller fsyncs the folder itself (:func:`fsync_folder`) once
    for many files, before anything may claim they are there. Each file is still fsynced
    before its rename, so the name never points at half a file.
    """
    target = Path(target)
    tmp = temp_beside(target)
    try:
        yield tmp
        replace_synced(tmp, target, sync_folder=sync_folder)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def temp_beside(target: Path) -> Path:
    """A new empty ``.<name>.<random>.part`` file in *target*'s folder (made if need be).

    With :func:`replace_synced` the two halves of :func:`atomic_path`, for a caller
    that finishes the file elsewhere (a batch export fsyncs on another thread).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    os.chmod(tmp, 0o666 & ~_UMASK)
    return tmp


def replace_synced(tmp: Path, target: Path, *, sync_folder: bool = True) -> None:
    """*tmp* fsynced and renamed to *target* (see :func:`atomic_path`).

    The caller removes *tmp* if this fails.
    """
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    if sync_folder:
        fsync_folder(target.parent)


def write_bytes(target: Path, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def write_text(target: Path, text: str) -> None:
    write_bytes(target, text.encode("utf-8"))
