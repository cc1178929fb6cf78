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


def _serve(conn: Connection) -> None:  # pragma: no cover - runs in the worker process
    import sys

    from editor_app.render.markdown_html import render_body

    sys.setrecursionlimit(4000)
    while True:
        try:
            source = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("ok", render_body(source)))
        except RecursionError:
            conn.send(("error", "nesting too deep"))
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


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

    def close(self) -> None:
        with self._lock:
            self._stop()

    def __enter__(self) -> RenderGuard:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
