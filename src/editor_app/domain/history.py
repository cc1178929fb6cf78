"""History grouped the way people remember it: editing sessions and named versions.

Autosave writes a revision every pause in typing (eleven in two minutes is normal);
listed one by one they bury the versions that matter. A session is a run of one
person's revisions with no pause longer than SESSION_GAP and no status change in
between; the revision a submit, return or approval acted on is a named version.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

    from editor_app.domain.entities import HistoryEntry

SESSION_GAP = timedelta(minutes=10)
NAMED = ("submitted", "returned", "approved")  # steps whose version gets a name


@dataclass(frozen=True)
class HistoryRow:
    kind: str  # "session" | "transition"
    who: str
    first_at: datetime
    last_at: datetime
    text: str  # a transition's text; a session's last revision text ("#12 …")
    revision_id: str | None = None  # a session's last revision: what compare/restore use
    first_revision_id: str | None = None  # its first: ticking one session compares the two
    saves: int = 1
    version: str = ""  # "submitted" | "returned" | "approved": the version that step acted on


def group_history(entries: list[HistoryEntry]) -> list[HistoryRow]:
    """*entries* oldest first (ReviewService.history).

    A session ends at a status change; the session just before a named step is that version.
    """
    rows: list[HistoryRow] = []
    for e in entries:
        if e.kind != "revision" and e.to_status == "draft" and len(rows) == 1:
            # Creation is stamped with the first save: list it first, keep the session open.
            rows.insert(0, HistoryRow("transition", e.who, e.at, e.at, e.text))
            continue
        if e.kind != "revision":
            named = e.to_status if e.to_status in NAMED else ""
            last_session = next((i for i in range(len(rows) - 1, -1, -1)
                                 if rows[i].kind == "session"), None)
            if named and last_session is not None and not rows[last_session].version:
                r = rows[last_session]
                rows[last_session] = HistoryRow(r.kind, r.who, r.first_at, r.last_at, r.text,
                                                r.revision_id, r.first_revision_id, r.saves,
                                                named)
            rows.append(HistoryRow("transition", e.who, e.at, e.at, e.text))
            continue
        prev = rows[-1] if rows else None
        if prev is not None and prev.kind == "session" and prev.who == e.who and \
                not prev.version and e.at - prev.last_at <= SESSION_GAP:
            rows[-1] = HistoryRow("session", e.who, prev.first_at, e.at, e.text, e.revision_id,
                                  prev.first_revision_id, prev.saves + 1)
        else:
            rows.append(HistoryRow("session", e.who, e.at, e.at, e.text, e.revision_id,
                                   e.revision_id))
    return rows
