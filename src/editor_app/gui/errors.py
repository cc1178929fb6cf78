"""Errors surface: a rotating log file, one way to show a failure, and an excepthook.

A refusal the services explain (a domain error) is shown as its own sentence.
Anything else is logged with its traceback and shown as "something went wrong",
with the path of the log, so nothing fails silently and the details are kept.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from editor_app.domain.errors import DomainError

if TYPE_CHECKING:
    from pathlib import Path
    from types import TracebackType

log = logging.getLogger(__name__)
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def setup_logging(log_file: Path, level: int = logging.INFO) -> Path:
    """Send the app's loggers to a rotating file (1 MB × 4); returns the file's path."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("editor_app")
    for old in [h for h in root.handlers if getattr(h, "editor_app_log", False)]:
        root.removeHandler(old)
        old.close()
    handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3,
                                  encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.editor_app_log = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return log_file


def plain_message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str,
                      text: str) -> QMessageBox:
    """A message box that shows *text* as typed: names like "<b>Lan</b>" stay plain."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


class ErrorReporter(QObject):
    """Shows failures to the person; the default failure handler of background work."""

    shown = Signal(str)  # the text put in front of the person

    def __init__(self, log_file: Path | None, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.log_file = log_file
        self.parent_widget = parent_widget
        self.last_box: QMessageBox | None = None

    def message_for(self, exc: BaseException) -> str:
        if isinstance(exc, DomainError):
            return str(exc)
        where = str(self.log_file) if self.log_file else self.tr("the log")
        return self.tr("Something went wrong — details saved to %1").replace("%1", where)

    def report(self, exc: BaseException, title: str = "Editor App") -> None:
        """Show a background failure (already logged by the task runner)."""
        self._show(self.message_for(exc), title,
                   QMessageBox.Icon.Warning if isinstance(exc, DomainError)
                   else QMessageBox.Icon.Critical)

    def _show(self, text: str, title: str, icon: QMessageBox.Icon) -> None:
        # open(), not exec(): a failure arriving mid-dialog must not nest event loops.
        box = plain_message_box(self.parent_widget, icon, title, text)
        box.setObjectName("error_box")
        self.last_box = box
        box.destroyed.connect(self._forget)
        box.open()
        self.shown.emit(text)

    def _forget(self) -> None:
        self.last_box = None

    def excepthook(self, kind: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        """An exception nobody caught on the UI thread: log it, tell the person, go on."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.critical("uncaught exception\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, exc, tb)
            return
        self._show(self.message_for(exc), "Editor App", QMessageBox.Icon.Critical)

    def install(self) -> None:
        sys.excepthook = self.excepthook
