"""Shared fixtures: every test gets its own data folder and a real SQLite store."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from editor_app import resources
from editor_app.app import Newsroom, open_newsroom
from editor_app.domain import i18n
from editor_app.domain.entities import ArticleFields, Person
from editor_app.paths import resolve

# The schema the package ships (what `verify` uses); IPTC's examples are copied into tests/.
NINJS = Path(__file__).resolve().parent / "data" / "ninjs"
NINJS_SCHEMA = resources.ninjs_schema("3.1")


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


@pytest.fixture
def room(tmp_path: Path) -> Newsroom:
    r = open_newsroom(resolve(tmp_path / "data"))
    yield r
    r.close()


class Cast:
    """People of every role, two of some, and a small category tree."""

    def __init__(self, room: Newsroom) -> None:
        p = room.services.people
        self.reporter = p.add("an", "Nguyễn Văn An", "reporter", "Ban Tuyên giáo Tỉnh ủy")
        self.reporter2 = p.add("dung", "Trần Thị Dung", "reporter")
        self.editor = p.add("thanh", "Đỗ Văn Thành", "editor")
        self.editor2 = p.add("lan", "Vũ Ngọc Lan", "editor")
        self.staff = p.add("hoa", "Phạm Thu Hòa", "staff")
        self.admin = p.add("quan", "Lê Minh Quân", "admin")
        t = room.services.taxonomy
        self.news = t.add("Thời sự")
        self.local = t.add("Trong tỉnh", "Thời sự")
        self.economy = t.add("Kinh tế")

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
