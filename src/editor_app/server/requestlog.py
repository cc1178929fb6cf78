"""One log line per request, without secrets.

Logged: client address, method, path (never the query string), status, time
taken and, once the token has been checked, the login acting. Never logged:
headers (the Authorization header carries the token), bodies (sign-in carries
the password), query strings. A path is printed with control characters
replaced, so a crafted URL cannot forge log lines.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("editor_app.server.requests")
MAX_PATH = 200
LOGIN_KEY = "editor_app_login"  # set in scope["state"] by the token check


def printable(text: str, limit: int = MAX_PATH) -> str:
    cut = text[:limit] + ("…" if len(text) > limit else "")
    return "".join(c if c.isprintable() else "?" for c in cut)


class RequestLog:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status: list[int] = [500]

        async def remember(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, remember)
        finally:
            _line(scope, status[0], (time.perf_counter() - start) * 1000)


def _line(scope: Scope, status: int, ms: float) -> None:
    client: Any = scope.get("client") or ("-", 0)
    login = (scope.get("state") or {}).get(LOGIN_KEY)
    log.info("%s %s %s %d %.1f ms%s", client[0], scope.get("method", "?"),
             printable(scope.get("path", "")), status, ms, f" as {login}" if login else "")
