"""Autosave revisions grouped into editing sessions, named at submit, return and approve."""

from datetime import UTC, datetime, timedelta

from editor_app.domain.entities import HistoryEntry
from editor_app.domain.history import group_history

T0 = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)


def rev(minutes: float, who: str, n: int) -> HistoryEntry:
    return HistoryEntry(T0 + timedelta(minutes=minutes), "revision", who, f"#{n}", f"r{n}")


def step(minutes: float, who: str, to: str) -> HistoryEntry:
    return HistoryEntry(T0 + timedelta(minutes=minutes), "transition", who, f"→ {to}",
                        to_status=to)


def test_sessions_split_on_pause_person_and_step():
    rows = group_history([
        rev(0, "An", 1), rev(1, "An", 2), rev(2, "An", 3),  # one session
        rev(30, "An", 4),  # a pause: a new session
        step(31, "An", "submitted"),
        step(40, "Thành", "in_review"),
        rev(41, "Thành", 5), rev(42, "Thành", 6),
        step(43, "Thành", "returned"),
        rev(50, "An", 7),
    ])
    kinds = [(r.kind, r.who, r.saves, r.version) for r in rows]
    assert kinds == [("session", "An", 3, ""), ("session", "An", 1, "submitted"),
                     ("transition", "An", 1, ""), ("transition", "Thành", 1, ""),
                     ("session", "Thành", 2, "returned"), ("transition", "Thành", 1, ""),
                     ("session", "An", 1, "")]
    assert (rows[0].first_revision_id, rows[0].revision_id) == ("r1", "r3")


def test_creation_does_not_split_the_first_session():
    rows = group_history([rev(0, "An", 1), step(0, "An", "draft"), rev(1, "An", 2)])
    assert [(r.kind, r.saves) for r in rows] == [("transition", 1), ("session", 2)]
