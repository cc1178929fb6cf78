"""The History word diff: exact on ordinary edits, and it always rebuilds both texts."""

from hypothesis import given
from hypothesis import strategies as st

from editor_app.services.diff import changed, diff_words, word_diff


def test_a_changed_word_is_one_deletion_and_one_insertion():
    d = diff_words("Hội nghị Ban Tuyên giáo diễn ra sáng nay.\n\nĐoạn hai.",
                   "Hội nghị Ban Dân vận diễn ra sáng nay.\n\nĐoạn hai.")
    assert not d.coarse
    assert [op for op, _ in d.ops] == ["same", "delete", "insert", "same"]
    assert d.ops[1] == ("delete", "Tuyên giáo")
    assert d.ops[2] == ("insert", "Dân vận")
    assert changed(d.ops) == (2, 2)


def test_identical_and_empty_texts():
    assert word_diff("a b", "a b") == [("same", "a b")]
    assert word_diff("", "mới") == [("insert", "mới")]
    assert word_diff("cũ", "") == [("delete", "cũ")]


@given(st.lists(st.sampled_from(["a", "b", "Đảng", " ", "\n", "\n\n", "bộ"]), max_size=60),
       st.lists(st.sampled_from(["a", "b", "Đảng", " ", "\n", "\n\n", "xã"]), max_size=60))
def test_the_diff_rebuilds_both_texts(old, new):
    a, b = "".join(old), "".join(new)
    ops = word_diff(a, b)
    assert "".join(t for op, t in ops if op != "insert") == a
    assert "".join(t for op, t in ops if op != "delete") == b
    assert all(t for _, t in ops)


def test_past_its_deadline_the_diff_is_coarse_and_says_so():
    old = " ".join(f"cũ{i}" for i in range(500))
    new = " ".join(f"mới{i}" for i in range(500))
    d = diff_words("Đầu. " + old + " Cuối.", "Đầu. " + new + " Cuối.", seconds=0)
    assert d.coarse
    assert d.ops[0] == ("same", "Đầu. ")
    assert d.ops[-1] == ("same", " Cuối.")
    assert "".join(t for op, t in d.ops if op != "insert") == "Đầu. " + old + " Cuối."
