"""Vietnamese spelling: the words of a paragraph the dictionary does not know (issue 16).

And what it would write instead.
The dictionary is Debian's ``hunspell-vi`` (``/usr/share/hunspell/vi_VN.dic``). We read
its files ourselves rather than through pyenchant or spylls. Measured on this (shared,
busy) machine, looking up the 20,000 words of a newsroom-like text one by one:

============  ===========  ==============  ==================
reader        load         look up 20,000  suggest one word
============  ===========  ==============  ==================
pyenchant     110 ms       476 ms          under 1 ms
spylls        611 ms       1,575 ms        ~240 ms
this module   3–11 ms      ~1 ms           ~10 ms
============  ===========  ==============  ==================

(Splitting the text into words, skipping Markdown, URLs and names, and looking them up
takes this module ~140 ms for a whole 20,000-word article, on the checking thread; an
edited paragraph is well under a millisecond.)

Vietnamese is written in syllables and ``vi_VN.dic`` is a flat list of 6,631 of them
with no affix flags, so Hunspell's machinery has nothing to do but a set lookup;
pyenchant also needs the libenchant system library, and spylls is unmaintained since
2022. Suggestions use the same tables Hunspell would (the ``.aff``'s ``REP`` pairs and
its alphabet), ranked with Vietnamese in mind: a wrong or misplaced tone mark is the
commonest slip, so a candidate with the same letters and the same tone comes first.

The dictionary writes the new tone style ("hoà", "thuỷ"); a syllable in the old style
("hòa", "thủy") is just as correct and is looked up in the new one. Which style the
newsroom wants is the house style's business, not spelling's.

What is not checked, and why:

* Markdown syntax, inline code, URLs, e-mail addresses, HTML tags, link targets and the
  whole of an image (its text is a caption written elsewhere, or a file name).
* Anything with a digit or an underscore ("J02", "COVID-19"), all-capital acronyms
  ("UBND", "HĐND") and mixed case ("iPhone").
* Names. A capitalised word that is not the first of a sentence may be a name; it is
  taken as one when the dictionary does not know it and it has no letter or tone mark
  only Vietnamese uses ("Paris", "Samsung", "Cang"). A capitalised word with Vietnamese
  marks is checked ("Hà Nộii" is caught: names are written in ordinary syllables). The
  first word of a sentence is always checked, in lower case.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.domain.house_style import ToneStyle, to_style

if TYPE_CHECKING:
    from collections.abc import Iterable

# Where Debian (hunspell-vi) and other distributions put the dictionary.
SEARCH_DIRS = (Path("/usr/share/hunspell"), Path("/usr/share/myspell/dicts"),
               Path("/usr/share/myspell"), Path("/usr/local/share/hunspell"))
NAME = "vi_VN"
HOW_TO_INSTALL = "sudo apt install hunspell-vi"

_TONES = "\u0300\u0301\u0303\u0309\u0323"
# Letters and marks only Vietnamese writes: ă â đ ê ô ơ ư and the hook and dot below.
_VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0309\u0323\u031b\u0306]")
_WORD = re.compile(r"\w+")
_CODE = re.compile(r"[\d_]")
# Stretches of a paragraph that are not prose (Markdown: the source view's text).
_SKIP_MARKDOWN = re.compile(
    r"`[^`]*`"  # inline code
    r"|!\[[^\]]*\]\([^)]*\)"  # an image, its text included
    r"|\]\([^)]*\)"  # a link's target
    r"|^\s{0,3}\[[^\]]+\]:.*$"  # a reference definition
    r"|<[^>\n]*>"  # an HTML tag or an autolink
    r"|&\w+;")  # an entity
_SKIP_ALWAYS = re.compile(
    r"(?:https?|ftp)://\S+|www\.\S+"  # URLs
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|\S+\.(?:png|jpe?g|gif|webp|pdf|docx?)\b", re.IGNORECASE)  # file names
# What ends a sentence: the next capitalised word is a sentence start, not a name.
_SENTENCE_END = re.compile(r"[.!?…:]['\"”’)\]*_]*\s*[\"“‘'(\[*_]*\s*$")
_LINE_START = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)*[\"“‘'(\[*_]*\s*$")
_PLAIN_START = re.compile(r"^[\s\"“‘'(\[]*$")


@dataclass(frozen=True)
class Miss:
    """A word [start, end) of the paragraph (Python indices) the dictionary does not know."""

    start: int
    end: int
    word: str


@dataclass
class Dictionary:
    """The syllables of the language plus the newsroom's own words."""

    words: frozenset[str]
    rep: tuple[tuple[str, str], ...] = ()
    alphabet: str = "abcdeghiklmnopqrstuvxy"
    newsroom: set[str] = field(default_factory=set)
    # Word → known? An article repeats its words; cleared when words are added.
    _memo: dict[str, bool] = field(default_factory=dict, repr=False)

    @classmethod
    def from_text(cls, dic: str, aff: str = "") -> Dictionary:
        lines = dic.splitlines()
        # The first line of a .dic is its word count; "word/FLAGS" carries affix flags,
        # which vi_VN has none of (the flag is dropped: the word is still a word).
        words = frozenset(unicodedata.normalize("NFC", line.split("/", 1)[0].strip())
                          for line in lines[1:] if line.strip())
        rep, alphabet = [], cls.alphabet
        for line in aff.splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[0] == "REP":
                rep.append((parts[1], parts[2]))
            elif len(parts) == 2 and parts[0] == "TRY":
                alphabet = "".join(dict.fromkeys(_bare(parts[1].lower()).replace("-", "")))
        return cls(words, tuple(rep), alphabet)

    def add(self, words: Iterable[str]) -> None:
        self.newsroom.update(unicodedata.normalize("NFC", w) for w in words)
        self._memo = {}

    # -- looking up ---------------------------------------------------------------------
    def known(self, word: str) -> bool:
        found = self._memo.get(word)
        if found is None:
            found = self._memo[word] = (self._known(word, self.words)
                                        or self._known(word, self.newsroom))
            if len(self._memo) > 100_000:  # a hostile paste of random letters
                self._memo = {}
        return found

    @staticmethod
    def _known(word: str, words: frozenset[str] | set[str]) -> bool:
        # As Hunspell: a lower-case entry also matches its Capitalised and CAPITAL forms;
        # an entry with capitals matches only as written (or in capitals).
        if word in words:
            return True
        lower = word.lower()
        forms = (lower,) if word == lower else (lower, lower[:1].upper() + lower[1:])
        for form in forms:
            if form in words:
                return True
            new = to_style(form, ToneStyle.NEW)
            if new != form and new in words:
                return True
        return False

    def check(self, paragraph: str, *, markdown: bool = True) -> list[Miss]:
        """The words of *paragraph* (one block of text) the dictionary does not know."""
        return [Miss(s, e, w) for s, e, w in candidates(paragraph, markdown=markdown)
                if not self.known(w)]

    # -- suggesting -------------------------------------------------------------------------
    def suggest(self, word: str, limit: int = 7) -> list[str]:
        """What the word was probably meant to be, best first, in the word's case."""
        lower = word.lower()
        found: set[str] = set()
        index = _skeletons(self.words)
        skeleton = _bare(lower)
        for near in _edits(skeleton, self.alphabet):
            found.update(index.get(near, ()))
        for wrong, right in self.rep:  # the .aff's common confusions (ch/tr, s/x, d/gi…)
            start = lower.find(wrong)
            while start >= 0:
                swapped = lower[:start] + right + lower[start + len(wrong):]
                found.update(index.get(_bare(swapped), ()))
                start = lower.find(wrong, start + 1)
        found.update(w for w in self.newsroom if _bare(w.lower()) == skeleton)
        found.discard(lower)
        ranked = sorted(found, key=lambda w: (_distance(lower, w.lower()), w))[:limit]
        return [_like(word, w) for w in ranked]


def candidates(paragraph: str, *, markdown: bool = True) -> list[tuple[int, int, str]]:
    """The words of *paragraph* worth checking, with their places (see the module doc)."""
    patterns = (_SKIP_MARKDOWN, _SKIP_ALWAYS) if markdown else (_SKIP_ALWAYS,)
    skips = sorted((m.start(), m.end()) for p in patterns for m in p.finditer(paragraph))
    out, k = [], 0
    for m in _WORD.finditer(paragraph):
        word, start = m.group(), m.start()
        while k < len(skips) and skips[k][1] <= start:
            k += 1  # words come in order: skip spans behind us are done with
        if any(a < m.end() and start < b for a, b in skips[k:k + 3]):
            continue
        if _CODE.search(word):
            continue
        if len(word) > 1 and word.isupper():
            continue  # an acronym
        if not (word.islower() or (word[0].isupper() and word[1:].islower()) or
                len(word) == 1):
            continue  # mixed case: a brand or a code
        if word[0].isupper() and not _sentence_start(paragraph, start, markdown=markdown) \
                and not _VIETNAMESE.search(unicodedata.normalize("NFD", word)):
            continue  # a name (checked only when written with Vietnamese letters)
        out.append((start, m.end(), word))
    return out


def _sentence_start(text: str, at: int, *, markdown: bool) -> bool:
    # Only the few characters before the word matter (a paragraph may be thousands long).
    if at <= 40 and (_LINE_START if markdown else _PLAIN_START).match(text[:at]):
        return True
    return bool(_SENTENCE_END.search(text[max(0, at - 12):at]))


def _bare(text: str) -> str:
    """Letters without any mark: "người" → "nguoi", "đường" → "duong"."""
    return "".join(c for c in unicodedata.normalize("NFD", text.replace("đ", "d").replace(
        "Đ", "D")) if not unicodedata.combining(c))


@cache
def _skeletons_cached(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for w in words:
        if w.islower():
            index.setdefault(_bare(w), []).append(w)
    return {k: tuple(v) for k, v in index.items()}


def _skeletons(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    return _skeletons_cached(words)


def _edits(word: str, alphabet: str) -> set[str]:
    """The word and everything one deletion, swap, change or insertion away from it."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {word}
    out.update(a + b[1:] for a, b in splits if b)
    out.update(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
    out.update(a + c + b[1:] for a, b in splits if b for c in alphabet)
    out.update(a + c + b for a, b in splits for c in alphabet)
    return out


def _tone(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if c in _TONES)


def _distance(a: str, b: str) -> float:
    """Edit distance on letters-with-marks, the tone counted apart (wherever it sits).

    A missing or extra mark (the horn of ư, the bar of đ) costs half a letter: "dảo" is
    nearer "đảo" than "dao".
    """
    x = [c for c in unicodedata.normalize("NFD", a) if c not in _TONES]
    y = [c for c in unicodedata.normalize("NFD", b) if c not in _TONES]

    def weight(c: str) -> float:
        return 0.5 if unicodedata.combining(c) else 1.0

    prev = [0.0]
    for c in y:
        prev.append(prev[-1] + weight(c))
    for cx in x:
        cur = [prev[0] + weight(cx)]
        for j, cy in enumerate(y, 1):
            swap = 0.0 if cx == cy else 0.5 if {cx, cy} <= {"d", "đ"} else 1.0
            cur.append(min(prev[j] + weight(cx), cur[j - 1] + weight(cy), prev[j - 1] + swap))
        prev = cur
    return prev[-1] + (0 if _tone(a) == _tone(b) else 0.9)


def _like(model: str, word: str) -> str:
    """*word* in the case of *model*: "Ngừơi" → "Người", "NGỪƠI" → "NGƯỜI"."""
    if len(model) > 1 and model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def find_files(dirs: Iterable[Path] | None = None) -> tuple[Path, Path] | None:
    """The .dic and .aff of the Vietnamese dictionary, where one is installed."""
    for d in SEARCH_DIRS if dirs is None else dirs:
        dic = d / f"{NAME}.dic"
        if dic.is_file():
            return dic, d / f"{NAME}.aff"
    return None


def load(dirs: Iterable[Path] | None = None) -> Dictionary | None:
    """The installed dictionary, or None (the app then says how to install it)."""
    files = find_files(dirs)
    if files is None:
        return None
    dic, aff = files
    try:
        return Dictionary.from_text(dic.read_text(encoding="utf-8"),
                                    aff.read_text(encoding="utf-8") if aff.is_file() else "")
    except (OSError, UnicodeDecodeError):
        return None
