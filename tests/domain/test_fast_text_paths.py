"""The fast paths a long save takes give what the plain definitions give (issue 19).

Repair, tone placement and the index columns run over the whole body at every
autosave; each fast path is held equal here to the straightforward code it replaced.
"""

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from editor_app.domain.repair import repair
from editor_app.domain.search_text import _TOKEN, _column
from editor_app.domain.text import (
    exact_key,
    fold,
    normalize_tone_placement,
    normalize_tone_placement_slow,
)

VIETNAMESE = ("aăâeêioôơuưyđĐ AĂÂEÊIOÔƠUƯY àáảãạòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵèéẻẽẹ"
              "ÒÓỎÕỌÙÚỦŨỤỲÝỶỸỴÈÉẺẼẸ \n\t.,-1'’İßΣς"
              "\u0300\u0301\u0303\u0309\u0323\u0302\u031b"  # loose tone and vowel marks
              "\u00a0\u200b\u200c\u200d\u00ad\ufeff\u202f😀")
words = st.text(alphabet=VIETNAMESE, max_size=120)


def _old_repair(text: str) -> str:
    """repair() before its fast path: every translate pass, always."""
    from editor_app.domain import repair as r

    text = text.translate(r._DROP).translate(r._SPACES)
    if r._SOFT_HYPHEN in text and not r.may_be_tcvn3(text):
        text = text.replace(r._SOFT_HYPHEN, "")
    if "\u200c" in text or "\u200d" in text:
        text = r._JOINERS.sub(r._joiner, text)
    return unicodedata.normalize("NFC", text)


def _old_column(text: str) -> str:
    folded = fold(text)
    seen: set[str] = set()
    extras = []
    for word in _TOKEN.findall(exact_key(text)):
        if word not in seen and fold(word) != word:
            seen.add(word)
            extras.append(word)
    return f"{folded} {' '.join(extras)}" if extras else folded


@given(words)
def test_tone_placement_equals_its_definition(text):
    assert normalize_tone_placement(text) == normalize_tone_placement_slow(text)
    nfc = unicodedata.normalize("NFC", text)  # what the store holds: the fast branch
    assert normalize_tone_placement(nfc) == normalize_tone_placement_slow(nfc)


@given(st.text(max_size=80))
def test_tone_placement_equals_its_definition_on_any_text(text):
    nfc = unicodedata.normalize("NFC", text)
    assert normalize_tone_placement(nfc) == normalize_tone_placement_slow(nfc)


def test_old_tone_placement_is_rewritten_in_long_text():
    text = "Hòa bình, thủy lợi và sức khỏe của xã\nKhỏe " * 500
    fast = normalize_tone_placement(text)
    assert fast == normalize_tone_placement_slow(text)
    assert "hoà" in fast.lower()
    assert "thuỷ" in fast
    assert "khoẻ" in fast
    assert "của" in fast


@given(words)
def test_repair_equals_the_full_passes(text):
    assert repair(text) == _old_repair(text)


@given(words)
def test_index_column_equals_the_word_by_word_one(text):
    assert _column(text) == _old_column(text)


def test_index_column_keeps_first_seen_order():
    text = "Hòa bình hoà bình HÒA Đảng dang đảng"
    assert _column(text) == _old_column(text)
    assert re.sub(r"^[a-z ]+ ", "", _column(text)) == "hoà bình đảng"


@given(words, words)
def test_index_column_cut_in_pieces_equals_the_whole(text, more):
    """Pieces cut at line breaks and ". " (sentences, in a long paragraph), each folded
    alone and kept for the next autosave, give the whole text's column."""
    from editor_app.domain import search_text

    old = search_text._PIECE_MAX
    search_text._PIECE_MAX = 8  # every paragraph is "long": sentence cuts too
    try:
        assert _column(text) == _old_column(text)
        assert _column(text + more) == _old_column(text + more)  # pieces kept from before
        assert _column(more + ". " + text) == _old_column(more + ". " + text)
    finally:
        search_text._PIECE_MAX = old


def test_index_column_of_a_long_body_edited_key_by_key():
    paragraph = ("Hòa bình, thủy lợi và sức khỏe của xã. Đảng bộ tỉnh họp. " * 120).strip()
    body = "\n\n".join(f"{paragraph} Đoạn {n}." for n in range(40))
    assert len(paragraph) > 4000  # cut at sentences as well as at line breaks
    for typed in ("", "x", "xĐ", "xĐ.", "xĐ. ", "xĐ. Hòa"):
        text = body[:5000] + typed + body[5000:]
        assert _column(text) == _old_column(text)
