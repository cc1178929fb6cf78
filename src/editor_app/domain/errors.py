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


class StorageError(DomainError):
    """The store could not keep what was asked; nothing was half-written."""

    exit_code = 1


class StorageFull(StorageError):
    pass


class ReadOnlyStore(StorageError):
    exit_code = 3


class StoreBusy(StorageError):
    pass


class StoreCorrupt(StorageError):
    """The store file is damaged or not a database; it was moved aside, never overwritten."""

    def __init__(self, message: str, *, moved_to: str = "", backup: str = "") -> None:
        super().__init__(message)
        self.moved_to = moved_to
        self.backup = backup


class Conflict(DomainError):
    """A save based on an old version: the caller keeps its text and must choose."""

    exit_code = 5

    def __init__(self, message: str, *, current_version: int = 0, current_body: str = "") -> None:
        super().__init__(message)
        self.current_version = current_version
        self.current_body = current_body
