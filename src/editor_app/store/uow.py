"""Unit of work: one session, one transaction, committed once by the service.

Readers begin a deferred transaction and see one consistent snapshot;
writers begin IMMEDIATE so they queue for SQLite's single write lock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Self

from sqlalchemy.orm import Session

from editor_app.store import repositories as repo
from editor_app.store.engine import WRITE_OPTION

if TYPE_CHECKING:
    from types import TracebackType

    from sqlalchemy import Engine


class UnitOfWork:
    def __init__(self, engine: Engine, *, write: bool) -> None:
        self._engine = engine.execution_options(**{WRITE_OPTION: True}) if write else engine
        self.write = write

    def __enter__(self) -> Self:
        self.session = Session(bind=self._engine, expire_on_commit=False, autoflush=True)
        s = self.session
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
        self.session.rollback()
        self.session.close()


class UnitOfWorkFactory:
    """What services receive: makes a unit of work, knows nothing else."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def __call__(self, *, write: bool = False) -> UnitOfWork:
        return UnitOfWork(self.engine, write=write)
