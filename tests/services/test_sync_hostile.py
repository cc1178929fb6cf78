"""Pushed changes are input from the network: whatever arrives, each gets an answer with a
reason, nothing half-written, never a crash."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from editor_app.domain.errors import InvalidInput
from editor_app.store.models import RevisionRow, SyncLogRow
from tests.services.sync_helpers import server_of

SCALARS = st.none() | st.booleans() | st.integers() | st.text(max_size=20) | st.sampled_from(
    ["revision", "action", "comment", "pins", "approve", "00000000-0000-0000-0000-000000000000",
     "'; DROP TABLE articles; --", "../../etc/passwd"])
JSON = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
KEYS = st.sampled_from(["change_id", "kind", "article_id", "revision_id", "parent_id",
                        "merge_parent_id", "note", "snapshot", "action", "comment_id", "body",
                        "pinned", "hidden"])
CHANGE = st.dictionaries(KEYS, JSON | st.just(str(uuid.uuid4())), max_size=8)


@pytest.mark.sqlite_only
@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(CHANGE | JSON, max_size=4))
def test_any_pushed_json_is_answered_and_changes_nothing(room, cast, changes):
    server = server_of(room)
    # As staff, who may create nothing, so even a well-formed new article is refused.
    answer = server.push(cast.staff, {"changes": changes})
    assert len(answer["results"]) == len(changes)
    for result in answer["results"]:
        assert result["status"] == "rejected"
        assert result["reason"]
    with room.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(SyncLogRow)).scalar() == 0
        assert conn.execute(select(func.count()).select_from(RevisionRow)).scalar() == 0


@pytest.mark.parametrize("body", [None, [], {"changes": "x"}, {"changes": [{}] * 201}])
def test_a_push_that_is_not_a_list_of_changes_is_refused(room, cast, body):
    with pytest.raises(InvalidInput):
        server_of(room).push(cast.editor, body)


@pytest.mark.parametrize(("after", "limit"), [(-1, 10), ("0", 10), (0, "many")])
def test_a_pull_with_a_bad_cursor_is_refused(room, cast, after, limit):
    with pytest.raises(InvalidInput):
        server_of(room).pull(cast.editor, after, limit)
