"""The status bar's sync state: one line a reporter reads at a glance, and "Sync now".

It only shows what it is told (:meth:`SyncStatus.show_state`); gui/session/sync_desk.py
decides the state.
"""

from __future__ import annotations

import html
import re
from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class SyncState(StrEnum):
    NOT_CONNECTED = "not_connected"
    SYNCING = "syncing"
    UP_TO_DATE = "up_to_date"
    WAITING = "waiting"  # changes made here, not yet on the server
    CONFLICTS = "conflicts"
    OFFLINE = "offline"  # the server could not be reached
    SIGN_IN = "sign_in"  # the server refused the sign-in: sign in again


class SyncStatus(QWidget):
    sync_clicked = Signal()
    sign_in_clicked = Signal()  # the label's link when the server wants a new sign-in

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_status")
        self.state = SyncState.NOT_CONNECTED
        self.label = QLabel(self)
        self.label.setObjectName("sync_label")
        self.label.setTextFormat(Qt.TextFormat.RichText)  # a link; every value is escaped
        self.label.linkActivated.connect(lambda _l: self.sign_in_clicked.emit())
        self.button = QToolButton(self)
        self.button.setObjectName("sync_now")
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.clicked.connect(self.sync_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 6, 0)
        row.setSpacing(4)
        row.addWidget(self.label)
        row.addWidget(self.button)
        self.retranslate()
        self.show_state(SyncState.NOT_CONNECTED)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Sync now"))
        self.button.setToolTip(self.tr("Send your changes and fetch your colleagues' (F5)"))

    def show_state(self, state: SyncState, *, waiting: int = 0, conflicts: int = 0,
                   last_sync: str = "", server: str = "", detail: str = "") -> None:
        """Show *state*; *last_sync* is the time of the last good sync ("09:41")."""
        self.state = state
        text = {
            SyncState.NOT_CONNECTED: self.tr("Not connected to a server"),
            SyncState.SYNCING: self.tr("Syncing…"),
            SyncState.UP_TO_DATE: self.tr("Up to date"),
            SyncState.WAITING: self._waiting(waiting),
            SyncState.CONFLICTS: (self.tr("1 article in conflict") if conflicts == 1 else
                                  self.tr("%1 articles in conflict").replace("%1",
                                                                             str(conflicts))),
            SyncState.OFFLINE: self.tr("Offline"),
            SyncState.SIGN_IN: self.tr("Sign in again"),
        }[state]
        if state == SyncState.OFFLINE and waiting:
            text = self.tr("Offline — %1").replace("%1", self._waiting(waiting))
        if last_sync and state not in (SyncState.NOT_CONNECTED, SyncState.SIGN_IN):
            text += " · " + self.tr("synced %1").replace("%1", last_sync)
        html = _escape(text)
        if state == SyncState.SIGN_IN:
            html = f'<a href="sign-in">{html}</a>'
        colour = {SyncState.OFFLINE: "#8a6d00", SyncState.SIGN_IN: "#b02a37",
                  SyncState.CONFLICTS: "#b02a37"}.get(state)
        if colour:
            html = f'<span style="color:{colour}">{html}</span>'
        self.label.setText(html)
        tip = [self.tr("Server: %1").replace("%1", server)] if server else []
        if detail:
            tip.append(detail)
        self.label.setToolTip("\n".join(tip))
        self.button.setVisible(state not in (SyncState.NOT_CONNECTED, SyncState.SIGN_IN))
        self.button.setEnabled(state != SyncState.SYNCING)

    def _waiting(self, n: int) -> str:
        # Two texts, not Qt's %n plural: English needs no catalogue of its own this way.
        if n == 1:
            return self.tr("1 change waiting")
        return self.tr("%1 changes waiting").replace("%1", str(n))

    @property
    def text(self) -> str:
        """What the label says, without markup (tests and screen readers)."""
        return html.unescape(re.sub(r"<[^>]+>", "", self.label.text()))


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


class ServerChangedBar(QFrame):
    """Over the editor, not modal: the open article changed on the server while typing."""

    reload_clicked = Signal()
    keep_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("server_changed_bar")
        self.setStyleSheet("#server_changed_bar { background:#cfe2ff; color:#052c65; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.reload = QPushButton(self)
        self.reload.setObjectName("server_reload")
        self.keep = QPushButton(self)
        self.keep.setObjectName("server_keep")
        self.reload.clicked.connect(self.reload_clicked)
        self.keep.clicked.connect(self.keep_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.reload)
        row.addWidget(self.keep)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("This article changed on the server."))
        self.reload.setText(self.tr("Reload"))
        self.reload.setToolTip(self.tr("Show the server's text; what you typed since the "
                                       "last save is dropped"))
        self.keep.setText(self.tr("Keep editing"))
        self.keep.setToolTip(self.tr("Keep your text; it is saved and sent with the next sync"))
