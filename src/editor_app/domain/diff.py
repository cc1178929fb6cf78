"""Word-level differences between two texts, for comparing revisions."""

from __future__ import annotations

import difflib
import re

_TOKENS = re.compile(r"\s+|[^\s]+")


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """[(op, text)] with op in "same", "insert", "delete"; whitespace kept as tokens."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    out: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out.append(("same", "".join(a[i1:i2])))
            continue
        if tag in ("delete", "replace"):
            out.append(("delete", "".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            out.append(("insert", "".join(b[j1:j2])))
    return out


def changed(diff: list[tuple[str, str]]) -> tuple[int, int]:
    """(words inserted, words deleted)."""
    ins = sum(len(t.split()) for op, t in diff if op == "insert")
    dele = sum(len(t.split()) for op, t in diff if op == "delete")
    return ins, dele
