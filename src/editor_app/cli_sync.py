"""`article resolve`: end an article's sync conflict from the command line (issue 13)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable
    from pathlib import Path

    from editor_app.app import Newsroom
    from editor_app.domain.entities import Person


def add_parsers(article: Any) -> None:
    """Add ``resolve`` to the ``article`` commands."""
    from pathlib import Path

    ar = article.add_parser("resolve", help="end a sync conflict: a merged body, or one side")
    ar.add_argument("id")
    ar.add_argument("--as", dest="login", required=True, metavar="LOGIN", help="who is acting")
    how = ar.add_mutually_exclusive_group(required=True)
    how.add_argument("--body-file", type=Path, help="the body as it should be (UTF-8)")
    how.add_argument("--take", choices=["mine", "theirs"],
                     help="one whole side: the one you wrote, or the other")


def run(args: argparse.Namespace, room: Newsroom, who: Callable[[], Person],
        read_text: Callable[[Path], str]) -> int:
    """*read_text*: the CLI's reader of a text file (size cap, UTF-8, NFC)."""
    body = read_text(args.body_file) if args.body_file else None
    room.services.conflicts.resolve(who(), args.id, body=body, take=args.take)
    art = room.services.drafting.get(args.id)
    print(f"{art.id} v{art.version}")
    return 0
