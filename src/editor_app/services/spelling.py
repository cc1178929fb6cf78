"""The newsroom's spelling dictionary: the words it accepts beyond hunspell-vi (issue 16).

The words live in the store, so every desktop of the newsroom accepts the same names and
loanwords (and the server will sync them). Anyone signed in may add a word (whoever
writes meets new names first); only editors and staff remove one, since that overrules
a colleague. Each change is audited.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from editor_app.domain import i18n
from editor_app.domain.errors import InvalidInput, NotFound
from editor_app.domain.workflow import Action, authorize
from editor_app.services.auth import audit
from editor_app.services.common import acting, clean, now

if TYPE_CHECKING:
    from editor_app.domain.entities import Person
    from editor_app.services.common import UowFactory
    from editor_app.store.uow import UnitOfWork

_ONE_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


class SpellingService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def words(self) -> tuple[str, ...]:
        """The newsroom's words, sorted."""
        from sqlalchemy import select

        from editor_app.store.models import SpellWordRow

        with self._uow() as uow:
            return tuple(uow.session.scalars(select(SpellWordRow.word).order_by(
                SpellWordRow.word)))

    def add(self, actor: Person | None, word: str) -> str:
        """Accept *word* from now on (as written: "Facebook" is not "facebook")."""
        from editor_app.store.models import SpellWordRow

        word = _word(word)
        with self._uow(write=True) as uow:
            _authorize(uow, actor, Action.ADD_WORD)
            if uow.session.get(SpellWordRow, word) is None:  # twice is no error
                uow.session.add(SpellWordRow(word=word, added_at=now(),
                                             added_by_id=actor.id if actor else None))
                audit(uow, actor, "spell_word_added", "spell_word", word)
                uow.commit()
        return word

    def remove(self, actor: Person | None, word: str) -> None:
        from editor_app.store.models import SpellWordRow

        word = _word(word)
        with self._uow(write=True) as uow:
            _authorize(uow, actor, Action.REMOVE_WORD)
            row = uow.session.get(SpellWordRow, word)
            if row is None:
                raise NotFound(i18n.tr("not_found", what=i18n.tr("spell.word"), key=word))
            uow.session.delete(row)
            audit(uow, actor, "spell_word_removed", "spell_word", word)
            uow.commit()


def _word(word: str) -> str:
    word = clean("name", word, required=True)
    if not _ONE_WORD.fullmatch(word):
        raise InvalidInput(i18n.tr("spell.not_a_word", word=word))
    return word


def _authorize(uow: UnitOfWork, actor: Person | None, action: Action) -> None:
    if actor is not None:  # None: the console administrator
        authorize(action, acting(uow, actor).actor)
