"""Every new revision reaches an article through one rule: import, edit, restore alike."""

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, text

from editor_app.app import open_newsroom
from editor_app.domain import search_text
from editor_app.domain.entities import ArticleFields
from editor_app.domain.errors import InvalidState, PermissionDenied
from editor_app.domain.workflow import Status
from editor_app.export.ninjs import build_ninjs
from editor_app.export.zipwriter import write_zip as write_bundle
from editor_app.paths import DB_FILE, resolve
from editor_app.services import Services
from editor_app.store.uow import UnitOfWorkFactory
from tests.conftest import Cast, draft
from tests.export.helpers import approved_article
from tests.images import png


def bundle_of(room, article_id, path):
    _, files = room.services.exporting.bundle_files(article_id)
    write_bundle(path, files)
    return path


@pytest.fixture
def other(request, tmp_path, sqlite_templates):
    """A second newsroom, a copy of the template store: with the cast if `there` is asked."""
    data = tmp_path / "other"
    data.mkdir()
    kind = "cast" if "there" in request.fixturenames else "empty"
    shutil.copyfile(sqlite_templates[kind], data / DB_FILE)
    r = open_newsroom(resolve(data))
    yield r
    r.close()


@pytest.fixture
def there(other):
    """The second newsroom's cast (the same logins, other ids)."""
    return Cast(other)


def approved_in_both(room, cast, other, there, tmp_path):
    """An article approved here, its bundle imported there and approved there too."""
    art = approved_article(room, cast)
    o = other.services
    o.bundles.import_bundle(there.editor, bundle_of(room, art.id, tmp_path / "v1.zip"))
    o.review.submit(there.reporter, art.id)
    o.review.start_review(there.editor2, art.id)
    o.review.approve(there.editor2, art.id)
    return art


# -- import never bypasses review ---------------------------------------------------------
def test_an_imported_new_text_sends_an_approved_article_back_to_review(room, cast, other,
                                                                        there, tmp_path):
    art = approved_in_both(room, cast, other, there, tmp_path)
    o = other.services
    # Back home the text changes; the new bundle reaches the approved copy.
    room.services.drafting.edit(cast.editor2, art.id, ArticleFields(body="Số liệu khác\n"))
    v2 = bundle_of(room, art.id, tmp_path / "v2.zip")
    result = o.bundles.import_bundle(there.editor, v2)
    got = o.drafting.get(art.id)
    assert (result.outcome, got.body) == ("updated", "Số liệu khác\n")
    assert got.status is Status.IN_REVIEW
    assert (got.approved_by, got.approved_at) == (None, None)
    last = o.review.transitions(art.id)[-1]
    assert (last.from_status, last.to_status, last.actor_name) == (
        Status.APPROVED, Status.IN_REVIEW, there.editor.name)
    with pytest.raises(InvalidState):  # staff cannot export the unreviewed text
        o.exporting.export(there.staff, art.id, tmp_path / "out")


def test_the_approver_importing_even_the_same_text_ends_their_approval(room, cast, other,
                                                                       there, tmp_path):
    art = approved_in_both(room, cast, other, there, tmp_path)
    o = other.services
    body = art.body
    room.services.drafting.edit(cast.editor2, art.id, ArticleFields(body="Tạm\n"))
    room.services.drafting.edit(cast.editor2, art.id, ArticleFields(body=body))
    v3 = bundle_of(room, art.id, tmp_path / "v3.zip")  # a new revision, the same text
    assert o.bundles.import_bundle(there.editor2, v3).outcome == "updated"
    got = o.drafting.get(art.id)
    assert (got.status, got.approved_by, got.body) == (Status.IN_REVIEW, None, body)
    assert there.editor2.id in got.writer_ids


def test_a_reporter_import_credits_no_other_login(room, cast, other, there, tmp_path):
    art = draft(room, cast.reporter2, "Bài của Dung")
    bundle = bundle_of(room, art.id, tmp_path / "b.zip")
    result = other.services.bundles.import_bundle(there.reporter, bundle)
    got = result.article
    assert got.author_id == there.reporter.id
    assert [p.login for p in got.authors] == ["an"]
    assert any("dung" in n for n in result.notes)
    assert got.byline == art.byline  # the byline text stays as the bundle wrote it


def test_a_reporter_cannot_credit_another_login_by_editing(room, cast):
    art = draft(room, cast.reporter)
    with pytest.raises(PermissionDenied):
        room.services.drafting.edit(cast.reporter, art.id, ArticleFields(
            author_ids=(cast.reporter.id, cast.reporter2.id)))
    with pytest.raises(PermissionDenied):
        draft(room, cast.reporter, author_ids=(cast.reporter2.id,))
    assert [p.login for p in room.services.drafting.get(art.id).authors] == ["an"]


def test_a_staff_import_with_no_local_writer_waits_for_an_editor(room, cast, other, tmp_path):
    art = draft(room, cast.reporter)
    bundle = bundle_of(room, art.id, tmp_path / "b.zip")
    staff = other.services.people.add("hoa", "Phạm Thu Hòa", "staff")
    editor = other.services.people.add("lan", "Vũ Ngọc Lan", "editor")
    got = other.services.bundles.import_bundle(staff, bundle).article
    assert (got.author_id, got.status) == (staff.id, Status.SUBMITTED)
    other.services.review.start_review(editor, art.id)
    assert other.services.review.approve(editor, art.id).status is Status.APPROVED


def test_a_staff_import_is_owned_by_a_local_author_who_can_act(room, cast, other, there,
                                                               tmp_path):
    art = draft(room, cast.reporter)
    bundle = bundle_of(room, art.id, tmp_path / "b.zip")
    got = other.services.bundles.import_bundle(there.staff, bundle).article
    assert (got.author_id, got.status) == (there.reporter.id, Status.DRAFT)
    other.services.drafting.edit(there.reporter, art.id, ArticleFields(body="Sửa\n"))
    assert other.services.review.submit(there.reporter, art.id).status is Status.SUBMITTED


# -- four eyes -----------------------------------------------------------------------------
@pytest.fixture
def third(room):
    return room.services.people.add("minh", "Hà Văn Minh", "editor")


def test_a_co_author_editor_cannot_approve(room, cast, third):
    s = room.services
    art = draft(room, cast.reporter)
    s.drafting.edit(cast.editor2, art.id,
                    ArticleFields(author_ids=(cast.reporter.id, cast.editor.id)))
    s.review.submit(cast.reporter, art.id)
    s.review.start_review(third, art.id)
    with pytest.raises(PermissionDenied, match="co-wrote"):
        s.review.approve(cast.editor, art.id)  # listed as an author
    with pytest.raises(PermissionDenied):
        s.review.approve(cast.editor2, art.id)  # wrote a revision
    assert s.drafting.get(art.id).status is Status.IN_REVIEW
    assert s.review.approve(third, art.id).approved_by == third.name


def test_an_editor_who_makes_himself_sole_author_cannot_approve(room, cast):
    s = room.services
    art = draft(room, cast.reporter)
    s.review.submit(cast.reporter, art.id)
    s.review.start_review(cast.editor, art.id)
    s.drafting.edit(cast.editor, art.id, ArticleFields(author_ids=(cast.editor.id,),
                                                      body="Viết lại toàn bộ\n"))
    with pytest.raises(PermissionDenied):
        s.review.approve(cast.editor, art.id)
    assert s.drafting.get(art.id).approved_by is None
    assert cast.editor.id in s.drafting.get(art.id).writer_ids


# -- the clock -----------------------------------------------------------------------------
class Clock:
    def __init__(self, t):
        self.t = t

    def __call__(self):
        return self.t


def test_a_clock_set_back_keeps_history_and_ninjs_in_causal_order(room, cast):
    clock = Clock(datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
    s = Services.build(UnitOfWorkFactory(room.engine), room.render_guard, clock=clock)
    art = s.drafting.create(cast.reporter, ArticleFields(title="Tin sáng", body="Một\n",
                                                         category_id="Trong tỉnh"))
    clock.t -= timedelta(days=1)
    s.drafting.edit(cast.reporter, art.id, ArticleFields(body="Hai\n"))
    s.review.submit(cast.reporter, art.id)
    got = s.drafting.get(art.id)
    assert got.created_at <= got.revised_at <= got.updated_at <= got.submitted_at
    revs = s.review.revisions(art.id)
    assert [r.number for r in sorted(revs, key=lambda r: r.created_at)] == [1, 2]
    kinds = [(h.kind, h.text.split(":")[0]) for h in s.review.history(art.id)]
    assert [k for k, _ in kinds] == ["revision", "transition", "revision", "transition"]
    assert kinds[-1][1].endswith("submitted")
    doc = build_ninjs(got, "<p>Hai</p>", [], {})
    assert doc["firstCreated"] <= doc["versionCreated"]


# -- text work off the write lock ---------------------------------------------------------
# The probe is SQLite's writer lock; where text work is called is the same code on both engines.
@pytest.mark.sqlite_only
def test_text_work_of_a_save_runs_while_other_writers_can_write(room, cast, monkeypatch):
    held: list[bool] = []
    real = search_text.markdown_to_plain

    def probe(text):
        con = sqlite3.connect(room.paths.database_file, timeout=0)
        try:
            con.execute("BEGIN IMMEDIATE")
            con.rollback()
            held.append(False)
        except sqlite3.OperationalError:  # "database is locked": a save holds the lock
            held.append(True)
        finally:
            con.close()
        return real(text)

    monkeypatch.setattr(search_text, "markdown_to_plain", probe)
    art = draft(room, cast.reporter)
    first = art.revision_id
    room.services.drafting.edit(cast.reporter, art.id, ArticleFields(body="Sửa\n"))
    room.services.drafting.restore(cast.reporter, art.id, first, expected_version=2)
    assert room.services.drafting.get(art.id).body == "Nội dung bài.\n"
    assert held == []  # a save leaves its index text to the next search (issue 19)
    assert room.services.search.search("noi dung") != []
    assert held == [False]  # which folds it before taking the lock to write it


# -- the typed home ------------------------------------------------------------------------
def test_opening_an_article_takes_four_queries(room, cast):
    art = approved_article(room, cast)
    statements: list[str] = []

    def count(conn, cursor, statement, *args):
        if not statement.lstrip().upper().startswith(("BEGIN", "PRAGMA", "COMMIT", "ROLLBACK")):
            statements.append(statement)

    event.listen(room.engine, "before_cursor_execute", count)
    try:
        got = room.services.drafting.get(art.id)
    finally:
        event.remove(room.engine, "before_cursor_execute", count)
    assert (got.approved_by, got.featured.caption, got.category_path) == (
        cast.editor.name, "Cây cầu mới", "Thời sự / Trong tỉnh")
    assert got.revised_at is not None
    assert [p.login for p in got.authors] == ["an"]
    assert len(statements) <= 4, statements


def test_snapshot_reads_every_revision_ever_written():
    from editor_app.domain.entities import Snapshot

    old = Snapshot.from_json({"body": "Bản đầu"})  # a store of schema 0001 has these
    assert (old.body, old.title, old.tags, old.category_id) == ("Bản đầu", "", (), None)
    full = Snapshot(title="Tít", tags=("a", "b"), author_ids=("p1",), category_id="c1")
    assert Snapshot.from_json(full.to_json()) == full
    assert full.to_json()["tags"] == ["a", "b"]


# -- an autosave starts from this service's last save, checked in the write ------------------
def test_a_save_after_another_writers_save_is_refused_with_their_text(room, cast):
    from editor_app.domain.errors import Conflict

    art = draft(room, cast.reporter, body="Một.\n")
    mine = room.services.drafting.edit(cast.reporter, art.id, ArticleFields(body="Hai.\n"),
                                       expected_version=art.version)
    # Another desktop on the same store: its own services, so nothing remembered there.
    theirs = Services.build(UnitOfWorkFactory(room.engine), room.render_guard).drafting
    theirs.edit(cast.editor, art.id, ArticleFields(title="Tít của biên tập"))
    with pytest.raises(Conflict) as refused:
        room.services.drafting.edit(cast.reporter, art.id, ArticleFields(body="Ba.\n"),
                                    expected_version=mine.version)
    assert refused.value.current_body == "Hai.\n"
    again = room.services.drafting.edit(cast.reporter, art.id, ArticleFields(body="Ba.\n"))
    assert (again.title, again.body) == ("Tít của biên tập", "Ba.\n")


def test_a_change_made_in_place_is_kept_by_the_next_save(room, cast):
    """Something that changes the article without a new version (a rename, a merge of
    categories or people) is not undone by an autosave prepared on the text before it."""
    art = draft(room, cast.reporter, body="Một.\n", dateline="Huế")
    saved = room.services.drafting.edit(cast.reporter, art.id, ArticleFields(body="Hai.\n"),
                                        expected_version=art.version)
    with room.engine.begin() as conn:
        conn.execute(text("UPDATE articles SET dateline = 'Đà Nẵng', summary = 'Mới' "
                          "WHERE id = :id"), {"id": art.id})
    after = room.services.drafting.edit(cast.reporter, art.id, ArticleFields(body="Ba.\n"),
                                        expected_version=saved.version)
    assert (after.body, after.dateline, after.summary) == ("Ba.\n", "Đà Nẵng", "Mới")
    assert after.version == saved.version + 1


def test_saves_in_a_row_give_what_saves_from_a_fresh_start_give(room, cast):
    art = draft(room, cast.reporter, body="Một.\n", tags=("a", "b"))
    version, bodies = art.version, ["Một.\n"]
    for n in range(5):
        bodies.append(bodies[-1] + f"Câu {n}.\n")
        saved = room.services.drafting.edit(cast.reporter, art.id,
                                            ArticleFields(body=bodies[-1]),
                                            expected_version=version)
        fresh = Services.build(UnitOfWorkFactory(room.engine), room.render_guard).drafting
        assert saved == fresh.get(art.id)
        version = saved.version
    assert (saved.body, saved.tags) == (bodies[-1], ("a", "b"))
    assert len(room.services.review.revisions(art.id)) == 6


def test_what_a_save_or_a_workflow_step_returns_is_what_opening_the_article_shows(room, cast):
    # The article a save hands back is built from its row in hand, not read again.
    s = room.services
    ref = s.media.add(cast.reporter, png(4, 3))
    art = draft(room, cast.reporter, body=f"Ảnh.\n\n![Cầu](media/{ref.sha256}.png)\n")
    steps = [s.drafting.edit(cast.reporter, art.id, ArticleFields(
        featured_sha256=ref.sha256, featured_caption="Cầu", tags=("a",)))]
    s.media.attach(cast.reporter, art.id, ref.sha256, caption="Chú thích")
    steps.append(s.review.submit(cast.reporter, art.id))
    steps.append(s.review.start_review(cast.editor, art.id))
    steps.append(s.review.approve(cast.editor, art.id))
    assert steps[-1] == s.drafting.get(art.id)
    assert steps[-1].approved_by == cast.editor.name
    steps.append(s.drafting.edit(cast.editor, art.id, ArticleFields(body="Sửa sau duyệt.\n")))
    assert steps[-1] == s.drafting.get(art.id)
    assert (steps[-1].featured.caption, [m.caption for m in steps[-1].media]) == (
        "Cầu", ["Chú thích"])
    assert all(step.revised_at is not None for step in steps)
