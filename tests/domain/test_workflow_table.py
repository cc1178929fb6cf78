"""The role table of DESIGN.md §2, restated here independently of the code."""

import itertools

import pytest

from editor_app.domain.errors import InvalidInput, InvalidState, PermissionDenied
from editor_app.domain.workflow import Action, Actor, Role, Status, authorize

S = Status
REVIEW_ACTIONS = {Action.START_REVIEW, Action.RETURN, Action.APPROVE}
ARTICLE_ACTIONS = [Action.EDIT, Action.SUBMIT, Action.START_REVIEW, Action.RETURN,
                   Action.APPROVE, Action.EXPORT, Action.WITHDRAW, Action.ARCHIVE,
                   Action.COMMENT, Action.REOPEN]


def expected(action: Action, role: Role, own: bool, status: Status) -> str:
    """'ok', 'role' (PermissionDenied) or 'state' (InvalidState), from the design card."""
    writer = role in (Role.REPORTER, Role.EDITOR)
    staff = role in (Role.STAFF, Role.ADMIN)
    if action is Action.COMMENT:
        return "ok"
    if action is Action.EDIT:
        if role is Role.EDITOR:
            return "ok" if status in (S.DRAFT, S.SUBMITTED, S.IN_REVIEW, S.RETURNED,
                                      S.APPROVED) else "state"
        if role is Role.REPORTER:
            if not own:
                return "role"
            return "ok" if status in (S.DRAFT, S.RETURNED) else "state"
        return "role"
    if action is Action.SUBMIT:
        if not writer or not own:
            return "role"
        return "ok" if status in (S.DRAFT, S.RETURNED) else "state"
    if action in REVIEW_ACTIONS:
        if role is not Role.EDITOR or own:
            return "role"
        allowed_from = {Action.START_REVIEW: {S.SUBMITTED},
                        Action.RETURN: {S.SUBMITTED, S.IN_REVIEW},
                        Action.APPROVE: {S.IN_REVIEW}}[action]
        return "ok" if status in allowed_from else "state"
    if action is Action.EXPORT:
        if not staff:
            return "role"
        return "ok" if status in (S.APPROVED, S.EXPORTED) else "state"
    if action is Action.WITHDRAW:
        if not staff:
            return "role"
        return "ok" if status is S.EXPORTED else "state"
    if action is Action.ARCHIVE:
        if not staff:
            return "role"
        return "ok" if status in (S.DRAFT, S.RETURNED, S.EXPORTED, S.WITHDRAWN) else "state"
    if action is Action.REOPEN:  # a correction after publication (issue 17)
        if not staff:
            return "role"
        return "ok" if status in (S.EXPORTED, S.WITHDRAWN) else "state"
    raise AssertionError(action)


CASES = list(itertools.product(ARTICLE_ACTIONS, Role, [True, False], Status))


@pytest.mark.parametrize(("action", "role", "own", "status"), CASES)
def test_authorize_matches_the_design_table(action, role, own, status):
    actor = Actor("me", "Người thử", role)
    author = "me" if own else "someone-else"
    want = expected(action, role, own, status)
    if want == "ok":
        authorize(action, actor, status, author, note="lý do")
    else:
        with pytest.raises(PermissionDenied if want == "role" else InvalidState):
            authorize(action, actor, status, author, note="lý do")


@pytest.mark.parametrize("action", [Action.RETURN, Action.WITHDRAW, Action.REOPEN])
def test_return_and_withdraw_need_a_reason(action):
    role = Role.EDITOR if action is Action.RETURN else Role.STAFF
    status = S.IN_REVIEW if action is Action.RETURN else S.EXPORTED
    with pytest.raises(InvalidInput, match="reason"):
        authorize(action, Actor("me", "X", role), status, "other", note="   ")


def test_non_article_actions():
    for role in Role:
        actor = Actor("me", "X", role)
        for action, allowed in (
            (Action.CREATE, role in (Role.REPORTER, Role.EDITOR)),
            (Action.MANAGE_CATEGORIES, role in (Role.STAFF, Role.ADMIN)),
            (Action.MANAGE_PEOPLE, role is Role.ADMIN),
            (Action.MANAGE_PORTAL, role is Role.ADMIN),
            (Action.MANAGE_STYLE, role in (Role.STAFF, Role.ADMIN)),
        ):
            if allowed:
                authorize(action, actor)
            else:
                with pytest.raises(PermissionDenied):
                    authorize(action, actor)


def test_a_published_article_has_a_way_back_to_editing():
    """Reopened for a correction it lands in review, where an editor may edit it."""
    staff, editor = Actor("s", "S", Role.STAFF), Actor("e", "E", Role.EDITOR)
    to = authorize(Action.REOPEN, staff, S.EXPORTED, "author", note="sai tên xã")
    assert to is S.IN_REVIEW
    authorize(Action.EDIT, editor, to, "author")
    assert authorize(Action.APPROVE, editor, to, "author", writers=()) is S.APPROVED
