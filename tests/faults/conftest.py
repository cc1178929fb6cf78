import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.app import open_newsroom
from editor_app.domain.entities import ArticleFields
from editor_app.paths import resolve

ROOT = Path(__file__).resolve().parents[2]


def child_env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")


def run_cli(data_dir, *args, preexec=None, stdin=None, timeout=120):
    return subprocess.run([sys.executable, "-m", "editor_app", "--data-dir", str(data_dir),
                           "--lang", "en", *args], capture_output=True, text=True,
                          env=child_env(), preexec_fn=preexec, input=stdin, timeout=timeout)


@pytest.fixture
def store(tmp_path):
    """A small store: two reporters, an editor, staff, a category, one article each."""
    data = tmp_path / "data"
    room = open_newsroom(resolve(data))
    s = room.services
    an = s.people.add("an", "Nguyễn Văn An", "reporter")
    dung = s.people.add("dung", "Trần Thị Dung", "reporter")
    s.people.add("thanh", "Đỗ Văn Thành", "editor")
    s.people.add("hoa", "Phạm Thu Hòa", "staff")
    s.taxonomy.add("Thời sự")
    a = s.drafting.create(an, ArticleFields(title="Bài của An", category_id="Thời sự",
                                            summary="Sapo", body="Bản đầu.\n"))
    d = s.drafting.create(dung, ArticleFields(title="Bài của Dung", category_id="Thời sự",
                                              summary="Sapo", body="Bản đầu.\n"))
    room.close()
    return {"dir": data, "an_article": a.id, "dung_article": d.id}


from tests.gui.conftest import desk_factory  # noqa: E402, F401 - the real window, for faults too
