"""Text from old Vietnamese fonts: TCVN3 (ABC, ".VnTime") and VNI-Windows.

Pasted from old documents, "Hà Nội" arrives as "Hµ Néi" (TCVN3) or
"Haø Noäi" (VNI). Both are detected and converted with their standard tables;
the GUI shows a preview first, because detection is a judgement on a sample.
"""

from __future__ import annotations

import re
from functools import cache

# TCVN3 (TCVN 5712:1993, VN3) byte → Unicode, lower case (upper case with tones
# lived in separate fonts and is not in this charset).
_TCVN3 = {
    "µ": "à", "¸": "á", "¶": "ả", "·": "ã", "¹": "ạ",
    "¨": "ă", "»": "ằ", "¾": "ắ", "¼": "ẳ", "½": "ẵ", "Æ": "ặ",
    "©": "â", "Ç": "ầ", "Ê": "ấ", "È": "ẩ", "É": "ẫ", "Ë": "ậ",
    "®": "đ",
    "Ì": "è", "Ð": "é", "Î": "ẻ", "Ï": "ẽ", "Ñ": "ẹ",
    "ª": "ê", "Ò": "ề", "Õ": "ế", "Ó": "ể", "Ô": "ễ", "Ö": "ệ",
    "×": "ì", "Ý": "í", "Ø": "ỉ", "Ü": "ĩ", "Þ": "ị",
    "ß": "ò", "ã": "ó", "á": "ỏ", "â": "õ", "ä": "ọ",
    "«": "ô", "å": "ồ", "è": "ố", "æ": "ổ", "ç": "ỗ", "é": "ộ",
    "¬": "ơ", "ê": "ờ", "í": "ớ", "ë": "ở", "ì": "ỡ", "î": "ợ",
    "ï": "ù", "ó": "ú", "ñ": "ủ", "ò": "ũ", "ô": "ụ",
    "\u00ad": "ư", "õ": "ừ", "ø": "ứ", "ö": "ử", "÷": "ữ", "ù": "ự",
    "ú": "ỳ", "ý": "ý", "û": "ỷ", "ü": "ỹ", "þ": "ỵ",
    "¡": "Ă", "¢": "Â", "§": "Đ", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư",
}
_TCVN3_TABLE = str.maketrans(_TCVN3)
# Characters of TCVN3 text that never occur in Unicode Vietnamese.
_TCVN3_ONLY = set("µ¸¶¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßåæçë«¬îñö÷øûüþ\u00ad¡¢§£¤¥¦")
# The TCVN3 letters that ordinary text never holds (no ©, «, § or the soft hyphen).
_TCVN3_LETTERS = frozenset(_TCVN3_ONLY - set("©«®ª§¬¨\u00ad¡¢£¤¥¦"))
_WORD = re.compile(r"[A-Za-z\u00a0-\u00ff]+")
# VNI-Windows: a plain vowel followed by a Latin-1 tone/shape character.
_VNI = re.compile(r"[aeiouyAEIOUY][øùûõïâäáàåãêëôöÕÙØÛÏÂÄÁÀÅÃÊËÔÖ](?=[a-zA-Z\s.,;:!?]|$)")


def tcvn3_words(text: str) -> int:
    """Words that mix ASCII letters with characters only TCVN3 text has."""
    return sum(1 for w in _WORD.findall(text)
               if any(c in _TCVN3_ONLY for c in w) and any(c.isascii() for c in w))


def may_be_tcvn3(text: str) -> bool:
    """Whether *text* holds a letter only TCVN3 text has (one C-speed pass)."""
    return not _TCVN3_LETTERS.isdisjoint(text)


def vni_pairs(text: str) -> int:
    """Plain vowels followed by a VNI tone or shape character."""
    return len(_VNI.findall(text))


_UNICODE_VI = re.compile(r"\S*[\u0100-\u01b0\u1ea0-\u1ef9]\S*")


def _line_encoding(line: str) -> str | None:
    tcvn3, vni = tcvn3_words(line), vni_pairs(line)
    # Legacy text lives below U+0100; real Vietnamese is full of đ, ư, ơ, ạ …
    unicode_words = len(_UNICODE_VI.findall(line))
    if vni >= 3 and vni >= tcvn3 and vni > unicode_words:
        return "VNI"
    if tcvn3 >= 2 and tcvn3 > unicode_words:
        return "TCVN3"
    return None


def legacy_encoding(text: str) -> str | None:
    """'TCVN3', 'VNI' or None, judged line by line (a pasted paragraph is enough).

    The two overlap (ø is in both), so the stronger evidence wins.
    """
    for line in text.splitlines():
        kind = _line_encoding(line)
        if kind:
            return kind
    return None


def from_tcvn3(text: str) -> str:
    return text.translate(_TCVN3_TABLE)


# VNI-Windows: a vowel letter followed by one mark glyph (two for a marked â/ê/ô/ă),
# except i, ỵ, ơ, ư and đ, which have glyphs of their own. Order: no tone, sắc, huyền,
# hỏi, ngã, nặng. Lower- and upper-case glyphs differ.
_VNI_TONES = {False: "ùøûõï", True: "ÙØÛÕÏ"}
_VNI_HAT = {False: "âáàåãä", True: "ÂÁÀÅÃÄ"}      # â ê ô
_VNI_BREVE = {False: "êéèúüë", True: "ÊÉÈÚÜË"}    # ă
_TONED = {  # base → (no tone, sắc, huyền, hỏi, ngã, nặng)
    "a": "aáàảãạ", "â": "âấầẩẫậ", "ă": "ăắằẳẵặ", "e": "eéèẻẽẹ", "ê": "êếềểễệ",
    "o": "oóòỏõọ", "ô": "ôốồổỗộ", "ơ": "ơớờởỡợ", "u": "uúùủũụ", "ư": "ưứừửữự",
    "y": "yýỳỷỹỵ", "i": "iíìỉĩị",
}


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for upper in (False, True):
        case = str.upper if upper else str

        # A capital at the start of a word ("Ánh") is often typed with the small-letter
        # mark glyphs: read those too, upper-case glyphs win where both exist.
        if upper:
            table.update({k[0].upper() + k[1:]: v.upper() for k, v in table.items()
                          if len(k) == 2 and k[0] in "aeouyôö"})

        tones = ("", *_VNI_TONES[upper])
        for base in "aeouy":
            for n, glyph in enumerate(tones[1:], 1):
                table[case(base) + glyph] = case(_TONED[base][n])
        for base, hat in (("a", "â"), ("e", "ê"), ("o", "ô")):
            for n, glyph in enumerate(_VNI_HAT[upper]):
                table[case(base) + glyph] = case(_TONED[hat][n])
        for n, glyph in enumerate(_VNI_BREVE[upper]):
            table[case("a") + glyph] = case(_TONED["ă"][n])
        for base, glyph in (("ơ", "Ô" if upper else "ô"), ("ư", "Ö" if upper else "ö")):
            table[glyph] = case(base)
            for n, tone in enumerate(tones[1:], 1):
                table[glyph + tone] = case(_TONED[base][n])
        # i's glyphs stand alone (í ì æ ó ò); so do ỵ (î) and đ (ñ).
        for n, glyph in enumerate("ÍÌÆÓÒ" if upper else "íìæóò", 1):
            table[glyph] = case(_TONED["i"][n])
        table["Î" if upper else "î"] = case("ỵ")
        table["Ñ" if upper else "ñ"] = case("đ")
    return table


@cache
def _vni() -> tuple[dict[str, str], re.Pattern[str]]:
    """The VNI glyph table and its pattern, built on the first VNI text.

    Compiling the pattern (hundreds of alternatives) was most of this module's import,
    paid at start-up by the checklist and the paste repair.
    """
    glyphs = _vni_table()
    # Longest first, so "ôù" (ớ) wins over "ô" (ơ) and "oâ" (ô) over nothing.
    return glyphs, re.compile(
        "|".join(map(re.escape, sorted(glyphs, key=len, reverse=True))))


def from_vni(text: str) -> str:
    glyphs, sequence = _vni()
    return sequence.sub(lambda m: glyphs[m.group()], text)


def convert(text: str, kind: str) -> str:
    """*text* from the legacy encoding *kind* ("TCVN3" or "VNI", any case) to Unicode.

    Line by line: a line that already holds Unicode Vietnamese letters (ư, ơ, đ, ạ …)
    is left alone unless it reads as legacy text itself, since the tables would turn
    "công" into "cơng". A body where one pasted paragraph is VNI converts that paragraph.
    """
    key = kind.upper()
    if key not in ("TCVN3", "VNI"):
        raise ValueError(kind)
    table = from_tcvn3 if key == "TCVN3" else from_vni
    return "\n".join(
        line if _UNICODE_VI.search(line) and _line_encoding(line) != key else table(line)
        for line in text.split("\n"))
