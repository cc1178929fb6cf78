"""Background work through one helper: reads on a pool, writes on one writer thread.

A job is a plain function; its result (or exception) comes back on the UI
thread through the given callbacks. SQLite has one writer, so every store
write goes through the single-thread writer pool, in the order asked.
Every failure is logged; a job without its own failure callback goes to the
default handler (the window shows it), so nothing fails silently.
"""

from __future__ import annotations

import logging
import threading
import traceback
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from editor_app.domain.errors import DomainError

if TYPE_CHECKING:
    from collections.abc import Callable

log = logging.getLogger(__name__)


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
            log_failure(exc)
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def log_failure(exc: BaseException) -> None:
    """A refusal is a line; anything else goes to the log with its traceback."""
    if isinstance(exc, DomainError):
        log.info("refused: %s", exc)
    else:
        text = getattr(exc, "__traceback_text__", None) or "".join(
            traceback.format_exception(exc))
        log.error("background job failed: %r\n%s", exc, text)


class Tasks(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.readers = QThreadPool(self)
        self.readers.setMaxThreadCount(2)
        self.writer = QThreadPool(self)
        self.writer.setMaxThreadCount(1)
        # Sync with the newsroom server: its own thread, so a slow network never holds up
        # a read or an autosave (the store's busy timeout lets both write in turn).
        self.syncer = QThreadPool(self)
        self.syncer.setMaxThreadCount(1)
        self._live: set[_Job] = set()
        # Where a failure goes when the caller gave no callback (the window sets it).
        self.on_failure: Callable[[Exception], None] = lambda _exc: None

    def _start(self, pool: QThreadPool, fn: Callable[[], Any],
               done: Callable[[Any], None] | None,
               failed: Callable[[Exception], None] | None) -> None:
        job = _Job(fn)
        self._live.add(job)

        def finish(_: object = None) -> None:
            self._live.discard(job)

        def alive(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            # An answer that arrives after the window (and these tasks) were destroyed
            # has nobody to tell; its widgets are gone.
            def call(value: Any) -> None:
                if shiboken6.isValid(self):
                    callback(value)
            return call

        if done is not None:
            job.signals.done.connect(alive(done))
        job.signals.failed.connect(alive(failed if failed is not None
                                         else self._default_failure))
        job.signals.done.connect(finish)
        job.signals.failed.connect(finish)
        pool.start(job)

    @property
    def busy(self) -> bool:
        """A job is running or its answer has not been delivered yet (tests wait on this)."""
        return bool(self._live)

    def _default_failure(self, exc: Exception) -> None:
        self.on_failure(exc)

    def read(self, fn: Callable[[], Any], done: Callable[[Any], None] | None = None,
             failed: Callable[[Exception], None] | None = None) -> None:
        self._start(self.readers, fn, done, failed)

    def write(self, fn: Callable[[], Any], done: Callable[[Any], None] | None = None,
              failed: Callable[[Exception], None] | None = None) -> None:
        self._start(self.writer, fn, done, failed)

    def sync(self, fn: Callable[[], Any], done: Callable[[Any], None] | None = None,
             failed: Callable[[Exception], None] | None = None) -> None:
        """Run *fn* (a sync with the server) on the sync thread, beside reads and writes."""
        self._start(self.syncer, fn, done, failed)

    def write_and_wait(self, fn: Callable[[], Any]) -> Any:
        """Run *fn* on the writer after what is queued, and block until it returns.

        For the few moments that must finish before going on (closing the window,
        switching person): the UI waits, but the store is still only touched by the
        writer thread. The exception, if any, is raised here.
        """
        finished = threading.Event()
        outcome: dict[str, Any] = {}

        class Run(QRunnable):
            def run(self) -> None:
                try:
                    outcome["result"] = fn()
                except Exception as exc:
                    exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
                    log_failure(exc)
                    outcome["error"] = exc
                finally:
                    finished.set()

        job = Run()
        job.setAutoDelete(False)  # held here until it has finished
        self.writer.start(job)
        finished.wait()
        if "error" in outcome:
            raise outcome["error"]
        return outcome.get("result")

    def wait(self, msecs: int = 30_000, *, sync: bool = False) -> bool:
        """Block until every read and write has finished (used on close and in tests).

        *sync*: the sync with the server too (closing the store); a save waiting for
        the writer never waits on the network.
        """
        ok = self.writer.waitForDone(msecs) and self.readers.waitForDone(msecs)
        if sync:
            ok = ok and self.syncer.waitForDone(msecs)
        return bool(ok)
