"""Where a desktop keeps its newsroom server and its sign-in, per data folder.

``server.json`` in the data folder holds the server's URL, the signed-in login and
where the token is (never the token). The token goes to the OS keyring when the
optional ``keyring`` package is installed and has a working backend (``pip install
'editor-app[keyring]'``); otherwise to ``server-token`` beside it, a file only its
owner can read (0600). ``EDITOR_APP_KEYRING=0`` forces the file (tests, headless
machines whose keyring would prompt). Both files are written atomically.

Each data folder has its own sign-in: two stores on one machine (a test, a
reporter's second newsroom) never share a token.
"""

from __future__ import annotations

import contextlib
import json
import os
from typing import TYPE_CHECKING, Any

from editor_app import atomic
from editor_app.domain.text import nfc
from editor_app.services.remote import Connection, normalise_url

if TYPE_CHECKING:
    from pathlib import Path

    from editor_app.paths import Paths

CONFIG_FILE = "server.json"
TOKEN_FILE = "server-token"
ENV_KEYRING = "EDITOR_APP_KEYRING"
KEYRING_SERVICE = "editor-app"
KEYRING, FILE = "keyring", "file"


def _config_path(paths: Paths) -> Path:
    return paths.data_dir / CONFIG_FILE


def token_path(paths: Paths) -> Path:
    return paths.data_dir / TOKEN_FILE


def _read(paths: Paths) -> dict[str, Any]:
    try:
        data = json.loads(_config_path(paths).read_text(encoding="utf-8"))
    except (OSError, ValueError):  # none yet, or damaged: as if never set
        return {}
    return data if isinstance(data, dict) else {}


def _write(paths: Paths, data: dict[str, Any]) -> None:
    atomic.write_text(_config_path(paths), json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def server_url(paths: Paths) -> str | None:
    url = _read(paths).get("url")
    return url if isinstance(url, str) and url else None


def set_server_url(paths: Paths, url: str) -> str:
    """Remember the server (ValueError for a URL that is not http(s)://host…).

    Returns the URL as stored. A different server than before ends the sign-in:
    the token belongs to the old one.
    """
    url = normalise_url(url)
    data = _read(paths)
    if data.get("url") != url:
        forget(paths)
        data = {}
    data["url"] = url
    _write(paths, data)
    return url


def signed_in_login(paths: Paths) -> str | None:
    """Who is signed in on this data folder (reads no token: cheap for every command)."""
    data = _read(paths)
    login = data.get("login")
    return nfc(login) if isinstance(login, str) and login and data.get("url") else None


def token_store(paths: Paths) -> str | None:
    """"keyring" or "file": where the token of this folder's sign-in is kept."""
    where = _read(paths).get("token_in")
    return where if where in (KEYRING, FILE) and signed_in_login(paths) else None


def load(paths: Paths) -> Connection | None:
    """The signed-in connection, or None (no server, nobody signed in, token lost)."""
    data = _read(paths)
    url, login = server_url(paths), signed_in_login(paths)
    if url is None or login is None:
        return None
    token = None
    if data.get("token_in") == KEYRING:
        backend = _keyring()
        if backend is not None:
            with contextlib.suppress(Exception):  # a locked or broken keyring: sign in again
                token = backend.get_password(KEYRING_SERVICE, _key(paths, url, login))
    else:
        with contextlib.suppress(OSError, UnicodeDecodeError):
            token = token_path(paths).read_text(encoding="utf-8").strip()
    return Connection(url=url, login=login, token=token) if token else None


def save(paths: Paths, conn: Connection) -> str:
    """Keep *conn* for this data folder; returns where the token went ("keyring" or "file")."""
    url = normalise_url(conn.url)
    forget(paths)
    where = FILE
    backend = _keyring()
    if backend is not None:
        try:
            backend.set_password(KEYRING_SERVICE, _key(paths, url, conn.login), conn.token)
            where = KEYRING
        except Exception:  # any keyring failure: the file does the job
            where = FILE
    if where == FILE:
        _write_secret(token_path(paths), conn.token)
    _write(paths, {"url": url, "login": nfc(conn.login), "token_in": where})
    return where


def forget(paths: Paths) -> None:
    """Drop the sign-in (the token, wherever it is); the server's URL stays."""
    data = _read(paths)
    url, login = data.get("url"), data.get("login")
    if data.get("token_in") == KEYRING and isinstance(url, str) and isinstance(login, str):
        backend = _keyring()
        if backend is not None:
            with contextlib.suppress(Exception):
                backend.delete_password(KEYRING_SERVICE, _key(paths, url, login))
    token_path(paths).unlink(missing_ok=True)
    if "login" in data or "token_in" in data:
        data.pop("login", None)
        data.pop("token_in", None)
        _write(paths, data)


def _key(paths: Paths, url: str, login: str) -> str:
    return f"{login} @ {url} ({paths.data_dir})"


def _write_secret(target: Path, secret: str) -> None:
    # 0600 before the first byte is written: the token is never readable by others,
    # not even for an instant, and the rename keeps the mode.
    with atomic.atomic_path(target) as tmp:
        os.chmod(tmp, 0o600)
        tmp.write_text(secret + "\n", encoding="utf-8")


def _keyring() -> Any:
    """The keyring module when it is installed, allowed and has a real backend, else None."""
    if os.environ.get(ENV_KEYRING, "1").strip().lower() in ("0", "no", "false", "off"):
        return None
    try:
        import keyring  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None
    try:
        # The "fail" and "null" backends (no keyring service on this machine) have a
        # priority below 1: they would lose or refuse the token.
        if float(keyring.get_keyring().priority) < 1:
            return None
    except Exception:  # a backend that cannot even say: not usable
        return None
    return keyring
