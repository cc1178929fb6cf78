import pytest

from editor_app.domain.errors import PermissionDenied
from editor_app.domain.workflow import Status
from tests.conftest import draft


def publish(room, cast, title, category="Trong tỉnh", *, export=False):
    art = draft(room, cast.reporter, title, category_id=category)
    r = room.services.review
    r.submit(cast.reporter, art.id)
    r.start_review(cast.editor, art.id)
    r.approve(cast.editor, art.id)
    if export:
        r.mark_exported(cast.staff, art.id)
    return art


def titles(items):
    return [i.title for i in items]


def test_same_category_newest_first_published_only_never_itself(room, cast):
    me = publish(room, cast, "Bài chính")
    a = publish(room, cast, "Cũ", export=True)
    b = publish(room, cast, "Mới")
    draft(room, cast.reporter, "Nháp cùng mục")  # not published
    publish(room, cast, "Mục khác", category="Kinh tế")
    gone = publish(room, cast, "Đã gỡ", export=True)
    room.services.review.withdraw(cast.staff, gone.id, "Sai")
    items = room.services.related.related(me.id)
    assert titles(items) == ["Mới", "Cũ"]
    assert {i.id for i in items} == {a.id, b.id}
    assert all(i.status in (Status.APPROVED, Status.EXPORTED) for i in items)


def test_child_categories_count_for_the_parent_not_the_other_way(room, cast):
    parent = publish(room, cast, "Bài mục cha", category="Thời sự")
    child = publish(room, cast, "Bài mục con", category="Trong tỉnh")
    assert titles(room.services.related.related(parent.id)) == ["Bài mục con"]
    assert titles(room.services.related.related(child.id)) == []


def test_at_most_fifteen(room, cast):
    me = publish(room, cast, "Bài chính")
    for i in range(17):
        publish(room, cast, f"Tin {i:02d}")
    items = room.services.related.related(me.id)
    assert len(items) == 15
    assert titles(items)[0] == "Tin 16"


def test_pins_come_first_in_order_and_hidden_never_appear(room, cast):
    me = publish(room, cast, "Bài chính")
    x = publish(room, cast, "X")
    y = publish(room, cast, "Y")
    z = publish(room, cast, "Z")
    other = publish(room, cast, "Khác mục", category="Kinh tế")
    rel = room.services.related
    rel.set_choices(cast.editor, me.id, pinned=[other.id, x.id], hidden=[z.id])
    items = rel.related(me.id)
    assert titles(items) == ["Khác mục", "X", "Y"]
    assert [i.pinned for i in items] == [True, True, False]
    rel.reset(cast.editor, me.id, z.id)
    assert "Z" in titles(rel.related(me.id))
    rel.hide(cast.editor, me.id, y.id)
    assert "Y" not in titles(rel.related(me.id))
    # A pinned article that is withdrawn later disappears from the list.
    room.services.review.mark_exported(cast.staff, other.id)
    room.services.review.withdraw(cast.staff, other.id, "Gỡ")
    assert "Khác mục" not in titles(rel.related(me.id))


def test_reporters_cannot_pin(room, cast):
    me = publish(room, cast, "Bài chính")
    x = publish(room, cast, "X")
    with pytest.raises(PermissionDenied):
        room.services.related.pin(cast.reporter, me.id, x.id)
