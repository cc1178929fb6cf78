"""The bundle manifest: what is inside, with hashes, and whose approval it carries."""

from __future__ import annotations

import hashlib
import json
from typing import Any

FORMAT = "editor-app-bundle"
FORMAT_VERSION = 1
NAME = "manifest.json"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def dumps(obj: Any) -> bytes:
    """JSON as the bundle writes it: sorted keys, UTF-8, a final newline."""
    return (json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def build(files: dict[str, bytes], *, article_id: str, revision_id: str, version: int,
          revision_chain: list[str], approved_by: str | None, approved_at: str | None,
          profile: str = "3.1", pinned: list[str] | None = None,
          hidden: list[str] | None = None) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "formatVersion": FORMAT_VERSION,
        "articleId": article_id,
        "revisionId": revision_id,
        "version": version,
        # Oldest first: lets an import tell "newer", "older" and "diverged" apart.
        "revisionChain": revision_chain,
        "approvedBy": approved_by,
        "approvedAt": approved_at,
        # Which ninjs article.json follows, so a reader need not guess.
        "ninjsProfile": profile,
        # The editor's choices for the related list: pinned ids in order, hidden ids.
        "related": {"pinned": list(pinned or ()), "hidden": list(hidden or ())},
        "files": [{"path": name, "sha256": sha256(files[name]), "size": len(files[name])}
                  for name in sorted(files)],
    }
