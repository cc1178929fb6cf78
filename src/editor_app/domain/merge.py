"""Three-way merge of two revisions with one parent: per field, the body by paragraphs, words.

A diff3 walk (Khanna, Kuper and Pierce, "A formal investigation of diff3"): the
parts where both sides still read like the base are kept; every other part is
taken from the one side that changed it, or from both when they changed it the
same way. Where both changed the same part differently the body is merged
again word by word inside that part; what still overlaps is a :class:`Clash`
and the merge is a :class:`MergeConflict` that keeps both whole sides.

Every part one side changed is taken whole, so no word typed on either side is
ever dropped: it is in the merged text or, on a conflict, in a side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from editor_app.domain.entities import Snapshot

# Text merged by words (the body by paragraphs first); every other field is one value.
WORD_FIELDS = ("subtitle", "summary", "byline", "department", "source", "dateline",
               "featured_caption", "featured_credit", "featured_alt")
SET_FIELDS = ("tags", "author_ids")

_BLANK_LINES = re.compile(r"(\n[ \t]*\n(?:[ \t]*\n)*)")
_WORDS = re.compile(r"\s+|\S+")

MINE_MARK, BASE_MARK, SPLIT_MARK, THEIRS_MARK = "<<<<<<< ", "||||||| ", "=======", ">>>>>>> "


@dataclass(frozen=True)
class Clash:
    """One part both sides changed differently: the base's text and each side's."""

    field: str
    base: str
    ours: str
    theirs: str


@dataclass(frozen=True)
class Piece:
    """A part of a merged text: agreed text, or a clash (``clash`` set, ``text`` empty)."""

    text: str = ""
    clash: Clash | None = None


@dataclass(frozen=True)
class TextMerge:
    pieces: tuple[Piece, ...]

    @property
    def clean(self) -> bool:
        return all(p.clash is None for p in self.pieces)

    @property
    def text(self) -> str:
        """The merged text; on clashes, *ours* stands in each clash (see :meth:`marked`)."""
        return "".join(p.clash.ours if p.clash else p.text for p in self.pieces)

    def marked(self, ours: str = "mine", theirs: str = "theirs") -> str:
        """The merged text with each clash between conflict markers, both sides in full."""
        out = []
        for p in self.pieces:
            if p.clash is None:
                out.append(p.text)
                continue
            c = p.clash
            out.append(f"{MINE_MARK}{ours}\n{_line(c.ours)}{SPLIT_MARK}\n{_line(c.theirs)}"
                       f"{THEIRS_MARK}{theirs}\n")
        return "".join(out)


def _line(text: str) -> str:
    return text if not text or text.endswith("\n") else text + "\n"


def paragraphs(text: str) -> list[str]:
    """Paragraphs with the blank lines after them: joined, they give *text* back."""
    parts = _BLANK_LINES.split(text)
    joined = (parts[i] + (parts[i + 1] if i + 1 < len(parts) else "")
              for i in range(0, len(parts), 2))
    return [p for p in joined if p]


def words(text: str) -> list[str]:
    """Words and the spaces between them: joined, they give *text* back."""
    return _WORDS.findall(text)


def _matches(base: Sequence[str], side: Sequence[str]) -> dict[int, int]:
    sm = SequenceMatcher(None, base, side, autojunk=False)
    return {a + k: b + k for a, b, n in sm.get_matching_blocks() for k in range(n)}


def diff3(
    base: Sequence[str], ours: Sequence[str], theirs: Sequence[str]
) -> list[tuple[list[str], list[str], list[str]]]:
    """The base cut into stable runs and changed chunks: (base, ours, theirs) per chunk.

    A stable run has the three parts equal.
    """
    mo, mt = _matches(base, ours), _matches(base, theirs)
    i = jo = jt = 0
    out: list[tuple[list[str], list[str], list[str]]] = []
    while i < len(base) or jo < len(ours) or jt < len(theirs):
        k = 0
        while i + k < len(base) and mo.get(i + k) == jo + k and mt.get(i + k) == jt + k:
            k += 1
        if k:
            run = list(base[i:i + k])
            out.append((run, run, run))
            i, jo, jt = i + k, jo + k, jt + k
            continue
        m = i
        while m < len(base) and not (m in mo and m in mt and mo[m] >= jo and mt[m] >= jt):
            m += 1
        eo = mo[m] if m < len(base) else len(ours)
        et = mt[m] if m < len(base) else len(theirs)
        out.append((list(base[i:m]), list(ours[jo:eo]), list(theirs[jt:et])))
        i, jo, jt = m, eo, et
    return out


Chunk = tuple[list[str], list[str], list[str]]


def _touching(chunks: list[Chunk]) -> list[Chunk]:
    """Changes with only spaces between them are one change.

    "mưa lớn" made "mưa rất lớn" on one side and "mưa to" on the other is a clash,
    not "mưa rất to": edits merge when a word nobody changed stands between them.
    """
    out: list[Chunk] = []
    for ch in chunks:
        out.append(ch)
        if len(out) >= 3 and _changed(out[-1]) and _changed(out[-3]) \
                and not _changed(out[-2]) and "".join(out[-2][0]).isspace():
            a, gap, c = out[-3:]
            out[-3:] = [(a[0] + gap[0] + c[0], a[1] + gap[1] + c[1], a[2] + gap[2] + c[2])]
    return out


def _changed(ch: Chunk) -> bool:
    return not ch[0] == ch[1] == ch[2]


def _merge_tokens(
    field: str, base: list[str], ours: list[str], theirs: list[str], *, finer: bool
) -> list[Piece]:
    pieces: list[Piece] = []
    for b, o, t in _touching(diff3(base, ours, theirs)):
        if o == t or b == t:
            pieces.append(Piece("".join(o)))
        elif b == o:
            pieces.append(Piece("".join(t)))
        elif finer:  # paragraphs both changed: try again word by word
            pieces += _merge_tokens(field, words("".join(b)), words("".join(o)),
                                    words("".join(t)), finer=False)
        else:
            pieces.append(Piece(clash=Clash(field, "".join(b), "".join(o), "".join(t))))
    return _joined(pieces)


def _joined(pieces: list[Piece]) -> list[Piece]:
    """Neighbouring agreed text joined; clashes a word or two apart made one, to read whole."""
    out: list[Piece] = []
    for p in pieces:
        if p.clash is None and out and out[-1].clash is None:
            out[-1] = Piece(out[-1].text + p.text)
        elif p.clash is not None and len(out) >= 2 and out[-2].clash is not None \
                and _short(out[-1].text):
            a, gap = out[-2].clash, out[-1].text
            assert a is not None
            out[-2:] = [Piece(clash=Clash(a.field, a.base + gap + p.clash.base,
                                          a.ours + gap + p.clash.ours,
                                          a.theirs + gap + p.clash.theirs))]
        elif p.clash is not None and out and out[-1].clash is not None:
            a = out[-1].clash
            out[-1] = Piece(clash=Clash(a.field, a.base + p.clash.base, a.ours + p.clash.ours,
                                        a.theirs + p.clash.theirs))
        elif p.clash is not None or p.text:
            out.append(p)
    return out


def _short(gap: str) -> bool:
    return "\n" not in gap and len(words(gap)) <= 3


def merge_text(base: str, ours: str, theirs: str, *, field: str = "body") -> TextMerge:
    """Merge two edits of *base*: the body by paragraphs then words, other text by words."""
    if ours == theirs or base == theirs:
        return TextMerge((Piece(ours),))
    if base == ours:
        return TextMerge((Piece(theirs),))
    if field == "body":
        return TextMerge(tuple(_merge_tokens(field, paragraphs(base), paragraphs(ours),
                                             paragraphs(theirs), finer=True)))
    return TextMerge(tuple(_merge_tokens(field, words(base), words(ours), words(theirs),
                                         finer=False)))


def merge_set(base: Sequence[str], ours: Sequence[str], theirs: Sequence[str]) -> tuple[str, ...]:
    """Tags, authors: each side's additions and removals both apply; ours' order first."""
    removed = (set(base) - set(ours)) | (set(base) - set(theirs))
    return tuple(x for x in dict.fromkeys([*ours, *theirs]) if x not in removed)


@dataclass(frozen=True)
class Merged:
    """A clean merge: the snapshot that has both sides' changes."""

    snapshot: Snapshot


@dataclass(frozen=True)
class MergeConflict:
    """Overlapping edits: both sides kept whole, the clashes and the marked texts."""

    base: Snapshot
    ours: Snapshot
    theirs: Snapshot
    clashes: tuple[Clash, ...]
    marked: dict[str, str]  # field -> merged text with the clashes between markers


def merge_snapshots(base: Snapshot, ours: Snapshot, theirs: Snapshot) -> Merged | MergeConflict:
    """Merge field by field; one overlapping field makes the whole merge a conflict."""
    values: dict[str, object] = {}
    clashes: list[Clash] = []
    marked: dict[str, str] = {}
    for f in fields(base):
        name = f.name
        b, o, t = getattr(base, name), getattr(ours, name), getattr(theirs, name)
        if o == t or b == t:
            values[name] = o
        elif b == o:
            values[name] = t
        elif name in SET_FIELDS:
            values[name] = merge_set(b, o, t)
        elif name == "body" or name in WORD_FIELDS:
            m = merge_text(b, o, t, field=name)
            values[name] = m.text
            if not m.clean:
                clashes += [p.clash for p in m.pieces if p.clash is not None]
                marked[name] = m.marked()
        else:  # one value (title, slug, category, image): both changed it differently
            clashes.append(Clash(name, str(b or ""), str(o or ""), str(t or "")))
            values[name] = o
    if clashes:
        return MergeConflict(base, ours, theirs, tuple(clashes), marked)
    return Merged(replace(base, **values))  # type: ignore[arg-type]
