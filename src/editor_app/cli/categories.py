"""``category``: the category tree."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from editor_app.cli.common import Room, group, output

if TYPE_CHECKING:
    import argparse


def add_parsers(sub: Any) -> None:
    cat = group(sub, "category", "the category tree")
    ca = cat.add_parser("add", help="add a category")
    ca.add_argument("name")
    ca.add_argument("--parent")
    ca.set_defaults(func=add)
    cl = cat.add_parser("list", help="list categories")
    cl.add_argument("--json", action="store_true")
    cl.set_defaults(func=list_categories)
    cr = cat.add_parser("rename", help="rename a category (its articles follow)")
    cr.add_argument("name")
    cr.add_argument("new_name")
    cr.set_defaults(func=rename)
    cm = cat.add_parser("move", help="put a category under another, or at the top")
    cm.add_argument("name")
    where_to = cm.add_mutually_exclusive_group(required=True)
    where_to.add_argument("--parent")
    where_to.add_argument("--top", action="store_true")
    cm.set_defaults(func=move)
    for name, helptext in (
        ("retire", "offer a category (and its subcategories) for no new article; "
                   "its articles keep it"),
        ("restore", "offer a retired category again"),
    ):
        p = cat.add_parser(name, help=helptext)
        p.add_argument("name")
        p.set_defaults(func=retire_or_restore)


def add(args: argparse.Namespace, room: Room) -> int:
    print(room.services.taxonomy.add(args.name, args.parent).id)
    return 0


def list_categories(args: argparse.Namespace, room: Room) -> int:
    return output(room.services.taxonomy.list(), args,
                  lambda c: c.path + (" [retired]" if c.retired else ""))


def rename(args: argparse.Namespace, room: Room) -> int:
    print(room.services.taxonomy.rename(None, args.name, args.new_name).path)
    return 0


def move(args: argparse.Namespace, room: Room) -> int:
    print(room.services.taxonomy.move(None, args.name, None if args.top else args.parent).path)
    return 0


def retire_or_restore(args: argparse.Namespace, room: Room) -> int:
    t = room.services.taxonomy
    change = t.retire if args.sub == "retire" else t.restore
    for c in change(None, args.name):
        print(c.path)
    return 0
