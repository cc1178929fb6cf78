"""The ASGI application: routes, error answers, body limit and request log, over a context.

``create_app`` takes an opened store's services; ``editor-app serve`` (see
:mod:`editor_app.server.run`) opens the store and serves the app with uvicorn.
Routers mount with ``app.include_router`` and use
:data:`editor_app.server.deps.Signed` for the person acting.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from fastapi import FastAPI
from fastapi.responses import JSONResponse

from editor_app.server import errors, routes_articles, routes_auth, sync_routes
from editor_app.server.deps import Context, ServerContext
from editor_app.server.requestlog import RequestLog
from editor_app.server.schemas import Health, Problem

if TYPE_CHECKING:
    from editor_app.app import Newsroom

# Large enough for an article with its images (sync pushes media by hash), small
# enough that one request cannot fill the server's memory.
MAX_BODY = 32 * 1024 * 1024
# Endpoints run on a thread pool and each thread holds at most one database connection
# at a time. SQLAlchemy's pool for PostgreSQL has 5 + 10 overflow connections: more
# threads than that would wait for one and time out (a 503) under load, so requests
# beyond it queue here instead. Writes queue on one lock anyway.
WORKER_THREADS = 15


@asynccontextmanager
async def _lifespan(_app: FastAPI) -> AsyncIterator[None]:
    import anyio.to_thread

    anyio.to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
    yield


def context_of(room: Newsroom) -> ServerContext:
    from editor_app.services.reading import ReadingService
    from editor_app.services.sync_server import SyncServer
    from editor_app.services.tokens import TokenService
    from editor_app.store.uow import UnitOfWorkFactory

    uow = UnitOfWorkFactory(room.engine, read_only=room.read_only)
    return ServerContext(services=room.services, tokens=TokenService(uow, room.services.auth),
                         reading=ReadingService(uow), engine=room.engine,
                         sync=SyncServer(uow))


def create_app(ctx: ServerContext, *, max_body: int = MAX_BODY) -> FastAPI:
    from editor_app.about import version

    app = FastAPI(
        title="Editor App newsroom server", version=version(),
        description="The newsroom's shared store. Sign in with `POST /auth/login`, then send "
        "`Authorization: Bearer TOKEN`. Every request is checked by the same role table as "
        "the desktop; who acts, when, and every id are the server's to say.",
        max_body_size=max_body, lifespan=_lifespan,
    )
    app.state.ctx = ctx
    errors.install(app)
    app.add_middleware(RequestLog)
    app.include_router(routes_auth.router)
    app.include_router(routes_articles.router)
    app.include_router(sync_routes.router)

    @app.get("/health", response_model=Health, responses={503: {"model": Problem}},
             tags=["server"])
    def health(ctx: Context) -> Health | JSONResponse:
        """Whether the server can reach its store (for load balancers and monitoring)."""
        from editor_app.store import schema

        try:
            revision = schema.current_revision(ctx.engine)
        except Exception:  # the store is down: say so, the reason is in the log
            errors.log.warning("health: the store cannot be reached", exc_info=True)
            return errors.problem(503, "store_unavailable", "the store cannot be reached")
        return Health(status="ok", version=version(), schema_revision=revision)

    return app
