"""CLI commands of the newsroom server: ``serve`` and ``token list|revoke``.

``serve`` needs the ``server`` extra; without it, it says what to install (exit 2,
checked by :func:`before_store` before the store is opened) instead of failing on an
import.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any, cast

from editor_app.cli.common import Parser
from editor_app.domain import i18n

if TYPE_CHECKING:
    from editor_app.app import Newsroom
    from editor_app.cli.common import Room

COMMANDS = ("serve", "token")
DEFAULT_PORT = 8470


def _port(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= n <= 65535:
        raise argparse.ArgumentTypeError(f"must be between 0 and 65535, not {n}")
    return n


def add_parsers(sub: Any) -> None:
    sv = sub.add_parser("serve", help="run the newsroom server (needs the server extra); "
                        "prints `listening on http://HOST:PORT` when ready")
    # SUPPRESS: without it, the subcommand's default would erase a global --database.
    sv.add_argument("--database", default=argparse.SUPPRESS, metavar="URL",
                    help="SQLAlchemy URL of the store (default: the embedded SQLite store)")
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=_port, default=DEFAULT_PORT, help="0: any free port")
    sv.add_argument("--max-body-mb", type=int, default=32, metavar="MB",
                    help="largest request body accepted (bigger ones get 413)")
    sv.add_argument("--ssl-certfile", metavar="FILE", help="serve HTTPS with this certificate")
    sv.add_argument("--ssl-keyfile", metavar="FILE", help="the certificate's private key")
    sv.add_argument("--graceful-timeout", type=int, default=60, metavar="S",
                    help="on SIGTERM, how long requests in flight may take to finish")
    sv.set_defaults(func=run, before=before_store)
    tk = sub.add_parser("token", help="sign-in tokens of the server").add_subparsers(
        dest="sub", required=True, parser_class=Parser)
    tl = tk.add_parser("list", help="a person's tokens (never the token itself)")
    tl.add_argument("login")
    tl.add_argument("--json", action="store_true")
    tl.set_defaults(func=run)
    tr = tk.add_parser("revoke", help="revoke a token at once")
    tr.add_argument("id")
    tr.set_defaults(func=run)


def server_installed() -> bool:
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        return False
    return True


def before_store(args: argparse.Namespace) -> int | None:
    """An exit code when the command cannot start (before the store is opened)."""
    if args.command == "serve":
        if not server_installed():
            print(f"editor-app: {i18n.tr('server.needs_extra')}", file=sys.stderr)
            return 2
        if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
            print("editor-app: give both --ssl-certfile and --ssl-keyfile", file=sys.stderr)
            return 2
        if args.max_body_mb < 1:
            print("editor-app: --max-body-mb must be at least 1", file=sys.stderr)
            return 2
    return None


def run(args: argparse.Namespace, room: Room) -> int:
    if args.command == "serve":
        return _serve(args, room)
    return _token(args, room)


def _serve(args: argparse.Namespace, room: Room) -> int:
    from editor_app.server.app import context_of, create_app
    from editor_app.server.run import Listen, serve
    from editor_app.store import sync_capture

    # The server's store numbers every accepted change for the desktops to pull.
    sync_capture.set_mode(cast("Newsroom", room).engine, "server")
    app = create_app(context_of(cast("Newsroom", room)), max_body=args.max_body_mb * 1024 * 1024)
    return serve(app, Listen(host=args.host, port=args.port, ssl_certfile=args.ssl_certfile,
                             ssl_keyfile=args.ssl_keyfile,
                             graceful_timeout=max(1, args.graceful_timeout)))


def _token(args: argparse.Namespace, room: Room) -> int:
    """The console acts as the store's administrator, as for `user` (see README)."""
    from editor_app.services.tokens import TokenService
    from editor_app.store.uow import UnitOfWorkFactory

    tokens = TokenService(UnitOfWorkFactory(room.engine, read_only=room.read_only),
                          room.services.auth)
    if args.sub == "list":
        from editor_app.services.common import now

        at = now()
        found = tokens.tokens_of(None, args.login)
        if args.json:
            print(json.dumps([{"id": t.id, "login": t.login, "device": t.device,
                               "created_at": t.created_at.isoformat(),
                               "expires_at": t.expires_at.isoformat(),
                               "revoked_at": t.revoked_at.isoformat() if t.revoked_at else None,
                               "live": t.live(at)} for t in found],
                             ensure_ascii=False, indent=2))
            return 0
        for t in found:
            state = ("revoked" if t.revoked_at else "expired" if not t.live(at) else "live")
            print(f"{t.id}  {state:<8} {t.created_at:%Y-%m-%d %H:%M}  "
                  f"until {t.expires_at:%Y-%m-%d}  {t.device}")
    else:
        t = tokens.revoke(None, args.id)
        print(f"revoked {t.id} ({t.login}, {t.device})")
    return 0
