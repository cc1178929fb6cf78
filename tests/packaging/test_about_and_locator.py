"""One locator for every resource; the version from one place; `about` and `--version`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from editor_app import __version__, about, resources
from editor_app.export.verify import find_schema
from editor_app.paths import resolve
from tests.packaging.conftest import REPO, VERSION


def test_in_a_checkout_everything_is_found_through_the_locator():
    assert resources.root() == REPO / "resources"
    assert resources.path("templates", "article.html").is_file()
    assert resources.path("css", "portal.css").is_file()
    assert resources.translation("vi").is_file()  # compiled by `make`
    assert (resources.migrations() / "env.py").is_file()
    assert (resources.migrations() / "versions").is_dir()
    for version in resources.NINJS_VERSIONS:
        schema = json.loads(resources.ninjs_schema(version).read_text("utf-8"))
        assert "ninjs" in schema["$id"].lower() or "ninjs" in schema.get("title", "").lower()
    assert (resources.ninjs_schema().parent / "LICENSE").read_text().startswith("MIT License")


def test_verify_uses_the_schema_shipped_in_the_package(monkeypatch):
    monkeypatch.delenv("EDITOR_APP_NINJS_SCHEMA", raising=False)
    assert find_schema() == resources.ninjs_schema("3.1")
    assert "shared" not in find_schema().parts


def test_a_packaged_copy_comes_before_the_checkout(tmp_path, monkeypatch):
    (tmp_path / "templates").mkdir()
    monkeypatch.setattr(resources, "PACKAGED", tmp_path)
    resources.root.cache_clear()
    try:
        assert resources.root() == tmp_path
    finally:
        resources.root.cache_clear()


def test_the_version_has_one_source():
    assert about.version() == __version__ == VERSION


def test_about_tells_where_the_data_lives_and_the_licences(tmp_path):
    info = about.gather(resolve(tmp_path / "d"))
    assert info.store == str(tmp_path / "d" / "newsroom.sqlite3")
    assert info.backups_dir == tmp_path / "d" / "backups"
    names = {c.name: c for c in info.components}
    assert {"PySide6", "SQLAlchemy", "alembic", "Markdown", "nh3", "jsonschema",
            "platformdirs", "QtAwesome", "IPTC ninjs schemas"} <= set(names)
    assert all(c.license and c.license != "UNKNOWN" for c in info.components)
    text = "\n".join(about.as_lines(info))
    assert f"Editor App {VERSION}" in text
    assert str(tmp_path / "d") in text


def test_about_never_shows_a_database_password():
    info = about.gather(resolve(database="postgresql+psycopg://ed:s3cret@127.0.0.1/news"))
    assert info.store == "postgresql+psycopg://ed:***@127.0.0.1/news"


@pytest.mark.parametrize("args", [["--version"], ["about"], ["about", "--json"]])
def test_cli_answers_without_opening_a_store(tmp_path, args):
    out = subprocess.run([sys.executable, "-m", "editor_app", "--data-dir", str(tmp_path / "d"),
                          *args], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert VERSION in out.stdout
    assert not (tmp_path / "d").exists()  # nothing was created by asking
