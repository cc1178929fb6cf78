"""``publish`` and ``target``: straight to a portal's CMS (issue 17)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from editor_app.cli.common import Room, acting, actor, group, output

if TYPE_CHECKING:
    import argparse

    from editor_app.services.publishing.service import PublishingService


def add_parsers(sub: Any) -> None:
    pu = sub.add_parser("publish", help="publish to the portal's CMS (again: update the post); "
                        "prints the post's URL")
    pu.add_argument("id")
    acting(pu)
    pu.add_argument("--target", metavar="NAME", help="needed when there are several targets")
    pu.set_defaults(func=publish)
    tg = group(sub, "target", "where `publish` sends articles")
    ta = tg.add_parser("add", help="add a target (the password goes to the OS keyring, "
                       "else a file only you can read)")
    ta.add_argument("kind", choices=["wordpress"])
    ta.add_argument("name")
    ta.add_argument("--url", required=True, help="the site's address, e.g. https://example.vn")
    ta.add_argument("--user", required=True, help="the WordPress user")
    ta.add_argument("--password-stdin", action="store_true",
                    help="read the application password from standard input")
    ta.add_argument("--no-create-terms", action="store_true",
                    help="never create categories or tags on the site")
    acting(ta)
    ta.set_defaults(func=add_target)
    ts = tg.add_parser("terms", help="allow or forbid creating missing categories and tags")
    ts.add_argument("name")
    ts.add_argument("allowed", choices=["allow", "forbid"])
    acting(ts)
    ts.set_defaults(func=terms)
    tl = tg.add_parser("list", help="list targets")
    tl.add_argument("--json", action="store_true")
    tl.set_defaults(func=list_targets)
    tt = tg.add_parser("test", help="sign in to a target; prints who we are there")
    tt.add_argument("name")
    tt.set_defaults(func=test_target)


def _service(room: Room) -> PublishingService:
    import os

    from editor_app.services.publishing.secrets import SecretStore
    from editor_app.services.publishing.service import PublishingService
    from editor_app.store.uow import UnitOfWorkFactory

    # EDITOR_APP_NO_KEYRING: keep passwords in the 0600 file even where a keyring works.
    secrets = SecretStore(room.paths.config_dir,
                          use_keyring=not os.environ.get("EDITOR_APP_NO_KEYRING"))
    return PublishingService(UnitOfWorkFactory(room.engine, read_only=room.read_only),
                             room.services.rendering, room.services.media, secrets)


def publish(args: argparse.Namespace, room: Room) -> int:
    print(_service(room).publish(actor(args, room), args.id, args.target).url)
    return 0


def add_target(args: argparse.Namespace, room: Room) -> int:
    pub = _service(room)
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        import getpass

        password = getpass.getpass("Application password: ")
    info = pub.add_target(actor(args, room), args.kind, args.name, args.url, args.user,
                          password, create_terms=not args.no_create_terms)
    print(f"{info.name}: password kept in {pub.secrets_where}", file=sys.stderr)
    print(info.id)
    return 0


def terms(args: argparse.Namespace, room: Room) -> int:
    _service(room).set_create_terms(actor(args, room), args.name, args.allowed == "allow")
    return 0


def list_targets(args: argparse.Namespace, room: Room) -> int:
    def line(t: Any) -> str:
        terms = "" if t.create_terms else "  (no new categories/tags)"
        return f"{t.name:<16} {t.kind:<10} {t.url}  as {t.username}{terms}"

    return output(_service(room).targets(), args, line)


def test_target(args: argparse.Namespace, room: Room) -> int:
    print(_service(room).test_connection(args.name))
    return 0
