"""The PyInstaller application folder runs with no Python around it: CLI, worker, window."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.packaging.conftest import REPO, VERSION, clean_env, run

if TYPE_CHECKING:
    import subprocess
    from pathlib import Path

pytestmark = pytest.mark.packaging


@pytest.fixture(scope="session")
def app_folder(installed) -> Path:
    """`make package`'s steps, on the wheel the other packaging tests installed."""
    got = run([str(installed.python), "-m", "pip", "install", "-q", "pyinstaller>=6.10"],
              cwd=installed.root)
    assert got.returncode == 0, got.stderr[-3000:]
    pyinstaller = installed.venv / "bin" / "pyinstaller"
    built = run([str(pyinstaller), "--noconfirm", "--log-level", "WARN",
                 "--distpath", str(installed.root / "dist"),
                 "--workpath", str(installed.root / "build"),
                 str(REPO / "packaging" / "pyinstaller" / "editor-app.spec")],
                cwd=installed.root, env=installed.env())
    assert built.returncode == 0, built.stderr[-5000:]
    return installed.root / "dist" / "editor-app"


def frozen(folder: Path, home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the app as on a machine with no Python: no python on PATH, no PYTHON* variables,
    and the venv it was built from moved out of reach while it runs."""
    home.mkdir(exist_ok=True)
    no_python = home / "bin"
    no_python.mkdir(exist_ok=True)
    environment = clean_env(home, PATH=str(no_python), **env)
    venv = folder.parents[1] / "venv"
    hidden = venv.with_name("venv-hidden")
    venv.rename(hidden)
    try:
        return run([str(folder / "editor-app"), *args], cwd=home, env=environment, timeout=300)
    finally:
        hidden.rename(venv)


def test_the_folder_is_self_contained(app_folder):
    assert (app_folder / "editor-app").is_file()
    internal = app_folder / "_internal"
    assert list(internal.glob("libpython3*.so*"))  # its own interpreter
    assert (internal / "editor_app" / "_resources" / "translations" / "editor_app_vi.qm").is_file()
    assert (internal / "editor_app" / "schemas" / "ninjs" / "ninjs-schema_3.1.json").is_file()
    assert (internal / "editor_app" / "store" / "migrations" / "env.py").is_file()


def test_frozen_version_and_check_on_a_new_store(app_folder, tmp_path):
    out = frozen(app_folder, tmp_path / "home", "--version")
    assert (out.returncode, out.stdout) == (0, f"editor-app {VERSION}\n"), out.stderr
    data = tmp_path / "store"
    out = frozen(app_folder, tmp_path / "home", "--data-dir", str(data), "user", "add", "an",
                 "--name", "Nguyễn Văn An", "--role", "admin")
    assert out.returncode == 0, out.stderr
    out = frozen(app_folder, tmp_path / "home", "--data-dir", str(data), "check")
    assert out.returncode == 0, out.stdout + out.stderr
    assert (data / "newsroom.sqlite3").is_file()  # created and migrated by the frozen Alembic
    out = frozen(app_folder, tmp_path / "home", "--data-dir", str(data), "about")
    assert out.returncode == 0, out.stderr
    assert "application folder" in out.stdout
    assert "Python " in out.stdout  # the bundled interpreter is listed with its licence


def test_frozen_render_uses_the_worker_and_the_template(app_folder, tmp_path):
    data = tmp_path / "store"
    home = tmp_path / "home"
    assert frozen(app_folder, home, "--data-dir", str(data), "demo").returncode == 0
    listed = frozen(app_folder, home, "--data-dir", str(data), "article", "list")
    first = listed.stdout.split()[0]
    page = tmp_path / "page.html"
    out = frozen(app_folder, home, "--data-dir", str(data), "--lang", "vi", "article", "render",
                 first, "--out", str(page))
    assert out.returncode == 0, out.stderr
    html = page.read_text("utf-8")
    assert "<article" in html
    assert "Tin cùng chuyên mục" in html


def test_frozen_window_opens_an_article_and_its_preview(app_folder, tmp_path):
    data = tmp_path / "store"
    home = tmp_path / "home"
    assert frozen(app_folder, home, "--data-dir", str(data), "demo").returncode == 0
    from editor_app.app import remember_device
    from editor_app.paths import resolve

    remember_device(resolve(data), "thanh.bt")  # the window starts signed in
    # The probe's memory mode paints, signs in, opens the newest article, shows the preview
    # (Qt WebEngine, or the fallback) and quits once the preview has been updated.
    out = frozen(app_folder, home, "--data-dir", str(data), EDITOR_APP_STARTUP_PROBE="memory")
    assert out.returncode == 0, out.stderr[-3000:]
    seen = [line.split()[0] for line in out.stdout.splitlines() if line.strip()]
    assert seen == ["PAINT", "USABLE", "RSS_CLOSED", "PSS_CLOSED", "RSS_OPEN", "PSS_OPEN"], \
        out.stderr[-3000:]
