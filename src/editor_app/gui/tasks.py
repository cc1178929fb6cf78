"""Background work through one helper: reads on a pool, writes on one writer thread.

A job is a plain function; its result (or exception) comes back on the UI
thread through the given callbacks. SQLite has one writer, so every store
write goes through the single-thread writer pool, in the order asked.
"""

from __future__ import annotations

import traceback
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:
    from collections.abc import Callable


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(False)  # we drop our reference when it reports back

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Tasks(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.readers = QThreadPool(self)
        self.readers.setMaxThreadCount(2)
        self.writer = QThreadPool(self)
        self.writer.setMaxThreadCount(1)
        self._live: set[_Job] = set()

    def _start(self, pool: QThreadPool, fn: Callable[[], Any],
               done: Callable[[Any], None] | None,
               failed: Callable[[Exception], None] | None) -> None:
        job = _Job(fn)
        self._live.add(job)

        def finish(_: object = None) -> None:
            self._live.discard(job)

        if done is not None:
            job.signals.done.connect(done)
        if failed is not None:
            job.signals.failed.connect(failed)
        job.signals.done.connect(finish)
        job.signals.failed.connect(finish)
        pool.start(job)

    def read(self, fn: Callable[[], Any], done: Callable[[Any], None] | None = None,
             failed: Callable[[Exception], None] | None = None) -> None:
        self._start(self.readers, fn, done, failed)

    def write(self, fn: Callable[[], Any], done: Callable[[Any], None] | None = None,
              failed: Callable[[Exception], None] | None = None) -> None:
        self._start(self.writer, fn, done, failed)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job has finished (used on close and in tests)."""
        ok = self.writer.waitForDone(msecs) and self.readers.waitForDone(msecs)
        return bool(ok)
