"""``about``: version, where the data lives, licences of bundled parts.

It reads no store: it must answer even when the store is broken.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from editor_app.cli.common import print_json

if TYPE_CHECKING:
    import argparse


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("about", help="version, where the data lives, licences of bundled parts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=about, store=False)


def about(args: argparse.Namespace) -> int:
    from editor_app import about as facts
    from editor_app.paths import resolve

    info = facts.gather(resolve(args.data_dir, args.database))
    if args.json:
        print_json(facts.as_dict(info))
    else:
        print("\n".join(facts.as_lines(info)))
    return 0
