"""The newsroom's spelling dictionary in the store: anyone adds, editors and staff remove."""

import pytest

from editor_app.domain.errors import InvalidInput, NotFound, PermissionDenied


def test_anyone_signed_in_adds_a_word_and_it_is_kept_nfc(room, cast):
    sp = room.services.spelling
    assert sp.words() == ()
    assert sp.add(cast.reporter, "Pha\u0300ng") == "Phàng"  # NFC on the way in
    sp.add(cast.reporter, "Phàng")  # twice: still one
    sp.add(cast.staff, "Zalo")
    assert sp.words() == ("Phàng", "Zalo")
    with room.services.auth._uow() as uow:
        rows = uow.audit.for_subject("spell_word", "Phàng")
        assert [(r.action, r.actor_id) for r in rows] == [("spell_word_added", cast.reporter.id)]


def test_only_editors_and_staff_remove_words(room, cast):
    sp = room.services.spelling
    sp.add(cast.reporter, "Zalo")
    with pytest.raises(PermissionDenied):
        sp.remove(cast.reporter, "Zalo")
    sp.remove(cast.editor, "Zalo")
    assert sp.words() == ()
    with pytest.raises(NotFound):
        sp.remove(cast.staff, "Zalo")


@pytest.mark.parametrize("bad", ["", "hai từ", "COVID-19", "a_b"])
def test_only_single_words_go_in(room, cast, bad):
    with pytest.raises(InvalidInput):
        room.services.spelling.add(cast.reporter, bad)
