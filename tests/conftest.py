"""Shared fixtures: every test gets its own data folder and a real store.

Store and service tests (tests/store, tests/services) run twice: on an
embedded SQLite file and on a real PostgreSQL database (see tests/pg.py).
``@pytest.mark.sqlite_only`` keeps a test about SQLite files to SQLite,
``@pytest.mark.postgresql_only`` one about the PostgreSQL backend to PostgreSQL.

Cheap isolation, measured on this 2-core machine:
- SQLite: a migrated store (and one with the cast in it) is built once per
  run and copied per test: ~8 ms to copy and open, against ~180 ms (warm) to
  ~440 ms (cold) to create and migrate a store.
- PostgreSQL: one database per run, migrated once; each test starts with a
  ``DELETE`` of every table in one transaction (~5 ms). ``TRUNCATE … RESTART
  IDENTITY`` took ~620 ms (new files for every table and index) and
  ``CREATE DATABASE … TEMPLATE`` ~245 ms per test, so both lost.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import NoReturn

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from editor_app import resources
from editor_app.app import Newsroom, open_newsroom
from editor_app.domain import i18n
from editor_app.domain.entities import ArticleFields, Person
from editor_app.paths import DB_FILE, resolve

# The schema the package ships (what `verify` uses); IPTC's examples are copied into tests/.
NINJS = Path(__file__).resolve().parent / "data" / "ninjs"
NINJS_SCHEMA = resources.ninjs_schema("3.1")
TESTS = Path(__file__).resolve().parent
BOTH_ENGINES = (TESTS / "store", TESTS / "services")
ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Store and service tests that use a store run on both engines."""
    if "engine_name" not in metafunc.fixturenames:
        return
    path = Path(str(metafunc.definition.path))
    if not any(path.is_relative_to(d) for d in BOTH_ENGINES):
        return
    engines = ENGINES
    if metafunc.definition.get_closest_marker("sqlite_only"):
        engines = ("sqlite",)
    elif metafunc.definition.get_closest_marker("postgresql_only"):
        engines = ("postgresql",)
    metafunc.parametrize("engine_name", engines, indirect=True, scope="function")


@pytest.fixture
def engine_name(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the real user's data, config or language."""
    monkeypatch.setenv("EDITOR_APP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("EDITOR_APP_DATABASE_URL", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.delenv("EDITOR_APP_NINJS_SCHEMA", raising=False)  # the packaged one
    i18n.set_language("en")
    yield
    i18n.set_language("en")


# -- PostgreSQL ---------------------------------------------------------------
def cannot_run(why: str) -> NoReturn:
    """What a test does when this machine lacks something it needs (a server, a tool, a
    permission): skip on a developer's machine, fail in CI, where it is a broken machine."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"cannot run in CI: {why}")
    pytest.skip(why)


@pytest.fixture(scope="session")
def pg_server() -> str:
    """The URL of a PostgreSQL server (its "postgres" database); see tests/pg.py."""
    from tests import pg

    try:
        server, cluster = pg.server()
    except Exception as exc:  # no server, no package, cannot start one
        cannot_run(f"no PostgreSQL server (set {pg.ENV_URL}): {exc}")
    yield server
    if cluster is not None:
        cluster.stop()


@pytest.fixture(scope="session")
def pg_url(pg_server: str) -> str:
    """A migrated throwaway database for this run, with a unique name; dropped after."""
    from editor_app.store import schema
    from editor_app.store.engine import make_engine
    from tests import pg

    db = pg.TestDatabase(pg_server)
    engine = make_engine(db.url)
    schema.upgrade(engine)
    engine.dispose()
    yield db.url
    db.drop()


@pytest.fixture(scope="session")
def pg_clear(pg_url: str):
    """Empty every table of the run's database (children before parents)."""
    from sqlalchemy import text

    from editor_app.store.engine import make_engine
    from editor_app.store.models import Base

    names = ["article_search", *(t.name for t in reversed(Base.metadata.sorted_tables))]
    sql = text("; ".join(f"DELETE FROM {n}" for n in names))
    engine = make_engine(pg_url)

    def clear(*, seed: bool = True) -> None:
        """*seed*: put back the rows the migrations give a fresh store (not when a test's
        own copy of a whole store is to be put back)."""
        from editor_app.store.seed import seed_house_terms

        with engine.begin() as conn:
            conn.execute(sql)
            if seed:
                seed_house_terms(conn)

    yield clear
    engine.dispose()


# -- SQLite templates ---------------------------------------------------------
@pytest.fixture(scope="session")
def sqlite_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A migrated empty store and one with the cast, built once, copied per test."""
    base = tmp_path_factory.mktemp("templates")
    out = {}
    for kind in ("empty", "cast"):
        room = open_newsroom(resolve(base / kind))
        if kind == "cast":
            Cast(room)
        room.close()
        out[kind] = base / kind / DB_FILE
        assert not Path(str(out[kind]) + "-wal").exists()
    return out


@pytest.fixture
def room(request: pytest.FixtureRequest, tmp_path: Path, engine_name: str) -> Newsroom:
    with_cast = "cast" in request.fixturenames
    if engine_name == "postgresql":
        request.getfixturevalue("pg_clear")()
        r = open_newsroom(resolve(tmp_path / "data", request.getfixturevalue("pg_url")))
    else:
        template = request.getfixturevalue("sqlite_templates")["cast" if with_cast else "empty"]
        (tmp_path / "data").mkdir(exist_ok=True)
        shutil.copyfile(template, tmp_path / "data" / DB_FILE)
        r = open_newsroom(resolve(tmp_path / "data"))
    yield r
    r.close()


class Cast:
    """People of every role, two of some, and a small category tree.

    On a store that already has them (a copied template, a second store), they
    are looked up by login and name instead of added again.
    """

    def __init__(self, room: Newsroom) -> None:
        self._room = room
        self.reporter = self._person("an", "Nguyễn Văn An", "reporter", "Ban Tuyên giáo Tỉnh ủy")
        self.reporter2 = self._person("dung", "Trần Thị Dung", "reporter")
        self.editor = self._person("thanh", "Đỗ Văn Thành", "editor")
        self.editor2 = self._person("lan", "Vũ Ngọc Lan", "editor")
        self.staff = self._person("hoa", "Phạm Thu Hòa", "staff")
        self.admin = self._person("quan", "Lê Minh Quân", "admin")
        self.news = self._category("Thời sự")
        self.local = self._category("Trong tỉnh", "Thời sự")
        self.economy = self._category("Kinh tế")

    def _person(self, login: str, name: str, role: str, department: str = "") -> Person:
        from editor_app.domain.errors import NotFound

        people = self._room.services.people
        try:
            return people.by_login(login)
        except NotFound:
            return people.add(login, name, role, department)

    def _category(self, name: str, parent: str | None = None):
        from editor_app.domain.errors import NotFound

        taxonomy = self._room.services.taxonomy
        try:
            return taxonomy.resolve(name)
        except NotFound:
            return taxonomy.add(name, parent)

    def by_role(self, role: str) -> Person:
        return {"reporter": self.reporter, "editor": self.editor, "staff": self.staff,
                "admin": self.admin}[role]


@pytest.fixture
def cast(room: Newsroom) -> Cast:
    return Cast(room)


def draft(room: Newsroom, who: Person, title: str = "Bài thử", **kw: object):
    fields = {"summary": "Tóm tắt", "body": "Nội dung bài.\n", "category_id": "Trong tỉnh"}
    fields.update(kw)
    return room.services.drafting.create(who, ArticleFields(title=title, **fields))
