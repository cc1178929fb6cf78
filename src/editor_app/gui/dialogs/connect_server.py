"""File → Connect to the newsroom server: its address, who signs in, from which device.

Like the sign-in dialog it touches neither the network nor the store: it says what
was typed (``submitted``) and shows the answer (``refuse`` or ``succeed``), so signing
in runs on a worker while the dialog stays responsive and shows that it is busy.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color:#b02a37;"
NOTE_STYLE = "color:#664d03;"


def is_private(url: str) -> bool:
    """HTTPS, or plain HTTP on this machine: a password sent there stays private.

    The same rule as ``services.remote.is_private`` (the GUI does not import services
    on the UI thread).
    """
    parts = urlsplit(url.strip())
    return parts.scheme == "https" or parts.hostname in ("localhost", "127.0.0.1", "::1")


class ConnectDialog(QDialog):
    submitted = Signal(str, str, str, str)  # url, login, password, device

    def __init__(self, url: str, login: str, device: str, parent: QWidget | None = None,
                 *, connected_to: str = "", message: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("connect_server")
        self.setWindowTitle(self.tr("Connect to the newsroom server"))
        self.setMinimumWidth(520)
        self._busy = False
        intro = QLabel(self.tr(
            "Your articles stay on this computer and you can work without a network; "
            "when the server can be reached, your changes are sent and your colleagues' "
            "arrive."), self)
        intro.setWordWrap(True)
        self.current = QLabel(self)
        self.current.setObjectName("connected_to")
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.current.setWordWrap(True)
        if connected_to:
            self.current.setText(self.tr("Now connected to %1.").replace("%1", connected_to))
        self.current.setVisible(bool(connected_to))
        self.url = QLineEdit(url, self)
        self.url.setObjectName("server_url")
        self.url.setPlaceholderText("https://newsroom.example.vn")
        self.login = QLineEdit(login, self)
        self.login.setObjectName("server_login")
        self.password = QLineEdit(self)
        self.password.setObjectName("server_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.device = QLineEdit(device, self)
        self.device.setObjectName("server_device")
        self.device.setMaxLength(100)
        form = QFormLayout()
        form.addRow(self.tr("Server address:"), self.url)
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("This computer's name:"), self.device)
        self.note = QLabel(self)  # plain HTTP to another machine: said, not refused
        self.note.setObjectName("connect_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.message = QLabel(message, self)  # why the last try failed
        self.message.setObjectName("connect_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # the server's words
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("connect_progress")
        self.progress.setRange(0, 0)  # busy, length unknown
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.current)
        layout.addLayout(form)
        for part in (self.note, self.message, self.progress, self.buttons):
            layout.addWidget(part)
        for field in (self.url, self.login, self.password, self.device):
            field.textChanged.connect(self._update)
        (self.password if url and login else self.url).setFocus()
        self._update()

    def _update(self) -> None:
        url = self.url.text().strip()
        plain = bool(url) and not is_private(url) and urlsplit(url).scheme == "http"
        self.note.setText(self.tr(
            "This address is not https: your password and articles would cross the network "
            "unencrypted. Ask for the server's https address.") if plain else "")
        self.note.setVisible(plain)
        ready = all(f.text().strip() for f in (self.url, self.login, self.device)) \
            and bool(self.password.text())
        self.ok_button.setEnabled(ready and not self._busy)
        self.ok_button.setText(self.tr("Connecting…") if self._busy else self.tr("Connect"))
        for field in (self.url, self.login, self.password, self.device):
            field.setReadOnly(self._busy)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self._update()

    def refuse(self, text: str) -> None:
        """Why it did not work; the password is asked again."""
        self.set_busy(False)
        self.message.setText(text)
        self.password.clear()
        self.password.setFocus()

    def succeed(self) -> None:
        self.set_busy(False)
        super().accept()

    def accept(self) -> None:
        """OK or Enter signs in first; ``succeed`` closes the dialog."""
        if not self.ok_button.isEnabled():
            return
        self.message.setText("")
        self.set_busy(True)
        self.submitted.emit(self.url.text().strip(), self.login.text().strip(),
                            self.password.text(), self.device.text().strip())

    def reject(self) -> None:
        if not self._busy:  # the answer is on its way: it closes the dialog or says why
            super().reject()
