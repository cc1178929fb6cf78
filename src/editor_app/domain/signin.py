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

_MESSAGES = {
    "refused": {"en": "Wrong login or password.", "vi": "Sai tên đăng nhập hoặc mật khẩu."},
    "throttled": {
        "en": "Too many failed sign-ins for “{login}”. Try again in {seconds} s.",
        "vi": "Đăng nhập sai quá nhiều lần với “{login}”. Hãy thử lại sau {seconds} giây.",
    },
    "disabled": {
        "en": "{name}'s account is disabled. Ask an administrator.",
        "vi": "Tài khoản của {name} đã bị khóa. Hãy liên hệ quản trị viên.",
    },
    "too_short": {
        "en": "The password must have at least {n} characters.",
        "vi": "Mật khẩu phải có ít nhất {n} ký tự.",
    },
    "too_long": {
        "en": "The password may have at most {n} characters.",
        "vi": "Mật khẩu chỉ được tối đa {n} ký tự.",
    },
    "old_wrong": {"en": "The current password is wrong.", "vi": "Mật khẩu hiện tại không đúng."},
    "last_admin": {
        "en": "{name} is the last active administrator: add or enable another first.",
        "vi": "{name} là quản trị viên cuối cùng đang hoạt động: hãy thêm hoặc mở khóa "
              "người khác trước.",
    },
}


def message(key: str, **params: object) -> str:
    return _MESSAGES[key][i18n.language()].format(**params)


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
