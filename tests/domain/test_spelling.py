"""Spelling against Debian's hunspell-vi: known errors are found, the seed text is clean."""

import pytest

from editor_app.domain import spelling
from editor_app.services import demo_text
from tests.conftest import cannot_run


@pytest.fixture(scope="module")
def vi() -> spelling.Dictionary:
    found = spelling.load()
    if found is None:
        cannot_run("the Vietnamese dictionary is not installed (make sysdeps: hunspell-vi)")
    return found


def test_a_paragraph_with_known_errors_returns_exactly_those(vi):
    text = ("Sáng nay, ngừơi dân xã Tân Lạc đã tham dự lễ khánh thàn cầu mới. Ông "
            "Nguyễn Văn Ann cho biết cây cầu giúp con cháu đến trươngg an toàn hơn, "
            "chính quyền sẽ tiếp tụcc đầu tư.")
    found = vi.check(text)
    assert [m.word for m in found] == ["ngừơi", "thàn", "trươngg", "tụcc"]
    assert [text[m.start:m.end] for m in found] == [m.word for m in found]


def test_the_seed_article_text_has_no_errors(vi):
    """Every text the demo newsroom is made of, as the editor checks it (paragraph by paragraph)."""
    paragraphs = []
    for _category, title, summary, body, tags in demo_text.SEEDS:
        for place in demo_text.PLACES:
            paragraphs += [title.format(place=place), summary.format(place=place)]
        paragraphs += [line for p in body for line in p.split("\n")] + tags.split(",")
    paragraphs += [name for name, _parent in demo_text.CATEGORIES]
    paragraphs += [p[1] for p in demo_text.PEOPLE] + [p[3] for p in demo_text.PEOPLE]
    assert {m.word for p in paragraphs for m in vi.check(p)} == set()


def test_both_tone_styles_are_correct(vi):
    assert vi.known("hòa")
    assert vi.known("hoà")
    assert vi.known("thủy")
    assert vi.known("thuỷ")
    assert vi.known("Khỏe")
    assert vi.known("KHOẺ")
    assert not vi.known("qúy")  # "quý" has one spelling: qu is a consonant


def test_what_is_not_prose_is_not_checked(vi):
    text = ("Xem ![ảnh chínhh cầu](media/abc.png) tại https://sontay.gov.vn/tinn-tuc hoặc "
            "[trang tinn](http://x.vn/abcx), `mãa` gửi thư tới bandoc@toasoan.vn. UBND, "
            "COVID-19, iPhone, J02.")
    assert [m.word for m in vi.check(text)] == ["tinn"]  # a link's text is prose


def test_names_after_the_first_word_of_a_sentence(vi):
    text = "Hãng Samsung và ông Lò Văn Thắm ở Paris, Hà Nộii. Samsungg ra mắt."
    # Samsung, Paris: names. "Nộii" has Vietnamese marks: checked. "Samsungg" starts a sentence.
    assert [m.word for m in vi.check(text)] == ["Nộii", "Samsungg"]


def test_markdown_markers_start_a_line(vi):
    assert [m.word for m in vi.check("## Hủyy bỏ")] == ["Hủyy"]
    assert [m.word for m in vi.check("- **Trườngg** học")] == ["Trườngg"]
    assert vi.check("> “Chúng tôi đã làm được,” anh Khoa nói.") == []


def test_suggestions_put_the_likely_word_first(vi):
    assert vi.suggest("ngừơi")[0] == "người"
    assert vi.suggest("dảo")[0] == "đảo"
    assert vi.suggest("chuyệng")[0] == "chuyện"
    assert vi.suggest("Ngừơi")[0] == "Người"
    assert vi.suggest("tiềng")[:2] == ["tiêng", "tiếng"]


def test_the_newsroom_words_are_accepted(vi):
    d = spelling.Dictionary(vi.words, vi.rep, vi.alphabet)
    assert not d.known("Zalo")
    assert d.check("Bạn có dùng zalo?") != []
    d.add(["zalo"])
    assert d.known("zalo")
    assert d.known("Zalo")
    assert d.check("Bạn có dùng zalo?") == []
    d.add(["Facebook"])
    assert d.known("Facebook")
    assert not d.known("facebook")


def test_a_missing_dictionary_is_none(tmp_path):
    assert spelling.load([tmp_path]) is None
    (tmp_path / "vi_VN.dic").write_text("2\nxin\nchào\n", encoding="utf-8")
    d = spelling.load([tmp_path])
    assert d is not None
    assert d.check("xin chào bạn") == [spelling.Miss(9, 12, "bạn")]
