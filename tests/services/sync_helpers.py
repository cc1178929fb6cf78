"""A newsroom server and desktops in one process, joined by a transport that really
serialises: every call goes through JSON both ways, as it would over HTTP."""

from __future__ import annotations

import base64
import json
import shutil
from typing import Any

from editor_app.app import Newsroom, open_newsroom
from editor_app.paths import DB_FILE, resolve
from editor_app.services.sync_client import SyncClient, SyncReport
from editor_app.services.sync_server import SyncServer
from editor_app.store import sync_capture
from editor_app.store.uow import UnitOfWorkFactory


def _json(value: Any) -> Any:
    return json.loads(json.dumps(value, ensure_ascii=False))


class InProcess:
    """The five calls of a transport, as the signed-in *person* (the server knows who)."""

    def __init__(self, server: SyncServer, person: Any) -> None:
        self.server, self.person = server, person
        self.pushed: list[dict[str, Any]] = []  # every push body sent, to replay one
        self.uploads: list[str] = []  # the hashes of the images uploaded

    def push(self, body: dict[str, Any]) -> dict[str, Any]:
        self.pushed.append(_json(body))
        return _json(self.server.push(self.person, _json(body)))

    def pull(self, after: int, limit: int) -> dict[str, Any]:
        return _json(self.server.pull(self.person, *_json([after, limit])))

    def media_missing(self, hashes: list[str]) -> dict[str, Any]:
        return _json(self.server.media_missing(self.person, _json(hashes)))

    def media_put(self, sha256: str, data: bytes) -> dict[str, Any]:
        self.uploads.append(sha256)
        wire = _json({"sha256": sha256, "data": base64.b64encode(data).decode()})
        return _json(self.server.media_put(self.person, wire["sha256"],
                                           base64.b64decode(wire["data"])))

    def media_get(self, sha256: str) -> bytes:
        data = _json(base64.b64encode(self.server.media_get(self.person, sha256)).decode())
        return base64.b64decode(data)


class Desktop:
    """A person's own store (SQLite, in its own folder) that syncs with the server."""

    def __init__(self, room: Newsroom, person: Any, server: SyncServer) -> None:
        self.room, self.person = room, person
        self.s = room.services
        self.transport = InProcess(server, person)
        self.client = SyncClient(UnitOfWorkFactory(room.engine), self.transport)

    def sync(self) -> SyncReport:
        return self.client.sync()


def server_of(room: Newsroom) -> SyncServer:
    sync_capture.set_mode(room.engine, sync_capture.SERVER)
    return SyncServer(UnitOfWorkFactory(room.engine))


def desktop(tmp_path: Any, name: str, template: Any, person: Any, server: SyncServer) -> Desktop:
    """A fresh store copied from the empty template, made a client, pulled once."""
    folder = tmp_path / name
    folder.mkdir()
    shutil.copyfile(template, folder / DB_FILE)
    room = open_newsroom(resolve(folder))
    sync_capture.set_mode(room.engine, sync_capture.CLIENT)
    d = Desktop(room, person, server)
    d.sync()
    return d
