"""The picture behind an <img src> of pasted or imported HTML, where it can be had.

The GUI's paste and the Word import both use it; it touches no store, so the window
can call it without loading the services.
"""

from __future__ import annotations

import base64
import binascii
import re
from pathlib import Path
from urllib.parse import unquote, urlparse

MAX_IMAGE = 20 * 1024 * 1024  # as an image inserted by hand
_DATA_URI = re.compile(r"^data:image/[a-z0-9.+-]+;base64,(.*)$", re.IGNORECASE | re.DOTALL)


def image_bytes(src: str) -> bytes | None:
    """The picture behind a pasted <img src>: a data: URI, or a local file that exists.

    Web addresses are not fetched (the app works offline; a newsroom decides what
    it downloads); those images are left out with a note.
    """
    m = _DATA_URI.match(src.strip())
    if m:
        try:
            data = base64.b64decode(m.group(1), validate=False)
        except (binascii.Error, ValueError):
            return None
        return data if 0 < len(data) <= MAX_IMAGE else None
    url = urlparse(src)
    if url.scheme == "file":
        local = unquote(url.path)
        # file:///C:/Users/… names "C:/Users/…" on Windows (Word's clipboard images).
        path = Path(local[1:] if re.match(r"^/[A-Za-z]:", local) else local)
    elif url.scheme == "" and src.startswith("/"):
        path = Path(src)
    else:
        return None
    try:
        if path.is_file() and path.stat().st_size <= MAX_IMAGE:
            return path.read_bytes()
    except OSError:
        return None
    return None
