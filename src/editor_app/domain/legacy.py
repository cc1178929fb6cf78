"""Text from old Vietnamese fonts: TCVN3 (ABC, ".VnTime") and VNI-Windows.

Pasted from old documents, "Hà Nội" arrives as "Hµ Néi" (TCVN3) or
"Haø Noäi" (VNI). We detect both; TCVN3 is converted with its standard
table (VNI is reported, since its two-character sequences are ambiguous
in real text).
"""

from __future__ import annotations

import re

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
_WORD = re.compile(r"[A-Za-z\u00a0-\u00ff]+")
# VNI-Windows: a plain vowel followed by a Latin-1 tone/shape character.
_VNI = re.compile(r"[aeiouyAEIOUY][øùûõïâäáàåãêëôöÕÙØÛÏÂÄÁÀÅÃÊËÔÖ](?=[a-zA-Z\s.,;:!?]|$)")


def tcvn3_words(text: str) -> int:
    """Words that mix ASCII letters with characters only TCVN3 text has."""
    return sum(1 for w in _WORD.findall(text)
               if any(c in _TCVN3_ONLY for c in w) and any(c.isascii() for c in w))


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
