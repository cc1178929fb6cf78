"""Talking to the newsroom server over HTTP: signing in and out, and sync's transport.

Only the standard library (``urllib``): a reporter's desktop install carries no
HTTP client package. Every failure becomes one of three errors a person can act on:

- :class:`Unreachable`: the server could not be reached or answered nonsense
  (refused connection, unknown host, timeout, a 5xx, a malformed answer).
  Nothing was lost: the outbox waits for the next sync.
- :class:`TokenRefused`: the server does not accept this person or token (401: wrong
  password, token expired or revoked; 403 for a disabled person). Sign in again.
- :class:`ChangeRefused`: any other refusal (4xx): the request itself was refused.

The messages are the server's own words when it gave some (in the server's
language), else the core catalogue's.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import http.client
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Any

from editor_app.domain import i18n

# A pull page of 500 articles with their text can take a while on a slow link; a
# server that says nothing for this long is treated as unreachable.
DEFAULT_TIMEOUT = 60.0
SHA256 = re.compile(r"^[0-9a-f]{64}$")
# The largest answer read into memory (the server's own body limit is 32 MB).
MAX_ANSWER = 256 * 1024 * 1024


class RemoteError(Exception):
    """Base of the failures of talking to the server; ``str()`` is for a person."""

    def __init__(self, message: str, *, status: int | None = None, code: str = "") -> None:
        super().__init__(message)
        self.status = status  # the HTTP status, None when there was no answer
        self.code = code  # the server's error code ("token_refused"…), "" if none


class Unreachable(RemoteError):
    """No usable answer: the network, the server or its store is down. Try again later."""


class TokenRefused(RemoteError):
    """The server refuses who we are: sign in again.

    Wrong password, token expired or revoked, person disabled.
    """


class ChangeRefused(RemoteError):
    """The server understood the request and refused it (a 4xx other than 401)."""

    def __init__(self, message: str, *, status: int | None = None, code: str = "",
                 retry_after: int | None = None) -> None:
        super().__init__(message, status=status, code=code)
        self.retry_after = retry_after  # seconds, when the server said (429)


@dataclass(frozen=True)
class Connection:
    """A signed-in desktop: the server's base URL, the person's login and their token."""

    url: str
    login: str
    token: str

    def __repr__(self) -> str:  # never print a token into a log or a traceback
        return f"Connection(url={self.url!r}, login={self.login!r}, token='…')"


def normalise_url(url: str) -> str:
    """The server's base URL as stored: http(s), a host, no query, no trailing slash.

    Raises ValueError (with a message for a person) for anything else.
    """
    text = url.strip()
    parts = urllib.parse.urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query \
            or parts.fragment or parts.username or parts.password:
        raise ValueError(i18n.tr("remote.bad_url", url=text))
    try:
        parts.port  # noqa: B018 - raises ValueError on a port out of range
    except ValueError:
        raise ValueError(i18n.tr("remote.bad_url", url=text)) from None
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def is_private(url: str) -> bool:
    """Whether tokens sent to *url* stay private: HTTPS, or plain HTTP on this machine."""
    parts = urllib.parse.urlsplit(url)
    return parts.scheme == "https" or parts.hostname in ("localhost", "127.0.0.1", "::1")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # Following a redirect would send the bearer token wherever it points (and turn a
    # POST into a GET): a moved server is a setting to change, said as such.
    def redirect_request(self, *_args: Any, **_kwargs: Any) -> None:
        return None


@functools.cache
def _opener() -> urllib.request.OpenerDirector:
    """The HTTP(S) opener, built on first use rather than at import.

    Its HTTPS handler loads the system's certificates, and the window's start-up imports
    this module only to count what waits to be sent.
    """
    return urllib.request.build_opener(_NoRedirect())


@functools.cache
def _user_agent() -> str:
    # The server's log says which client version sent a request (about.py is an outer
    # layer: the metadata is read here directly).
    from importlib import metadata

    try:
        return f"editor-app/{metadata.version('editor-app')}"
    except metadata.PackageNotFoundError:
        return "editor-app"


def _refusal(status: int, body: bytes, headers: Any) -> RemoteError:
    code, detail = "", ""
    try:
        data = json.loads(body.decode("utf-8"))
        if isinstance(data, dict):
            code, detail = str(data.get("error") or ""), str(data.get("detail") or "")
    except (UnicodeDecodeError, ValueError):
        pass
    if 300 <= status < 400:
        where = headers.get("Location", "") if headers is not None else ""
        return Unreachable(i18n.tr("remote.moved", where=where), status=status)
    if status >= 500 or status < 300:
        return Unreachable(i18n.tr("remote.server_error", status=status, detail=detail),
                           status=status, code=code)
    if status == 401 or (status == 403 and code == "disabled"):
        return TokenRefused(detail or i18n.tr("remote.token_refused"), status=status, code=code)
    retry = None
    if status == 429 and headers is not None:
        try:
            retry = int(headers.get("Retry-After", ""))
        except ValueError:
            retry = None
    return ChangeRefused(detail or i18n.tr("remote.refused", status=status), status=status,
                         code=code, retry_after=retry)


def request(method: str, url: str, *, token: str | None = None, json_body: Any = None,
            data: bytes | None = None, timeout: float = DEFAULT_TIMEOUT) -> bytes:
    """One HTTP exchange; the answer's bytes, or a :class:`RemoteError`."""
    headers = {"User-Agent": _user_agent(), "Accept": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    if json_body is not None:
        data = json.dumps(json_body, ensure_ascii=False).encode("utf-8")
        headers["Content-Type"] = "application/json"
    elif data is not None:
        headers["Content-Type"] = "application/octet-stream"
    req = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with _opener().open(req, timeout=timeout) as resp:
            answer: bytes = resp.read(MAX_ANSWER + 1)
    except urllib.error.HTTPError as exc:
        with exc:
            try:
                body = exc.read(64 * 1024)
            except (OSError, http.client.HTTPException):
                body = b""
            raise _refusal(exc.code, body, exc.headers) from None
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as exc:
        # URLError wraps refused connections and unknown hosts; a timeout is an OSError;
        # a server that hangs up mid-answer is an HTTPException.
        reason = getattr(exc, "reason", exc)
        raise Unreachable(i18n.tr("remote.unreachable", url=url, reason=reason)) from None
    if len(answer) > MAX_ANSWER:
        raise Unreachable(i18n.tr("remote.malformed", what="too large"))
    return answer


def _json_of(answer: bytes) -> dict[str, Any]:
    try:
        data = json.loads(answer.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Unreachable(i18n.tr("remote.malformed", what="not JSON")) from None
    if not isinstance(data, dict):
        raise Unreachable(i18n.tr("remote.malformed", what="not an object"))
    return data


def sign_in(url: str, login: str, password: str, device: str,
            *, timeout: float = DEFAULT_TIMEOUT) -> Connection:
    """Sign in on the server at *url*; the connection carries the token it handed out.

    Raises TokenRefused (wrong login or password, person disabled), ChangeRefused
    (too many attempts: ``retry_after``), Unreachable.
    """
    base = normalise_url(url)
    answer = _json_of(request("POST", f"{base}/auth/login", timeout=timeout, json_body={
        "login": login, "password": password, "device": device}))
    token, person = answer.get("token"), answer.get("person")
    if not isinstance(token, str) or not token or not isinstance(person, dict) \
            or not isinstance(person.get("login"), str):
        raise Unreachable(i18n.tr("remote.malformed", what="no token"))
    return Connection(url=base, login=person["login"], token=token)


def sign_out(conn: Connection, *, timeout: float = DEFAULT_TIMEOUT) -> None:
    """Revoke this connection's token on the server (a token already refused is done).

    Raises Unreachable: the token then stays valid on the server until it expires
    or an administrator revokes it.
    """
    with contextlib.suppress(TokenRefused):
        request("POST", f"{conn.url}/auth/logout", token=conn.token, timeout=timeout)


class HttpTransport:
    """:class:`editor_app.services.sync_client.Transport` over HTTP, as *conn*'s person."""

    def __init__(self, conn: Connection, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.conn = conn
        self.timeout = timeout

    def _call(self, method: str, path: str, **kwargs: Any) -> bytes:
        return request(method, f"{self.conn.url}{path}", token=self.conn.token,
                       timeout=self.timeout, **kwargs)

    def me(self) -> dict[str, Any]:
        """The signed-in person as the server sees them (``id, login, name, role…``)."""
        return _json_of(self._call("GET", "/me"))

    def push(self, body: dict[str, Any]) -> dict[str, Any]:
        answer = _json_of(self._call("POST", "/sync/push", json_body=body))
        results = answer.get("results")
        if not isinstance(results, list) or len(results) != len(body.get("changes", ())) \
                or not all(isinstance(r, dict) for r in results):
            raise Unreachable(i18n.tr("remote.malformed", what="push results"))
        return answer

    def pull(self, after: int, limit: int) -> dict[str, Any]:
        query = urllib.parse.urlencode({"after": int(after), "limit": int(limit)})
        answer = _json_of(self._call("GET", f"/sync/pull?{query}"))
        if not isinstance(answer.get("entries"), list) or type(answer.get("next")) is not int \
                or not isinstance(answer.get("more"), bool):
            raise Unreachable(i18n.tr("remote.malformed", what="pull page"))
        return answer

    def media_missing(self, hashes: list[str]) -> dict[str, Any]:
        answer = _json_of(self._call("POST", "/sync/media/missing", json_body={"hashes": hashes}))
        if not isinstance(answer.get("missing"), list):
            raise Unreachable(i18n.tr("remote.malformed", what="missing media"))
        return answer

    def media_put(self, sha256: str, data: bytes) -> dict[str, Any]:
        return _json_of(self._call("PUT", f"/sync/media/{_checked(sha256)}", data=data))

    def media_get(self, sha256: str) -> bytes:
        data = self._call("GET", f"/sync/media/{_checked(sha256)}")
        if hashlib.sha256(data).hexdigest() != sha256:
            # Damaged on the way (or a proxy's page): nothing is stored, the next sync retries.
            raise Unreachable(i18n.tr("remote.malformed", what=f"image {sha256[:12]}…"))
        return data


def _checked(sha256: str) -> str:
    # Only a hash may become part of a URL path: never "../" or a query.
    if not SHA256.match(sha256):
        raise ChangeRefused(i18n.tr("remote.malformed", what="image name"))
    return sha256
