from editor_app.domain.entities import ArticleFields
from tests.conftest import draft


def _titles(hits):
    return [h.title for h in hits]


def test_search_without_diacritics_finds_vietnamese_text(room, cast):
    draft(room, cast.reporter2, "Hội nghị Ban Tuyên giáo Tỉnh ủy")
    draft(room, cast.reporter2, "Đảng bộ xã học tập nghị quyết")
    draft(room, cast.reporter2, "Mùa lúa chín")
    s = room.services.search
    assert _titles(s.search("tuyen giao")) == ["Hội nghị Ban Tuyên giáo Tỉnh ủy"]
    assert _titles(s.search("dang")) == ["Đảng bộ xã học tập nghị quyết"]
    assert _titles(s.search("ĐẢNG BỘ")) == ["Đảng bộ xã học tập nghị quyết"]
    assert _titles(s.search("lua chin")) == ["Mùa lúa chín"]


def test_old_and_new_tone_placement_find_each_other(room, cast):
    draft(room, cast.reporter2, "Giữ gìn hòa bình", body="Công trình thủy lợi\n")
    s = room.services.search
    assert _titles(s.search("hoà bình")) == ["Giữ gìn hòa bình"]
    assert s.search("hoà bình")[0].exact
    assert _titles(s.search("thuỷ lợi")) == ["Giữ gìn hòa bình"]


def test_exact_diacritics_rank_before_folded_matches(room, cast):
    # "tính" and "tỉnh" fold to the same word; the one typed must come first,
    # even though the other matches in the headline (weighted higher).
    draft(room, cast.reporter2, "Tính toán ngân sách tính kỹ", body="Nội dung\n")
    draft(room, cast.reporter2, "Tin mới", body="Hội nghị của tỉnh.\n")
    hits = room.services.search.search("tỉnh")
    assert _titles(hits) == ["Tin mới", "Tính toán ngân sách tính kỹ"]
    assert [h.exact for h in hits] == [True, False]
    hits = room.services.search.search("tính")
    assert _titles(hits)[0] == "Tính toán ngân sách tính kỹ"


def test_search_covers_summary_byline_and_tags(room, cast):
    a = draft(room, cast.reporter2, "Bài một", summary="Sapo về nông nghiệp")
    b = draft(room, cast.reporter2, "Bài hai")
    room.services.drafting.edit(cast.reporter2, b.id, ArticleFields(
        byline="Phóng viên Hoàng Khoa", tags=("du lịch", "lễ hội")))
    s = room.services.search
    assert [h.id for h in s.search("nong nghiep")] == [a.id]
    assert [h.id for h in s.search("hoang khoa")] == [b.id]
    assert [h.id for h in s.search("le hoi")] == [b.id]


def test_filters_and_snippet(room, cast):
    body = ("Đoạn mở đầu khá dài để đẩy từ khóa ra xa. " * 6) + "Người dân vui mừng đón cầu mới.\n"
    a = draft(room, cast.reporter2, "Khánh thành cầu", body=body, category_id="Trong tỉnh")
    draft(room, cast.reporter2, "Cầu vồng", body="Cầu vồng sau mưa\n", category_id="Kinh tế")
    room.services.review.submit(cast.reporter2, a.id)
    s = room.services.search
    assert [h.id for h in s.search("cau", status="submitted")] == [a.id]
    # A parent category includes its children.
    assert [h.id for h in s.search("cau", category="Thời sự")] == [a.id]
    hit = s.search("vui mung", category="Thời sự")[0]
    assert "«vui»" in hit.snippet
    assert hit.snippet.startswith("…")


def test_prefix_search_while_typing(room, cast):
    draft(room, cast.reporter2, "Nông nghiệp công nghệ cao")
    s = room.services.search
    assert s.search("nong ngh", prefix=True)
    assert not s.search("nong ngh", prefix=False)


def test_edits_update_the_index(room, cast):
    art = draft(room, cast.reporter2, "Tin cũ")
    room.services.drafting.edit(cast.reporter2, art.id, ArticleFields(title="Tin hoàn toàn khác"))
    s = room.services.search
    assert s.search("cu") == []
    assert [h.id for h in s.search("hoan toan")] == [art.id]


def test_query_syntax_is_not_interpreted(room, cast):
    draft(room, cast.reporter2, 'Bài có "ngoặc kép" AND NOT dấu *')
    s = room.services.search
    for q in ['"', "AND", "NOT", "*", "(", "ngoặc\"", "NEAR(a b)", "-x", ":"]:
        s.search(q)  # never a syntax error from FTS5
    assert len(s.search('"ngoặc kép"')) == 1


def test_headline_matches_come_first_then_newest(room, cast):
    old_body = draft(room, cast.reporter2, "Tin cũ", body="Nói về lễ hội.\n")
    headline = draft(room, cast.reporter2, "Lễ hội mùa xuân", body="Nội dung.\n")
    new_body = draft(room, cast.reporter2, "Tin mới", body="Cũng nói về lễ hội.\n")
    ids = [h.id for h in room.services.search.search("le hoi")]
    assert ids == [headline.id, new_body.id, old_body.id]


def test_headline_matches_follow_saves_that_keep_or_change_the_headline(room, cast):
    """A save that keeps the headline leaves its headline index row as it was; one that
    changes it rewrites it: headline matches come first either way, as they read now."""
    older = draft(room, cast.reporter2, "Nước sông dâng cao", body="Bà con sơ tán.\n")
    draft(room, cast.reporter2, "Tin buổi sáng", body="Mực nước sông Hương.\n")
    d = room.services.drafting
    s = room.services.search
    assert _titles(s.search("song")) == ["Nước sông dâng cao", "Tin buổi sáng"]
    saved = d.edit(cast.reporter2, older.id, ArticleFields(body="Bà con đã về nhà.\n"),
                   expected_version=older.version)
    assert _titles(s.search("song")) == ["Nước sông dâng cao", "Tin buổi sáng"]
    assert _titles(s.search("ve nha")) == ["Nước sông dâng cao"]
    d.edit(cast.reporter2, older.id, ArticleFields(title="Đường về bản", subtitle="Lũ rút"),
           expected_version=saved.version)
    assert _titles(s.search("song")) == ["Tin buổi sáng"]
    assert _titles(s.search("lu rut")) == ["Đường về bản"]
    assert _titles(s.search("ban")) == ["Đường về bản"]
