"""The category tree of the portal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor_app.domain import i18n
from editor_app.domain.errors import InvalidInput, NotFound
from editor_app.domain.text import fold, slugify
from editor_app.domain.workflow import Action, authorize
from editor_app.services.common import acting, category_paths, clean, new_id

if TYPE_CHECKING:
    from editor_app.domain.entities import Category, Person
    from editor_app.services.common import UowFactory
    from editor_app.store.uow import UnitOfWork


class TaxonomyService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def add(self, name: str, parent: str | None = None, *, actor: Person | None = None) -> Category:
        """Add a category under *parent* (a name). ``actor=None``: the console administrator."""
        name = clean("name", name, required=True)
        with self._uow(write=True) as uow:
            if actor is not None:
                authorize(Action.MANAGE_CATEGORIES, acting(uow, actor).actor)
            if uow.categories.by_name(name) is not None:
                raise InvalidInput(i18n.tr("duplicate", what=i18n.tr("category"), key=name))
            parent_id = resolve_category(uow, parent).id if parent else None
            slug = base = slugify(name, fallback="chuyen-muc")
            n = 2
            while uow.categories.by_slug(slug) is not None:
                slug, n = f"{base}-{n}", n + 1
            from editor_app.store.models import CategoryRow

            row = CategoryRow(id=new_id(), name=name, slug=slug, parent_id=parent_id,
                              position=len(uow.categories.list()))
            uow.categories.add(row)
            uow.commit()
            return category_paths(uow.categories.list())[row.id]

    def list(self) -> list[Category]:
        """Every category, in tree order (parents before their children)."""
        with self._uow() as uow:
            cats = category_paths(uow.categories.list())
        children: dict[str | None, list[Category]] = {}
        for c in cats.values():
            children.setdefault(c.parent_id if c.parent_id in cats else None, []).append(c)
        ordered: list[Category] = []

        def walk(parent: str | None) -> None:
            for c in children.get(parent, []):
                ordered.append(c)
                walk(c.id)

        walk(None)
        return ordered

    def resolve(self, name_or_id: str) -> Category:
        with self._uow() as uow:
            row = resolve_category(uow, name_or_id)
            return category_paths(uow.categories.list())[row.id]


def resolve_category(uow: UnitOfWork, key: str) -> Category:
    """Find a category by id, exact name, slug, or folded name ("thoi su" → "Thời sự")."""
    rows = uow.categories.list()
    cats = category_paths(rows)
    if key in cats:
        return cats[key]
    for c in cats.values():
        if c.name == key or c.slug == key:
            return c
    folded = [c for c in cats.values() if fold(c.name) == fold(key)]
    if len(folded) == 1:
        return folded[0]
    raise NotFound(i18n.tr("not_found", what=i18n.tr("category"), key=key))


def with_descendants(uow: UnitOfWork, category_id: str) -> list[str]:
    """The category and every category below it: a parent's list shows its children's."""
    kids: dict[str | None, list[str]] = {}
    for r in uow.categories.list():
        kids.setdefault(r.parent_id, []).append(r.id)
    out, stack = [], [category_id]
    while stack:
        cid = stack.pop()
        if cid in out:
            continue
        out.append(cid)
        stack.extend(kids.get(cid, []))
    return out
