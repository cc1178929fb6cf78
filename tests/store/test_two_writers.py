"""Two editors approving one article at the same moment, on both engines.

Each approval runs in its own thread with its own store connection (as two
desktops, or two server processes, would). A hook holds every UPDATE of the
article until both threads have reached theirs or a second has passed: without
the writer lock both would read "in review" and both would approve.
"""

import contextlib
import threading

from sqlalchemy import event

from editor_app.app import open_newsroom
from editor_app.domain.errors import Conflict, InvalidState
from editor_app.domain.workflow import Status
from tests.conftest import draft


def test_two_editors_approving_at_once_one_wins_nothing_half_written(room, cast):
    art = draft(room, cast.reporter, "Bài hai người duyệt")
    room.services.review.submit(cast.reporter, art.id)
    room.services.review.start_review(cast.editor, art.id)
    rooms = [open_newsroom(room.paths), open_newsroom(room.paths)]
    both_updating = threading.Barrier(2)

    def hold_updates(conn, cursor, statement, params, context, many):
        if statement.lstrip().upper().startswith("UPDATE ARTICLES"):
            # Broken after a second: the other one is queued behind us, go on.
            with contextlib.suppress(threading.BrokenBarrierError):
                both_updating.wait(timeout=1)

    for r in rooms:
        event.listen(r.engine, "before_cursor_execute", hold_updates)
    outcomes: dict[str, object] = {}

    def approve(name, r, editor):
        try:
            outcomes[name] = r.services.review.approve(editor, art.id)
        except (InvalidState, Conflict) as exc:
            outcomes[name] = exc

    threads = [threading.Thread(target=approve, args=("thanh", rooms[0], cast.editor2)),
               threading.Thread(target=approve, args=("lan", rooms[1], cast.editor2))]
    # Two editors who are not the author: editor2 in both seats keeps the roles simple.
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    for r in rooms:
        r.close()
    won = [v for v in outcomes.values() if not isinstance(v, Exception)]
    lost = [v for v in outcomes.values() if isinstance(v, Exception)]
    assert len(won) == 1, outcomes
    assert len(lost) == 1, outcomes
    assert "approved" in str(lost[0])  # "Cannot approve an article that is approved."
    after = room.services.drafting.get(art.id)
    assert after.status is Status.APPROVED
    approvals = [t for t in room.services.review.transitions(art.id)
                 if t.to_status is Status.APPROVED]
    assert len(approvals) == 1
