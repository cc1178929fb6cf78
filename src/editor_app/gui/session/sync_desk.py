"""The desktop's connection to the newsroom server: connecting, syncing, what arrives.

Sync runs on its own thread (``Tasks.sync``): never on the UI thread, never two at
once, and beside reads and autosaves, which go on while the network is slow (the
store's busy timeout lets the two writers take turns). In the background it runs every
minute; when the server cannot be reached it waits longer each time (1, 2, 4, 8, then
15 minutes) and says "Offline" in the status bar, never in a message box. F5 or
"Sync now" tries at once and starts the schedule over.

The services are imported inside the jobs: the window never imports the store layer.
"""

from __future__ import annotations

import logging
import socket
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from editor_app.gui.actions import ActionName as A
from editor_app.gui.panels.sync_status import SyncState
from editor_app.render.dates import VIETNAM

if TYPE_CHECKING:
    from editor_app.domain.entities import Article, Person
    from editor_app.gui.dialogs.connect_server import ConnectDialog
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.autosave import AutosaveSession
    from editor_app.gui.session.context import SessionContext
    from editor_app.gui.session.editing import Editing
    from editor_app.gui.session.review_side import ReviewSide
    from editor_app.paths import Paths

log = logging.getLogger(__name__)

INTERVAL_S = 60  # a background sync a minute while all is well
LONGEST_WAIT_S = 15 * 60  # the longest wait while the server stays down
SYNC_TIMEOUT_S = 20.0  # a server silent this long counts as down (the default is for the CLI)


def next_delay(failures: int) -> int:
    """Seconds until the next background sync after *failures* failed ones in a row.

    0 failures: a minute. Then 1, 2, 4, 8 minutes, and 15 from the fifth on.
    """
    if failures <= 0:
        return INTERVAL_S
    return min(INTERVAL_S * 2 ** min(failures - 1, 10), LONGEST_WAIT_S)


@dataclass
class Outcome:
    """What a sync job found, in plain values (the UI thread imports no services)."""

    kind: str  # "ok", "offline", "sign_in", "not_connected", "refused"
    message: str = ""
    received: int = 0
    changed: set[str] = field(default_factory=set)  # article ids merged or in conflict
    waiting: int = 0
    conflicts: int = 0
    url: str = ""
    login: str = ""
    person: Person | None = None  # the person at the desk, if the sync gave them a new id


def _connection_of(paths: Paths) -> tuple[str, str]:
    from editor_app.services import credentials

    return credentials.server_url(paths) or "", credentials.signed_in_login(paths) or ""


def _renamed(services: Any, person: Person | None) -> Person | None:
    """The person at the desk again, if the sync moved them to the server's id.

    A person made on this desktop before it was connected becomes the newsroom's
    person with the same login (services/sync_people.py); the window still holds the
    old id, which no service knows any more.
    """
    from editor_app.domain.errors import NotFound

    if services is None or person is None:
        return None
    try:
        services.people.get(person.id)
    except NotFound:
        try:
            return services.people.by_login(person.login)
        except NotFound:
            return None
    return None


class SyncDesk(QObject):
    def __init__(self, window: MainWindow, context: SessionContext, autosave: AutosaveSession,
                 editing: Editing, review: ReviewSide) -> None:
        super().__init__(window)
        self.w, self.context, self.autosave = window, context, autosave
        self.editing, self.review = editing, review
        self.status = window.sync_status
        self.paths: Paths | None = None
        self.uow: Any = None
        self.url = ""
        self.login = ""  # signed in on the server as (empty: not connected)
        self.running = False
        self.again = False  # F5 while a sync ran: one more right after
        self.failures = 0
        self.finished = 0  # syncs that have answered (tests wait on it)
        self.last_sync: datetime | None = None
        self.outcome: Outcome | None = None
        self.dialog: ConnectDialog | None = None  # the one open now (tests reach it)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._background)
        self._server_article: Article | None = None  # the newer text the bar offers
        # A save here adds to "N changes waiting": counted a moment after (one read).
        self.recount = QTimer(self, singleShot=True, interval=300)
        self.recount.timeout.connect(self._count)
        context.article_saved.connect(lambda _a: self.recount.start())
        context.articles_changed.connect(self.recount.start)
        a = window.registry
        a.on(A.CONNECT_SERVER, lambda: self.connect_dialog())
        a.on(A.DISCONNECT_SERVER, self.disconnect_server)
        a.on(A.SYNC_NOW, self.sync_now)
        self.status.sync_clicked.connect(self.sync_now)
        self.status.sign_in_clicked.connect(lambda: self.connect_dialog())
        bar = window.server_changed_bar
        bar.reload_clicked.connect(self._reload_from_server)
        bar.keep_clicked.connect(self._keep_editing)
        context.person_changed.connect(lambda _p: self._allow())
        context.signed_out.connect(self._allow)
        context.article_changed.connect(lambda _a: bar.hide())
        window.language_changed.connect(self._show)
        self._allow()

    @property
    def connected(self) -> bool:
        return bool(self.login)

    def attach(self, paths: Paths, uow: Any) -> None:
        """The store is open: which server it syncs with, and a first sync if connected."""
        self.paths, self.uow = paths, uow

        def look() -> Outcome:
            from editor_app.services import sync_session

            url, login = _connection_of(paths)
            return Outcome("ok", waiting=sync_session.waiting(uow),
                           conflicts=sync_session.in_conflict(uow), url=url, login=login)

        def found(outcome: Outcome) -> None:
            self.url, self.login = outcome.url, outcome.login
            self.outcome = Outcome("idle", waiting=outcome.waiting, conflicts=outcome.conflicts)
            self._allow()
            self._show()
            if self.connected:
                self.sync_now()

        self.context.read(look, found)

    # -- actions -------------------------------------------------------------------------
    def _allow(self) -> None:
        a = self.w.registry
        ready = self.paths is not None and self.context.person is not None \
            and not self.context.read_only
        a.allow(A.CONNECT_SERVER, ready)
        a.allow(A.DISCONNECT_SERVER, ready and self.connected)
        a.allow(A.SYNC_NOW, ready and self.connected)
        self.status.setVisible(self.paths is not None)

    def connect_dialog(self, message: str = "") -> None:
        """Ask for the server, the login and the password; sign in off the UI thread."""
        if self.paths is None or self.dialog is not None:
            return
        person = self.context.person
        login = self.login or (person.login if person is not None else "")
        from editor_app.gui.dialogs.connect_server import ConnectDialog

        dlg = ConnectDialog(self.url, login, socket.gethostname() or "desktop", self.w,
                            connected_to=self.url if self.connected else "", message=message)
        self.dialog = dlg
        dlg.submitted.connect(lambda *args: self._sign_in(dlg, *args))
        dlg.finished.connect(lambda _r: self._closed(dlg))
        dlg.open()

    def _closed(self, dlg: ConnectDialog) -> None:
        if self.dialog is dlg:
            self.dialog = None
        dlg.deleteLater()

    def _sign_in(self, dlg: ConnectDialog, url: str, login: str, password: str,
                 device: str) -> None:
        paths, uow = self.paths, self.uow
        assert paths is not None

        def sign_in() -> Outcome:
            from editor_app.domain.errors import DomainError
            from editor_app.domain.text import nfc
            from editor_app.services import credentials, remote, sync_session

            try:
                base = remote.normalise_url(url)
                sync_session.ensure_client(uow.engine)  # a server's own store is refused
                conn = remote.sign_in(base, nfc(login.lower()), password, nfc(device)[:100],
                                      timeout=SYNC_TIMEOUT_S)
            except ValueError as exc:
                return Outcome("refused", str(exc))
            except remote.TokenRefused as exc:
                return Outcome("sign_in", str(exc))
            except remote.Unreachable as exc:
                return Outcome("offline", str(exc))
            except (remote.RemoteError, DomainError) as exc:
                return Outcome("refused", str(exc))
            credentials.set_server_url(paths, conn.url)
            credentials.save(paths, conn)
            return Outcome("ok", url=conn.url, login=conn.login)

        def answered(outcome: Outcome) -> None:
            if outcome.kind != "ok":
                text = {"sign_in": self.tr("The server refused this login and password: %1"),
                        "offline": self.tr("The server could not be reached: %1")}.get(
                    outcome.kind, "%1").replace("%1", outcome.message)
                dlg.refuse(text)
                return
            log.info("connected to %s as %s", outcome.url, outcome.login)
            self.url, self.login, self.failures = outcome.url, outcome.login, 0
            dlg.succeed()
            self._allow()
            self.sync_now()

        def failed(exc: Exception) -> None:
            dlg.refuse(str(exc))

        self.context.tasks.sync(sign_in, answered, failed)

    def disconnect_server(self) -> None:
        """Sign out on the server and forget the token here (after asking)."""
        if self.paths is None or not self.connected:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Disconnect from the server"),
                          self.tr("Disconnect this computer from %1? Your articles stay here; "
                                  "changes not yet sent (%2) wait until you connect again.")
                          .replace("%1", self.url)
                          .replace("%2", str(self.outcome.waiting if self.outcome else 0)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.w)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        paths = self.paths

        def sign_out() -> None:
            from editor_app.services import credentials, remote

            conn = credentials.load(paths)
            if conn is not None:
                try:
                    remote.sign_out(conn, timeout=SYNC_TIMEOUT_S)
                except remote.RemoteError as exc:  # the token expires on the server anyway
                    log.info("sign-out on the server failed: %s", exc)
            credentials.forget(paths)

        self.timer.stop()
        self.login = ""
        self._allow()
        self._show()
        self.context.tasks.sync(sign_out, lambda _r: self._show())

    # -- syncing -------------------------------------------------------------------------
    def sync_now(self) -> None:
        """F5: sync at once; the background schedule starts over."""
        self.failures = 0
        self._run()

    def _background(self) -> None:
        self._run()

    def _run(self) -> None:
        if self.paths is None or not self.connected:
            return
        if self.running:
            self.again = True
            return
        self.timer.stop()
        self.running = True
        self._show()
        paths, uow = self.paths, self.uow
        services, person = self.context.services, self.context.person

        def sync() -> Outcome:
            from editor_app.domain.errors import DomainError
            from editor_app.services import remote, sync_session

            try:
                report = sync_session.run_sync(uow, paths, timeout=SYNC_TIMEOUT_S)
            except sync_session.NotConnected as exc:
                outcome = Outcome("not_connected", str(exc))
            except remote.TokenRefused as exc:
                outcome = Outcome("sign_in", str(exc))
            except remote.Unreachable as exc:
                outcome = Outcome("offline", str(exc))
            except (remote.RemoteError, DomainError) as exc:
                outcome = Outcome("refused", str(exc))
            else:
                outcome = Outcome("ok", received=report.received,
                                  changed={*report.merged, *report.conflicts,
                                           *(r.article_id for r in report.rejected),
                                           *(a for a, _ in report.uncategorised)})
            outcome.waiting = sync_session.waiting(uow)
            outcome.conflicts = sync_session.in_conflict(uow)
            outcome.person = _renamed(services, person)
            return outcome

        self.context.tasks.sync(sync, self._synced, self._crashed)

    def _synced(self, outcome: Outcome) -> None:
        self.running = False
        self.finished += 1
        self.outcome = outcome
        if outcome.person is not None:
            log.info("%s is the newsroom's person now", outcome.person.login)
            self.context.sign_in(outcome.person)  # the old id is gone; role as the server says
        if outcome.kind == "ok":
            self.failures = 0
            self.last_sync = datetime.now(UTC)
            if outcome.received or outcome.changed:
                self._arrived()
        elif outcome.kind in ("offline", "refused"):
            self.failures += 1
            log.info("sync failed (%s), next try in %s s: %s", outcome.kind,
                     next_delay(self.failures), outcome.message)
        elif outcome.kind == "sign_in":
            log.info("the server refused the sign-in: %s", outcome.message)
            self.login = ""  # no more tries until the person signs in again
            self._allow()
        elif outcome.kind == "not_connected":
            self.login = ""
            self._allow()
        self._next()

    def _crashed(self, exc: Exception) -> None:
        # Not the network: the store (busy, damaged) or a bug, already logged with its
        # traceback. Said in the status bar; tried again later like a server that is down.
        self.running = False
        self.finished += 1
        self.failures += 1
        self.outcome = Outcome("refused", str(exc),
                               waiting=self.outcome.waiting if self.outcome else 0)
        self._next()

    def _next(self) -> None:
        self._show()
        if self.again:
            self.again = False
            self.sync_now()
        elif self.connected:
            self.timer.start(next_delay(self.failures) * 1000)

    def _count(self) -> None:
        uow = self.uow
        if uow is None or not self.connected or self.running:
            return  # a sync under way counts when it ends

        def count() -> tuple[int, int]:
            from editor_app.services import sync_session

            return sync_session.waiting(uow), sync_session.in_conflict(uow)

        def counted(result: tuple[int, int]) -> None:
            if self.outcome is None:
                self.outcome = Outcome("idle")
            self.outcome.waiting, self.outcome.conflicts = result
            self._show()

        self.context.read(count, counted)

    # -- what the status bar says ----------------------------------------------------------
    def _show(self) -> None:
        o = self.outcome or Outcome("idle")
        last = self.last_sync.astimezone(VIETNAM).strftime("%H:%M") if self.last_sync else ""
        detail = o.message if o.kind not in ("ok", "idle") else ""
        if self.connected:
            detail = "\n".join(x for x in (self.tr("Signed in as %1").replace(
                "%1", self.login), detail) if x)
        if self.running:
            state = SyncState.SYNCING
        elif o.kind == "sign_in":
            state = SyncState.SIGN_IN
        elif not self.connected:
            state = SyncState.NOT_CONNECTED
        elif o.kind in ("offline", "refused"):
            state = SyncState.OFFLINE
        elif o.conflicts:
            state = SyncState.CONFLICTS
        elif o.waiting:
            state = SyncState.WAITING
        elif o.kind == "ok":
            state = SyncState.UP_TO_DATE
        else:
            state = SyncState.WAITING if o.waiting else SyncState.UP_TO_DATE
        self.status.retranslate()
        # The action's icon, drawn in the palette's colours once icons are loaded.
        self.status.button.setIcon(self.w.registry[A.SYNC_NOW].icon())
        self.status.show_state(state, waiting=o.waiting, conflicts=o.conflicts, last_sync=last,
                               server=self.url, detail=detail)

    # -- what arrived --------------------------------------------------------------------
    def _arrived(self) -> None:
        """The list shows the new state; the open article too, unless it is being edited."""
        self.context.articles_changed.emit()
        article, services = self.context.article, self.context.services
        if article is None or services is None:
            return
        article_id, shown = article.id, article

        def newer(fresh: Article) -> None:
            current = self.context.article
            if current is None or current.id != article_id:
                return  # another article was opened meanwhile
            if fresh.revision_id == shown.revision_id and fresh.body == shown.body:
                self.review.load_comments()  # the text is the same; comments may be new
                return
            if self.autosave.dirty or self.autosave.saving:
                self._server_article = fresh
                self.w.server_changed_bar.show()
                self.review.load_comments()
                return
            self.context.show(fresh)  # reloads the text, the details and the side panels

        self.context.read(lambda: services.drafting.get(article_id), newer)

    def _reload_from_server(self) -> None:
        """Reload: what is typed and unsaved goes; the server's text is shown."""
        self.w.server_changed_bar.hide()
        self.autosave.timer.stop()
        self.autosave.edits = self.autosave.saved_edits  # dropped on purpose
        self._server_article = None
        self.editing.reload()

    def _keep_editing(self) -> None:
        """Keep editing: the text stays; it is saved here and sent with the next sync."""
        self.w.server_changed_bar.hide()
        fresh, self._server_article = self._server_article, None
        if fresh is not None and fresh.version > self.autosave.version:
            self.autosave.version = fresh.version  # saved on top: the server's is history
        self.autosave.touched()
