"""The portal's identity: its name, owning agency, base URL, logo and section paths.

An admin sets it (issue 17); the preview, ``article render`` and every bundle read
it, so no page names a portal the newsroom is not. A store where nobody set it
yet shows a neutral placeholder (``portal.unnamed``), and :attr:`configured` is
False so the window can ask an admin to set it. One row (``portal_identity``),
written with an audit row; a server sync later carries it as one record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from editor_app.domain import i18n
from editor_app.domain.entities import MediaRef, SiteInfo
from editor_app.domain.errors import InvalidInput
from editor_app.domain.fields import clean
from editor_app.domain.workflow import Action, authorize
from editor_app.render.page import PORTAL_LANGUAGE
from editor_app.services.auth import audit
from editor_app.services.common import acting, media_ref, now
from editor_app.services.media import store_media

if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import datetime

    from editor_app.domain.entities import Person
    from editor_app.services.common import UowFactory
    from editor_app.store.models import CategoryRow, PortalIdentityRow
    from editor_app.store.uow import UnitOfWork

SECTION_PATH = re.compile(r"^/[a-z0-9_\-/]{0,200}$")
ROW_ID = 1


@dataclass(frozen=True)
class PortalIdentity:
    """What an admin set; *sections* maps category names (as they are now) to paths."""

    name: str = ""
    agency: str = ""
    base_url: str = ""
    logo: MediaRef | None = None
    sections: dict[str, str] = field(default_factory=dict)
    updated_at: datetime | None = None
    updated_by: str = ""  # the admin's name

    @property
    def configured(self) -> bool:
        """An admin named the portal; until then the page shows a placeholder."""
        return bool(self.name)

    @property
    def shown_name(self) -> str:
        return self.name or i18n.translate(PORTAL_LANGUAGE, "portal.unnamed")


def check_base_url(url: str) -> str:
    """``https://host[/path]`` without a trailing slash, or "" (no base URL)."""
    url = clean("base_url", url).rstrip("/")
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname or parts.query \
            or parts.fragment or " " in url:
        raise InvalidInput(i18n.tr("portal.bad_url", url=url))
    return url


def check_section_path(path: str) -> str:
    path = clean("section", path)
    path = "/" + path.strip("/") if path.strip("/") else ""
    if path and (not SECTION_PATH.match(path) or "//" in path or "/." in path):
        raise InvalidInput(i18n.tr("portal.bad_path", path=path))
    return path


def _by_id(uow: UnitOfWork) -> dict[str, CategoryRow]:
    return {c.id: c for c in uow.categories.list()}


def _with_inherited(sections: Mapping[str, str], cats: Mapping[str, CategoryRow]) -> dict[str, str]:
    """Category name → path, a subcategory without its own taking its parent's."""
    out: dict[str, str] = {}
    for cat in cats.values():
        cur: CategoryRow | None = cat
        seen: set[str] = set()
        while cur is not None and cur.id not in seen:
            seen.add(cur.id)
            if sections.get(cur.id):
                out[cat.name] = sections[cur.id]
                break
            cur = cats.get(cur.parent_id) if cur.parent_id else None
    return out


class PortalIdentityService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def get(self) -> PortalIdentity:
        """As set, with sections under the categories' current names (own ones only)."""
        from editor_app.store.models import PortalIdentityRow

        with self._uow() as uow:
            row = uow.session.get(PortalIdentityRow, ROW_ID)
            if row is None:
                return PortalIdentity()
            return self._identity(uow, row, inherited=False)

    def site(self) -> SiteInfo:
        """What the page needs: the placeholder name until an admin sets one."""
        from editor_app.store.models import PortalIdentityRow

        with self._uow() as uow:
            row = uow.session.get(PortalIdentityRow, ROW_ID)
            ident = PortalIdentity() if row is None else self._identity(uow, row, inherited=True)
        return SiteInfo(name=ident.shown_name, agency=ident.agency, base_url=ident.base_url,
                        logo=ident.logo, sections=ident.sections)

    def set(
        self,
        actor: Person | None,
        *,
        name: str | None = None,
        agency: str | None = None,
        base_url: str | None = None,
        logo: bytes | None = None,
        remove_logo: bool = False,
        sections: Mapping[str, str] | None = None,
        merge_sections: bool = False,
    ) -> PortalIdentity:
        """Change what is given (None: unchanged). Admins only; one audit row.

        *actor* None is the console administrator (the local CLI, as for people and
        categories: README, "--as LOGIN and the console").

        *sections*: category name → path; replaces the table, or with *merge_sections*
        changes only the categories named (an empty path removes one).
        """
        from editor_app.store.models import PortalIdentityRow

        changes: dict[str, object] = {}
        if name is not None:
            changes["name"] = clean("portal_name", name, required=True)
        if agency is not None:
            changes["agency"] = clean("agency", agency)
        if base_url is not None:
            changes["base_url"] = check_base_url(base_url)
        with self._uow(write=True) as uow:
            me = acting(uow, actor) if actor is not None else None
            if me is not None:
                authorize(Action.MANAGE_PORTAL, me.actor)
            row = uow.session.get(PortalIdentityRow, ROW_ID)
            if row is None:
                row = PortalIdentityRow(id=ROW_ID, name="", agency="", base_url="",
                                        sections={}, updated_at=now())
                uow.session.add(row)
            if logo is not None:
                changes["logo_sha256"] = store_media(uow, logo).sha256
            elif remove_logo:
                changes["logo_sha256"] = None
            if sections is not None:
                changes["sections"] = self._sections(uow, row, sections, merge=merge_sections)
            changed = sorted(k for k, v in changes.items() if getattr(row, k) != v)
            for key, value in changes.items():
                setattr(row, key, value)
            row.updated_at = now()
            row.updated_by_id = me.id if me is not None else None
            audit(uow, me, "portal.set", "portal", "portal", ", ".join(changed))
            uow.commit()
            return self._identity(uow, row, inherited=False)

    # -- helpers ------------------------------------------------------------------------
    def _sections(self, uow: UnitOfWork, row: PortalIdentityRow, given: Mapping[str, str],
                  *, merge: bool) -> dict[str, str]:
        cats = _by_id(uow)
        by_name = {c.name.casefold(): c for c in cats.values()}
        out = {k: v for k, v in dict(row.sections or {}).items() if k in cats} if merge else {}
        for cat_name, path in given.items():
            cat = by_name.get(clean("category", cat_name).casefold())
            if cat is None:
                raise InvalidInput(i18n.tr("portal.no_category", name=cat_name))
            checked = check_section_path(path)
            if checked:
                out[cat.id] = checked
            else:
                out.pop(cat.id, None)
        return dict(sorted(out.items()))

    def _identity(self, uow: UnitOfWork, row: PortalIdentityRow, *,
                  inherited: bool) -> PortalIdentity:
        cats = _by_id(uow)
        raw = {k: v for k, v in dict(row.sections or {}).items() if k in cats}
        sections = (_with_inherited(raw, cats) if inherited
                    else {cats[k].name: v for k, v in raw.items()})
        logo = None
        if row.logo_sha256:
            media = uow.media.get(row.logo_sha256)
            logo = media_ref(media) if media is not None else None
        who = uow.people.get(row.updated_by_id) if row.updated_by_id else None
        return PortalIdentity(row.name, row.agency, row.base_url, logo,
                              dict(sorted(sections.items())), row.updated_at,
                              who.name if who is not None else "")
