"""Offline sync (issue 13): desktops with their own stores push and pull through a
transport that serialises to JSON; the server store runs on SQLite and PostgreSQL."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
from sqlalchemy import func, select, text

from editor_app.domain.entities import ArticleFields, Snapshot
from editor_app.domain.errors import DomainError
from editor_app.domain.workflow import Status
from editor_app.store.models import OutboxRow, RevisionRow, SyncLogRow
from tests.services.sync_helpers import desktop, server_of

BODY = ("Sáng 26/11, mưa lớn gây ngập nhiều tuyến đường.\n\n"
        "Lực lượng cứu hộ có mặt tại xã Tân Lập.\n\n"
        "Chính quyền khuyến cáo người dân hạn chế ra đường.\n")
PARAS = BODY.split("\n\n")


def _edit(paragraph: int, words: str) -> str:
    """BODY with *words* added at the end of one paragraph (before its full stop)."""
    paras = list(PARAS)
    p = paras[paragraph].rstrip("\n")
    paras[paragraph] = p[:-1] + " " + words + "." + ("\n" if paragraph == 2 else "")
    return "\n\n".join(paras)


@pytest.fixture
def newsroom(room, cast, tmp_path, sqlite_templates):
    """The server (the room's store) and three desktops: a reporter and two editors."""
    server = server_of(room)

    def make(name, person):
        return desktop(tmp_path, name, sqlite_templates["empty"], person, server)

    class N:
        pass

    n = N()
    n.room, n.cast, n.server, n.make = room, cast, server, make
    n.an = make("an", cast.reporter)
    n.thanh = make("thanh", cast.editor)
    n.lan = make("lan", cast.editor2)
    yield n
    for d in (n.an, n.thanh, n.lan):
        d.room.close()


def _article(n, body=BODY):
    art = n.an.s.drafting.create(n.cast.reporter, ArticleFields(
        title="Mưa lớn ở Sơn Hà", summary="Ngập nhiều nơi.", body=body,
        category_id="Trong tỉnh"))
    assert n.an.sync().clean
    for d in (n.thanh, n.lan):
        d.sync()
    return art


def _server_words(n, article_id):
    """Every word the server keeps for the article: its text and every revision's."""
    with n.room.engine.connect() as conn:
        snaps = conn.execute(select(RevisionRow.snapshot)
                             .where(RevisionRow.article_id == article_id)).scalars().all()
    return Counter(" ".join(Snapshot.from_json(s).body for s in snaps).split())


def test_a_draft_made_offline_reaches_the_server_with_its_ids_and_the_server_s_facts(newsroom):
    n = newsroom
    art = _article(n)
    on_server = n.room.services.drafting.get(art.id)
    assert (on_server.id, on_server.revision_id, on_server.body) == (art.id, art.revision_id,
                                                                      BODY)
    assert on_server.author_id == n.cast.reporter.id
    assert on_server.status is Status.DRAFT
    # The editors' desktops have it too, as the server has it.
    assert n.thanh.s.drafting.get(art.id).body == BODY
    assert n.an.client.waiting() == 0


def _disconnected(d):
    """The desktop as it was before it was first connected: not a sync client."""
    from editor_app.store import sync_capture

    with d.room.engine.begin() as conn:
        conn.execute(text("UPDATE sync_state SET mode = ''"))
    sync_capture._modes.pop(d.room.engine, None)


def test_drafts_written_before_the_desktop_was_connected_reach_the_server(newsroom):
    from editor_app.store import sync_capture

    n = newsroom
    dung = n.make("dung", n.cast.reporter2)  # knows the newsroom's people, then...
    _disconnected(dung)  # ...is used alone for a while
    early = dung.s.drafting.create(n.cast.reporter2, ArticleFields(
        title="Viết khi chưa kết nối", body="Bản nháp đầu.\n", category_id="Trong tỉnh"))
    dung.s.drafting.edit(n.cast.reporter2, early.id, ArticleFields(body="Bản nháp đã sửa.\n"))
    assert dung.client.waiting() == 0  # nothing captured while not a client
    sync_capture.set_mode(dung.room.engine, sync_capture.CLIENT)  # then connected
    assert dung.sync().clean
    on_server = n.room.services.drafting.get(early.id)
    assert (on_server.title, on_server.body) == ("Viết khi chưa kết nối", "Bản nháp đã sửa.\n")
    assert on_server.author_id == n.cast.reporter2.id
    sync_capture.set_mode(dung.room.engine, sync_capture.CLIENT)  # again: nothing sent twice
    assert dung.client.waiting() == 0
    assert dung.s.drafting.get(early.id).body == "Bản nháp đã sửa.\n"
    assert dung.room.backup.check() == []  # the local history's chain is whole
    dung.room.close()


def test_a_desktop_holding_a_copy_of_the_server_s_articles_sends_nothing_new(newsroom):
    n = newsroom
    art = _article(n)
    before = n.room.services.drafting.get(art.id)
    # Lan's desktop already holds the article (pulled); made a client afresh, it sends it
    # again: the server answers as for a replay and nothing changes there.
    from editor_app.store import sync_capture

    _disconnected(n.lan)
    sync_capture.set_mode(n.lan.room.engine, sync_capture.CLIENT)
    assert n.lan.client.waiting() == 1
    assert n.lan.sync().clean
    after = n.room.services.drafting.get(art.id)
    assert (after.version, after.revision_id) == (before.version, before.revision_id)


@pytest.mark.parametrize("order", list(itertools.permutations(["an", "thanh", "lan"])))
def test_three_offline_edits_of_different_paragraphs_merge_in_any_order(newsroom, order):
    n = newsroom
    art = _article(n)
    typed = {"an": (0, "và gió giật mạnh"), "thanh": (1, "từ rạng sáng"),
             "lan": (2, "trong ngày hôm nay")}
    people = {"an": n.cast.reporter, "thanh": n.cast.editor, "lan": n.cast.editor2}
    for who, (para, words) in typed.items():
        d = getattr(n, who)
        d.s.drafting.edit(people[who], art.id, ArticleFields(body=_edit(para, words)))
    reports = [getattr(n, who).sync() for who in order]
    assert all(r.clean for r in reports)
    assert [bool(r.merged) for r in reports] == [False, True, True]
    for who in order:  # everyone pulls what came after them
        getattr(n, who).sync()
    final = n.room.services.drafting.get(art.id).body
    for _, words in typed.values():
        assert words in final
    for who in ("an", "thanh", "lan"):
        assert getattr(n, who).s.drafting.get(art.id).body == final
    # History shows the merges: revisions with two parents.
    with n.room.engine.connect() as conn:
        merges = conn.execute(select(func.count()).select_from(RevisionRow).where(
            RevisionRow.article_id == art.id, RevisionRow.merge_parent_id.is_not(None))).scalar()
    assert merges == 2


@pytest.mark.parametrize("order", list(itertools.permutations(["an", "thanh", "lan"])))
def test_overlapping_offline_edits_conflict_and_no_typed_word_is_lost(newsroom, order):
    n = newsroom
    art = _article(n)
    typed = {"an": "hơn 200 hộ dân", "thanh": "khoảng 150 hộ", "lan": "ít nhất 180 hộ"}
    people = {"an": n.cast.reporter, "thanh": n.cast.editor, "lan": n.cast.editor2}
    for who, words in typed.items():  # all three change the same words
        body = BODY.replace("nhiều tuyến đường", words)
        getattr(n, who).s.drafting.edit(people[who], art.id, ArticleFields(body=body))
    reports = [getattr(n, who).sync() for who in order]
    assert reports[0].clean
    assert reports[1].conflicts == [art.id]
    # The article is in conflict until someone resolves it; the third version is kept
    # on the server beside the two heads, in its history.
    assert reports[2].conflicts == [art.id]
    assert not reports[2].rejected
    words = _server_words(n, art.id)
    for who in order:  # every word typed on the three laptops is on the server
        assert all(words[w] for w in typed[who].split()), who
    third = getattr(n, order[2])
    local = " ".join(Snapshot.from_json(s).body for s in _snapshots(third, art.id))
    assert typed[order[2]] in local
    first = getattr(n, order[0])
    first.sync()
    view = first.s.conflicts.view(art.id)
    assert view.merge is not None
    marked = view.merge.marked["body"]
    assert typed[order[0]] in marked
    assert typed[order[1]] in marked


def _snapshots(d, article_id):
    with d.room.engine.connect() as conn:
        return conn.execute(select(RevisionRow.snapshot)
                            .where(RevisionRow.article_id == article_id)).scalars().all()


def test_a_conflict_resolved_on_a_desktop_ends_on_the_server(newsroom):
    n = newsroom
    art = _article(n)
    n.an.s.drafting.edit(n.cast.reporter, art.id,
                         ArticleFields(body=BODY.replace("mưa lớn", "mưa rất lớn")))
    n.thanh.s.drafting.edit(n.cast.editor, art.id,
                            ArticleFields(body=BODY.replace("mưa lớn", "mưa to")))
    n.an.sync()
    assert n.thanh.sync().conflicts == [art.id]
    assert n.room.services.drafting.get(art.id).body == BODY.replace("mưa lớn", "mưa rất lớn")
    n.thanh.s.conflicts.resolve(n.cast.editor, art.id, take="mine")
    assert n.thanh.sync().clean
    got = n.room.services.drafting.get(art.id)
    assert got.body == BODY.replace("mưa lớn", "mưa to")
    with n.room.engine.connect() as conn:
        head = conn.execute(select(RevisionRow).where(RevisionRow.id == got.revision_id)).one()
        in_conflict = conn.execute(text("SELECT conflict_revision_id FROM articles "
                                        "WHERE id = :i"), {"i": art.id}).scalar()
    assert head.merge_parent_id is not None
    assert in_conflict is None
    n.an.sync()
    assert n.an.s.drafting.get(art.id).body == got.body


def test_the_same_push_replayed_is_stored_once(newsroom):
    n = newsroom
    art = _article(n)
    n.an.s.drafting.edit(n.cast.reporter, art.id, ArticleFields(body=_edit(0, "gió mạnh")))
    n.an.s.review.comment(n.cast.reporter, art.id, "Đã cập nhật số liệu.")
    n.an.sync()
    body = n.an.transport.pushed[-1]
    with n.room.engine.connect() as conn:
        before = conn.execute(select(func.count()).select_from(SyncLogRow)).scalar()
    first = n.server.push(n.cast.reporter, body)  # a retry after a lost answer
    again = n.server.push(n.cast.reporter, body)
    assert first == again
    assert [r["status"] for r in again["results"]] == ["accepted", "accepted"]
    with n.room.engine.connect() as conn:
        after = conn.execute(select(func.count()).select_from(SyncLogRow)).scalar()
        revs = conn.execute(select(func.count()).select_from(RevisionRow)
                            .where(RevisionRow.article_id == art.id)).scalar()
    assert after == before
    assert revs == 2
    assert len(n.room.services.review.comments(art.id)) == 1


def test_an_approval_of_a_revision_that_is_no_longer_the_head_is_refused(newsroom):
    n = newsroom
    art = _article(n)
    n.an.s.review.submit(n.cast.reporter, art.id)
    n.an.sync()
    n.thanh.sync()
    n.thanh.s.review.start_review(n.cast.editor, art.id)
    n.thanh.sync()
    n.lan.sync()
    # Lan edits (an editor may, in review) while Thành approves the text he read, offline.
    n.lan.s.drafting.edit(n.cast.editor2, art.id, ArticleFields(body=_edit(1, "kịp thời")))
    n.thanh.s.review.approve(n.cast.editor, art.id)
    assert n.lan.sync().clean
    report = n.thanh.sync()
    assert len(report.rejected) == 1
    assert "version 1" in report.rejected[0].reason
    assert "version 2" in report.rejected[0].reason
    got = n.room.services.drafting.get(art.id)
    assert got.status is Status.IN_REVIEW
    assert got.approved_by is None
    # Thành's desktop shows the server's truth again: not approved, the new text.
    mine = n.thanh.s.drafting.get(art.id)
    assert (mine.status, mine.body) == (Status.IN_REVIEW, got.body)


def test_a_tampered_desktop_cannot_get_an_approval_accepted(newsroom, tmp_path):
    n = newsroom
    art = _article(n)
    n.an.s.review.submit(n.cast.reporter, art.id)
    n.an.sync()
    n.thanh.sync()
    n.thanh.s.review.start_review(n.cast.editor, art.id)
    n.thanh.sync()
    # Dũng, a reporter, edits his own store by hand: he is an editor now, and he forges
    # an approval of An's article into his outbox.
    dung = n.make("dung", n.cast.reporter2)
    with dung.room.engine.begin() as conn:
        conn.execute(text("UPDATE people SET role = 'editor' WHERE id = :i"),
                     {"i": n.cast.reporter2.id})
    head = n.room.services.drafting.get(art.id).revision_id
    with dung.room.engine.begin() as conn:
        conn.execute(OutboxRow.__table__.insert().values(
            change_id="6f1c1f8e-2b1a-4a55-9d0e-3f4b8e0c9a11", kind="action", article_id=art.id,
            payload={"action": "approve", "revision_id": head, "note": ""}, state="pending",
            reason="", created_at=n.room.services.drafting.get(art.id).updated_at))
    report = dung.sync()
    assert len(report.rejected) == 1
    assert "reporter" in report.rejected[0].reason.lower()
    got = n.room.services.drafting.get(art.id)
    assert (got.status, got.approved_by) == (Status.IN_REVIEW, None)
    # The pull put his role back as the server has it.
    assert dung.s.people.by_login("dung").role.value == "reporter"


def test_a_reporter_pulls_own_articles_and_only_published_ones_of_others(newsroom):
    n = newsroom
    art = _article(n)
    dung = n.make("dung", n.cast.reporter2)
    with pytest.raises(DomainError):  # An's draft never reached Dũng's desktop
        dung.s.drafting.get(art.id)
    n.an.s.review.submit(n.cast.reporter, art.id)
    n.an.sync()
    n.thanh.sync()
    n.thanh.s.review.start_review(n.cast.editor, art.id)
    n.thanh.s.review.approve(n.cast.editor, art.id)
    assert n.thanh.sync().clean
    dung.sync()
    seen = dung.s.drafting.get(art.id)
    assert (seen.status, seen.body) == (Status.APPROVED, BODY)
    with dung.room.engine.connect() as conn:  # the current text, not its history
        revs = conn.execute(select(RevisionRow.id, RevisionRow.parent_id)
                            .where(RevisionRow.article_id == art.id)).all()
    assert revs == [(seen.revision_id, None)]
    assert dung.room.backup.check() == []  # no broken chain on his desktop either


def test_an_article_unpublished_leaves_the_other_reporters_desktop(newsroom):
    """Withdrawn after publication: Dũng's related lists must not keep offering it."""
    n = newsroom
    art = _article(n)
    other = _article(n, body="Một bài khác.\n")
    dung = n.make("dung", n.cast.reporter2)
    for a in (art, other):
        n.an.s.review.submit(n.cast.reporter, a.id)
    n.an.sync()
    n.thanh.sync()
    for a in (art, other):
        n.thanh.s.review.start_review(n.cast.editor, a.id)
        n.thanh.s.review.approve(n.cast.editor, a.id)
    assert n.thanh.sync().clean
    dung.sync()
    assert dung.s.drafting.get(art.id).status is Status.APPROVED
    assert [h.id for h in dung.s.search.search("Sơn Hà")] != []

    hoa = n.make("hoa", n.cast.staff)
    hoa.s.review.mark_exported(n.cast.staff, art.id)
    hoa.s.review.withdraw(n.cast.staff, art.id, "Sai số liệu")
    assert hoa.sync().clean
    dung.sync()
    with pytest.raises(DomainError):
        dung.s.drafting.get(art.id)
    assert art.id not in [h.id for h in dung.s.search.search("Sơn Hà")]
    assert dung.s.drafting.get(other.id).status is Status.APPROVED  # the rest stays
    assert dung.room.backup.check() == []
    # An, its author, and the editors keep it, withdrawn
    for d in (n.an, n.thanh):
        d.sync()
        assert d.s.drafting.get(art.id).status is Status.WITHDRAWN
    hoa.room.close()


def test_a_submission_follows_a_clean_merge_of_the_revision_it_named(newsroom):
    """Decided: only approve and export must name the head itself; other actions may
    follow a server merge of the revision they were taken on."""
    n = newsroom
    art = _article(n)
    n.thanh.s.drafting.edit(n.cast.editor, art.id, ArticleFields(body=_edit(2, "ngay lập tức")))
    n.an.s.drafting.edit(n.cast.reporter, art.id, ArticleFields(body=_edit(0, "và gió")))
    n.an.s.review.submit(n.cast.reporter, art.id)
    assert n.thanh.sync().clean
    report = n.an.sync()
    assert report.clean
    assert report.merged == [art.id]
    got = n.room.services.drafting.get(art.id)
    assert got.status is Status.SUBMITTED
    assert "và gió" in got.body
    assert "ngay lập tức" in got.body


def test_an_image_travels_once_by_its_hash_and_arrives_checked(newsroom):
    from tests.images import png

    n = newsroom
    data = png(3, 2)
    ref = n.an.s.media.add(n.cast.reporter, data)
    art = n.an.s.drafting.create(n.cast.reporter, ArticleFields(
        title="Ảnh lũ", body=BODY, category_id="Trong tỉnh", featured_sha256=ref.sha256,
        featured_caption="Nước lên"))
    assert n.an.sync().clean
    assert n.room.services.media.data(ref.sha256) == data
    n.an.s.drafting.edit(n.cast.reporter, art.id, ArticleFields(featured_caption="Nước rút"))
    n.an.sync()
    assert n.an.transport.uploads == [ref.sha256]  # once, though two pushes named it
    n.thanh.sync()
    assert n.thanh.s.media.data(ref.sha256) == data
    assert n.thanh.s.drafting.get(art.id).featured.caption == "Nước rút"
    with pytest.raises(DomainError):  # bytes that do not hash to the name are refused
        n.server.media_put(n.cast.reporter, "0" * 64, data)


def test_an_image_in_the_body_travels_with_its_caption_and_credit(newsroom):
    from tests.images import png

    n = newsroom
    data = png(4, 3)
    ref = n.an.s.media.add(n.cast.reporter, data)
    art = n.an.s.drafting.create(n.cast.reporter, ArticleFields(
        title="Ảnh lũ", body=BODY + f"\n![Nước lên](media/{ref.sha256}.png)\n",
        category_id="Trong tỉnh"))
    n.an.s.media.attach(n.cast.reporter, art.id, ref.sha256, caption="Nước lên ở Tân Lập",
                        credit="Ảnh: An")
    assert n.an.sync().clean
    n.thanh.sync()
    seen = n.thanh.s.drafting.get(art.id)
    assert [(m.sha256, m.caption, m.credit) for m in seen.media] == [
        (ref.sha256, "Nước lên ở Tân Lập", "Ảnh: An")]
    assert n.thanh.s.media.data(ref.sha256) == data
    # An editor corrects the caption; the reporter's desktop gets the correction
    n.thanh.s.media.attach(n.cast.editor, art.id, ref.sha256, caption="Nước lên ở xã Tân Lập",
                           credit="Ảnh: An")
    n.thanh.s.drafting.edit(n.cast.editor, art.id, ArticleFields(summary="Ngập nặng."))
    assert n.thanh.sync().clean
    n.an.sync()
    assert [m.caption for m in n.an.s.drafting.get(art.id).media] == ["Nước lên ở xã Tân Lập"]


def test_a_pushed_image_list_with_a_bad_hash_is_refused(newsroom):
    n = newsroom
    art = _article(n)
    n.an.s.drafting.edit(n.cast.reporter, art.id, ArticleFields(summary="Mới."))
    with n.an.room.engine.begin() as conn:
        change = conn.execute(select(OutboxRow.change_id, OutboxRow.payload)
                              .where(OutboxRow.state == "pending")).one()
    body = {"changes": [{"change_id": change.change_id, "kind": "revision",
                         "article_id": art.id, **change.payload,
                         "images": [{"sha256": "../../etc/passwd", "caption": "x"}]}]}
    result = n.server.push(n.cast.reporter, body)["results"][0]
    assert result["status"] == "rejected"
    assert "images.sha256" in result["reason"]


def test_an_answer_lost_on_the_way_back_is_retried_and_stored_once(newsroom):
    n = newsroom
    art = _article(n)
    n.an.s.drafting.edit(n.cast.reporter, art.id, ArticleFields(body=_edit(0, "và gió")))
    sent = n.an.transport.push

    def lost(body):
        sent(body)  # the server did the work...
        raise ConnectionError("connection reset")  # ...and the answer never came

    n.an.transport.push = lost
    with pytest.raises(ConnectionError):
        n.an.sync()
    assert n.an.client.waiting() == 1  # kept for the next sync
    n.an.transport.push = sent
    assert n.an.sync().clean
    assert n.an.client.waiting() == 0
    with n.room.engine.connect() as conn:
        revs = conn.execute(select(func.count()).select_from(RevisionRow)
                            .where(RevisionRow.article_id == art.id)).scalar()
    assert revs == 2
    assert n.an.s.drafting.get(art.id).body == n.room.services.drafting.get(art.id).body


def test_a_desktop_set_up_alone_joins_the_newsroom_as_the_server_s_person(newsroom, tmp_path,
                                                                          sqlite_templates):
    """The welcome dialog made "an" here (another id, a password typed here); An wrote
    two drafts, then connected: An is the newsroom's An, with the password known here."""
    import shutil

    from editor_app.app import open_newsroom
    from editor_app.paths import DB_FILE, resolve
    from editor_app.store import sync_capture
    from editor_app.store.models import AuditRow, CredentialRow, PersonRow
    from tests.services.sync_helpers import Desktop

    n = newsroom
    folder = tmp_path / "alone"
    folder.mkdir()
    shutil.copyfile(sqlite_templates["empty"], folder / DB_FILE)
    room = open_newsroom(resolve(folder))
    admin = room.services.people.add("chu", "Chủ máy", "admin", password="mật khẩu quản trị")
    me = room.services.people.add("an", "An (máy nhà)", "editor", actor=admin,
                                  password="mật khẩu của An")
    assert me.id != n.cast.reporter.id
    drafts = [room.services.drafting.create(me, ArticleFields(
        title=f"Bài viết ở nhà {i}", body=f"Nội dung {i}.\n")) for i in (1, 2)]
    room.services.drafting.edit(me, drafts[0].id, ArticleFields(body="Nội dung đã sửa.\n"))
    room.services.review.comment(me, drafts[1].id, "Ghi chú cho mình.")

    sync_capture.set_mode(room.engine, sync_capture.CLIENT)  # connected, as the server's An
    d = Desktop(room, n.cast.reporter, n.server)
    report = d.sync()
    assert report.clean
    assert not report.rejected

    for art in drafts:
        on_server = n.room.services.drafting.get(art.id)
        assert on_server.author_id == n.cast.reporter.id
    assert n.room.services.drafting.get(drafts[0].id).body == "Nội dung đã sửa.\n"
    with room.engine.connect() as conn:
        ans = conn.execute(select(PersonRow.id, PersonRow.role, PersonRow.name)
                           .where(PersonRow.login == "an")).all()
        assert ans == [(n.cast.reporter.id, "reporter", "Nguyễn Văn An")]
        assert conn.execute(select(func.count()).select_from(PersonRow)
                            .where(PersonRow.id == me.id)).scalar() == 0
        assert conn.execute(select(CredentialRow.person_id)).scalars().all().count(
            n.cast.reporter.id) == 1
        assert conn.execute(select(func.count()).select_from(AuditRow)
                            .where(AuditRow.subject_id == me.id)).scalar() == 0
    # The local admin the server does not know stays as they were.
    assert room.services.people.by_login("chu").id == admin.id
    assert room.services.people.by_login("chu").role.value == "admin"
    # An still signs in on this desktop with the password typed here.
    assert room.services.auth.authenticate("an", "mật khẩu của An").id == n.cast.reporter.id
    local = room.services.drafting.get(drafts[0].id)
    assert local.author_id == n.cast.reporter.id
    assert room.backup.check() == []
    assert d.sync().clean
    assert d.client.waiting() == 0
    room.close()


def test_a_person_moved_onto_an_id_the_desktop_knows_leaves_no_duplicate_key(room, cast):
    """The server gave login "an" to a person this desktop knows as "dung": rows keyed
    by person (an article listing both, two passwords) end up once, the local password
    of "an" kept."""
    from editor_app.services import sync_people, sync_wire
    from editor_app.store.models import ArticleAuthorRow, CredentialRow, PersonRow
    from editor_app.store.uow import UnitOfWorkFactory

    people = room.services.people
    people.add("tam", "Tâm", "editor", password="mật khẩu của Tâm")
    tam = people.by_login("tam")
    an = people.add("an2", "An", "reporter", password="mật khẩu của An", actor=None)
    dung = people.add("dung2", "Dũng", "reporter", password="mật khẩu của Dũng")
    art = room.services.drafting.create(tam, ArticleFields(
        title="Hai người viết", body="Nội dung.\n", author_ids=(an.id, dung.id)))
    uow = UnitOfWorkFactory(room.engine)
    with uow(write=True) as u:
        server_person = {**sync_wire.person(u.people.get(dung.id)), "login": "an2",
                         "role": "editor"}
        assert sync_people.adopt(u, server_person)
        u.people.get(dung.id).login = "an2"  # as the pull's copy then writes it
        u.commit()
    with room.engine.connect() as conn:
        assert conn.execute(select(PersonRow.id).where(PersonRow.login == "an2")).all() == [
            (dung.id,)]
        assert conn.execute(select(ArticleAuthorRow.person_id).where(
            ArticleAuthorRow.article_id == art.id)).scalars().all() == [dung.id]
        assert conn.execute(select(func.count()).select_from(CredentialRow).where(
            CredentialRow.person_id == dung.id)).scalar() == 1
    assert room.services.auth.authenticate("an2", "mật khẩu của An").id == dung.id
    assert room.backup.check() == []


def test_a_desktop_set_up_alone_files_its_drafts_under_the_newsroom_s_categories(
        newsroom, tmp_path, sqlite_templates):
    """Made here: "Trong tỉnh" (the server has one, under another id) and "Tin nhanh" (the
    server has none), a draft under each; connected, both drafts reach the server, the
    first under the server's "Trong tỉnh", the second without a category, and the desktop
    keeps one "Trong tỉnh", the server's."""
    import shutil

    from editor_app.app import open_newsroom
    from editor_app.paths import DB_FILE, resolve
    from editor_app.store import sync_capture
    from editor_app.store.models import CategoryRow
    from tests.services.sync_helpers import Desktop

    n = newsroom
    folder = tmp_path / "alone"
    folder.mkdir()
    shutil.copyfile(sqlite_templates["empty"], folder / DB_FILE)
    room = open_newsroom(resolve(folder))
    admin = room.services.people.add("chu", "Chủ máy", "admin", password="mật khẩu quản trị")
    me = room.services.people.add("an", "An (máy nhà)", "reporter", actor=admin,
                                  password="mật khẩu của An")
    local = room.services.taxonomy.add("trong tỉnh")  # as typed here: another case
    quick = room.services.taxonomy.add("Tin nhanh")
    room.services.taxonomy.add("Huyện", "trong tỉnh")  # a local child moves too
    assert local.id != n.cast.local.id
    filed = room.services.drafting.create(me, ArticleFields(
        title="Lũ ở Sơn Hà", body="Nước lên nhanh.\n", category_id=local.id))
    room.services.drafting.edit(me, filed.id, ArticleFields(body="Nước lên rất nhanh.\n"))
    fast = room.services.drafting.create(me, ArticleFields(
        title="Tin nhanh buổi sáng", body="Ba tin ngắn.\n", category_id=quick.id))

    sync_capture.set_mode(room.engine, sync_capture.CLIENT)
    d = Desktop(room, n.cast.reporter, n.server)
    report = d.sync()
    assert report.clean
    assert report.uncategorised == [(fast.id, "Tin nhanh")]

    on_server = n.room.services.drafting.get(filed.id)
    assert (on_server.category_id, on_server.body) == (n.cast.local.id, "Nước lên rất nhanh.\n")
    assert n.room.services.drafting.get(fast.id).category_id is None
    assert n.room.services.drafting.get(fast.id).body == "Ba tin ngắn.\n"
    with room.engine.connect() as conn:
        rows = conn.execute(select(CategoryRow.id, CategoryRow.name, CategoryRow.parent_id)
                            .where(func.lower(CategoryRow.slug) == "trong-tinh")).all()
        assert rows == [(n.cast.local.id, "Trong tỉnh", n.cast.news.id)]
        assert conn.execute(select(func.count()).select_from(CategoryRow)
                            .where(CategoryRow.id == local.id)).scalar() == 0
        snaps = conn.execute(select(RevisionRow.snapshot)
                             .where(RevisionRow.article_id == filed.id)).scalars().all()
        assert {s["category_id"] for s in snaps} == {n.cast.local.id}
    # The desktop shows what the server has; "Tin nhanh" and the child stay on this desktop.
    assert room.services.drafting.get(filed.id).category_id == n.cast.local.id
    assert room.services.drafting.get(fast.id).category_id is None
    assert room.services.taxonomy.resolve("Tin nhanh").id == quick.id
    assert room.services.taxonomy.resolve("Huyện").path.startswith("Thời sự")
    assert room.backup.check() == []
    again = d.sync()
    assert again.clean
    assert again.uncategorised == []
    assert d.client.waiting() == 0
    room.close()


def test_an_article_moved_to_a_category_only_this_desktop_has_keeps_the_server_s_filing(
        newsroom):
    """A category added on a connected desktop is not the newsroom's: an edit that files an
    article there reaches the server with its words, under the category it had there."""
    n = newsroom
    art = _article(n)
    quick = n.an.s.taxonomy.add("Tin nhanh")
    n.an.s.drafting.edit(n.cast.reporter, art.id, ArticleFields(
        body=_edit(0, "trong đêm"), category_id=quick.id))
    report = n.an.sync()
    assert report.clean
    assert report.uncategorised == [(art.id, "Tin nhanh")]
    on_server = n.room.services.drafting.get(art.id)
    assert (on_server.category_id, on_server.body) == (n.cast.local.id, _edit(0, "trong đêm"))
    assert n.an.s.drafting.get(art.id).category_id == n.cast.local.id  # as the server has it
    assert n.an.sync().uncategorised == []
    assert n.an.room.backup.check() == []


def test_a_local_category_taken_over_by_the_server_s_leaves_nothing_behind(room, cast):
    """Every mention of the local id (articles, a child, the portal's section path, the
    audit) names the server's category; two of the server's own categories never merge."""
    import uuid

    from editor_app.services import sync_categories, sync_wire
    from editor_app.store.models import AuditRow, CategoryRow
    from editor_app.store.uow import UnitOfWorkFactory

    s = room.services
    quick = s.taxonomy.add("Tin nhanh")
    child = s.taxonomy.add("Sáng", "Tin nhanh")
    s.portal.set(None, sections={"Tin nhanh": "/tin-nhanh"})
    art = s.drafting.create(cast.reporter, ArticleFields(
        title="Ba tin ngắn", body="Nội dung.\n", category_id=quick.id))
    new_id = str(uuid.uuid4())
    server = {"id": new_id, "name": "TIN NHANH", "slug": "tin-moi", "parent_id": None,
              "position": 9, "retired_at": None}
    uow = UnitOfWorkFactory(room.engine)
    with uow(write=True) as u:
        theirs = [sync_wire.category(c) for c in u.categories.list() if c.id in
                  {cast.news.id, cast.local.id, cast.economy.id}]
        # The server renamed "Kinh tế" to a name one of its other categories had: not a merge.
        renamed = [{**c, "name": "Thời sự"} if c["id"] == cast.economy.id else c
                   for c in theirs]
        assert sync_categories.adopt(u, renamed[-1], [c["id"] for c in renamed]) == 0
        assert sync_categories.adopt_all(u, [*theirs, server]) == 1
        u.commit()
    with room.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(CategoryRow)
                            .where(CategoryRow.id == quick.id)).scalar() == 0
        assert conn.execute(select(CategoryRow.parent_id)
                            .where(CategoryRow.id == child.id)).scalar() == new_id
        assert conn.execute(select(func.count()).select_from(AuditRow)
                            .where(AuditRow.subject_id == quick.id)).scalar() == 0
        snaps = conn.execute(select(RevisionRow.snapshot)
                             .where(RevisionRow.article_id == art.id)).scalars().all()
        assert {sn["category_id"] for sn in snaps} == {new_id}
    assert s.drafting.get(art.id).category_id == new_id
    assert s.portal.get().sections == {"TIN NHANH": "/tin-nhanh"}
    assert len(s.taxonomy.list()) == 5
    assert room.backup.check() == []
