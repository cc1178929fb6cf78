"""Start-up timing for `make bench` and tests: EDITOR_APP_STARTUP_PROBE=1.

Prints ``PAINT <epoch> <heavy modules already imported>`` at the first paint
of the main window and ``USABLE <epoch>`` once a person is signed in and the
list is filled, then quits. Costs nothing when the variable is unset.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

ENV = "EDITOR_APP_STARTUP_PROBE"
HEAVY = ("sqlalchemy", "markdown", "alembic", "PySide6.QtWebEngineWidgets")


def enabled() -> bool:
    return bool(os.environ.get(ENV))


class _FirstPaint(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            heavy = ",".join(m for m in HEAVY if m in sys.modules) or "-"
            print(f"PAINT {time.time():.6f} {heavy}", flush=True)
            obj.removeEventFilter(self)
        return False


def watch(window: QObject) -> None:
    f = _FirstPaint(window)
    window.installEventFilter(f)


def usable(app: QApplication) -> None:
    app.processEvents()
    print(f"USABLE {time.time():.6f}", flush=True)
    QTimer.singleShot(0, app.quit)
