"""VNI-Windows conversion and Unicode repair (issue 16, item 4)."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor_app.domain.fields import clean
from editor_app.domain.legacy import convert, from_tcvn3, from_vni, legacy_encoding
from editor_app.domain.repair import repair

# The VNI-Windows charset as its published table lists it (capitals; each line: no tone,
# sắc, huyền, hỏi, ngã, nặng), beside the Unicode letters it stands for.
VNI_CAPITALS = """
A AÙ AØ AÛ AÕ AÏ | A Á À Ả Ã Ạ
AÂ AÁ AÀ AÅ AÃ AÄ | Â Ấ Ầ Ẩ Ẫ Ậ
AÊ AÉ AÈ AÚ AÜ AË | Ă Ắ Ằ Ẳ Ẵ Ặ
E EÙ EØ EÛ EÕ EÏ | E É È Ẻ Ẽ Ẹ
EÂ EÁ EÀ EÅ EÃ EÄ | Ê Ế Ề Ể Ễ Ệ
O OÙ OØ OÛ OÕ OÏ | O Ó Ò Ỏ Õ Ọ
OÂ OÁ OÀ OÅ OÃ OÄ | Ô Ố Ồ Ổ Ỗ Ộ
Ô ÔÙ ÔØ ÔÛ ÔÕ ÔÏ | Ơ Ớ Ờ Ở Ỡ Ợ
U UÙ UØ UÛ UÕ UÏ | U Ú Ù Ủ Ũ Ụ
Ö ÖÙ ÖØ ÖÛ ÖÕ ÖÏ | Ư Ứ Ừ Ử Ữ Ự
I Í Ì Æ Ó Ò | I Í Ì Ỉ Ĩ Ị
Y YÙ YØ YÛ YÕ Î | Y Ý Ỳ Ỷ Ỹ Ỵ
Ñ | Đ
"""
VNI_SMALL = """
a aù aø aû aõ aï | a á à ả ã ạ
aâ aá aà aå aã aä | â ấ ầ ẩ ẫ ậ
aê aé aè aú aü aë | ă ắ ằ ẳ ẵ ặ
e eù eø eû eõ eï | e é è ẻ ẽ ẹ
eâ eá eà eå eã eä | ê ế ề ể ễ ệ
o où oø oû oõ oï | o ó ò ỏ õ ọ
oâ oá oà oå oã oä | ô ố ồ ổ ỗ ộ
ô ôù ôø ôû ôõ ôï | ơ ớ ờ ở ỡ ợ
u uù uø uû uõ uï | u ú ù ủ ũ ụ
ö öù öø öû öõ öï | ư ứ ừ ử ữ ự
i í ì æ ó ò | i í ì ỉ ĩ ị
y yù yø yû yõ î | y ý ỳ ỷ ỹ ỵ
ñ | đ
"""


def _pairs(table: str) -> list[tuple[str, str]]:
    pairs = []
    for line in table.strip().splitlines():
        vni, uni = (side.split() for side in line.split("|"))
        pairs += zip(vni, uni, strict=True)
    return pairs


@pytest.mark.parametrize(("vni", "letter"), _pairs(VNI_CAPITALS) + _pairs(VNI_SMALL))
def test_every_vowel_with_every_tone_and_d(vni, letter):
    # Inside a word, as the letters arrive in real text.
    assert from_vni(f"x{vni}n") == f"x{letter}n"


@pytest.mark.parametrize(("vni", "text"), [
    ("Ñaïi hoäi Ñaûng boä tænh Ngheä An laàn thöù XIX thaønh coâng toát ñeïp",
     "Đại hội Đảng bộ tỉnh Nghệ An lần thứ XIX thành công tốt đẹp"),
    ("UÛy ban nhaân daân tænh quyeát ñònh khen thöôûng caùc taäp theå",
     "Ủy ban nhân dân tỉnh quyết định khen thưởng các tập thể"),
    ("TRÖÔØNG ÑAÏI HOÏC VINH tuyeån sinh naêm hoïc môùi",
     "TRƯỜNG ĐẠI HỌC VINH tuyển sinh năm học mới"),
    ("Aùnh naéng chieàu treân soâng Lam, ngöôøi daân ra ñoàng gaët luùa",
     "Ánh nắng chiều trên sông Lam, người dân ra đồng gặt lúa"),
])
def test_vni_sentences_are_detected_and_converted(vni, text):
    assert legacy_encoding(vni) == "VNI"
    assert convert(vni, "vni") == text
    assert legacy_encoding(text) is None


def test_tcvn3_and_vni_go_through_one_entry():
    assert convert("Hµ Néi", "TCVN3") == from_tcvn3("Hµ Néi") == "Hà Nội"
    with pytest.raises(ValueError, match="VISCII"):
        convert("x", "VISCII")


@pytest.mark.parametrize(("dirty", "repaired"), [
    (unicodedata.normalize("NFD", "Thừa Thiên Huế, Đắk Lắk"), "Thừa Thiên Huế, Đắk Lắk"),
    ("Hà\u200bNội\ufeff", "HàNội"),
    ("10\u00a0giờ\u202fsáng", "10 giờ sáng"),
    ("phát\u00adtriển", "pháttriển"),
    ("a\u200db\u2060c", "abc"),
    ("gia đình 👨\u200d👩\u200d👧", "gia đình 👨\u200d👩\u200d👧"),  # emoji keep their joiners
])
def test_repair_cleans_what_does_not_show(dirty, repaired):
    assert repair(dirty) == repaired


def test_a_soft_hyphen_in_tcvn3_text_is_its_u_horn_and_survives():
    legacy = "Tr\u00adêng ®¹i häc"
    assert from_tcvn3(repair(legacy)) == "Trường đại học"


def test_every_field_entering_the_store_is_repaired():
    assert clean("title", "Ha\u0300 Nội\u00a0mùa\u200b thu") == "Hà Nội mùa thu"
    assert clean("body", "Dòng\u00ad một\n\nDòng hai\ufeff", multiline=True) == \
        "Dòng một\n\nDòng hai"


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",))))
def test_repair_is_idempotent_and_nfc(text):
    once = repair(text)
    assert repair(once) == once
    assert unicodedata.is_normalized("NFC", once)


def test_a_mark_cut_off_by_an_invisible_character_joins_its_letter():
    assert repair("a\u200b\u0301") == "á"


def test_unicode_paragraphs_beside_a_legacy_one_are_left_alone():
    body = ("Công an tỉnh Nghệ An thông báo.\n\n"
            "Ñaïi hoäi Ñaûng boä tænh Ngheä An laàn thöù XIX\n\n"
            "Ông Nguyễn Văn Công phát biểu.")
    assert convert(body, "VNI") == ("Công an tỉnh Nghệ An thông báo.\n\n"
                                    "Đại hội Đảng bộ tỉnh Nghệ An lần thứ XIX\n\n"
                                    "Ông Nguyễn Văn Công phát biểu.")
