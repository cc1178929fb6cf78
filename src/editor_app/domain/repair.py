"""Unicode repair: what Vietnamese text picks up on its way from other programs.

Unikey's "Unicode tổ hợp" writes decomposed text (a + U+0301 for "á"), web pages
carry zero-width spaces and byte-order marks, Word pastes non-breaking spaces and
soft hyphens. None of it shows, all of it breaks search, spelling and the portal's
line breaking, so every text that enters the store goes through :func:`repair`.
"""

from __future__ import annotations

import re
import unicodedata

from editor_app.domain.legacy import may_be_tcvn3

# Removed outright: they carry nothing a reader sees.
_INVISIBLE = "\u200b\u2060\ufeff\u180e"
# U+00AD, the soft hyphen, is also TCVN3's "ư": in text that still holds TCVN3 letters it
# is kept, so a conversion later can restore the word.
_SOFT_HYPHEN = "\u00ad"
# Joiners shape emoji sequences (👨‍👩‍👧) and are kept there; elsewhere they are noise.
_JOINERS = re.compile(r"[\u200c\u200d]")
_SPACES = str.maketrans(dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u200a"), " "))
_DROP = str.maketrans(dict.fromkeys(map(ord, _INVISIBLE), None))
# What makes repair change anything but the normal form. Found by one C scan, so text
# that is already clean (every autosave of a long body) skips the two translate passes,
# which pay a failed dict lookup per character (100 ms on a 20,000-word body).
_SUSPECT = re.compile("[" + _INVISIBLE + "\u00a0\u202f\u2007\u2009\u200a"
                      + _SOFT_HYPHEN + "\u200c\u200d]")


def _joiner(match: re.Match[str]) -> str:
    text, i = match.string, match.start()
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    emoji = any(unicodedata.category(c) == "So" for c in (before, after) if c)
    return match.group() if emoji else ""


def repair(text: str) -> str:
    """NFC, no invisible characters, ordinary spaces for the no-break kinds."""
    if _SUSPECT.search(text) is None:
        return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize(
            "NFC", text)
    text = text.translate(_DROP).translate(_SPACES)
    if _SOFT_HYPHEN in text and not may_be_tcvn3(text):
        text = text.replace(_SOFT_HYPHEN, "")
    if "\u200c" in text or "\u200d" in text:
        text = _JOINERS.sub(_joiner, text)
    # Last: a removed character may have stood between a letter and its mark.
    return unicodedata.normalize("NFC", text)


def needs_repair(text: str) -> bool:
    return repair(text) != text
