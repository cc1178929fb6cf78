"""The real server as a child process, as a newsroom would run it.

Started with ``--port 0``; ready when its one stdout line ``listening on
http://HOST:PORT`` arrives (it is printed after the socket is bound, so the
test never sleeps or polls). stdout and stderr are drained by threads, so a
chatty server never blocks on a full pipe; the stderr lines are kept for
tests that read the request log.
"""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

READY = re.compile(r"^listening on (http://127\.0\.0\.1:(\d+))$")
# Generous: a cold start imports FastAPI and migrates a store on a busy 2-core machine.
START_TIMEOUT = 300


class ServerProcess:
    def __init__(self, data_dir: Path, *serve_args: str, database: str | None = None) -> None:
        args = [sys.executable, "-m", "editor_app", "--lang", "en", "--data-dir", str(data_dir),
                "serve", "--port", "0", *serve_args]
        if database:
            args += ["--database", database]
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        env.pop("EDITOR_APP_DATABASE_URL", None)
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     stdin=subprocess.DEVNULL, text=True, encoding="utf-8",
                                     env=env)
        self.stdout_lines: list[str] = []
        self.stderr_lines: list[str] = []
        self._stdout: queue.Queue[str | None] = queue.Queue()
        self._stderr_seen = threading.Condition()
        threading.Thread(target=self._drain_stdout, daemon=True).start()
        threading.Thread(target=self._drain_stderr, daemon=True).start()
        self.url = self._wait_ready()

    def _drain_stdout(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.stdout_lines.append(line.rstrip("\n"))
            self._stdout.put(line.rstrip("\n"))
        self._stdout.put(None)

    def _drain_stderr(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            with self._stderr_seen:
                self.stderr_lines.append(line.rstrip("\n"))
                self._stderr_seen.notify_all()
        with self._stderr_seen:
            self.stderr_lines.append("")  # the end: wake waiters
            self._stderr_seen.notify_all()

    def _wait_ready(self) -> str:
        try:
            line = self._stdout.get(timeout=START_TIMEOUT)
        except queue.Empty:
            self.kill()
            raise RuntimeError("the server did not become ready") from None
        m = READY.match(line or "")
        if not m:
            self.proc.wait(timeout=60)
            raise RuntimeError(f"the server did not start: {line!r}\n{self.stderr()}")
        return m.group(1)

    def wait_stderr(self, text: str, timeout: float = START_TIMEOUT) -> bool:
        """Block until a stderr line contains *text* (False if the server ended first)."""
        def seen() -> bool:
            return any(text in line for line in self.stderr_lines) or self.proc.poll() is not None

        with self._stderr_seen:
            self._stderr_seen.wait_for(seen, timeout=timeout)
            return any(text in line for line in self.stderr_lines)

    def stderr(self) -> str:
        with self._stderr_seen:
            return "\n".join(self.stderr_lines)

    def stop(self, timeout: float = START_TIMEOUT) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=timeout)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
