"""The store itself refuses an approval by anyone who wrote the article (migration 0003)."""

import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from editor_app.domain.entities import ArticleFields
from tests.conftest import draft


@pytest.fixture
def in_review(room, cast):
    """Submitted: owned by the reporter, editor2 listed as co-author, a revision by editor."""
    s = room.services
    art = draft(room, cast.reporter)
    s.drafting.edit(cast.editor, art.id, ArticleFields(
        author_ids=(cast.reporter.id, cast.editor2.id), body="Sửa\n"))
    s.review.submit(cast.reporter, art.id)
    return art


def run(room, statement, **params):
    """One statement in its own transaction, as a hand edit of the store would be."""
    with room.engine.begin() as con:
        return con.execute(text(statement), params).fetchall() if statement.startswith(
            "SELECT") else con.execute(text(statement), params)


def approve_as(room, article_id, person_id):
    run(room, "UPDATE articles SET status = 'approved', approved_by_id = :p WHERE id = :a",
        p=person_id, a=article_id)


def test_triggers_refuse_an_approver_who_wrote_it(room, cast, in_review):
    for who in (cast.reporter, cast.editor, cast.editor2):  # owner, writer, co-author
        with pytest.raises(DBAPIError, match="four eyes"):
            approve_as(room, in_review.id, who.id)
    outsider = room.services.people.add("minh", "Hà Văn Minh", "editor")
    approve_as(room, in_review.id, outsider.id)
    assert run(room, "SELECT approved_by_id FROM articles WHERE id = :a",
               a=in_review.id) == [(outsider.id,)]
    # ... and the approver cannot become a writer while the approval stands.
    with pytest.raises(DBAPIError, match="four eyes"):
        run(room, "INSERT INTO article_authors VALUES (:a, :p, 5)",
            a=in_review.id, p=outsider.id)
    with pytest.raises(DBAPIError, match="four eyes"):
        run(room, "INSERT INTO revisions (id, article_id, parent_id, number, author_id, "
            "created_at, note, status, title, snapshot) VALUES (:id, :a, NULL, 99, :p, "
            "'2026-11-26 09:00:00', '', 'approved', 't', '{}')",
            id=str(uuid.uuid4()), a=in_review.id, p=outsider.id)
    assert room.services.drafting.get(in_review.id).approved_by == "Hà Văn Minh"


def test_the_service_edit_after_approval_passes_the_triggers(room, cast, in_review):
    """Editing an approved article clears the approval before its writer is recorded."""
    s = room.services
    third = s.people.add("minh", "Hà Văn Minh", "editor")
    s.review.start_review(third, in_review.id)
    s.review.approve(third, in_review.id)
    got = s.drafting.edit(third, in_review.id, ArticleFields(
        author_ids=(cast.reporter.id, third.id), body="Sửa sau duyệt\n"))
    assert (got.status.value, got.approved_by) == ("in_review", None)


def test_every_four_eyes_trigger_exists_at_head(room):
    """A later batch migration rebuilding one of these tables would drop its triggers."""
    query = ("SELECT name FROM sqlite_master WHERE type = 'trigger'"
             if room.engine.dialect.name == "sqlite"
             else "SELECT DISTINCT trigger_name FROM information_schema.triggers")
    names = {r[0] for r in run(room, query)}
    assert {n for n in names if n.startswith("four_eyes_")} == {
        "four_eyes_articles_insert", "four_eyes_articles_update", "four_eyes_authors_insert",
        "four_eyes_authors_update", "four_eyes_revisions_insert"}
