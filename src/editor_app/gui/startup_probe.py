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


def _tree(pid: int) -> list[int]:
    """A process and all its descendants (Linux /proc)."""
    from pathlib import Path

    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    found, stack = [], [pid]
    while stack:
        p = stack.pop()
        found.append(p)
        stack.extend(children.get(p, []))
    return found


def _field_kib(path: str, name: str) -> int:
    from pathlib import Path

    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(name):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kib(pid: int | None = None) -> int:
    """Resident memory of a process and all its descendants, in KiB.

    Pages shared between them (WebEngine's libraries in each of its processes)
    count once per process: an upper bound. ``tree_pss_kib`` is the fair share.
    """
    return sum(_field_kib(f"/proc/{p}/status", "VmRSS:") for p in _tree(pid or os.getpid()))


def tree_pss_kib(pid: int | None = None) -> int:
    """Proportional set size of the tree, in KiB: each shared page split among its users."""
    return sum(_field_kib(f"/proc/{p}/smaps_rollup", "Pss:") for p in _tree(pid or os.getpid()))


def usable(app: QApplication, window: QObject | None = None) -> None:
    app.processEvents()
    print(f"USABLE {time.time():.6f}", flush=True)
    if os.environ.get(ENV) == "memory" and window is not None:
        QTimer.singleShot(0, lambda: _memory(app, window))
        return
    if os.environ.get(ENV) == "stay":  # report, then keep running (tests wait on the line)
        return
    QTimer.singleShot(0, app.quit)


SETTLE_MS = 1500  # after the last change: the render worker and WebEngine have started


def _report(state: str) -> None:
    """RSS and PSS of the process tree.

    RSS counts a page shared by WebEngine's processes once per process (an upper
    bound); PSS splits it among them (the fair sum).
    """
    print(f"RSS_{state} {tree_rss_kib()}", flush=True)
    print(f"PSS_{state} {tree_pss_kib()}", flush=True)


def _memory(app: QApplication, window: QObject) -> None:
    """Memory with the newest article open, preview closed, then with the preview shown.

    Each figure is taken once things have settled, not while a render is under way: an
    article opened in rich mode starts the Markdown worker, and the preview may report
    twice (the article, then its rendered body).
    """
    w = window
    rows = w.list_panel.model.rows  # type: ignore[attr-defined]
    if rows:
        w.list_panel.article_activated.emit(rows[0].id)  # type: ignore[attr-defined]
    settle = QTimer(w, singleShot=True, interval=SETTLE_MS)

    def opened() -> None:
        _report("OPEN")
        app.quit()

    def closed() -> None:
        _report("CLOSED")
        settle.timeout.disconnect(closed)
        settle.timeout.connect(opened)
        w.preview.updated.connect(lambda _ms: settle.start())  # type: ignore[attr-defined]
        w.side.setCurrentWidget(w.preview)  # type: ignore[attr-defined]

    settle.timeout.connect(closed)
    settle.start()
