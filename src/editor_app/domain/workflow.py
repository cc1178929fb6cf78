"""The workflow and role table, as data, and the one function that applies it.

Services call :func:`authorize` before every state change; the GUI calls
:func:`allowed` to grey out what the current person may not do.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from editor_app.domain import i18n
from editor_app.domain.errors import InvalidInput, InvalidState, PermissionDenied

if TYPE_CHECKING:
    from collections.abc import Collection


class Status(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    IN_REVIEW = "in_review"
    RETURNED = "returned"
    APPROVED = "approved"
    EXPORTED = "exported"
    WITHDRAWN = "withdrawn"
    ARCHIVED = "archived"


class Role(StrEnum):
    REPORTER = "reporter"
    EDITOR = "editor"
    STAFF = "staff"
    ADMIN = "admin"


class Action(StrEnum):
    CREATE = "create"
    EDIT = "edit"
    SUBMIT = "submit"
    START_REVIEW = "start_review"
    RETURN = "return"
    APPROVE = "approve"
    EXPORT = "export"
    WITHDRAW = "withdraw"
    ARCHIVE = "archive"
    COMMENT = "comment"
    PIN_RELATED = "pin_related"
    MANAGE_CATEGORIES = "manage_categories"
    MANAGE_PEOPLE = "manage_people"
    MANAGE_STYLE = "manage_style"  # the house style: term list, tone-mark style
    IMPORT = "import"
    MANAGE_PORTAL = "manage_portal"  # the portal's identity: name, agency, base URL, logo
    REOPEN = "reopen"  # a published article needs a correction
    ADD_WORD = "add_word"  # to the newsroom's spelling dictionary
    REMOVE_WORD = "remove_word"


class Owner(StrEnum):
    ANY = "any"
    OWN = "own"  # only the article's author
    NOT_OWN = "not_own"  # never the article's author
    # Four eyes: never the owner, a listed author, or anyone who wrote a revision of it.
    NOT_WRITER = "not_writer"


@dataclass(frozen=True)
class Rule:
    roles: frozenset[Role]
    from_states: frozenset[Status] | None = None  # None: not about an article
    to_state: Status | None = None  # None: the status does not change
    owner: Owner = Owner.ANY
    note_required: bool = False


WRITERS = frozenset({Role.REPORTER, Role.EDITOR})
EDITORS = frozenset({Role.EDITOR})
STAFF = frozenset({Role.STAFF, Role.ADMIN})
EVERYONE = frozenset(Role)
S = Status

# Editing by an editor is wider than by a reporter; see EDITOR_EDITABLE.
RULES: dict[Action, Rule] = {
    Action.CREATE: Rule(WRITERS),
    Action.EDIT: Rule(WRITERS, frozenset({S.DRAFT, S.RETURNED}), owner=Owner.OWN),
    Action.SUBMIT: Rule(WRITERS, frozenset({S.DRAFT, S.RETURNED}), S.SUBMITTED, Owner.OWN),
    Action.START_REVIEW: Rule(EDITORS, frozenset({S.SUBMITTED}), S.IN_REVIEW, Owner.NOT_OWN),
    Action.RETURN: Rule(
        EDITORS, frozenset({S.SUBMITTED, S.IN_REVIEW}), S.RETURNED, Owner.NOT_OWN, True
    ),
    Action.APPROVE: Rule(EDITORS, frozenset({S.IN_REVIEW}), S.APPROVED, Owner.NOT_WRITER),
    Action.EXPORT: Rule(STAFF, frozenset({S.APPROVED, S.EXPORTED}), S.EXPORTED),
    Action.WITHDRAW: Rule(STAFF, frozenset({S.EXPORTED}), S.WITHDRAWN, note_required=True),
    Action.ARCHIVE: Rule(
        STAFF, frozenset({S.DRAFT, S.RETURNED, S.EXPORTED, S.WITHDRAWN}), S.ARCHIVED
    ),
    Action.COMMENT: Rule(EVERYONE, frozenset(Status)),
    Action.PIN_RELATED: Rule(EDITORS | STAFF, frozenset(Status)),
    Action.MANAGE_CATEGORIES: Rule(STAFF),
    Action.MANAGE_PEOPLE: Rule(frozenset({Role.ADMIN})),
    Action.MANAGE_STYLE: Rule(STAFF),
    Action.IMPORT: Rule(WRITERS | STAFF),
    Action.MANAGE_PORTAL: Rule(frozenset({Role.ADMIN})),
    # A correction after publication: back to review, so editors correct it (or return
    # it to its author) and someone who did not write it approves it again. The post on
    # the portal is remembered apart (remote_posts): publishing again updates it.
    Action.REOPEN: Rule(STAFF, frozenset({S.EXPORTED, S.WITHDRAWN}), S.IN_REVIEW,
                        note_required=True),
    # Whoever writes meets new names first, so anyone signed in may add a word; taking
    # one out overrules a colleague, so that is for editors and staff.
    Action.ADD_WORD: Rule(EVERYONE),
    Action.REMOVE_WORD: Rule(EDITORS | STAFF),
}

# An editor may edit any article that has not left the newsroom, including
# others' drafts; editing an approved article sends it back to review.
EDITOR_EDITABLE = frozenset({S.DRAFT, S.SUBMITTED, S.IN_REVIEW, S.RETURNED, S.APPROVED})

# A new revision whose content differs reaches an article in one of these states: the
# approval covered the old content, so the article goes back to the state given here
# (approval cleared, an audit row written), whatever brought the revision (edit,
# restore, bundle import, sync).
REVIEW_AGAIN: dict[Status, Status] = {S.APPROVED: S.IN_REVIEW}


def status_after_change(status: Status) -> Status:
    """The status an article takes when changed content reaches it."""
    return REVIEW_AGAIN.get(status, status)


@dataclass(frozen=True)
class Actor:
    """Who is acting: the minimum the rules need."""

    id: str
    name: str
    role: Role


def _deny(code: str, actor: Actor, action: Action) -> PermissionDenied:
    return PermissionDenied(
        i18n.tr(code, name=actor.name, role=i18n.role_name(actor.role),
                action=i18n.action_name(action))
    )


def authorize(
    action: Action,
    actor: Actor,
    status: Status | None = None,
    author_id: str | None = None,
    note: str | None = None,
    *,
    writers: Collection[str] = (),
) -> Status | None:
    """Check *actor* may take *action*; return the new status (or None).

    *writers*: everyone who wrote the article besides *author_id* (listed authors,
    writers of any revision); the four-eyes rule of approval refuses them all.
    Raises PermissionDenied for role or ownership, InvalidState for status,
    InvalidInput for a missing reason.
    """
    rule = RULES[action]
    if actor.role not in rule.roles:
        raise _deny("role_forbidden", actor, action)
    if status is None:
        return None
    own = author_id is not None and author_id == actor.id
    if action is Action.EDIT and actor.role is Role.EDITOR:
        if status not in EDITOR_EDITABLE:
            raise _bad_state(action, status)
        return None
    if rule.owner is Owner.OWN and not own:
        raise _deny("own_only", actor, action)
    if rule.owner in (Owner.NOT_OWN, Owner.NOT_WRITER) and own:
        raise _deny("not_own", actor, action)
    if rule.owner is Owner.NOT_WRITER and actor.id in writers:
        raise _deny("not_writer", actor, action)
    if rule.from_states is not None and status not in rule.from_states:
        raise _bad_state(action, status)
    if rule.note_required and not (note and note.strip()):
        raise InvalidInput(i18n.tr("note_required", action=i18n.action_name(action)))
    return rule.to_state


def _bad_state(action: Action, status: Status) -> InvalidState:
    return InvalidState(
        i18n.tr("bad_state", action=i18n.action_name(action), status=i18n.status_name(status))
    )


def allowed(
    action: Action,
    actor: Actor,
    status: Status | None = None,
    author_id: str | None = None,
    *,
    writers: Collection[str] = (),
) -> tuple[bool, str]:
    """(may, why not) for the GUI; the reason is empty when allowed.

    Pass ``writers=article.writer_ids`` so approval is greyed out for co-authors too.
    """
    try:
        authorize(action, actor, status, author_id, note="x", writers=writers)
    except (PermissionDenied, InvalidState, InvalidInput) as exc:
        return False, str(exc)
    return True, ""
