"""Unit of work: one session, one transaction, committed once by the service.

Readers begin a deferred transaction and see one consistent snapshot;
writers begin IMMEDIATE so they queue for SQLite's single write lock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Self

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from editor_app.domain import i18n
from editor_app.domain.errors import ReadOnlyStore, StorageError, StorageFull, StoreBusy
from editor_app.store import accounts, sync_capture, tokens
from editor_app.store import repositories as repo
from editor_app.store.engine import WRITE_OPTION

if TYPE_CHECKING:
    from types import TracebackType

    from sqlalchemy import Engine


def storage_error(exc: OperationalError) -> StorageError | None:
    """The person-readable form of what SQLite (or PostgreSQL) said, when we know it."""
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return StorageFull(i18n.tr("disk_full"))
    if "readonly" in text or "read-only" in text:
        return ReadOnlyStore(i18n.tr("read_only"))
    if "database is locked" in text or "busy" in text or "lock timeout" in text:
        return StoreBusy(i18n.tr("busy"))
    return None


class UnitOfWork:
    def __init__(self, engine: Engine, *, write: bool, read_only: bool = False) -> None:
        if write and read_only:
            raise ReadOnlyStore(i18n.tr("read_only"))
        self._engine = engine.execution_options(**{WRITE_OPTION: True}) if write else engine
        self._sync_mode = sync_capture.mode_of(engine) if write else ""
        self.write = write

    def __enter__(self) -> Self:
        self.session = Session(bind=self._engine, expire_on_commit=False, autoflush=True)
        s = self.session
        s.info["sync_mode"] = self._sync_mode  # the log (server) or the outbox (client)
        self.people = repo.People(s)
        self.categories = repo.Categories(s)
        self.articles = repo.Articles(s)
        self.revisions = repo.Revisions(s)
        self.transitions = repo.Transitions(s)
        self.comments = repo.Comments(s)
        self.media = repo.Media(s)
        self.related = repo.Related(s)
        self.exports = repo.Exports(s)
        self.search = repo.Search(s)
        self.credentials = accounts.Credentials(s)
        self.sign_in_failures = accounts.SignInFailures(s)
        self.audit = accounts.Audit(s)
        self.devices = accounts.RememberedDevices(s)
        self.tokens = tokens.Tokens(s)
        return self

    def commit(self) -> None:
        self.session.commit()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # Anything not committed explicitly is rolled back.
        try:
            self.session.rollback()
        finally:
            self.session.close()
        if isinstance(exc, OperationalError):
            mapped = storage_error(exc)
            if mapped is not None:
                raise mapped from exc


class UnitOfWorkFactory:
    """What services receive: makes a unit of work, knows nothing else."""

    def __init__(self, engine: Engine, *, read_only: bool = False) -> None:
        self.engine = engine
        self.read_only = read_only

    @property
    def defers_index(self) -> bool:
        """True where saves leave the search index to its next reader (search_index.defers)."""
        return self.engine.dialect.name == "sqlite"

    def __call__(self, *, write: bool = False) -> UnitOfWork:
        return UnitOfWork(self.engine, write=write, read_only=self.read_only)
