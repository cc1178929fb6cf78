"""Serving the app with uvicorn: the ready line, the log, and a graceful stop on SIGTERM.

Ready means the socket is bound and listening: the one line on stdout,
``listening on http://HOST:PORT``, is printed from uvicorn's startup, after the
bind (port 0 prints the port the system chose). Everything else (uvicorn's
messages, one line per request) goes to stderr through :mod:`logging`.

On SIGTERM (or Ctrl+C) uvicorn stops accepting connections, lets requests in
flight finish (up to *graceful_timeout* seconds), then the process exits 0.
"""

from __future__ import annotations

import logging
import signal
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

import uvicorn

if TYPE_CHECKING:
    import socket

    from fastapi import FastAPI

log = logging.getLogger("editor_app.server")


@dataclass(frozen=True)
class Listen:
    host: str = "127.0.0.1"
    port: int = 8470
    ssl_certfile: str | None = None
    ssl_keyfile: str | None = None
    graceful_timeout: int = 60


class _Server(uvicorn.Server):
    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if not self.started or self.should_exit:
            return
        port = self.servers[0].sockets[0].getsockname()[1]
        host = self.config.host
        shown = f"[{host}]" if ":" in host else host
        scheme = "https" if self.config.ssl else "http"
        print(f"listening on {scheme}://{shown}:{port}", flush=True)

    def handle_exit(self, sig: int, frame: object) -> None:
        if not self.should_exit:
            log.info("stopping: requests in flight finish first")
        super().handle_exit(sig, frame)  # type: ignore[arg-type]


def _quiet(_sig: int, _frame: object) -> None:
    """Uvicorn re-raises the stop signal after its graceful shutdown; it is handled."""


def setup_logging() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)


def serve(app: FastAPI, listen: Listen) -> int:
    setup_logging()
    config = uvicorn.Config(
        app, host=listen.host, port=listen.port, log_config=None, access_log=False,
        ssl_certfile=listen.ssl_certfile, ssl_keyfile=listen.ssl_keyfile,
        timeout_graceful_shutdown=listen.graceful_timeout, server_header=False,
        lifespan="on",
    )
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, _quiet)
    server = _Server(config)
    try:
        server.run()
    except SystemExit:  # uvicorn could not start (port taken, bad certificate): it said why
        return 1
    return 0 if server.started else 1
