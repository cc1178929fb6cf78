"""Every workflow action, for every role, own or not, from every status: through the services.

The expectation is the design table restated in tests/domain/test_workflow_table.py;
here the store must agree, write an audit row when it allows, and change
nothing when it refuses.
"""

import itertools
import shutil

import pytest
from sqlalchemy import text

from editor_app.app import open_newsroom
from editor_app.domain.entities import ArticleFields
from editor_app.domain.errors import InvalidState, PermissionDenied
from editor_app.domain.workflow import Action, Role, Status, allowed
from editor_app.paths import DB_FILE, resolve
from editor_app.store.engine import make_engine
from editor_app.store.models import Base
from tests.conftest import Cast, draft
from tests.domain.test_workflow_table import ARTICLE_ACTIONS, expected


def walk_to(room, cast, author, status):
    """An article by *author* in *status*, reached through the real workflow."""
    r = room.services.review
    art = draft(room, author, f"Bài {status.value}")
    reviewer = cast.editor2 if author.id == cast.editor.id else cast.editor
    if status is Status.DRAFT:
        return art
    if status is Status.ARCHIVED:
        r.archive(cast.staff, art.id)
        return room.services.drafting.get(art.id)
    r.submit(author, art.id)
    if status is not Status.SUBMITTED:
        r.start_review(reviewer, art.id)
    if status is Status.RETURNED:
        r.return_to_author(reviewer, art.id, "Cần sửa")
    if status in (Status.APPROVED, Status.EXPORTED, Status.WITHDRAWN):
        r.approve(reviewer, art.id)
    if status in (Status.EXPORTED, Status.WITHDRAWN):
        r.mark_exported(cast.staff, art.id)
    if status is Status.WITHDRAWN:
        r.withdraw(cast.staff, art.id, "Gỡ tin")
    art = room.services.drafting.get(art.id)
    assert art.status is status
    return art


def attempt(room, action, actor, art):
    s = room.services
    calls = {
        Action.EDIT: lambda: s.drafting.edit(actor, art.id, ArticleFields(body="Sửa\n")),
        Action.SUBMIT: lambda: s.review.submit(actor, art.id),
        Action.START_REVIEW: lambda: s.review.start_review(actor, art.id),
        Action.RETURN: lambda: s.review.return_to_author(actor, art.id, "Thiếu nguồn"),
        Action.APPROVE: lambda: s.review.approve(actor, art.id),
        Action.EXPORT: lambda: s.review.mark_exported(actor, art.id),
        Action.WITHDRAW: lambda: s.review.withdraw(actor, art.id, "Sai thông tin"),
        Action.ARCHIVE: lambda: s.review.archive(actor, art.id),
        Action.COMMENT: lambda: s.review.comment(actor, art.id, "Ý kiến"),
        Action.REOPEN: lambda: s.review.reopen(actor, art.id, "Đính chính số liệu"),
    }
    return calls[action]()


# Staff and admins write no articles, so "own" exists only for reporters and editors.
CASES = [c for c in itertools.product(ARTICLE_ACTIONS, Role, [True, False], Status)
         if c[2] is False or c[1] in (Role.REPORTER, Role.EDITOR)]


# -- the matrix starts from a store where every (author, status) article already exists --
# Walking an article to its status is most of a case's cost; it is done once per engine
# and the walked store is copied (SQLite) or put back (PostgreSQL) before each case.
AUTHORS = ("reporter", "reporter2", "editor")  # the Cast's writers the matrix uses
TABLES = ["article_search", *(t.name for t in Base.metadata.sorted_tables)]  # parents first


def walk_all(room):
    """{(author login, status): article id}: an article of each writer in each status."""
    cast = Cast(room)
    return {(getattr(cast, who).login, status): walk_to(room, cast, getattr(cast, who), status).id
            for who in AUTHORS for status in Status}


@pytest.fixture(scope="session")
def walked_sqlite(sqlite_templates, tmp_path_factory):
    data = tmp_path_factory.mktemp("walked")
    shutil.copyfile(sqlite_templates["cast"], data / DB_FILE)
    room = open_newsroom(resolve(data))
    ids = walk_all(room)
    room.close()
    return data / DB_FILE, ids


@pytest.fixture(scope="session")
def walked_pg(pg_url, pg_clear, tmp_path_factory):
    """The walked rows, kept in a schema of their own to be copied back before each case."""
    pg_clear()
    room = open_newsroom(resolve(tmp_path_factory.mktemp("walked-pg"), pg_url))
    ids = walk_all(room)
    room.close()
    engine = make_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS walked CASCADE; CREATE SCHEMA walked"))
        for t in TABLES:
            conn.execute(text(f"CREATE TABLE walked.{t} AS SELECT * FROM {t}"))
    restore = text("; ".join(f"INSERT INTO {t} SELECT * FROM walked.{t}" for t in TABLES))

    def put_back():
        pg_clear(seed=False)  # the walked copy holds the seeded rows already
        with engine.begin() as conn:
            conn.execute(restore)

    yield put_back, ids
    engine.dispose()


@pytest.fixture
def walked(request, engine_name, tmp_path):
    """(room, cast, ids): a store holding every walked article, fresh for this case."""
    data = tmp_path / "data"
    if engine_name == "postgresql":
        put_back, ids = request.getfixturevalue("walked_pg")
        put_back()
        room = open_newsroom(resolve(data, request.getfixturevalue("pg_url")))
    else:
        template, ids = request.getfixturevalue("walked_sqlite")
        data.mkdir()
        shutil.copyfile(template, data / DB_FILE)
        room = open_newsroom(resolve(data))
    yield room, Cast(room), ids
    room.close()


@pytest.mark.parametrize(("action", "role", "own", "status"), CASES)
def test_service_enforces_the_role_table(walked, action, role, own, status):
    room, cast, ids = walked
    actor = cast.by_role(role.value)
    author = actor if own else (cast.reporter2 if actor is cast.reporter else cast.reporter)
    art = room.services.drafting.get(ids[author.login, status])
    assert art.status is status
    audit_before = len(room.services.review.transitions(art.id))
    want = expected(action, role, own, status)
    if want == "ok":
        attempt(room, action, actor, art)
        if action not in (Action.EDIT, Action.COMMENT):
            assert len(room.services.review.transitions(art.id)) == audit_before + 1
    else:
        with pytest.raises(PermissionDenied if want == "role" else InvalidState):
            attempt(room, action, actor, art)
        after = room.services.drafting.get(art.id)
        assert (after.status, after.version) == (art.status, art.version)
        assert len(room.services.review.transitions(art.id)) == audit_before


def test_editing_an_approved_article_sends_it_back_to_review(room, cast):
    art = walk_to(room, cast, cast.reporter, Status.APPROVED)
    edited = room.services.drafting.edit(cast.editor2, art.id, ArticleFields(title="Tít mới"))
    assert edited.status is Status.IN_REVIEW
    assert edited.approved_at is None
    last = room.services.review.transitions(art.id)[-1]
    assert (last.from_status, last.to_status) == (Status.APPROVED, Status.IN_REVIEW)


def test_deactivated_person_is_refused(room, cast):
    from sqlalchemy import text

    with room.engine.begin() as conn:
        conn.execute(text("UPDATE people SET active = false WHERE login = 'an'"))
    with pytest.raises(PermissionDenied):
        draft(room, cast.reporter)


def test_approval_records_who_and_when(room, cast):
    art = walk_to(room, cast, cast.reporter, Status.APPROVED)
    assert art.approved_by == cast.editor.name
    assert art.approved_at is not None


@pytest.mark.parametrize("action", [Action.START_REVIEW, Action.RETURN, Action.APPROVE])
@pytest.mark.parametrize("how", ["co-author", "revision writer"])
def test_a_co_writing_editor_may_review_but_never_approve(room, cast, action, how):
    """Four eyes: listed co-authors and writers of any revision are refused approval only."""
    s = room.services
    art = draft(room, cast.reporter)
    if how == "co-author":
        s.drafting.edit(cast.editor2, art.id, ArticleFields(
            author_ids=(cast.reporter.id, cast.editor.id)))
    else:
        s.drafting.edit(cast.editor, art.id, ArticleFields(body="Biên tập lại\n"))
    s.review.submit(cast.reporter, art.id)
    if action is not Action.START_REVIEW:
        s.review.start_review(cast.editor2, art.id)
    art = s.drafting.get(art.id)
    may, _why = allowed(action, cast.editor.actor, art.status, art.author_id,
                        writers=art.writer_ids)
    audit_before = len(s.review.transitions(art.id))
    if action is Action.APPROVE:
        assert not may
        with pytest.raises(PermissionDenied):
            attempt(room, action, cast.editor, art)
        after = s.drafting.get(art.id)
        assert (after.status, after.approved_by) == (Status.IN_REVIEW, None)
        assert len(s.review.transitions(art.id)) == audit_before
    else:
        assert may
        attempt(room, action, cast.editor, art)
        assert len(s.review.transitions(art.id)) == audit_before + 1
