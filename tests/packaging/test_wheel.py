"""`pip install` of the built wheel, in a fresh venv, gives a complete app."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
import zipfile

import pytest

from tests.conftest import Cast
from tests.export.helpers import approved_article, read_zip, write_zip
from tests.packaging.conftest import REPO, VERSION, run

pytestmark = pytest.mark.packaging

# Run inside the installed venv: the app's own translation loading, then Qt's lookup.
TRANSLATE = """
import json, sys
from PySide6.QtCore import QCoreApplication
import editor_app
from editor_app import resources
from editor_app.gui.application import Appearance, create_application
app = create_application(["editor-app"])
Appearance(app).set_language("vi")
wanted = json.load(sys.stdin)
print(json.dumps({"package": editor_app.__file__, "resources": str(resources.root()),
                  "found": [QCoreApplication.translate(c, s) for c, s in wanted]}))
"""


def finished_translations() -> list[tuple[str, str, str]]:
    """(context, source, Vietnamese) for every finished, plain message in the .ts source."""
    found = []
    for ts in sorted((REPO / "resources" / "translations").glob("*_vi.ts")):
        for ctx in ET.parse(ts).getroot().iter("context"):
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if (msg.get("numerus") != "yes" and tr is not None and tr.text
                        and tr.get("type") not in ("unfinished", "obsolete", "vanished")):
                    found.append((ctx.findtext("name"), msg.findtext("source"), tr.text))
    return found


def test_the_wheel_carries_resources_translations_and_schemas(installed):
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    assert {"editor_app/_resources/templates/article.html",
            "editor_app/_resources/css/portal.css",
            "editor_app/_resources/translations/editor_app_vi.qm",
            "editor_app/_resources/icons/hicolor/512x512/apps/vn.editorapp.EditorApp.png",
            "editor_app/schemas/ninjs/ninjs-schema_3.1.json",
            "editor_app/schemas/ninjs/ninjs-schema_1.6.json",
            "editor_app/schemas/ninjs/LICENSE",
            "editor_app/store/migrations/env.py",
            "editor_app/store/migrations/versions/0001_initial_schema.py"} <= names
    assert not [n for n in names if n.endswith(".ts")]  # sources stay in the repo
    meta = zipfile.ZipFile(installed.wheel).read(
        f"editor_app-{VERSION}.dist-info/METADATA").decode()
    assert "License-Expression: LicenseRef-Proprietary" in meta


def test_the_installed_app_speaks_vietnamese(installed):
    wanted = finished_translations()
    assert len(wanted) > 50
    out = run([str(installed.python), "-c", TRANSLATE], cwd=installed.root,
              env=installed.env(), stdin=json.dumps([(c, s) for c, s, _ in wanted]))
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout.splitlines()[-1])
    assert str(installed.venv) in result["package"]  # the installed copy, not src/
    assert result["resources"].startswith(str(installed.venv))
    assert result["found"] == [vi for _, _, vi in wanted]


def test_installed_version_and_about(installed):
    out = run([str(installed.editor_app), "--version"], cwd=installed.root, env=installed.env())
    assert (out.returncode, out.stdout) == (0, f"editor-app {VERSION}\n")
    data = installed.root / "about-data"
    out = run([str(installed.editor_app), "--data-dir", str(data), "about", "--json"],
              cwd=installed.root, env=installed.env())
    assert out.returncode == 0, out.stderr
    about = json.loads(out.stdout)
    assert about["version"] == VERSION
    assert about["store"] == str(data / "newsroom.sqlite3")
    licences = {c["name"]: c["license"] for c in about["components"]}
    assert licences["IPTC ninjs schemas"] == "MIT"
    assert "LGPL-3.0-only" in licences["PySide6"]
    assert licences["SQLAlchemy"] == "MIT"


def test_installed_verify_checks_bundles_against_the_packaged_schema(installed, room, tmp_path):
    cast = Cast(room)
    bundle = room.services.exporting.export(cast.staff, approved_article(room, cast).id,
                                            tmp_path / "out")
    out = run([str(installed.editor_app), "verify", str(bundle)], cwd=installed.root,
              env=installed.env())
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout == f"{bundle}: ok\n"  # no note: the schema was found and used

    # A bundle whose hashes are right but whose ninjs breaks the schema fails on the schema.
    files = read_zip(bundle)
    doc = json.loads(files["article.json"])
    doc["pubStatus"] = "maybe"
    files["article.json"] = json.dumps(doc).encode()
    manifest = json.loads(files["manifest.json"])
    import hashlib

    for f in manifest["files"]:
        f["sha256"] = hashlib.sha256(files[f["path"]]).hexdigest()
        f["size"] = len(files[f["path"]])
    files["manifest.json"] = json.dumps(manifest).encode()
    bad = write_zip(tmp_path / "bad.zip", files)
    out = run([str(installed.editor_app), "verify", str(bad)], cwd=installed.root,
              env=installed.env())
    assert out.returncode == 5
    assert "article.json pubStatus: 'maybe' is not one of" in out.stdout


def test_a_reporters_install_is_lean_and_serve_says_what_to_install(installed):
    meta = zipfile.ZipFile(installed.wheel).read(
        f"editor_app-{VERSION}.dist-info/METADATA").decode()
    assert "Provides-Extra: server" in meta
    server_only = [line for line in meta.splitlines() if line.startswith("Requires-Dist:")
                   and any(p in line for p in ("fastapi", "uvicorn", "psycopg"))]
    assert len(server_only) == 3
    assert all("extra == \"server\"" in line for line in server_only)
    out = run([str(installed.editor_app), "--lang", "en", "--data-dir",
               str(installed.root / "serve-data"), "serve"], cwd=installed.root,
              env=installed.env())
    assert out.returncode == 2
    assert "pip install 'editor-app[server]'" in out.stderr
    assert "Traceback" not in out.stderr
