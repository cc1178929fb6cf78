"""Administration services: people and the category tree, with their audit rows."""

import pytest

from editor_app.domain.errors import InvalidInput, InvalidState, PermissionDenied
from editor_app.domain.workflow import Role
from tests.conftest import draft


def audit_actions(room, kind, subject_id):
    with room.services.auth._uow() as uow:
        return [(r.action, r.actor_id, r.detail) for r in uow.audit.for_subject(kind, subject_id)]


def test_people_changes_are_audited_and_never_mention_the_password(room, cast):
    p = room.services.people
    person = p.add("minh", "Hà Văn Minh", "reporter", actor=cast.admin, password="bí mật lắm nhé")
    p.set_role(cast.admin, "minh", Role.EDITOR)
    p.update(cast.admin, "minh", department="Phòng Thời sự")
    p.disable(cast.admin, "minh")
    p.enable(cast.admin, "minh")
    room.services.auth.set_password(cast.admin, "minh", "bí mật mới toanh")
    rows = audit_actions(room, "person", person.id)
    assert [a for a, _, _ in rows] == ["person_added", "role_changed", "person_updated",
                                       "disabled", "enabled", "password_reset"]
    assert {actor for _, actor, _ in rows} == {cast.admin.id}
    assert not any("bí mật" in d or "argon2" in d for _, _, d in rows)


def test_only_admins_manage_people(room, cast):
    for who in (cast.reporter, cast.editor, cast.staff):
        with pytest.raises(PermissionDenied):
            room.services.people.disable(who, "dung")
        with pytest.raises(PermissionDenied):
            room.services.people.set_role(who, "dung", "editor")
    assert room.services.people.by_login("dung").active


def test_the_last_active_admin_cannot_be_disabled_or_demoted(room, cast):
    p = room.services.people
    with pytest.raises(InvalidInput, match="last active administrator"):
        p.disable(cast.admin, "quan")
    with pytest.raises(InvalidInput, match="last active administrator"):
        p.set_role(None, "quan", "staff")
    p.add("tam", "Ngô Thị Tâm", "admin")
    p.disable(None, "quan")
    assert not p.by_login("quan").active


def test_people_list_includes_disabled_unless_asked(room, cast):
    room.services.people.disable(None, "dung")
    logins = {p.login for p in room.services.people.list()}
    active = {p.login for p in room.services.people.list(include_disabled=False)}
    assert "dung" in logins
    assert "dung" not in active


def test_rename_and_move_keep_articles_and_write_audit_rows(room, cast):
    t = room.services.taxonomy
    art = draft(room, cast.reporter)  # in "Trong tỉnh" under "Thời sự"
    renamed = t.rename(cast.staff, "Trong tỉnh", "Địa phương")
    assert (renamed.name, renamed.slug) == ("Địa phương", "dia-phuong")
    moved = t.move(cast.staff, "Địa phương", "Kinh tế")
    assert moved.path == "Kinh tế / Địa phương"
    got = room.services.drafting.get(art.id)
    assert got.category_path == "Kinh tế / Địa phương"
    assert [a.id for a in room.services.drafting.summaries(category="Kinh tế")] == [art.id]
    rows = audit_actions(room, "category", renamed.id)
    assert [(a, d) for a, _, d in rows] == [("category_added", "Trong tỉnh"),
                                            ("category_renamed", "Trong tỉnh → Địa phương"),
                                            ("category_moved", "Thời sự → Kinh tế")]


def test_a_category_cannot_move_under_itself(room, cast):
    with pytest.raises(InvalidInput, match="under itself"):
        room.services.taxonomy.move(cast.staff, "Thời sự", "Trong tỉnh")


def test_retired_category_keeps_its_articles_but_takes_no_new_one(room, cast):
    t = room.services.taxonomy
    art = draft(room, cast.reporter, "Tin cũ trong tỉnh")
    retired = t.retire(cast.staff, "Thời sự")
    assert {c.name for c in retired} == {"Thời sự", "Trong tỉnh"}  # the subtree too
    assert room.services.drafting.get(art.id).category_name == "Trong tỉnh"
    assert [h.id for h in room.services.search.search("tin cu")] == [art.id]
    assert "Trong tỉnh" not in {c.name for c in t.list(include_retired=False)}
    assert {c.name for c in t.list() if c.retired} == {"Thời sự", "Trong tỉnh"}
    with pytest.raises(InvalidState, match="retired"):
        draft(room, cast.reporter, "Tin mới")
    with pytest.raises(InvalidState, match="retired"):
        t.add("Con mới", "Thời sự", actor=cast.staff)
    # The article already there can still be edited, category and all.
    from editor_app.domain.entities import ArticleFields

    edited = room.services.drafting.edit(cast.reporter, art.id, ArticleFields(
        body="Sửa\n", category_id="Trong tỉnh"))
    assert edited.category_name == "Trong tỉnh"
    t.restore(cast.staff, "Thời sự")
    assert draft(room, cast.reporter, "Tin mới").category_name == "Trong tỉnh"


def test_only_staff_and_admins_manage_categories(room, cast):
    for who in (cast.reporter, cast.editor):
        with pytest.raises(PermissionDenied):
            room.services.taxonomy.rename(who, "Kinh tế", "Kinh tế – Xã hội")
        with pytest.raises(PermissionDenied):
            room.services.taxonomy.retire(who, "Kinh tế")
    room.services.taxonomy.retire(cast.admin, "Kinh tế")
