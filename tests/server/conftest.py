"""A running newsroom server over a store the tests also open, on SQLite and PostgreSQL.

One server per engine and module (starting one imports FastAPI and opens the
store: seconds on this machine), with people of every role who have passwords.
The tests set the scene through the services on the same store (a second
process on it, as the CLI would be) and act through HTTP.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx
import pytest

from editor_app.app import Newsroom, open_newsroom
from editor_app.domain import i18n
from editor_app.paths import resolve
from tests.server.process import ServerProcess

if TYPE_CHECKING:
    from editor_app.domain.entities import Person

PASSWORD = "mật-khẩu-đủ-dài-1"
PEOPLE = (
    ("an", "Nguyễn Văn An", "reporter"),
    ("dung", "Trần Thị Dung", "reporter"),
    ("khoa", "Hoàng Khoa", "reporter"),   # disabled by a test
    ("binh", "Lê Bình", "reporter"),      # throttled by a test
    ("thanh", "Đỗ Văn Thành", "editor"),
    ("lan", "Vũ Ngọc Lan", "editor"),
    ("hoa", "Phạm Thu Hòa", "staff"),
    ("quan", "Lê Minh Quân", "admin"),
)


@dataclass
class Site:
    """The server, the store behind it, its people and an HTTP client."""

    server: ServerProcess
    room: Newsroom
    people: dict[str, Person]
    http: httpx.Client
    _tokens: dict[str, str] = field(default_factory=dict)

    def sign_in(self, login: str, device: str = "test laptop") -> str:
        r = self.http.post("/auth/login", json={"login": login, "password": PASSWORD,
                                                "device": device})
        assert r.status_code == 200, r.text
        return r.json()["token"]

    def token(self, login: str) -> str:
        """A token of *login*, signed in once per module (argon2 is slow on purpose)."""
        if login not in self._tokens:
            self._tokens[login] = self.sign_in(login)
        return self._tokens[login]

    def as_(self, login: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(login)}"}


def _people(room: Newsroom) -> dict[str, Person]:
    return {login: room.services.people.add(login, name, role, password=PASSWORD)
            for login, name, role in PEOPLE}


def start_site(data_dir, database: str | None = None, *serve_args: str) -> Site:
    room = open_newsroom(resolve(data_dir, database))
    people = _people(room)
    room.services.taxonomy.add("Thời sự")
    server = ServerProcess(data_dir, *serve_args, database=database)
    http = httpx.Client(base_url=server.url, timeout=120)
    return Site(server, room, people, http)


def stop_site(site: Site) -> int:
    site.http.close()
    code = site.server.stop()
    site.room.close()
    return code


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    i18n.set_language("en")
    database = None
    db = None
    if request.param == "postgresql":
        from tests import pg

        db = pg.TestDatabase(request.getfixturevalue("pg_server"))
        database = db.url
    s = start_site(tmp_path_factory.mktemp("server"), database)
    try:
        yield s
    finally:
        code = stop_site(s)
        if db is not None:
            db.drop()
    assert code == 0, s.server.stderr()


@pytest.fixture(scope="module")
def sqlite_site(tmp_path_factory: pytest.TempPathFactory):
    i18n.set_language("en")
    s = start_site(tmp_path_factory.mktemp("server"))
    yield s
    code = stop_site(s)
    assert code == 0, s.server.stderr()


@pytest.fixture
def desk(tmp_path, sqlite_templates, capsys, monkeypatch):
    """``desk(name)``: a new desktop data folder (see tests/server/desks.py)."""
    from tests.server.desks import Desk

    # Tokens in files: the test machine's keyring is none of a test's business.
    monkeypatch.setenv("EDITOR_APP_KEYRING", "0")

    def make(name: str) -> Desk:
        return Desk(tmp_path, name, sqlite_templates["empty"], capsys, monkeypatch)
    return make
