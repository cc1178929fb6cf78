"""``user``: people and roles.

The console acts as the administrator of its own store (see README), so these
commands take no ``--as``.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from editor_app.cli.common import Room, UsageError, group, output, print_json
from editor_app.domain.entities import to_jsonable
from editor_app.domain.workflow import Role

if TYPE_CHECKING:
    import argparse


def add_parsers(sub: Any) -> None:
    user = group(sub, "user", "people and roles")
    ua = user.add_parser("add", help="add a person")
    ua.add_argument("login")
    ua.add_argument("--name", required=True)
    ua.add_argument("--role", required=True, choices=[r.value for r in Role])
    ua.add_argument("--department", default="")
    ua.add_argument("--password-stdin", action="store_true",
                    help="read the person's password from the first line of standard input")
    ua.set_defaults(func=add)
    ul = user.add_parser("list", help="list people (disabled ones too)")
    ul.add_argument("--json", action="store_true")
    ul.set_defaults(func=list_people)
    up = user.add_parser("passwd", help="set a person's password (asks twice in a terminal)")
    up.add_argument("login")
    up.add_argument("--password-stdin", action="store_true",
                    help="read the password from the first line of standard input")
    up.set_defaults(func=passwd)
    ue = user.add_parser("edit", help="change a person's role, name or department")
    ue.add_argument("login")
    ue.add_argument("--role", choices=[r.value for r in Role])
    ue.add_argument("--name")
    ue.add_argument("--department")
    ue.set_defaults(func=edit)
    for name, helptext in (("disable", "refuse sign-in; authorship and history stay"),
                           ("enable", "allow a disabled person to sign in again")):
        p = user.add_parser(name, help=helptext)
        p.add_argument("login")
        p.set_defaults(func=enable_or_disable)


def read_password(args: argparse.Namespace, *, required: bool) -> str | None:
    """From standard input (one line) or, in a terminal, asked twice without echo."""
    if args.password_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise UsageError("no password on standard input")
        return line
    if not required:
        return None
    if not sys.stdin.isatty():
        raise UsageError("not a terminal: give the password with --password-stdin")
    import getpass

    first = getpass.getpass("New password: ")
    if getpass.getpass("Repeat it: ") != first:
        raise UsageError("the two passwords differ; nothing changed")
    return first


def add(args: argparse.Namespace, room: Room) -> int:
    password = read_password(args, required=False)
    person = room.services.people.add(args.login, args.name, args.role, args.department,
                                      password=password)
    print(person.id)
    return 0


def list_people(args: argparse.Namespace, room: Room) -> int:
    accounts = room.services.auth.accounts()
    if args.json:
        print_json([dict(to_jsonable(a.person), has_password=a.has_password)
                    for a in accounts])
        return 0

    def line(a: Any) -> str:
        p = a.person
        flags = ("" if p.active else " [disabled]") + ("" if a.has_password
                                                       else " [no password]")
        return f"{p.login:<16} {p.role.value:<9} {p.name}  {p.department}".rstrip() + flags

    return output(accounts, args, line)


def passwd(args: argparse.Namespace, room: Room) -> int:
    s = room.services
    s.people.by_login(args.login)  # an unknown login fails before any prompt
    password = read_password(args, required=True)
    assert password is not None
    s.auth.set_password(None, args.login, password)
    print(f"password set for {args.login.strip().lower()}")
    return 0


def edit(args: argparse.Namespace, room: Room) -> int:
    people = room.services.people
    if args.role:
        people.set_role(None, args.login, args.role)
    person = people.update(None, args.login, name=args.name, department=args.department)
    print(f"{person.login} {person.role.value} {person.name}")
    return 0


def enable_or_disable(args: argparse.Namespace, room: Room) -> int:
    people = room.services.people
    change = people.disable if args.sub == "disable" else people.enable
    person = change(None, args.login)
    print(f"{person.login} {'enabled' if person.active else 'disabled'}")
    return 0
