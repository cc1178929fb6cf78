"""One running instance per store: a lock file, and a local socket to wake the first one."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

if TYPE_CHECKING:
    from pathlib import Path


class SingleInstance(QObject):
    """``acquire()`` False: another instance holds the store (and was asked to show itself)."""

    activated = Signal()

    def __init__(self, lock_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        lock_file.parent.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(lock_file))
        self._lock.setStaleLockTime(0)  # a lock of a dead process is stale at once
        digest = hashlib.sha1(str(lock_file.resolve()).encode(), usedforsecurity=False)
        self.name = f"editor-app-{digest.hexdigest()[:16]}"
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        if not self._lock.tryLock(100):
            self._wake_other()
            return False
        QLocalServer.removeServer(self.name)
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self.name)
        return True

    def holder_pid(self) -> int:
        info = self._lock.getLockInfo()  # PySide6: (pid, hostname, appname) or falsy
        return int(info[0]) if info else 0

    def _wake_other(self) -> None:
        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if sock.waitForConnected(500):
            sock.write(b"activate\n")
            sock.waitForBytesWritten(500)
            sock.disconnectFromServer()

    def _on_connection(self) -> None:
        assert self._server is not None
        while (conn := self._server.nextPendingConnection()) is not None:
            conn.disconnected.connect(conn.deleteLater)
            self.activated.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()
