"""Where a target's application password is kept: never in the store, never in a log.

The OS keyring (the optional ``keyring`` package: Secret Service, macOS Keychain,
Windows Credential Locker) when one is usable; otherwise one JSON file in the
config folder that only the user can read (0600, folder 0700), written atomically.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from editor_app import atomic
from editor_app.domain.errors import DomainError

SERVICE = "editor-app/publishing"
FILE_NAME = "publishing-secrets.json"


def _keyring():  # noqa: ANN202 - optional module
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    with contextlib.suppress(Exception):
        backend = keyring.get_keyring()
        if not isinstance(backend, fail.Keyring) and backend.priority > 0:
            return keyring
    return None


class SecretStore:
    def __init__(self, config_dir: Path, *, use_keyring: bool = True) -> None:
        self._file = Path(config_dir) / FILE_NAME
        self._use_keyring = use_keyring

    @property
    def where(self) -> str:
        """Said to the person who adds a target (never the secret itself)."""
        return "the OS keyring" if self._ring() is not None else str(self._file)

    def _ring(self):  # noqa: ANN202
        return _keyring() if self._use_keyring else None

    def put(self, key: str, secret: str) -> None:
        ring = self._ring()
        if ring is not None:
            try:
                ring.set_password(SERVICE, key, secret)
                return
            except Exception:
                pass
        data = self._read()
        data[key] = secret
        self._write(data)

    def get(self, key: str) -> str | None:
        ring = self._ring()
        if ring is not None:
            with contextlib.suppress(Exception):
                found = ring.get_password(SERVICE, key)
                if found is not None:
                    return str(found)
        return self._read().get(key)

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self._file.read_text("utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise DomainError(f"{self._file}: unreadable ({type(exc).__name__})") from None
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def _write(self, data: dict[str, str]) -> None:
        self._file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with atomic.atomic_path(self._file) as tmp:
            os.chmod(tmp, 0o600)  # before a byte of the secret is in it
            tmp.write_text(json.dumps(data), "utf-8")
        os.chmod(self._file, 0o600)
