"""The category tree of the portal: add, rename, move, retire, restore.

Staff and admins manage it (the console too); each change writes an audit
row. A retired category keeps its articles (lists, search and exports still
show them) but is offered for no new article, and gets no new children.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor_app.domain import i18n
from editor_app.domain.errors import InvalidInput, InvalidState, NotFound
from editor_app.domain.text import fold, slugify
from editor_app.domain.workflow import Action, authorize
from editor_app.services.auth import audit
from editor_app.services.common import acting, category_paths, clean, new_id, now

if TYPE_CHECKING:
    from editor_app.domain.entities import Category, Person
    from editor_app.services.common import UowFactory
    from editor_app.store.models import CategoryRow
    from editor_app.store.uow import UnitOfWork

def _msg(key: str, **params: object) -> str:
    return i18n.tr(f"category.{key}", **params)


class TaxonomyService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def add(self, name: str, parent: str | None = None, *, actor: Person | None = None) -> Category:
        """Add a category under *parent* (a name). ``actor=None``: the console administrator."""
        name = clean("name", name, required=True)
        with self._uow(write=True) as uow:
            _authorize(uow, actor)
            if uow.categories.by_name(name) is not None:
                raise InvalidInput(i18n.tr("duplicate", what=i18n.tr("category"), key=name))
            parent_id = resolve_category(uow, parent, filing="").id if parent else None
            from editor_app.store.models import CategoryRow

            row = CategoryRow(id=new_id(), name=name, slug=_free_slug(uow, name),
                              parent_id=parent_id, position=len(uow.categories.list()))
            uow.categories.add(row)
            audit(uow, actor, "category_added", "category", row.id, name)
            uow.commit()
            return category_paths(uow.categories.list())[row.id]

    def rename(self, actor: Person | None, key: str, new_name: str) -> Category:
        """A new name (and slug); articles follow, since they point at the id."""
        new_name = clean("name", new_name, required=True)
        with self._uow(write=True) as uow:
            _authorize(uow, actor)
            row = _row(uow, key)
            if new_name != row.name:
                other = uow.categories.by_name(new_name)
                if other is not None and other.id != row.id:
                    raise InvalidInput(i18n.tr("duplicate", what=i18n.tr("category"),
                                               key=new_name))
                audit(uow, actor, "category_renamed", "category", row.id,
                      f"{row.name} → {new_name}")
                row.name, row.slug = new_name, _free_slug(uow, new_name, row.id)
                uow.session.flush()
            uow.commit()
            return category_paths(uow.categories.list())[row.id]

    def move(self, actor: Person | None, key: str, parent: str | None) -> Category:
        """Put a category (with its subtree) under *parent*, or at the top (None)."""
        with self._uow(write=True) as uow:
            _authorize(uow, actor)
            row = _row(uow, key)
            parent_id = resolve_category(uow, parent, filing="").id if parent else None
            if parent_id is not None and parent_id in with_descendants(uow, row.id):
                raise InvalidInput(_msg("cycle", name=row.name))
            if parent_id != row.parent_id:
                names = {c.id: c.name for c in uow.categories.list()}
                audit(uow, actor, "category_moved", "category", row.id,
                      f"{names.get(row.parent_id or '', '—')} → {names.get(parent_id or '', '—')}")
                row.parent_id = parent_id
                uow.session.flush()
            uow.commit()
            return category_paths(uow.categories.list())[row.id]

    def retire(self, actor: Person | None, key: str) -> list[Category]:
        """Retire a category and its subtree; every article keeps its category."""
        return self._set_retired(actor, key, retire=True)

    def restore(self, actor: Person | None, key: str) -> list[Category]:
        """Offer a retired category (and its subtree) again."""
        return self._set_retired(actor, key, retire=False)

    def _set_retired(self, actor: Person | None, key: str, *, retire: bool) -> list[Category]:
        with self._uow(write=True) as uow:
            _authorize(uow, actor)
            row = _row(uow, key)
            if not retire and row.parent_id:
                parent = uow.categories.get(row.parent_id)
                if parent is not None and parent.retired_at is not None:
                    raise InvalidState(_msg("retired", name=parent.name))
            at = now()
            changed = []
            for cid in with_descendants(uow, row.id):
                r = uow.categories.get(cid)
                if r is None or (r.retired_at is not None) == retire:
                    continue
                r.retired_at = at if retire else None
                changed.append(r.id)
                audit(uow, actor, "category_retired" if retire else "category_restored",
                      "category", r.id, r.name)
            uow.session.flush()
            uow.commit()
            cats = category_paths(uow.categories.list())
            return [cats[c] for c in changed]

    def list(self, *, include_retired: bool = True) -> list[Category]:
        """Every category, in tree order (parents before their children)."""
        with self._uow() as uow:
            cats = category_paths(uow.categories.list())
        children: dict[str | None, list[Category]] = {}
        for c in cats.values():
            children.setdefault(c.parent_id if c.parent_id in cats else None, []).append(c)
        ordered: list[Category] = []

        def walk(parent: str | None) -> None:
            for c in children.get(parent, []):
                if include_retired or not c.retired:
                    ordered.append(c)
                    walk(c.id)

        walk(None)
        return ordered

    def resolve(self, name_or_id: str) -> Category:
        with self._uow() as uow:
            row = resolve_category(uow, name_or_id)
            return category_paths(uow.categories.list())[row.id]


def _authorize(uow: UnitOfWork, actor: Person | None) -> None:
    if actor is not None:
        authorize(Action.MANAGE_CATEGORIES, acting(uow, actor).actor)


def _row(uow: UnitOfWork, key: str) -> CategoryRow:
    row = uow.categories.get(resolve_category(uow, key).id)
    assert row is not None
    return row


def _free_slug(uow: UnitOfWork, name: str, own_id: str | None = None) -> str:
    slug = base = slugify(name, fallback="chuyen-muc")
    n = 2
    while (other := uow.categories.by_slug(slug)) is not None and other.id != own_id:
        slug, n = f"{base}-{n}", n + 1
    return slug


def resolve_category(uow: UnitOfWork, key: str, *, filing: str | None = None) -> Category:
    """Find a category by id, exact name, slug, or folded name ("thoi su" → "Thời sự").

    *filing*: the category is wanted for an article (or a new child) whose current
    category id this is ("" for none); a retired one is then refused, unless it
    is the one the article already has.
    """
    return find_category(category_paths(uow.categories.list()), key, filing=filing)


def find_category(cats: dict[str, Category], key: str, *, filing: str | None = None) -> Category:
    """:func:`resolve_category` in *cats* (``category_paths``), read once by a batch import."""
    found = _find(cats, key)
    if filing is not None and found.retired and found.id != filing:
        raise InvalidState(_msg("retired", name=found.name))
    return found


def _find(cats: dict[str, Category], key: str) -> Category:
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
