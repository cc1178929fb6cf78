"""Domain errors: each carries a message a person can act on.

The CLI maps each class to an exit code; the GUI shows the message.
"""

from __future__ import annotations


class DomainError(Exception):
    """Base of every refusal the core makes on purpose."""

    exit_code = 1


class NotFound(DomainError):
    exit_code = 4


class PermissionDenied(DomainError):
    exit_code = 3


class InvalidState(DomainError):
    exit_code = 5


class InvalidInput(DomainError):
    exit_code = 5


class Conflict(DomainError):
    """A save based on an old version: the caller keeps its text and must choose."""

    exit_code = 5

    def __init__(self, message: str, *, current_version: int = 0, current_body: str = "") -> None:
        super().__init__(message)
        self.current_version = current_version
        self.current_body = current_body
