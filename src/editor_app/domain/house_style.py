"""The newsroom's house style: tone-mark placement and official names.

Two spellings of one syllable are both correct Vietnamese: the old style puts the tone
on the first vowel of an open "oa", "oe" or "uy" (hòa, khỏe, thủy), the new style on the
second (hoà, khoẻ, thuỷ). A newsroom picks one. Elsewhere the two agree ("quý", "giá",
"qua", "gìn", "hoàn", "huỳnh"), and nothing there is touched.

Official names ("Tỉnh ủy", "UBND tỉnh") have one right capitalisation and a few wrong
short forms; the term list says which, and each finding carries its one-click fix.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from editor_app.domain import i18n
from editor_app.domain.checklist import Item, Level

if TYPE_CHECKING:
    from editor_app.domain.entities import Article

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng (NFD)
_OPEN = r"(?![^\W\d_])"  # nothing of the syllable follows: no final consonant
# In NFD a tone mark follows the vowel it sits on. "qu" is a consonant, so "quý" keeps
# its tone on the y in both styles.
_OLD = re.compile(rf"([oO])([{_TONES}])([aAeE]){_OPEN}|(?<![qQ])([uU])([{_TONES}])([yY]){_OPEN}")
_NEW = re.compile(rf"([oO])([aAeE])([{_TONES}]){_OPEN}|(?<![qQ])([uU])([yY])([{_TONES}]){_OPEN}")
_WORD = re.compile(r"[^\W\d_]+")


class ToneStyle(StrEnum):
    OLD = "old"  # hòa, thủy
    NEW = "new"  # hoà, thuỷ


def to_style(text: str, style: ToneStyle) -> str:
    """*text* with every open oa/oe/uy syllable in *style*; all else unchanged (NFC)."""
    pattern = _OLD if style is ToneStyle.NEW else _NEW

    def swap(m: re.Match[str]) -> str:
        a, b, c = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (
            m.group(4), m.group(5), m.group(6))
        # old → new: vowel, tone, vowel becomes vowel, vowel, tone; new → old: the reverse.
        return a + c + b

    return unicodedata.normalize("NFC", pattern.sub(swap, unicodedata.normalize("NFD", text)))


@dataclass(frozen=True)
class Finding:
    """A stretch of text [start, end) that the house style writes as *fix*."""

    start: int
    end: int
    found: str
    fix: str
    kind: str  # "tone" or "term"


def tone_findings(text: str, style: ToneStyle) -> list[Finding]:
    """Syllables written in the other style, with the house spelling."""
    text = unicodedata.normalize("NFC", text)
    found = []
    seen: dict[str, str] = {}  # an article repeats its words: convert each once
    for m in _WORD.finditer(text):
        word = m.group()
        if word.isascii():  # no tone at all
            continue
        fixed = seen.get(word)
        if fixed is None:
            fixed = seen[word] = to_style(word, style)
        if fixed != word:
            found.append(Finding(m.start(), m.end(), word, fixed, "tone"))
    return found


@dataclass(frozen=True)
class Term:
    """An official name as the newsroom writes it.

    *variants*: wrong forms that mean it ("UB tỉnh", "T.Ư"), matched in any case.
    *before_name*: a rank or title ("Đại tá") is capitalised only before a person's name,
    so it is checked only there.
    """

    canonical: str
    variants: tuple[str, ...] = ()
    before_name: bool = False


_TOKEN = re.compile(r"\w+(?:\.\w+)*")  # "T.Ư" is one token; a full stop after a word is not


@dataclass(frozen=True)
class Compiled:
    """The term list indexed by the case-folded first word of every form it matches."""

    index: dict[str, list[_Form]]
    fixes: tuple[str, ...]


@dataclass(frozen=True)
class _Form:
    words: tuple[str, ...]  # case-folded
    term: int
    before_name: bool
    exact: tuple[str, ...] | None  # an abbreviation matches only in its own case
    gaps: tuple[str, ...]  # between its words: "" for spaces, else the mark ("GD-ĐT": "-")


def compile_terms(terms: list[Term], style: ToneStyle | None = None) -> Compiled:
    """Each term's forms (canonical in either tone style, variants) and its house spelling.

    Looked up word by word: one pass over a 20,000-word body, whatever the list's length.
    """
    index: dict[str, list[_Form]] = {}
    fixes = []
    for n, term in enumerate(terms):
        canonical = unicodedata.normalize("NFC", term.canonical)
        forms = {canonical, to_style(canonical, ToneStyle.OLD), to_style(canonical, ToneStyle.NEW),
                 *(unicodedata.normalize("NFC", v) for v in term.variants)}
        for form in forms:
            spans = [m.span() for m in _TOKEN.finditer(form)]
            if not spans:
                continue
            words = tuple(form[a:b] for a, b in spans)
            gaps = tuple(_gap(form[spans[k][1]:spans[k + 1][0]]) for k in range(len(spans) - 1))
            # "TƯ" (Trung ương) must not catch "thứ tư": abbreviations keep their case.
            exact = words if form != canonical and not any(c.islower() for c in form) else None
            folded = tuple(w.casefold() for w in words)
            index.setdefault(folded[0], []).append(
                _Form(folded, n, term.before_name, exact, gaps))
        fixes.append(to_style(canonical, style) if style else canonical)
    for entries in index.values():
        entries.sort(key=lambda e: -len(e.words))  # the longest name wins at one place
    return Compiled(index, tuple(fixes))


def term_findings(text: str, compiled: Compiled) -> list[Finding]:
    """Official names written otherwise than the term list says, in text order."""
    text = unicodedata.normalize("NFC", text)
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    hits: list[Finding] = []
    i = 0
    while i < len(tokens):
        match = _match_at(text, tokens, i, compiled)
        if match is None:
            i += 1
            continue
        last, n = match
        start, end = tokens[i][0], tokens[last][1]
        found, fix = text[start:end], compiled.fixes[n]
        if " ".join(found.split()) != fix:
            hits.append(Finding(start, end, found, fix, "term"))
        i = last + 1
    return hits


def _match_at(text: str, tokens: list[tuple[int, int, str]], i: int,
              compiled: Compiled) -> tuple[int, int] | None:
    for form in compiled.index.get(tokens[i][2].casefold(), ()):
        last = i + len(form.words) - 1
        if last >= len(tokens):
            continue
        words = [tokens[k][2] for k in range(i, last + 1)]
        if (form.exact is not None and tuple(words) != form.exact) or any(
                w.casefold() != f for w, f in zip(words, form.words, strict=True)):
            continue
        # Between the words, what the form has: spaces, or its own mark ("Tỉnh, ủy" is no
        # name, "Sở GD-ĐT" needs its hyphen).
        if any(_gap(text[tokens[k][1]:tokens[k + 1][0]]) != form.gaps[k - i]
               for k in range(i, last)):
            continue
        if form.before_name and not _name_follows(text, tokens, last):
            continue
        return last, form.term
    return None


def _gap(between: str) -> str:
    return "".join(between.split())


def _name_follows(text: str, tokens: list[tuple[int, int, str]], last: int) -> bool:
    if last + 1 >= len(tokens):
        return False
    start = tokens[last + 1][0]
    return not text[tokens[last][1]:start].strip() and text[start].isupper()


def findings(text: str, style: ToneStyle | None, compiled: Compiled) -> list[Finding]:
    """Both kinds, in text order, never overlapping (a term's fix includes its tones).

    *compiled* must come from :func:`compile_terms` with the same *style*.
    """
    terms = term_findings(text, compiled)  # in text order, never overlapping
    tones = tone_findings(text, style) if style else []
    kept, i = [], 0
    for t in tones:  # a sweep: both lists are in text order
        while i < len(terms) and terms[i].end <= t.start:
            i += 1
        if i == len(terms) or terms[i].start >= t.end:
            kept.append(t)
    return sorted(terms + kept, key=lambda f: f.start)


def apply(text: str, found: list[Finding]) -> str:
    """*text* with every finding replaced by its fix (findings from the same text)."""
    text = unicodedata.normalize("NFC", text)
    out, at = [], 0
    for f in sorted(found, key=lambda f: f.start):
        out += [text[at:f.start], f.fix]
        at = f.end
    out.append(text[at:])
    return "".join(out)


# What a new newsroom starts with; staff edit the list (it lives in the store).
SEED_TERMS: tuple[Term, ...] = (
    Term("Tỉnh ủy", ("Tỉnh Ủy",)),
    Term("Ban Thường vụ Tỉnh ủy"),
    Term("Ban Chấp hành Đảng bộ tỉnh"),
    Term("Ban Tuyên giáo Tỉnh ủy", ("Ban Tuyên Giáo Tỉnh ủy",)),
    Term("Ban Tổ chức Tỉnh ủy"),
    Term("Ủy ban Kiểm tra Tỉnh ủy"),
    Term("Bí thư Tỉnh ủy"),
    Term("Phó Bí thư Tỉnh ủy"),
    Term("UBND tỉnh", ("UB tỉnh", "UBNDT")),
    Term("Ủy ban nhân dân tỉnh"),
    Term("Chủ tịch UBND tỉnh", ("CT UBND tỉnh",)),
    Term("Phó Chủ tịch UBND tỉnh", ("PCT UBND tỉnh",)),
    Term("HĐND tỉnh", ("HĐNDT",)),
    Term("Hội đồng nhân dân tỉnh"),
    Term("Chủ tịch HĐND tỉnh"),
    Term("Mặt trận Tổ quốc Việt Nam", ("MTTQ VN", "MTTQVN")),
    Term("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    Term("Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    Term("Hội Liên hiệp Phụ nữ Việt Nam"),
    Term("Công an tỉnh"),
    Term("Bộ Chỉ huy Quân sự tỉnh"),
    Term("Trung ương", ("T.Ư", "TƯ", "TW")),
    Term("Quốc hội"),
    Term("Đại tướng", before_name=True),
    Term("Thượng tướng", before_name=True),
    Term("Trung tướng", before_name=True),
    Term("Thiếu tướng", before_name=True),
    Term("Đại tá", before_name=True),
    Term("Thượng tá", before_name=True),
    Term("Trung tá", before_name=True),
    Term("Thiếu tá", before_name=True),
    Term("Đại úy", before_name=True),
    Term("Thượng úy", before_name=True),
    Term("Trung úy", before_name=True),
    Term("Thiếu úy", before_name=True),
)



def checklist_items(article: Article, tone: ToneStyle | None, terms: tuple[Term, ...],
                    lang: str = "vi") -> list[Item]:
    """Warnings for the pre-submission checklist: one per field and kind.

    Each with a count and the first example, so a long body does not flood the list
    (Edit → Apply house style fixes them all at once).
    """
    compiled = compile_terms(list(terms), tone)
    out = []
    for field in ("title", "subtitle", "summary", "body"):
        found = findings(getattr(article, field), tone, compiled)
        for kind in ("term", "tone"):
            mine = [f for f in found if f.kind == kind]
            if mine:
                first = mine[0]
                message = i18n.translate(lang, f"style.{kind}_off", n=len(mine),
                                         found=first.found, fix=first.fix)
                out.append(Item(Level.WARNING, field, message,
                                first.start if field == "body" else -1))
    return out
