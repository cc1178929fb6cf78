"""Sync over HTTP: push, pull and media by hash, as the token's person.

The shapes are those of :mod:`editor_app.services.sync_wire`; the work is
:class:`editor_app.services.sync_server.SyncServer`'s. The person is the
token's, never the body's. Media names are exactly 64 lower-case hex digits,
so no path (``../``) can ever name one.
"""

from __future__ import annotations

import asyncio
import weakref
from typing import Annotated, Any

from fastapi import APIRouter, Body, Path, Query, Request, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from editor_app.server.deps import Context, Signed
from editor_app.server.schemas import Problem
from editor_app.services import sync_wire as wire

router = APIRouter(prefix="/sync", tags=["sync"])
REFUSALS: dict[int | str, dict[str, object]] = {
    code: {"model": Problem} for code in (401, 403, 404, 409, 422)}
SHA256 = r"^[0-9a-f]{64}$"
Sha256 = Annotated[str, Path(pattern=SHA256, min_length=64, max_length=64)]
# Pushes running at once. Every write queues on the store's one writer lock
# (store/engine.py), so more pushes in flight store nothing sooner: each would only hold a
# worker thread and a database connection while it waits, and with fifty desktops
# pushing, the pulls (which take no lock) found no thread free and waited seconds behind
# them. Waiting pushes wait here instead, on the event loop, costing nothing; two in
# flight keep the lock busy (one does its checks while the other commits).
PUSHES_AT_ONCE = 2
_push_gates: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
    weakref.WeakKeyDictionary())


def _push_gate() -> asyncio.Semaphore:
    """The gate of the running loop (a test client may run each request on its own loop)."""
    loop = asyncio.get_running_loop()
    gate = _push_gates.get(loop)
    if gate is None:
        gate = _push_gates[loop] = asyncio.Semaphore(PUSHES_AT_ONCE)
    return gate


class MissingIn(BaseModel):
    hashes: list[Annotated[str, Field(pattern=SHA256)]] = Field(max_length=10_000)


class MissingOut(BaseModel):
    missing: list[str]


class StoredOut(BaseModel):
    sha256: str


@router.post("/push", response_model=dict[str, Any], responses=REFUSALS)
async def push(body: Annotated[dict[str, Any], Body()], who: Signed,
               ctx: Context) -> dict[str, Any]:
    """``{"changes": [...]}`` → ``{"results": [...]}``, one per change, in order.

    Idempotent: a change pushed again (same ``change_id``) gets the first answer
    and is stored once.
    """
    async with _push_gate():
        # The store is blocking: off the event loop, as the plain ``def`` endpoints are.
        result: dict[str, Any] = await run_in_threadpool(ctx.sync.push, who.person, body)
    return result


@router.get("/pull", response_model=dict[str, Any], responses=REFUSALS)
def pull(
    who: Signed, ctx: Context,
    after: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=wire.MAX_PAGE)] = wire.MAX_PAGE,
) -> dict[str, Any]:
    """The changes numbered after *after* that this person may see, a page at a time."""
    return ctx.sync.pull(who.person, after, limit)


@router.post("/media/missing", response_model=MissingOut, responses=REFUSALS)
def media_missing(body: MissingIn, who: Signed, ctx: Context) -> MissingOut:
    """Which of these images the server lacks (only those are uploaded)."""
    return MissingOut(**ctx.sync.media_missing(who.person, body.hashes))


@router.put("/media/{sha256}", response_model=StoredOut, responses=REFUSALS,
            openapi_extra={"requestBody": {"required": True, "content": {
                "application/octet-stream": {"schema": {"type": "string",
                                                        "format": "binary"}}}}})
async def media_put(sha256: Sha256, request: Request, who: Signed, ctx: Context) -> StoredOut:
    """Store an image's bytes; they must hash to *sha256* (else 422, nothing stored)."""
    data = await request.body()
    # The store is blocking: off the event loop, as the plain ``def`` endpoints are.
    return StoredOut(**await run_in_threadpool(ctx.sync.media_put, who.person, sha256, data))


@router.get("/media/{sha256}", responses={
    **REFUSALS, 200: {"content": {"application/octet-stream": {}}}})
def media_get(sha256: Sha256, who: Signed, ctx: Context) -> Response:
    """An image's bytes, by their hash."""
    return Response(ctx.sync.media_get(who.person, sha256),
                    media_type="application/octet-stream")
