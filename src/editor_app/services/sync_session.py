"""One sync of a desktop's store with its newsroom server: what the CLI and the window call.

:func:`run_sync` reads the data folder's sign-in (:mod:`credentials`), pushes the
outbox and pulls over HTTP (:mod:`remote`), and reports. It raises
:class:`NotConnected` (no server set or nobody signed in), :class:`remote.Unreachable`
(nothing lost: try again later) or :class:`remote.TokenRefused` (sign in again).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor_app.domain import i18n
from editor_app.domain.errors import InvalidState
from editor_app.services import credentials
from editor_app.services.common import now
from editor_app.services.remote import DEFAULT_TIMEOUT, HttpTransport, RemoteError
from editor_app.services.sync_client import SyncClient, SyncReport, Transport
from editor_app.store import sync_capture

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from editor_app.paths import Paths
    from editor_app.services.common import Clock
    from editor_app.store.uow import UnitOfWorkFactory


class NotConnected(RemoteError):
    """No server set for this data folder, or nobody signed in to it."""


def ensure_client(engine: Engine) -> None:
    """Make this store a sync client (its own changes from now on go to the outbox).

    Refuses a server's store: it is the newsroom's truth, not a working copy.
    """
    mode = sync_capture.mode_of(engine)
    if mode == sync_capture.SERVER:
        raise InvalidState(i18n.tr("remote.server_store"))
    if mode != sync_capture.CLIENT:
        sync_capture.set_mode(engine, sync_capture.CLIENT)


def run_sync(uow_factory: UnitOfWorkFactory, paths: Paths, *, clock: Clock = now,
             timeout: float = DEFAULT_TIMEOUT, transport: Transport | None = None) -> SyncReport:
    """Push this store's waiting changes, then pull the server's; what happened.

    *transport* replaces HTTP (tests); the sign-in is still required.
    """
    conn = credentials.load(paths)
    if conn is None:
        key = "remote.no_server" if credentials.server_url(paths) is None else "remote.signed_out"
        raise NotConnected(i18n.tr(key))
    ensure_client(uow_factory.engine)
    client = SyncClient(uow_factory, transport or HttpTransport(conn, timeout=timeout), clock)
    return client.sync()


def waiting(uow_factory: UnitOfWorkFactory) -> int:
    """How many local changes wait to be accepted by the server (no network)."""
    return SyncClient(uow_factory, _NoTransport()).waiting()


class _NoTransport:
    def push(self, body: dict[str, object]) -> dict[str, object]:
        raise NotImplementedError

    def pull(self, after: int, limit: int) -> dict[str, object]:
        raise NotImplementedError

    def media_missing(self, hashes: list[str]) -> dict[str, object]:
        raise NotImplementedError

    def media_put(self, sha256: str, data: bytes) -> dict[str, object]:
        raise NotImplementedError

    def media_get(self, sha256: str) -> bytes:
        raise NotImplementedError


def in_conflict(uow_factory: UnitOfWorkFactory) -> int:
    """How many articles here wait for a person to resolve a conflict (the status bar)."""
    from sqlalchemy import func, select

    from editor_app.store.models import ArticleRow

    with uow_factory() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(ArticleRow).where(
            ArticleRow.conflict_revision_id.is_not(None))) or 0)
