"""Word-level differences between two texts, for comparing revisions.

difflib's matcher is quadratic at best and cubic on repetitive text (two
unrelated 20,000-word revisions took 78 s). Google's diff-match-patch runs
Myers' O(N·D) diff after cutting the common head and tail, and stops at a
deadline: what it has not matched by then is shown as one deletion and one
insertion, and the result says it is coarse. Words are diffed as characters
(each distinct token becomes one code point), the library's own line trick.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

_TOKENS = re.compile(r"\s+|[^\s]+")
DIFF_SECONDS = 1.0  # the most a comparison may take; past it, the rest is coarse
_OPS = {0: "same", 1: "insert", -1: "delete"}
_SURROGATES = 0xD800, 0xE000

Op = tuple[str, str]


@dataclass(frozen=True)
class WordDiff:
    ops: list[Op]  # (op, text), op in "same", "insert", "delete"
    coarse: bool  # the deadline came first: some changes are shown whole, not word by word


def word_diff(old: str, new: str) -> list[Op]:
    """[(op, text)] with op in "same", "insert", "delete"; whitespace kept as tokens."""
    return diff_words(old, new).ops


def diff_words(old: str, new: str, seconds: float = DIFF_SECONDS) -> WordDiff:
    """The word diff of *old* → *new*, bounded by *seconds* of work."""
    tokens: list[str] = []
    codes: dict[str, str] = {}

    def encode(text: str) -> str:
        out = []
        for tok in _TOKENS.findall(text):
            ch = codes.get(tok)
            if ch is None:
                n = len(tokens)
                ch = codes[tok] = chr(n if n < _SURROGATES[0] else n + 2048)
                tokens.append(tok)
            out.append(ch)
        return "".join(out)

    try:
        a, b = encode(old), encode(new)
    except ValueError:  # more distinct words than code points: no word diff to show
        return WordDiff([("delete", old), ("insert", new)], True)
    dmp = diff_match_patch()
    deadline = time.time() + seconds
    raw = dmp.diff_main(a, b, False, deadline)
    coarse = time.time() >= deadline
    dmp.diff_cleanupSemantic(raw)  # "Tuyên giáo" → "Dân vận", not word / space / word
    ops: list[Op] = []
    for op, chars in raw:
        text = "".join(tokens[_index(c)] for c in chars)
        if ops and ops[-1][0] == _OPS[op]:
            ops[-1] = (_OPS[op], ops[-1][1] + text)
        elif text:
            ops.append((_OPS[op], text))
    return WordDiff(ops, coarse)


def _index(ch: str) -> int:
    n = ord(ch)
    return n if n < _SURROGATES[0] else n - 2048


def changed(diff: list[Op]) -> tuple[int, int]:
    """(words inserted, words deleted)."""
    ins = sum(len(t.split()) for op, t in diff if op == "insert")
    dele = sum(len(t.split()) for op, t in diff if op == "delete")
    return ins, dele
