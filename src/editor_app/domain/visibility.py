"""Who may read which article: one rule for the server's lists, reads and (later) pulls.

Editors, staff and administrators work on the whole newsroom. A reporter reads
the articles they own or co-author, in any status, and others' only once
published (for related lists); another reporter's drafts stay private to them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor_app.domain.workflow import Role, Status

if TYPE_CHECKING:
    from collections.abc import Collection

    from editor_app.domain.workflow import Actor

WHOLE_NEWSROOM = frozenset({Role.EDITOR, Role.STAFF, Role.ADMIN})
PUBLIC = frozenset({Status.EXPORTED})


def sees_everything(actor: Actor) -> bool:
    return actor.role in WHOLE_NEWSROOM


def may_read(actor: Actor, status: Status, owner_id: str, author_ids: Collection[str]) -> bool:
    if sees_everything(actor) or status in PUBLIC:
        return True
    return actor.id == owner_id or actor.id in author_ids
