"""Three-way merge: clean merges keep both edits, overlaps keep both sides, no word is lost."""

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.domain.entities import Snapshot
from editor_app.domain.merge import (
    MergeConflict,
    Merged,
    merge_snapshots,
    merge_text,
    paragraphs,
    words,
)

WORDS = st.sampled_from(["Hà", "Nội", "đón", "khách", "mưa", "lũ", "tỉnh", "Sơn", "xã", "cầu"])
SEPS = st.sampled_from([" ", " ", " ", "\n", "\n\n"])


@st.composite
def texts(draw: st.DrawFn) -> str:
    n = draw(st.integers(0, 14))
    out = []
    for _ in range(n):
        out += [draw(WORDS), draw(SEPS)]
    return "".join(out)


@st.composite
def edits(draw: st.DrawFn, base: str) -> str:
    """*base* with a few words and paragraphs inserted, deleted or replaced."""
    toks = words(base)
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.sampled_from(["insert", "delete", "replace"]))
        at = draw(st.integers(0, len(toks)))
        new = [draw(st.sampled_from(["MỚI", "thêm", "Đảng", "hoà"])), draw(SEPS)]
        if op == "insert" or not toks or at == len(toks):
            toks[at:at] = new
        elif op == "delete":
            del toks[at:at + draw(st.integers(1, 3))]
        else:
            toks[at:at + 1] = new
    return "".join(toks)


@st.composite
def triples(draw: st.DrawFn) -> tuple[str, str, str]:
    base = draw(texts())
    return base, draw(edits(base)), draw(edits(base))


def test_pieces_join_back_to_the_text() -> None:
    text = "Một.\n\nHai  ba\n \n\nBốn\n"
    assert "".join(paragraphs(text)) == text
    assert paragraphs(text) == ["Một.\n\n", "Hai  ba\n \n\n", "Bốn\n"]
    assert "".join(words(text)) == text


def test_edits_in_different_paragraphs_merge() -> None:
    base = "Mở đầu.\n\nGiữa bài.\n\nKết thúc.\n"
    ours = "Mở đầu hay.\n\nGiữa bài.\n\nKết thúc.\n"
    theirs = "Mở đầu.\n\nGiữa bài.\n\nKết thúc rõ.\n"
    m = merge_text(base, ours, theirs)
    assert m.clean
    assert m.text == "Mở đầu hay.\n\nGiữa bài.\n\nKết thúc rõ.\n"


def test_edits_of_different_words_in_one_paragraph_merge() -> None:
    base = "Sáng nay mưa lớn ở xã Tân Lập.\n"
    m = merge_text(base, "Sáng nay mưa rất lớn ở xã Tân Lập.\n",
                   "Sáng nay mưa lớn ở xã Tân Lập, huyện Yên Sơn.\n")
    assert m.clean
    assert m.text == "Sáng nay mưa rất lớn ở xã Tân Lập, huyện Yên Sơn.\n"


def test_the_same_word_changed_two_ways_is_a_clash_with_both_sides() -> None:
    m = merge_text("Có 12 hộ bị ngập.\n", "Có 15 hộ bị ngập.\n", "Có 20 hộ bị ngập.\n")
    assert not m.clean
    clash = next(p.clash for p in m.pieces if p.clash)
    assert (clash.base, clash.ours, clash.theirs) == ("12", "15", "20")
    assert m.marked() == "Có <<<<<<< mine\n15\n=======\n20\n>>>>>>> theirs\n hộ bị ngập.\n"


def test_snapshot_fields_merge_one_by_one() -> None:
    base = Snapshot(title="Mưa lũ", summary="Tóm tắt.", body="A.\n", tags=("lũ", "mưa"),
                    category_id="c1")
    ours = Snapshot(title="Mưa lũ lớn", summary="Tóm tắt.", body="A.\n", tags=("lũ", "cứu hộ"),
                    category_id="c1")
    theirs = Snapshot(title="Mưa lũ", summary="Tóm tắt mới.", body="A.\n\nB.\n",
                      tags=("lũ", "mưa", "Sơn Hà"), category_id="c2")
    m = merge_snapshots(base, ours, theirs)
    assert m == Merged(Snapshot(title="Mưa lũ lớn", summary="Tóm tắt mới.", body="A.\n\nB.\n",
                                tags=("lũ", "cứu hộ", "Sơn Hà"), category_id="c2"))


def test_a_title_changed_two_ways_is_a_conflict() -> None:
    m = merge_snapshots(Snapshot(title="A"), Snapshot(title="B"), Snapshot(title="C"))
    assert isinstance(m, MergeConflict)
    assert [(c.field, c.ours, c.theirs) for c in m.clashes] == [("title", "B", "C")]


@given(triples())
@settings(max_examples=300, deadline=None)
def test_an_unchanged_side_gives_the_other_side(t: tuple[str, str, str]) -> None:
    base, a, _ = t
    assert merge_text(base, a, base).text == a
    assert merge_text(base, base, a).text == a
    assert merge_text(base, a, a).text == a


def _inserted(base: str, side: str) -> Counter[str]:
    return Counter(side.split()) - Counter(base.split())


@given(triples())
@settings(max_examples=500, deadline=None)
def test_no_typed_word_is_lost(t: tuple[str, str, str]) -> None:
    base, ours, theirs = t
    m = merge_text(base, ours, theirs)
    kept = Counter(m.text.split())
    sides = Counter()
    for p in m.pieces:
        if p.clash is not None:
            sides += Counter(p.clash.ours.split()) + Counter(p.clash.theirs.split())
    for side in (ours, theirs):
        for word in _inserted(base, side):
            assert word in kept or word in sides, (word, m)


@given(triples())
@settings(max_examples=300, deadline=None)
def test_a_clean_merge_is_symmetric_and_keeps_each_side_s_insertions(
    t: tuple[str, str, str],
) -> None:
    base, ours, theirs = t
    m = merge_text(base, ours, theirs)
    if m.clean:
        assert merge_text(base, theirs, ours).clean
        merged = Counter(m.text.split())
        for side in (ours, theirs):
            assert not _inserted(base, side) - merged


def test_edits_touching_the_same_word_clash_instead_of_mixing() -> None:
    base = "Sáng nay mưa lớn gây ngập.\n"
    m = merge_text(base, base.replace("mưa lớn", "mưa rất lớn"), base.replace("lớn", "to"))
    assert not m.clean  # never "mưa rất to", which neither of them wrote
    clash = next(p.clash for p in m.pieces if p.clash)
    assert ("rất lớn" in clash.ours, "to" in clash.theirs) == (True, True)
    apart = merge_text(base, base.replace("mưa lớn", "mưa rất lớn"),
                       base.replace("ngập", "ngập sâu"))
    assert apart.text == "Sáng nay mưa rất lớn gây ngập sâu.\n"
