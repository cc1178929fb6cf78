"""Ids and names that end up in file names: what is valid, checked at every boundary.

An id read from a bundle, a database or a command line becomes part of a path
(``<slug>-<short id>.zip``) and of URIs; only the canonical forms pass.
"""

from __future__ import annotations

import re
from typing import Any

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
SLUG = re.compile(r"^[a-z0-9-]{1,80}$")


def is_uuid(value: Any) -> bool:
    """Lower-case, hyphenated: the form ``str(uuid.uuid4())`` gives and the store keeps."""
    return isinstance(value, str) and UUID.match(value) is not None


def is_slug(value: Any) -> bool:
    return isinstance(value, str) and SLUG.match(value) is not None
