"""`article resolve`: end an article's sync conflict from the command line (issue 13)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.cli.common import actor, read_text

if TYPE_CHECKING:
    import argparse

    from editor_app.cli.common import Room


def add_resolve(article: Any) -> None:
    """Add ``resolve`` to the ``article`` commands."""
    ar = article.add_parser("resolve", help="end a sync conflict: a merged body, or one side")
    ar.add_argument("id")
    ar.add_argument("--as", dest="login", required=True, metavar="LOGIN", help="who is acting")
    how = ar.add_mutually_exclusive_group(required=True)
    how.add_argument("--body-file", type=Path, help="the body as it should be (UTF-8)")
    how.add_argument("--take", choices=["mine", "theirs"],
                     help="one whole side: the one you wrote, or the other")
    ar.set_defaults(func=resolve)


def resolve(args: argparse.Namespace, room: Room) -> int:
    body = read_text(args.body_file) if args.body_file else None
    room.services.conflicts.resolve(actor(args, room), args.id, body=body, take=args.take)
    art = room.services.drafting.get(args.id)
    print(f"{art.id} v{art.version}")
    return 0
