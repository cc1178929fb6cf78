"""`editor-app portal show|set`: the portal's identity (name, agency, base URL, logo, sections).

Like `user` and `category`, `set` acts as the store's administrator unless
``--as LOGIN`` names someone (who must then be an admin).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.cli.common import actor
from editor_app.domain.errors import InvalidInput
from editor_app.domain.images import MAX_BYTES

if TYPE_CHECKING:
    import argparse

    from editor_app.cli.common import Room
    from editor_app.services.portal_identity import PortalIdentity

COMMAND = "portal"


def add_parsers(sub: Any) -> None:
    portal = sub.add_parser(COMMAND, help="the portal's name, agency, address, logo and "
                            "sections").add_subparsers(dest="sub", required=True)
    show = portal.add_parser("show", help="show the portal's identity")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=run)
    ps = portal.add_parser("set", help="change the portal's identity (administrators)")
    ps.add_argument("--name", help="the portal's name, shown in every page's banner")
    ps.add_argument("--agency", help="the owning agency (Cơ quan chủ quản)")
    ps.add_argument("--base-url", metavar="URL",
                    help="the portal's address, e.g. https://portal.example.vn ('' removes it)")
    logo = ps.add_mutually_exclusive_group()
    logo.add_argument("--logo", metavar="FILE", type=Path, help="a PNG, JPEG, GIF or WebP image")
    logo.add_argument("--no-logo", action="store_true", help="remove the logo")
    ps.add_argument("--section", metavar="CATEGORY=PATH", action="append", default=[],
                    help="the URL path of a category's section, e.g. 'Thời sự=/thoi-su' "
                    "(repeatable; an empty PATH removes it)")
    ps.add_argument("--as", dest="login", metavar="LOGIN",
                    help="act as this administrator (default: the store's administrator)")
    ps.set_defaults(func=run)


def _sections(given: list[str]) -> dict[str, str] | None:
    if not given:
        return None
    out: dict[str, str] = {}
    for item in given:
        category, sep, path = item.partition("=")
        if not sep or not category.strip():
            raise InvalidInput(f"--section {item!r}: write CATEGORY=PATH")
        out[category.strip()] = path.strip()
    return out


def _logo(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InvalidInput(f"{path}: larger than {MAX_BYTES // 1_000_000} MB")
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"{path}: no such file") from None


def as_dict(ident: PortalIdentity) -> dict[str, Any]:
    logo = ident.logo
    return {
        "name": ident.name, "shown_name": ident.shown_name, "configured": ident.configured,
        "agency": ident.agency, "base_url": ident.base_url,
        "logo": None if logo is None else {"sha256": logo.sha256, "mime": logo.mime,
                                           "width": logo.width, "height": logo.height},
        "sections": ident.sections,
        "updated_at": ident.updated_at.isoformat() if ident.updated_at else None,
        "updated_by": ident.updated_by,
    }


def _print(ident: PortalIdentity) -> None:
    logo = ident.logo
    lines = [
        f"name:     {ident.shown_name}" + ("" if ident.configured else
                                            "  (not set: `editor-app portal set --name …`)"),
        f"agency:   {ident.agency or '-'}",
        f"base URL: {ident.base_url or '-'}",
        f"logo:     {f'{logo.sha256[:12]}… {logo.width}×{logo.height}' if logo else '-'}",
    ]
    lines += [f"section:  {cat} = {path}" for cat, path in ident.sections.items()]
    print("\n".join(lines))


def run(args: argparse.Namespace, room: Room) -> int:
    portal = room.services.portal
    if args.sub == "show":
        ident = portal.get()
        if args.json:
            print(json.dumps(as_dict(ident), ensure_ascii=False, indent=2))
        else:
            _print(ident)
        return 0
    ident = portal.set(
        actor(args, room) if args.login else None, name=args.name, agency=args.agency,
        base_url=args.base_url,
        logo=_logo(args.logo) if args.logo else None, remove_logo=args.no_logo,
        sections=_sections(args.section), merge_sections=True)
    _print(ident)
    if not ident.configured:
        print("editor-app: the portal has no name yet: pages show a placeholder "
              "(--name sets it)", file=sys.stderr)
    return 0
