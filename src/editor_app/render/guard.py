"""Guarded rendering: Markdown runs in a worker process we can stop.

The worker lives on between renders (start-up of a process costs far more
than a render), is killed when a render overruns its time, and is started
again for the next one. Failures come back as a readable error, never as a
hang or a crash of the caller.
"""

from __future__ import annotations

import multiprocessing as mp
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from multiprocessing.connection import Connection

MAX_SOURCE_CHARS = 2_000_000
DEFAULT_TIMEOUT = 10.0


@dataclass(frozen=True)
class Rendered:
    html: str
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


def _render_one(source: str) -> tuple[str, str]:  # pragma: no cover - in the worker
    from editor_app.render.markdown_html import render_body

    try:
        return ("ok", render_body(source))
    except RecursionError:
        return ("error", "nesting too deep")
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:
        return ("error", f"{type(exc).__name__}: {exc}")


def _serve(conn: Connection) -> None:  # pragma: no cover - runs in the worker process
    import sys

    sys.setrecursionlimit(4000)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        # A list (render_many): one answer per source, each sent as soon as it is ready.
        for source in message if isinstance(message, list) else [message]:
            conn.send(_render_one(source))


class RenderGuard:
    """Thread-safe front of the worker process; one render at a time."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.timeout = timeout
        self._lock = threading.Lock()
        self._proc: Any = None
        self._conn: Connection | None = None
        self.restarts = 0

    def _ensure(self) -> Connection:
        if self._proc is None or not self._proc.is_alive() or self._conn is None:
            self._stop()
            ctx = mp.get_context("spawn")  # no fork of a threaded Qt process
            parent, child = ctx.Pipe()
            self._proc = ctx.Process(target=_serve, args=(child,), daemon=True,
                                     name="editor-app-render")
            self._proc.start()
            child.close()
            self._conn = parent
        return self._conn

    def _stop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._proc is not None:
            if self._proc.pid is not None:  # start() may have failed
                if self._proc.is_alive():
                    self._proc.kill()
                self._proc.join(timeout=5)
            self._proc = None

    def render(self, source: str, timeout: float | None = None) -> Rendered:
        if len(source) > MAX_SOURCE_CHARS:
            return Rendered("", f"too long: {len(source):,} characters "
                                f"(at most {MAX_SOURCE_CHARS:,})")
        with self._lock:
            for attempt in range(2):  # a worker that died since last time gets one restart
                try:
                    conn = self._ensure()
                except (OSError, RuntimeError) as exc:
                    self._stop()
                    return Rendered("", f"the renderer could not start: {exc}")
                try:
                    conn.send(source)
                    if not conn.poll(timeout or self.timeout):
                        self._stop()
                        self.restarts += 1
                        return Rendered("", f"took longer than {timeout or self.timeout:g} s")
                    kind, payload = conn.recv()
                except (EOFError, OSError, BrokenPipeError):
                    self._stop()
                    self.restarts += 1
                    if attempt:
                        return Rendered("", "the renderer stopped unexpectedly")
                    continue
                return Rendered(payload) if kind == "ok" else Rendered("", payload)
        return Rendered("", "the renderer stopped unexpectedly")

    def render_many(self, sources: Sequence[str],
                    timeout: float | None = None) -> Iterator[Rendered]:
        """Each of *sources* rendered, yielded in order: one request for the lot.

        The worker renders the next source while the caller works on the last result
        (a batch export builds a bundle meanwhile), instead of one round trip each.
        The protection is the single render's: each result is waited for at most
        *timeout* from when the caller asks for it (so at least *timeout* of the
        worker's time), an overrunning source kills the worker and fails alone, the
        sources after it are sent again to a new worker; a worker that dies gets one
        restart per source. The guard stays locked until the last result is taken:
        a batch asks for a bounded number at a time so that a preview waits little.
        """
        limit = timeout or self.timeout
        with self._lock:
            queue = list(sources)
            retried = False
            while queue:
                if len(queue[0]) > MAX_SOURCE_CHARS:
                    yield Rendered("", f"too long: {len(queue.pop(0)):,} characters "
                                       f"(at most {MAX_SOURCE_CHARS:,})")
                    continue
                # Up to the next source too long to send: those go in one request.
                sent = next((i for i, q in enumerate(queue) if len(q) > MAX_SOURCE_CHARS),
                            len(queue))
                try:
                    conn = self._ensure()
                except (OSError, RuntimeError) as exc:
                    self._stop()
                    yield Rendered("", f"the renderer could not start: {exc}")
                    queue.pop(0)
                    continue
                answered = 0
                try:
                    conn.send(queue[:sent])
                    while answered < sent:
                        if not conn.poll(limit):
                            self._stop()
                            self.restarts += 1
                            answered += 1
                            yield Rendered("", f"took longer than {limit:g} s")
                            break
                        kind, payload = conn.recv()
                        answered += 1
                        retried = False
                        yield Rendered(payload) if kind == "ok" else Rendered("", payload)
                except (EOFError, OSError, BrokenPipeError):
                    self._stop()
                    self.restarts += 1
                    if retried:  # the same source killed a fresh worker: it fails alone
                        answered += 1
                        yield Rendered("", "the renderer stopped unexpectedly")
                    retried = not retried
                except BaseException:
                    if answered < sent:  # answers still in the pipe would go to the next
                        self._stop()     # caller: a fresh worker starts clean instead
                    raise
                queue = queue[answered:]

    def close(self) -> None:
        with self._lock:
            self._stop()

    def __enter__(self) -> RenderGuard:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
