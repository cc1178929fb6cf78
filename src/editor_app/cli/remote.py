"""A desktop and its newsroom server: ``remote set|show``, ``login``, ``logout``, ``sync``.

The sign-in belongs to the data folder (see :mod:`editor_app.services.credentials`);
once signed in, the folder's commands act as that person (see ``cli.common.actor``).

Exit codes of these commands, beyond the usual ones: 3 the server refuses the
sign-in (sign in again); 5 a change was rejected or an article is in conflict
(listed); 6 the server cannot be reached (nothing lost: the changes wait).
"""

from __future__ import annotations

import getpass
import json
import socket
import sys
from typing import TYPE_CHECKING, Any

from editor_app.cli.common import Parser, UsageError, print_json
from editor_app.domain import i18n
from editor_app.domain.text import nfc

if TYPE_CHECKING:
    import argparse

    from editor_app.cli.common import Room
    from editor_app.services.remote import RemoteError
    from editor_app.services.sync_client import SyncReport

REFUSED, CONFLICTED, UNREACHABLE = 3, 5, 6


def add_parsers(sub: Any) -> None:
    rm = sub.add_parser("remote", help="the newsroom server this data folder syncs with"
                        ).add_subparsers(dest="sub", required=True, parser_class=Parser)
    rs = rm.add_parser("set", help="set the server's address (http://HOST:PORT or https://HOST)")
    rs.add_argument("url")
    rs.set_defaults(func=run_set)
    sh = rm.add_parser("show", help="the server, who is signed in, changes waiting")
    sh.add_argument("--json", action="store_true")
    sh.set_defaults(func=run_show)
    li = sub.add_parser("login", help="sign in to the newsroom server; local commands then act "
                        "as this person")
    li.add_argument("login")
    li.add_argument("--password-stdin", action="store_true",
                    help="read the password from the first line of stdin (scripts)")
    li.add_argument("--device", metavar="NAME",
                    help="this machine's name, shown to administrators (default: host name)")
    li.set_defaults(func=run_login)
    lo = sub.add_parser("logout", help="sign out of the newsroom server (revokes the token)")
    lo.set_defaults(func=run_logout)
    sy = sub.add_parser("sync", help="send local changes to the newsroom server, then receive "
                        "its changes (exit 3: sign in again; 5: rejected or in conflict; "
                        "6: server unreachable, changes kept)")
    sy.add_argument("--json", action="store_true")
    sy.set_defaults(func=run_sync)


def _fail(exc: Exception, code: int) -> int:
    print(f"editor-app: {exc}", file=sys.stderr)
    return code


def run_set(args: argparse.Namespace, room: Room) -> int:
    from editor_app.services import credentials, remote
    from editor_app.services.sync_session import ensure_client

    try:
        url = remote.normalise_url(args.url)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    # First: a server's own store is refused before anything is written.
    ensure_client(room.engine)
    credentials.set_server_url(room.paths, url)
    print(i18n.tr("remote.url_set", url=url))
    if not remote.is_private(url):
        print(f"editor-app: {i18n.tr('remote.plain_http', url=url)}", file=sys.stderr)
    return 0


def run_show(args: argparse.Namespace, room: Room) -> int:
    from editor_app.services import credentials, sync_session
    from editor_app.store.uow import UnitOfWorkFactory

    paths = room.paths
    where = credentials.token_store(paths)
    info = {"url": credentials.server_url(paths), "login": credentials.signed_in_login(paths),
            "token_in": where,
            "token_file": str(credentials.token_path(paths)) if where == credentials.FILE
            else None,
            "waiting": sync_session.waiting(UnitOfWorkFactory(room.engine))}
    if args.json:
        print_json(info)
        return 0
    print(f"server:    {info['url'] or '-'}")
    print(f"signed in: {info['login'] or i18n.tr('remote.not_signed_in')}")
    if where:
        print(f"token in:  {_where(room, where)}")
    print(f"waiting:   {info['waiting']}")
    return 0


def _where(room: Room, where: str) -> str:
    from editor_app.services import credentials

    if where == credentials.KEYRING:
        return i18n.tr("remote.where_keyring")
    return i18n.tr("remote.where_file", path=credentials.token_path(room.paths))


def _password(args: argparse.Namespace, url: str) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        password = line[:-1] if line.endswith("\n") else line
        password = password.removesuffix("\r")
    else:
        password = getpass.getpass(i18n.tr("remote.password_prompt", login=args.login, url=url))
    if not password:
        raise UsageError(i18n.tr("remote.no_password"))
    return password


def run_login(args: argparse.Namespace, room: Room) -> int:
    from editor_app.services import credentials, remote
    from editor_app.services.sync_session import NotConnected, ensure_client

    paths = room.paths
    url = credentials.server_url(paths)
    if url is None:
        return _fail(NotConnected(i18n.tr("remote.no_server")), 2)
    ensure_client(room.engine)
    login = nfc(args.login.strip().lower())
    password = _password(args, url)
    device = nfc(args.device or socket.gethostname() or "desktop")[:100]
    try:
        conn = remote.sign_in(url, login, password, device)
    except remote.TokenRefused as exc:
        return _fail(exc, REFUSED)
    except remote.ChangeRefused as exc:  # too many attempts: wait
        if exc.retry_after:
            exc = remote.ChangeRefused(i18n.tr("remote.wait", detail=exc,
                                               seconds=exc.retry_after))
        return _fail(exc, REFUSED)
    except remote.Unreachable as exc:
        return _fail(exc, UNREACHABLE)
    old = credentials.load(paths)
    if old is not None and old.token != conn.token:
        _revoke_quietly(old)  # one sign-in per folder: the previous token is of no more use
    where = credentials.save(paths, conn)
    print(i18n.tr("remote.signed_in", url=conn.url, login=conn.login, where=_where(room, where)))
    return 0


def _revoke_quietly(conn: Any) -> None:
    from editor_app.services import remote

    try:
        remote.sign_out(conn)
    except remote.RemoteError as exc:
        print(f"editor-app: {i18n.tr('remote.not_revoked', reason=exc)}", file=sys.stderr)


def run_logout(args: argparse.Namespace, room: Room) -> int:
    from editor_app.services import credentials

    conn = credentials.load(room.paths)
    credentials.forget(room.paths)  # signed out here whatever the server says
    if conn is None:
        print(i18n.tr("remote.not_signed_in"))
        return 0
    _revoke_quietly(conn)
    print(i18n.tr("remote.logged_out", url=conn.url))
    return 0


def run_sync(args: argparse.Namespace, room: Room) -> int:
    from editor_app.services import credentials, remote, sync_session
    from editor_app.store.uow import UnitOfWorkFactory

    uow = UnitOfWorkFactory(room.engine)
    try:
        report = sync_session.run_sync(uow, room.paths)
    except sync_session.NotConnected as exc:
        return _refusal(args, "not_connected", exc, REFUSED, 0)
    except remote.TokenRefused as exc:
        login = credentials.signed_in_login(room.paths) or "LOGIN"
        message = i18n.tr("remote.sign_in_again", detail=exc, login=login)
        return _refusal(args, "token_refused", message, REFUSED, 0)
    except remote.Unreachable as exc:
        n = sync_session.waiting(uow)
        return _refusal(args, "unreachable", f"{exc}; {i18n.tr('remote.kept', n=n)}",
                        UNREACHABLE, n)
    except remote.ChangeRefused as exc:
        n = sync_session.waiting(uow)
        return _refusal(args, "refused", f"{exc}; {i18n.tr('remote.kept', n=n)}",
                        CONFLICTED, n)
    _print_report(args, report, sync_session.waiting(uow))
    return 0 if report.clean else CONFLICTED


def _refusal(args: argparse.Namespace, code: str, message: RemoteError | str, exit_code: int,
             waiting: int) -> int:
    if args.json:  # a script reads stdout: the failure is there too, as JSON
        print(json.dumps({"error": code, "detail": str(message), "waiting": waiting},
                         ensure_ascii=False, indent=2))
    print(f"editor-app: {message}", file=sys.stderr)
    return exit_code


def _print_report(args: argparse.Namespace, report: SyncReport, waiting: int) -> None:
    if args.json:
        print_json({"sent": report.sent, "accepted": report.accepted,
                    "received": report.received, "merged": report.merged,
                    "conflicts": report.conflicts,
                    "rejected": [{"change_id": r.change_id, "article_id": r.article_id,
                                  "kind": r.kind, "reason": r.reason} for r in report.rejected],
                    "uncategorised": [{"article_id": a, "category": c}
                                      for a, c in report.uncategorised],
                    "waiting": waiting, "clean": report.clean})
        return
    print(i18n.tr("remote.summary", sent=report.sent, accepted=report.accepted,
                  received=report.received, merged=len(report.merged),
                  conflicts=len(report.conflicts), rejected=len(report.rejected)))
    for article in report.merged:
        print(i18n.tr("remote.merged_line", article=article))
    for article in report.conflicts:
        print(i18n.tr("remote.conflict_line", article=article))
    for article, category in report.uncategorised:
        print(i18n.tr("remote.uncategorised_line", article=article, category=category))
    for r in report.rejected:
        print(i18n.tr("remote.rejected_line", kind=r.kind, article=r.article_id,
                      reason=r.reason))
