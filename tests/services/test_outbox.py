"""Refused changes kept in a desktop's outbox: listed per article, dismissed once read."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from editor_app.domain.errors import PermissionDenied
from editor_app.store.models import OutboxRow
from tests.conftest import draft


def _row(room, change_id, article_id, state, reason=""):
    with room.engine.begin() as conn:
        conn.execute(OutboxRow.__table__.insert().values(
            change_id=change_id, kind="action", article_id=article_id,
            payload={"action": "approve"}, state=state, reason=reason,
            created_at=datetime(2026, 11, 27, 5, 0, tzinfo=UTC)))


def test_refused_changes_are_listed_per_article_and_dismissed(room, cast):
    art = draft(room, cast.reporter, "Cầu Trường Tiền")
    other = draft(room, cast.reporter, "Chợ Đông Ba")
    _row(room, "a1", art.id, "rejected", "Bài đã có phiên bản 2")
    _row(room, "a2", art.id, "pending")
    _row(room, "b1", other.id, "rejected", "khác")
    outbox = room.services.outbox
    found = outbox.list_rejected(art.id)
    assert [(r.change_id, r.reason) for r in found] == [("a1", "Bài đã có phiên bản 2")]
    # A pending change is on its way to the server: dismiss leaves it alone.
    assert outbox.dismiss(cast.reporter, "a2") is False
    assert outbox.dismiss(cast.reporter, "a1") is True
    assert outbox.dismiss(cast.reporter, "a1") is False
    assert outbox.list_rejected(art.id) == []
    assert [r.change_id for r in outbox.list_rejected(other.id)] == ["b1"]


def test_a_disabled_person_dismisses_nothing(room, cast):
    art = draft(room, cast.reporter, "Cầu Trường Tiền")
    _row(room, "a1", art.id, "rejected", "lý do")
    room.services.people.disable(cast.admin, cast.reporter.login)
    with pytest.raises(PermissionDenied):
        room.services.outbox.dismiss(cast.reporter, "a1")
    assert len(room.services.outbox.list_rejected(art.id)) == 1
