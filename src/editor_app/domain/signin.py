"""Signing in: the refusals a person sees, the password rule and the backoff policy.

Pure Python, so the desktop, the CLI and the future server share one policy.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from editor_app.domain import i18n
from editor_app.domain.errors import InvalidInput, PermissionDenied
from editor_app.domain.text import nfc

MIN_PASSWORD = 8
MAX_PASSWORD = 1024  # argon2 takes any length; a megabyte "password" is an attack
FREE_FAILURES = 3  # typos: the first three failures cost nothing extra
MAX_BLOCK = timedelta(minutes=15)
FORGET_AFTER = timedelta(days=1)

def message(key: str, **params: object) -> str:
    return i18n.tr(f"signin.{key}", **params)


class SignInRefused(PermissionDenied):
    """Wrong login or password: the same words for both, on purpose."""

    def __init__(self, text: str | None = None) -> None:
        super().__init__(text or message("refused"))


class SignInThrottled(SignInRefused):
    """Too many failures for this login: nothing is checked until *retry_after* passes."""

    def __init__(self, login: str, retry_after: int) -> None:
        super().__init__(message("throttled", login=login, seconds=retry_after))
        self.retry_after = retry_after


class AccountDisabled(SignInRefused):
    def __init__(self, name: str) -> None:
        super().__init__(message("disabled", name=name))


def check_password(password: str) -> str:
    """The password as it will be hashed (NFC: the same word typed on any keyboard)."""
    password = nfc(password)
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(message("too_short", n=MIN_PASSWORD))
    if len(password) > MAX_PASSWORD:
        raise InvalidInput(message("too_long", n=MAX_PASSWORD))
    return password


def blocked_until(failures: int, at: datetime) -> datetime | None:
    """After *failures* in a row, when the next attempt may be made: 1 s, 2 s, 4 s … 15 min."""
    if failures <= FREE_FAILURES:
        return None
    delay = timedelta(seconds=2 ** min(failures - FREE_FAILURES - 1, 20))
    return at + min(delay, MAX_BLOCK)
