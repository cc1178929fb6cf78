"""``demo``: fill an empty store with a living demo newsroom."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import argparse

    from editor_app.cli.common import Room


def add_parsers(sub: Any) -> None:
    sub.add_parser("demo", help="fill an empty store with a living demo newsroom").set_defaults(
        func=demo)


def demo(args: argparse.Namespace, room: Room) -> int:
    from editor_app.services.demo import fill_demo

    print(fill_demo(room.services))
    return 0
