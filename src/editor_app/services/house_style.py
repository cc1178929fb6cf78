"""The newsroom's house style: its term list and its tone-mark style (issue 16).

Both live in the store, so every desktop of the newsroom checks against the same list
(and the server will sync them). Staff and admins change them; each change is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from editor_app.domain import i18n
from editor_app.domain.errors import InvalidInput, NotFound
from editor_app.domain.house_style import Term, ToneStyle
from editor_app.domain.workflow import Action, authorize
from editor_app.services.auth import audit
from editor_app.services.common import acting, clean, new_id, now

if TYPE_CHECKING:
    from editor_app.domain.entities import Person
    from editor_app.services.common import UowFactory
    from editor_app.store.models import HouseTermRow
    from editor_app.store.uow import UnitOfWork

TONE_STYLE = "tone_style"


@dataclass(frozen=True)
class HouseStyle:
    """What a desktop needs to check an article: read once, used for every keystroke."""

    tone: ToneStyle | None  # None: the newsroom has not chosen; tone placement is not checked
    terms: tuple[Term, ...]


class HouseStyleService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def get(self) -> HouseStyle:
        # The store's modules load only when a store is used: the window paints first.
        from sqlalchemy import select

        from editor_app.store.models import HouseTermRow, NewsroomSettingRow

        with self._uow() as uow:
            rows = uow.session.scalars(select(HouseTermRow).order_by(
                HouseTermRow.position, HouseTermRow.canonical))
            terms = tuple(Term(r.canonical, tuple(r.variants.get("forms", ())), r.before_name)
                          for r in rows)
            setting = uow.session.get(NewsroomSettingRow, TONE_STYLE)
            return HouseStyle(ToneStyle(setting.value) if setting else None, terms)

    def set_tone(self, actor: Person | None, style: ToneStyle | None) -> None:
        """Choose the house tone style; None: do not check tone placement."""
        from editor_app.store.models import NewsroomSettingRow

        with self._uow(write=True) as uow:
            _authorize(uow, actor)
            row = uow.session.get(NewsroomSettingRow, TONE_STYLE)
            if style is None:
                if row is not None:
                    uow.session.delete(row)
            elif row is None:
                uow.session.add(NewsroomSettingRow(key=TONE_STYLE, value=style.value,
                                                   updated_at=now(), updated_by_id=_id(actor)))
            else:
                row.value, row.updated_at, row.updated_by_id = style.value, now(), _id(actor)
            audit(uow, actor, "tone_style_set", "setting", TONE_STYLE,
                  style.value if style else "none")
            uow.commit()

    def add_term(self, actor: Person | None, canonical: str, variants: list[str] | None = None,
                 *, before_name: bool = False) -> Term:
        canonical = clean("name", canonical, required=True)
        forms = [f for f in (clean("name", v) for v in variants or ()) if f and f != canonical]
        from sqlalchemy import func, select

        from editor_app.store.models import HouseTermRow

        with self._uow(write=True) as uow:
            _authorize(uow, actor)
            if _by_canonical(uow, canonical) is not None:
                raise InvalidInput(i18n.tr("duplicate", what=i18n.tr("style.term"),
                                           key=canonical))
            last = uow.session.scalar(select(func.max(HouseTermRow.position))) or 0
            uow.session.add(HouseTermRow(id=new_id(), canonical=canonical,
                                         variants={"forms": forms}, before_name=before_name,
                                         position=last + 1))
            audit(uow, actor, "term_added", "term", canonical, ", ".join(forms))
            uow.commit()
        return Term(canonical, tuple(forms), before_name)

    def remove_term(self, actor: Person | None, canonical: str) -> None:
        with self._uow(write=True) as uow:
            _authorize(uow, actor)
            row = _by_canonical(uow, clean("name", canonical, required=True))
            if row is None:
                raise NotFound(i18n.tr("not_found", what=i18n.tr("style.term"), key=canonical))
            uow.session.delete(row)
            audit(uow, actor, "term_removed", "term", row.canonical)
            uow.commit()


def _by_canonical(uow: UnitOfWork, canonical: str) -> HouseTermRow | None:
    from sqlalchemy import select

    from editor_app.store.models import HouseTermRow

    return uow.session.scalar(select(HouseTermRow).where(HouseTermRow.canonical == canonical))


def _authorize(uow: UnitOfWork, actor: Person | None) -> None:
    if actor is not None:  # None: the console administrator
        authorize(Action.MANAGE_STYLE, acting(uow, actor).actor)


def _id(actor: Person | None) -> str | None:
    return actor.id if actor is not None else None
