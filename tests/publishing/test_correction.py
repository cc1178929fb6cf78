"""A published article that needs a correction: reopened, corrected, approved, published again."""

from __future__ import annotations

import pytest

from editor_app.domain.entities import ArticleFields
from editor_app.domain.errors import InvalidInput, InvalidState, PermissionDenied
from editor_app.domain.workflow import Status
from tests.publishing.conftest import approved_article, publishing


def test_reopen_correct_and_publish_again_updates_the_same_post(room, cast, wordpress):
    pub = publishing(room)
    pub.add_target(cast.staff, "wordpress", "portal", wordpress.url, wordpress.user,
                   wordpress.password)
    art = approved_article(room, cast, "Xã Tân Lập khánh thành trường học",
                           "Ngôi trường có 12 phòng học.\n")
    first = pub.publish(cast.staff, art.id)
    s = room.services

    reopened = s.review.reopen(cast.staff, art.id, "Sai số phòng học: 14, không phải 12")
    assert reopened.status is Status.IN_REVIEW
    assert reopened.approved_by is None  # the old approval covered the old text
    s.drafting.edit(cast.editor, art.id, ArticleFields(
        body="Ngôi trường có 14 phòng học.\n"))
    with pytest.raises(PermissionDenied):  # four eyes: who corrected it may not approve it
        s.review.approve(cast.editor, art.id)
    with pytest.raises(InvalidState):  # not approved yet: nothing to publish
        pub.publish(cast.staff, art.id)
    s.review.approve(cast.editor2, art.id)
    again = pub.publish(cast.staff, art.id)

    assert not again.created
    assert again.remote_id == first.remote_id
    assert again.url == first.url
    post = wordpress.get(f"/wp/v2/posts/{first.remote_id}")
    assert "14 phòng học" in post["content"]["raw"]
    assert "12 phòng học" not in post["content"]["raw"]
    assert len(wordpress.get("/wp/v2/posts", slug=art.slug, status="publish")) == 1
    assert s.drafting.get(art.id).status is Status.EXPORTED
    notes = [e.text for e in s.review.history(art.id)]
    assert any("Sai số phòng học" in n for n in notes)


def test_only_staff_reopen_and_only_with_a_reason(room, cast):
    art = approved_article(room, cast, "Tin đã đăng", "Nội dung.\n")
    room.services.review.mark_exported(cast.staff, art.id)
    with pytest.raises(PermissionDenied):
        room.services.review.reopen(cast.editor, art.id, "Sửa lỗi chính tả")
    with pytest.raises(InvalidInput):
        room.services.review.reopen(cast.staff, art.id, "  ")
    assert room.services.drafting.get(art.id).status is Status.EXPORTED
