"""The server's side of push: each change re-checked by the services, then answered.

Nothing a client says about who or when is used: the actor is the signed-in
person, times come from the server's clock, version numbers and log numbers are
the server's. Ids a client made (article, revision, comment: UUIDs) are kept,
because its later changes name them as parents; an id already taken is refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from editor_app.domain import i18n
from editor_app.domain.entities import Snapshot
from editor_app.domain.errors import InvalidInput, InvalidState, NotFound
from editor_app.domain.fields import merge
from editor_app.domain.merge import Merged, merge_snapshots
from editor_app.domain.workflow import Action, Status, authorize
from editor_app.services import sync_wire as wire
from editor_app.services.article import (
    checked_snapshot,
    new_article_row,
    prepare,
    receive_revision,
    snapshot_of,
    write_side_revision,
)
from editor_app.services.common import clean, later_of, require_article
from editor_app.services.review import move

if TYPE_CHECKING:
    from editor_app.domain.entities import Person
    from editor_app.services.common import Clock
    from editor_app.store.models import ArticleRow
    from editor_app.store.uow import UnitOfWork

# Actions a client may push, and those that must name the head itself: an approval
# (or an export) covers exactly the text its taker read, never a merge made after.
ACTIONS = {a.value: a for a in (Action.SUBMIT, Action.START_REVIEW, Action.RETURN,
                                Action.APPROVE, Action.EXPORT, Action.WITHDRAW,
                                Action.ARCHIVE)}
EXACT_HEAD = frozenset({Action.APPROVE, Action.EXPORT})


def answer(change_id: str, status: str, **extra: Any) -> dict[str, Any]:
    return {"change_id": change_id, "status": status, "reason": "", "revision_id": None,
            "clashes": [], **extra}


def apply_change(uow: UnitOfWork, me: Person, c: dict[str, Any], clock: Clock) -> dict[str, Any]:
    """Apply one pushed change in *uow*; raises a DomainError with the reason to refuse it."""
    kind = c.get("kind")
    handler = {"revision": _revision_with_images, "action": _action, "comment": _comment,
               "pins": _pins}.get(kind if isinstance(kind, str) else "")
    if handler is None:
        raise wire.bad(f"kind: one of {', '.join(wire.KINDS)}")
    return handler(uow, me, c, clock)


def _revision_with_images(uow: UnitOfWork, me: Person, c: dict[str, Any],
                          clock: Clock) -> dict[str, Any]:
    images = wire.images_of(c)
    result = _revision(uow, me, c, clock)
    article_id = str(c["article_id"])
    for img in images:  # uploaded before the push; an image the server lacks is left out
        if uow.media.get(img["sha256"]) is not None:
            uow.media.attach(article_id, img["sha256"], clean("caption", img["caption"]),
                             clean("credit", img["credit"]), clean("alt", img["alt"]))
    return result


def _incoming_snapshot(c: dict[str, Any]) -> Snapshot:
    snap = Snapshot.from_json(wire.snapshot_dict(c))
    return merge(Snapshot(), snap.to_fields())  # cleaned as any edit is: NFC, caps


def _revision(uow: UnitOfWork, me: Person, c: dict[str, Any], clock: Clock) -> dict[str, Any]:
    cid = str(c["change_id"])
    article_id, rev_id = wire.uuid_of(c, "article_id"), wire.uuid_of(c, "revision_id")
    parent = wire.optional_uuid(c, "parent_id")
    note = clean("note", wire.text_of(c, "note"))
    if uow.revisions.get(rev_id) is not None:
        raise InvalidInput(i18n.tr("sync.known_id", what=i18n.tr("revision"), key=rev_id))
    snap = _incoming_snapshot(c)
    row = uow.articles.get(article_id)
    if row is None:
        if parent is not None:
            raise NotFound(i18n.tr("not_found", what=i18n.tr("article"), key=article_id))
        authorize(Action.CREATE, me.actor)
        row = new_article_row(article_id, me.id, later_of(clock))
        receive_revision(uow, row, me, prepare(snap), note=note, clock=clock,
                         revision_id=rev_id, force=True)
        return answer(cid, "accepted", revision_id=rev_id)
    authorize(Action.EDIT, me.actor, Status(row.status), row.author_id)
    if row.conflict_revision_id:
        return _resolution(uow, me, row, c, snap, note, clock)
    if parent == row.revision_id:
        receive_revision(uow, row, me, prepare(snap), note=note, clock=clock,
                         revision_id=rev_id, force=True)
        return answer(cid, "accepted", revision_id=rev_id)
    return _merge(uow, me, row, c, snap, note, clock)


def _merge(uow: UnitOfWork, me: Person, row: ArticleRow, c: dict[str, Any], snap: Snapshot,
           note: str, clock: Clock) -> dict[str, Any]:
    """A revision on an older parent: merged three-way with the head, or kept beside it."""
    cid, rev_id, parent = str(c["change_id"]), str(c["revision_id"]), c.get("parent_id")
    base_row = uow.revisions.get(str(parent)) if parent else None
    if base_row is None or base_row.article_id != row.id:
        raise NotFound(i18n.tr("not_found", what=i18n.tr("revision"), key=str(parent)))
    theirs = snapshot_of(uow, row)
    ours = checked_snapshot(uow, row, me, prepare(snap), theirs)
    head_number = row.version
    write_side_revision(uow, row, me, ours, note=note, clock=clock, revision_id=rev_id,
                        parent_id=base_row.id)
    result = merge_snapshots(Snapshot.from_json(base_row.snapshot), ours, theirs)
    if isinstance(result, Merged):
        receive_revision(uow, row, me, prepare(result.snapshot), clock=clock, force=True,
                         note=i18n.tr("sync.merged", a=head_number, b=row.version),
                         merge_parent_id=rev_id)
        return answer(cid, "merged", revision_id=row.revision_id)
    row.conflict_revision_id = rev_id
    return answer(cid, "conflict", revision_id=rev_id,
                  reason=i18n.tr("sync.in_conflict", title=row.title),
                  clashes=[{"field": k.field, "base": k.base, "ours": k.ours,
                            "theirs": k.theirs} for k in result.clashes])


def _resolution(uow: UnitOfWork, me: Person, row: ArticleRow, c: dict[str, Any],
                snap: Snapshot, note: str, clock: Clock) -> dict[str, Any]:
    """Only a revision whose two parents are the two heads ends a conflict.

    Any other revision (a third person's edit, made offline before the conflict) is
    kept on the server beside the two heads, in the history, so whoever resolves the
    conflict can take its words too: refusing it would leave them on one laptop only.
    """
    parents = {c.get("parent_id"), c.get("merge_parent_id")}
    if parents != {row.revision_id, row.conflict_revision_id}:
        base = uow.revisions.get(str(c.get("parent_id"))) if c.get("parent_id") else None
        if base is None or base.article_id != row.id:
            raise InvalidState(i18n.tr("sync.in_conflict", title=row.title))
        ours = checked_snapshot(uow, row, me, prepare(snap), snapshot_of(uow, row))
        rev_id = str(c["revision_id"])
        write_side_revision(uow, row, me, ours, note=note, clock=clock, revision_id=rev_id,
                            parent_id=base.id)
        return answer(str(c["change_id"]), "conflict", revision_id=rev_id,
                      reason=i18n.tr("sync.kept_beside", title=row.title, number=row.version))
    other = row.conflict_revision_id
    row.conflict_revision_id = None
    receive_revision(uow, row, me, prepare(snap), note=note or i18n.tr("sync.resolved"),
                     clock=clock, revision_id=str(c["revision_id"]), force=True,
                     merge_parent_id=other)
    return answer(str(c["change_id"]), "accepted", revision_id=row.revision_id)


def _action(uow: UnitOfWork, me: Person, c: dict[str, Any], clock: Clock) -> dict[str, Any]:
    name = c.get("action")
    action = ACTIONS.get(name) if isinstance(name, str) else None
    if action is None:
        raise wire.bad(f"action: one of {', '.join(ACTIONS)}")
    row = require_article(uow, wire.uuid_of(c, "article_id"), body=False)
    named = wire.uuid_of(c, "revision_id")
    if row.conflict_revision_id:
        raise InvalidState(i18n.tr("sync.in_conflict", title=row.title))
    if named != row.revision_id:
        head = uow.revisions.get(row.revision_id) if row.revision_id else None
        # Other actions may follow a clean merge of the revision they name.
        merged_from = head is not None and head.merge_parent_id is not None and named in (
            head.parent_id, head.merge_parent_id)
        if action in EXACT_HEAD or not merged_from:
            seen = uow.revisions.get(str(named))
            raise InvalidState(i18n.tr("sync.stale", action=i18n.action_name(action),
                                       yours=seen.number if seen else "?", theirs=row.version))
    move(uow, me, action, row, clean("note", wire.text_of(c, "note")), clock)
    return answer(str(c["change_id"]), "accepted", revision_id=row.revision_id)


def _comment(uow: UnitOfWork, me: Person, c: dict[str, Any], clock: Clock) -> dict[str, Any]:
    from editor_app.store.models import CommentRow

    row = require_article(uow, wire.uuid_of(c, "article_id"), body=False)
    comment_id = wire.uuid_of(c, "comment_id")
    authorize(Action.COMMENT, me.actor, Status(row.status), row.author_id)
    if uow.comments.get(comment_id) is not None:
        raise InvalidInput(i18n.tr("sync.known_id", what=i18n.tr("comment"), key=comment_id))
    uow.comments.add(CommentRow(
        id=comment_id, article_id=row.id, author_id=me.id, created_at=clock(), resolved=False,
        body=clean("comment", wire.text_of(c, "body"), required=True, multiline=True)))
    return answer(str(c["change_id"]), "accepted")


def _pins(uow: UnitOfWork, me: Person, c: dict[str, Any], clock: Clock) -> dict[str, Any]:
    from editor_app.store.models import RelatedPinRow

    article_id = wire.uuid_of(c, "article_id")
    pinned, hidden = wire.ids_of(c, "pinned"), wire.ids_of(c, "hidden")
    if article_id in pinned or set(pinned) & set(hidden):
        raise InvalidInput(i18n.tr("invalid", field="related", problem="pinned ∩ hidden"))
    art = require_article(uow, article_id, body=False)
    authorize(Action.PIN_RELATED, me.actor, Status(art.status), art.author_id)
    for rid in [*pinned, *hidden]:
        require_article(uow, rid, body=False)
    uow.related.clear(article_id)
    uow.session.flush()
    for pos, rid in enumerate(dict.fromkeys(pinned)):
        uow.related.add(RelatedPinRow(article_id=article_id, related_id=rid, position=pos,
                                      hidden=False))
    for rid in dict.fromkeys(hidden):
        uow.related.add(RelatedPinRow(article_id=article_id, related_id=rid, position=0,
                                      hidden=True))
    return answer(str(c["change_id"]), "accepted")
