"""The house style in the store: seeded term list, tone style, who may change them."""

import pytest

from editor_app.domain.errors import InvalidInput, NotFound, PermissionDenied
from editor_app.domain.house_style import SEED_TERMS, ToneStyle


def audit_actions(room, kind, subject_id):
    with room.services.auth._uow() as uow:
        return [(r.action, r.actor_id, r.detail) for r in uow.audit.for_subject(kind, subject_id)]


def test_a_new_store_has_the_seed_terms_and_no_tone_style(room):
    style = room.services.house_style.get()
    assert style.tone is None
    assert [t.canonical for t in style.terms] == [t.canonical for t in SEED_TERMS]
    ubnd = next(t for t in style.terms if t.canonical == "UBND tỉnh")
    assert "UB tỉnh" in ubnd.variants
    assert next(t for t in style.terms if t.canonical == "Đại tá").before_name


def test_staff_set_the_tone_style_and_it_is_audited(room, cast):
    hs = room.services.house_style
    hs.set_tone(cast.staff, ToneStyle.NEW)
    assert hs.get().tone is ToneStyle.NEW
    hs.set_tone(cast.admin, ToneStyle.OLD)
    assert hs.get().tone is ToneStyle.OLD
    hs.set_tone(cast.staff, None)
    assert hs.get().tone is None
    rows = audit_actions(room, "setting", "tone_style")
    assert [(a, d) for a, _, d in rows] == [("tone_style_set", "new"), ("tone_style_set", "old"),
                                            ("tone_style_set", "none")]
    assert [actor for _, actor, _ in rows] == [cast.staff.id, cast.admin.id, cast.staff.id]


def test_staff_add_and_remove_terms(room, cast):
    hs = room.services.house_style
    term = hs.add_term(cast.staff, "Khu kinh te\u0302\u0301 Đông Nam", ["KKT Đông Nam", ""])
    assert term.canonical == "Khu kinh tế Đông Nam"  # NFC on the way in
    assert hs.get().terms[-1] == term
    with pytest.raises(InvalidInput, match="Khu kinh tế Đông Nam"):
        hs.add_term(cast.staff, "Khu kinh tế Đông Nam")
    hs.remove_term(cast.staff, "Khu kinh tế Đông Nam")
    assert term not in hs.get().terms
    with pytest.raises(NotFound):
        hs.remove_term(cast.staff, "Khu kinh tế Đông Nam")
    assert [a for a, _, _ in audit_actions(room, "term", "Khu kinh tế Đông Nam")] == [
        "term_added", "term_removed"]


def test_reporters_and_editors_may_not_change_the_house_style(room, cast):
    hs = room.services.house_style
    for who in (cast.reporter, cast.editor):
        with pytest.raises(PermissionDenied):
            hs.set_tone(who, ToneStyle.NEW)
        with pytest.raises(PermissionDenied):
            hs.add_term(who, "Sở Y tế")
        with pytest.raises(PermissionDenied):
            hs.remove_term(who, "Tỉnh ủy")
    assert hs.get().tone is None
    assert len(hs.get().terms) == len(SEED_TERMS)
