"""Who may read which article: the one rule the server's lists and reads apply."""

import pytest

from editor_app.domain.visibility import may_read
from editor_app.domain.workflow import Actor, Role, Status

AN = Actor("an", "An", Role.REPORTER)


@pytest.mark.parametrize("status", list(Status))
def test_a_reporter_reads_what_they_own_or_coauthor_in_any_status(status):
    assert may_read(AN, status, "an", ())
    assert may_read(AN, status, "thanh", ("dung", "an"))


@pytest.mark.parametrize("status", list(Status))
def test_a_reporter_reads_others_articles_only_once_published(status):
    assert may_read(AN, status, "dung", ("dung",)) is (status is Status.EXPORTED)


@pytest.mark.parametrize("role", [Role.EDITOR, Role.STAFF, Role.ADMIN])
@pytest.mark.parametrize("status", list(Status))
def test_editors_staff_and_admins_read_the_whole_newsroom(role, status):
    assert may_read(Actor("x", "X", role), status, "dung", ("dung",))
