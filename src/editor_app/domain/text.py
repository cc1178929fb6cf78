"""Vietnamese text rules: NFC, search folding, slugs and counts.

Folding is done here, in Python, because SQLite's ``remove_diacritics``
leaves đ alone; the search index stores folded text.
"""

from __future__ import annotations

import re
import unicodedata

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng
# Old-style placement puts the tone on the first vowel of oa/oe/uy in an open
# syllable (hòa, khỏe, thủy); new style on the second (hoà, khoẻ, thuỷ).
_OLD_TONE = re.compile(
    rf"([oO])([{_TONE_MARKS}])([aAeE])(?![^\W\d_])|([uU])([{_TONE_MARKS}])([yY])(?![^\W\d_])"
)
_D_MAP = str.maketrans({"đ": "d", "Đ": "D", "Ð": "D", "ð": "d"})
_SLUG_SEP = re.compile(r"[^a-z0-9]+")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
SLUG_MAX = 80
READING_WPM = 220  # Vietnamese syllables per minute for an ordinary reader


def nfc(text: str) -> str:
    """Return *text* in NFC, the only form the store keeps."""
    return unicodedata.normalize("NFC", text)


def normalize_tone_placement_slow(text: str) -> str:
    """The definition; :func:`normalize_tone_placement` is its fast equal (a test says so)."""

    def swap(m: re.Match[str]) -> str:
        if m.group(1):
            return m.group(1) + m.group(3) + m.group(2)
        return m.group(4) + m.group(6) + m.group(5)

    return nfc(_OLD_TONE.sub(swap, unicodedata.normalize("NFD", text)))


# _OLD_TONE with one branch: eight times faster, since the engine no longer tries two
# alternatives at every character. A pair that is not o+a/e or u+y is left as it was;
# no match of _OLD_TONE can start inside the three characters it consumed.
_OLD_TONE_ONE = re.compile(rf"([oOuU])([{_TONE_MARKS}])([aAeEyY])(?![^\W\d_])")


def _swap_tone(m: re.Match[str]) -> str:
    first, mark, second = m.groups()
    if (first in "oO") != (second in "aAeE"):
        return m.group()
    return first + second + mark


def _starting(bases: str, marks: str = "") -> str:
    """Characters whose NFD is one of *bases*, followed by one of *marks* if given."""
    found = []
    for cp in range(0x41, 0x2000):
        d = unicodedata.normalize("NFD", chr(cp))
        if d[0] in bases and (len(d) == 2 and d[1] in marks if marks else True):
            found.append(chr(cp))
    return "".join(found)


# Where, in NFC text, _OLD_TONE can match in the NFD: a letter that is o plus one tone
# mark, then one that starts with a/e; the same with u and y ("của" is not one). (NFC
# has no bare o before a tone mark: the two always compose.) One leading class lets the
# engine skip to candidates: ten times faster than two alternatives.
_O_TONED, _U_TONED = _starting("oO", _TONE_MARKS), _starting("uU", _TONE_MARKS)
_OLD_TONE_NFC = re.compile(f"[{_O_TONED}{_U_TONED}]"
                           f"(?:(?<=[{_O_TONED}])[{_starting('aAeE')}]"
                           f"|(?<=[{_U_TONED}])[{_starting('yY')}])")


def normalize_tone_placement(text: str) -> str:
    """Rewrite old-style tone placement to new style (hòa → hoà, thủy → thuỷ).

    Runs over every body at every save: NFC text (all the store holds) is redone only
    in the words that need it; a space or line break never takes part in NFD, NFC or
    the swap, so cutting there changes nothing.
    """
    if not unicodedata.is_normalized("NFC", text):
        return nfc(_OLD_TONE_ONE.sub(_swap_tone, unicodedata.normalize("NFD", text)))
    out: list[str] = []
    done = 0
    for m in _OLD_TONE_NFC.finditer(text):
        at = m.start()
        if at < done:
            continue  # in the piece just redone
        start = max(text.rfind(" ", done, at), text.rfind("\n", done, at)) + 1
        ends = [e for e in (text.find(" ", at), text.find("\n", at)) if e >= 0]
        end = min(ends) if ends else len(text)
        piece = unicodedata.normalize("NFD", text[start:end])
        out += (text[done:start], nfc(_OLD_TONE_ONE.sub(_swap_tone, piece)))
        done = end
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def exact_key(text: str) -> str:
    """Lower-case, NFC, tone placement unified: equal when the diacritics are equal."""
    return normalize_tone_placement(text).lower()


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.translate(_D_MAP))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_slow(text: str) -> str:
    """The definition of folding; :func:`fold` is its fast equal (a test holds them equal)."""
    return unicodedata.normalize("NFC", _strip_marks(text)).casefold()


def fold(text: str) -> str:
    """Fold for search: casefold, no tone or vowel marks, đ → d.

    One table lookup per character instead of a decomposition: this runs over
    every body at every save.
    """
    text = _translate_aligned(unicodedata.normalize("NFC", text))
    if text.isascii():  # all Vietnamese text, once the table has done its work
        return text.casefold()
    return fold_slow(text)  # anything else (other scripts' marks): the definition itself


def _aligned_table() -> dict[int, str]:
    """Latin letters (all Vietnamese ones included) → their one-character fold."""
    table = {}
    for block in (range(0x41, 0x5B), range(0xC0, 0x250), range(0x1E00, 0x1F00)):
        for cp in block:
            f = _strip_marks(chr(cp)).lower()
            if len(f) == 1 and f != chr(cp):
                table[cp] = f
    return table


_ALIGNED = _aligned_table()
# The same table as a string indexed by code point: str.translate with a dict pays
# for a failed lookup (an exception) on every character it leaves alone, five times
# slower; past the string's end a character is left alone just the same.
_ALIGNED_STR = "".join(_ALIGNED.get(cp, chr(cp)) for cp in range(max(_ALIGNED) + 1))


def _translate_aligned(text: str) -> str:
    if text.isascii():  # only A-Z change: lower() is the same, in one C pass
        return text.lower()
    return text.translate(_ALIGNED_STR)


def fold_aligned(text: str) -> str:
    """Fold character by character so that positions match the NFC input.

    Used to cut snippets from the original text at folded match positions;
    one ``str.translate`` with a precomputed table, since it runs over bodies.
    """
    return _translate_aligned(nfc(text))


def slugify(text: str, fallback: str = "bai-viet") -> str:
    """``Đà Nẵng đón khách`` → ``da-nang-don-khach``; ``^[a-z0-9-]{1,80}$``."""
    slug = _SLUG_SEP.sub("-", fold(text)).strip("-")
    if len(slug) > SLUG_MAX:
        cut = slug[:SLUG_MAX]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return slug.strip("-") or fallback


# Markdown noise removed for counts, the search index and snippets. Each pass is
# one left-to-right scan: the regexes this replaces (``\[([^\]]*)\]\([^)]*\)``,
# ``<[^>]+>``) rescanned the rest of the text from every unmatched "[" or "<",
# so 300,000 "[" took minutes inside a save. Python-Markdown itself is not an
# option here: it has quadratic corners too, which is why rendering runs in a
# guarded worker process, and this runs on every save and every search hit.
PLAIN_MAX_CHARS = 2_000_000  # the renderer's cap too; beyond it only the head counts
_LINE_MARKER = re.compile(r"^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+", re.M)  # linear: anchored
_EMPHASIS = re.compile(r"[*_`~|]+")


def _strip_links(text: str, *, images: bool) -> str:
    r"""``![alt](url)`` → alt (images) or ``[text](url)`` → text, as the old regexes did.

    ``[^\]]*`` and ``[^)]*`` mean "up to the next ] / )": those positions are looked
    up once and reused while the scan has not passed them, so nothing is rescanned.
    """
    opener = "![" if images else "["
    skip = len(opener) - 1
    out: list[str] = []
    done = 0  # text[:done] is already in out
    bracket = paren = -2  # last "]" / ")" found (-1: none left at all)
    i = text.find(opener)
    while i >= 0:
        start = i + skip  # the "["
        if bracket < start + 1:
            bracket = text.find("]", start + 1)
            if bracket < 0:
                break  # no "]" left: nothing further can match
        if text.startswith("(", bracket + 1):
            if paren < bracket + 2:
                paren = text.find(")", bracket + 2)
                if paren < 0:
                    break  # no ")" left: likewise
            out += (text[done:i], text[start + 1:bracket])
            done = paren + 1
            i = text.find(opener, done)
        else:
            i = text.find(opener, i + 1)
    out.append(text[done:])
    return "".join(out)


def _strip_tags(text: str) -> str:
    """``<anything>`` → a space (``<[^>]+>``, one scan)."""
    out: list[str] = []
    done = 0
    close = -2
    i = text.find("<")
    while i >= 0:
        if close < i + 1:
            close = text.find(">", i + 1)
            if close < 0:
                break
        if close == i + 1:  # "<>" is not a tag
            i = text.find("<", i + 1)
            continue
        out += (text[done:i], " ")
        done = close + 1
        i = text.find("<", done)
    out.append(text[done:])
    return "".join(out)


def markdown_to_plain(markdown: str) -> str:
    """Rough plain text of Markdown, good enough for counts, the index and snippets.

    Linear in the length of *markdown*, and reads at most ``PLAIN_MAX_CHARS``.
    """
    text = markdown[:PLAIN_MAX_CHARS]
    text = _strip_links(_strip_links(text, images=True), images=False)
    text = _strip_tags(text)
    text = _LINE_MARKER.sub("", text)
    return _EMPHASIS.sub("", text)


def word_count(text: str) -> int:
    """Words as a Vietnamese newsroom counts them: syllables between spaces."""
    return len(_WORD.findall(text))


def char_count(text: str) -> int:
    """Characters a reader sees, spaces included, line breaks not."""
    return len(nfc(text).replace("\r", "").replace("\n", ""))


def reading_minutes(words: int) -> int:
    return max(1, round(words / READING_WPM)) if words else 0


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # Cc, less \t \n \r


def has_control_chars(text: str) -> bool:
    """True when *text* holds C0/C1 controls other than tab and line breaks."""
    return _CONTROL.search(text) is not None

