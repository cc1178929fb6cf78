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
HEAVY = ("sqlalchemy", "markdown", "alembic", "PySide6.QtWebEngineWidgets", "qtawesome",
         "editor_app.cli", "editor_app.services")


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


def tree_rss_kib(pid: int | None = None) -> int:
    """Resident memory of a process and all its descendants (Linux /proc), in KiB."""
    from pathlib import Path

    pid = pid or os.getpid()
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
        stack.extend(children.get(p, []))
    return total


def usable(app: QApplication, window: QObject | None = None) -> None:
    app.processEvents()
    print(f"USABLE {time.time():.6f}", flush=True)
    if os.environ.get(ENV) == "memory" and window is not None:
        QTimer.singleShot(0, lambda: _memory(app, window))
        return
    if os.environ.get(ENV) == "stay":  # report, then keep running (tests wait on the line)
        return
    QTimer.singleShot(0, app.quit)


def _memory(app: QApplication, window: QObject) -> None:
    """RSS with the newest article open, preview closed, then with the preview shown."""
    w = window
    rows = w.list_panel.model.rows  # type: ignore[attr-defined]
    if rows:
        w.list_panel.article_activated.emit(rows[0].id)  # type: ignore[attr-defined]
    app.processEvents()
    print(f"RSS_CLOSED {tree_rss_kib()}", flush=True)

    def shown(_ms: float) -> None:
        QTimer.singleShot(1500, lambda: (print(f"RSS_OPEN {tree_rss_kib()}", flush=True),
                                         app.quit()))

    w.preview.updated.connect(shown)  # type: ignore[attr-defined]
    w.side.setCurrentWidget(w.preview)  # type: ignore[attr-defined]
