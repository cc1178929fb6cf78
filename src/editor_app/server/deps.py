"""What every endpoint depends on: the server's context and the person a token acts for.

Endpoints are plain ``def`` functions: FastAPI runs them on its thread pool, so
the services' blocking store calls never hold up the event loop.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from editor_app.domain import i18n
from editor_app.domain.errors import PermissionDenied
from editor_app.server.requestlog import LOGIN_KEY
from editor_app.services.tokens import Bearer, TokenRefused

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from editor_app.services import Services
    from editor_app.services.reading import ReadingService
    from editor_app.services.sync_server import SyncServer
    from editor_app.services.tokens import TokenService


@dataclass(frozen=True)
class ServerContext:
    """The opened store and the services the endpoints call."""

    services: Services
    tokens: TokenService
    reading: ReadingService
    engine: Engine
    sync: SyncServer


class SignInNeeded(TokenRefused):
    """No token at all (as opposed to a refused one)."""

    def __init__(self) -> None:
        PermissionDenied.__init__(self, i18n.tr("server.sign_in_needed"))


_scheme = HTTPBearer(auto_error=False, description="the token `POST /auth/login` answered")


def context(request: Request) -> ServerContext:
    ctx: ServerContext = request.app.state.ctx
    return ctx


Context = Annotated[ServerContext, Depends(context)]


def bearer(
    request: Request, ctx: Context,
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_scheme)],
) -> Bearer:
    """The person this request acts as: from the token alone, re-read on every request."""
    if creds is None:
        raise SignInNeeded()
    who = ctx.tokens.bearer(creds.credentials)
    request.scope.setdefault("state", {})[LOGIN_KEY] = who.person.login  # for the log
    return who


Signed = Annotated[Bearer, Depends(bearer)]
