"""House style: tone-mark placement and official names (issue 16, items 2 and 3)."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor_app.domain.house_style import (
    SEED_TERMS,
    Term,
    ToneStyle,
    apply,
    compile_terms,
    findings,
    to_style,
)

OLD, NEW = ToneStyle.OLD, ToneStyle.NEW
# Written with explicit code points: "hòa" and "hoà" look alike on screen.
HOA_OLD, HOA_NEW = "h\u00f2a", "ho\u00e0"
THUY_OLD, THUY_NEW = "th\u1ee7y", "thu\u1ef7"


@pytest.mark.parametrize(("old", "new"), [
    (HOA_OLD, HOA_NEW), (THUY_OLD, THUY_NEW), ("kh\u1ecfe", "kho\u1ebb"),
    ("H\u00d2A", "HO\u00c0"), ("Th\u1ee5y", "Thu\u1ef5"), ("x\u00f2e", "xo\u00e8"),
])
def test_open_oa_oe_uy_syllables_move_their_tone(old, new):
    assert to_style(old, NEW) == new
    assert to_style(new, OLD) == old
    assert to_style(old, OLD) == old
    assert to_style(new, NEW) == new


@pytest.mark.parametrize("same", [
    "quý", "quỳ", "giá", "qua", "gìn", "hoàn", "huỳnh", "thuyền", "khuyến", "toán", "hoạch",
    "xoắn", "Quý Hợi", "thủ đô", "hòn", "cúi",
])
def test_syllables_where_the_styles_agree_are_never_touched(same):
    assert to_style(same, NEW) == same
    assert to_style(same, OLD) == same


def test_a_sentence_is_rewritten_consistently_both_ways():
    old = f"Hội nghị {HOA_OLD} giải, {THUY_OLD} lợi và sức kh\u1ecfe, quý giá và giữ gìn."
    new = f"Hội nghị {HOA_NEW} giải, {THUY_NEW} lợi và sức kho\u1ebb, quý giá và giữ gìn."
    assert to_style(old, NEW) == new
    assert to_style(new, OLD) == old
    found = findings(old, NEW, compile_terms([], NEW))
    assert [f.found for f in found] == [HOA_OLD, THUY_OLD, "kh\u1ecfe"]
    assert apply(old, found) == new


VI_WORDS = st.sampled_from(["hòa", "hoà", "thủy", "thuỷ", "quý", "giá", "qua", "gìn", "hoàn",
                            "huỳnh", "khỏe", "khoẻ", "Tỉnh", "ủy", "uỷ", "đại", "tá", "và"])


@given(st.lists(VI_WORDS, max_size=30))
def test_the_two_styles_round_trip_and_only_tone_syllables_change(words):
    text = " ".join(words)
    for style in ToneStyle:
        styled = to_style(text, style)
        assert to_style(styled, style) == styled
        assert unicodedata.is_normalized("NFC", styled)
        # Only where a tone moved: the letters without marks are the same.
        strip = lambda s: "".join(c for c in unicodedata.normalize("NFD", s)  # noqa: E731
                                  if not unicodedata.combining(c))
        assert strip(styled) == strip(text)


def _fix_all(text, style=OLD, terms=SEED_TERMS):
    return apply(text, findings(text, style, compile_terms(list(terms), style)))


def test_official_names_get_their_capitalisation():
    text = "Đồng chí bí thư tỉnh ủy làm việc với ubnd Tỉnh và Ban Tuyên Giáo Tỉnh Ủy."
    assert _fix_all(text) == \
        "Đồng chí Bí thư Tỉnh ủy làm việc với UBND tỉnh và Ban Tuyên giáo Tỉnh ủy."


def test_abbreviations_are_written_out_but_ordinary_words_are_left():
    text = "Theo chỉ đạo của TW và T.Ư, MTTQ VN họp thứ tư; tư nhân; ông Tư."
    assert _fix_all(text) == ("Theo chỉ đạo của Trung ương và Trung ương, Mặt trận Tổ quốc "
                              "Việt Nam họp thứ tư; tư nhân; ông Tư.")


def test_ranks_are_capitalised_before_a_name_only():
    text = "Đại tá Lê Văn A, đại tá Lê Văn B. Ông được phong hàm đại tá năm ngoái."
    assert _fix_all(text) == \
        "Đại tá Lê Văn A, Đại tá Lê Văn B. Ông được phong hàm đại tá năm ngoái."


def test_names_follow_the_house_tone_style():
    new = _fix_all(f"Ban Thường vụ Tỉnh ủy và {HOA_OLD} bình", NEW)
    assert new == f"Ban Thường vụ Tỉnh u\u1ef7 và {HOA_NEW} bình"
    assert _fix_all("Ban Thường vụ tỉnh u\u1ef7", OLD) == "Ban Thường vụ Tỉnh ủy"


def test_a_name_broken_by_punctuation_is_not_a_name():
    assert _fix_all("Về tỉnh, ủy ban xã báo cáo.") == "Về tỉnh, ủy ban xã báo cáo."


def test_a_newsroom_term_of_its_own():
    terms = [Term("Khu kinh tế Đông Nam", ("KKT Đông Nam",))]
    assert _fix_all("KKT Đông Nam và khu kinh tế đông nam", OLD, terms) == \
        "Khu kinh tế Đông Nam và Khu kinh tế Đông Nam"


def test_the_seed_list_has_the_names_the_newsroom_asked_for():
    canonical = {t.canonical for t in SEED_TERMS}
    assert {"Tỉnh ủy", "UBND tỉnh", "HĐND tỉnh", "Ban Tuyên giáo Tỉnh ủy",
            "Mặt trận Tổ quốc Việt Nam", "Bí thư Tỉnh ủy", "Đại tá"} <= canonical
    assert all(unicodedata.is_normalized("NFC", t.canonical) for t in SEED_TERMS)
    # A correct text raises nothing.
    text = " ".join(t.canonical + (" Lê Văn A" if t.before_name else "") for t in SEED_TERMS)
    assert findings(text, OLD, compile_terms(list(SEED_TERMS), OLD)) == []
