"""Refusals as HTTP answers: one status per domain error, never a traceback.

Every answer with an error carries ``{"error": code, "detail": words}``. The
words are the services' own (the same a desktop user reads); the code is for
programs. Validation errors list what was wrong without echoing the input (it
may hold a password). An error nobody foresaw is logged with its traceback on
the server and answered with a plain 500.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import exc as sa_exc
from starlette.exceptions import HTTPException as StarletteHTTPException

from editor_app.domain import i18n
from editor_app.domain.errors import (
    Conflict,
    DomainError,
    InvalidInput,
    InvalidState,
    NotFound,
    PermissionDenied,
    StorageError,
)
from editor_app.domain.signin import AccountDisabled, SignInRefused, SignInThrottled
from editor_app.services.tokens import TokenRefused

if TYPE_CHECKING:
    from fastapi import FastAPI
    from starlette.requests import Request

log = logging.getLogger("editor_app.server")

# Most specific first: the first class an error is an instance of decides.
STATUS: tuple[tuple[type[DomainError], int, str], ...] = (
    (SignInThrottled, 429, "throttled"),
    (AccountDisabled, 403, "disabled"),
    (SignInRefused, 401, "sign_in_refused"),
    (TokenRefused, 401, "token_refused"),
    (PermissionDenied, 403, "forbidden"),
    (NotFound, 404, "not_found"),
    (Conflict, 409, "conflict"),
    (InvalidState, 409, "invalid_state"),
    (InvalidInput, 422, "invalid_input"),
    (StorageError, 503, "store_unavailable"),
)


def problem(status: int, code: str, detail: str,
            headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": code, "detail": detail}, status_code=status, headers=headers)


def unauthorized(detail: str) -> JSONResponse:
    return problem(401, "sign_in_needed", detail, {"WWW-Authenticate": "Bearer"})


async def domain_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DomainError)
    status, code = next(((s, c) for cls, s, c in STATUS if isinstance(exc, cls)),
                        (400, "refused"))
    headers: dict[str, str] = {}
    if isinstance(exc, SignInThrottled):
        headers["Retry-After"] = str(exc.retry_after)
    elif status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return problem(status, code, str(exc), headers)


async def invalid_request(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [{"loc": [str(part) for part in e.get("loc", ())], "msg": str(e.get("msg", "")),
               "type": str(e.get("type", ""))} for e in exc.errors()]
    summary = "; ".join(f"{'.'.join(e['loc'])}: {e['msg']}" for e in errors[:5])
    return JSONResponse({"error": "invalid_request", "detail": summary, "errors": errors},
                        status_code=422)


async def http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}.get(
        exc.status_code, "http_error")
    return problem(exc.status_code, code, str(exc.detail), dict(exc.headers or {}))


async def store_unreachable(_request: Request, exc: Exception) -> JSONResponse:
    # The database is down or every connection is busy: try again later, not a bug.
    log.warning("the store could not be reached: %s", type(exc).__name__)
    return problem(503, "store_unavailable", i18n.tr("busy"), {"Retry-After": "5"})


async def unexpected(_request: Request, _exc: Exception) -> JSONResponse:
    # The traceback goes to the server's log (uvicorn logs the exception after this
    # answer is sent), never into the answer.
    return problem(500, "internal", i18n.tr("server.internal"))


def install(app: FastAPI) -> None:
    app.add_exception_handler(DomainError, domain_error)
    app.add_exception_handler(RequestValidationError, invalid_request)
    app.add_exception_handler(StarletteHTTPException, http_error)
    for db_error in (sa_exc.OperationalError, sa_exc.InterfaceError, sa_exc.TimeoutError):
        app.add_exception_handler(db_error, store_unreachable)
    app.add_exception_handler(Exception, unexpected)
