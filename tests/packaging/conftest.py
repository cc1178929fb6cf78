"""Build the wheel once per run and install it in a fresh venv, away from the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """No variable of ours, no PYTHONPATH: only what a person's session would have."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("EDITOR_APP_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", **extra)
    return env


def run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 1200,
        stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env=env, input=stdin, capture_output=True, text=True,
                          timeout=timeout, check=False)


@dataclass
class Installed:
    root: Path  # scratch folder: venv/, wheel/, home/
    venv: Path
    wheel: Path

    @property
    def python(self) -> Path:
        return self.venv / ("Scripts" if os.name == "nt" else "bin") / "python"

    @property
    def editor_app(self) -> Path:
        return self.venv / ("Scripts" if os.name == "nt" else "bin") / "editor-app"

    def env(self, **extra: str) -> dict[str, str]:
        return clean_env(self.root / "home", **extra)


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """`pip wheel .` then `pip install` of that wheel (not editable) in a new venv."""
    root = tmp_path_factory.mktemp("wheel")
    (root / "home").mkdir()
    built = run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w",
                 str(root / "wheel"), str(REPO)], cwd=root)
    assert built.returncode == 0, built.stderr[-3000:]
    wheel, = (root / "wheel").glob("editor_app-*.whl")
    made = run([sys.executable, "-m", "venv", str(root / "venv")], cwd=root)
    assert made.returncode == 0, made.stderr
    inst = Installed(root, root / "venv", wheel)
    done = run([str(inst.python), "-m", "pip", "install", "-q", str(wheel)], cwd=root)
    assert done.returncode == 0, done.stderr[-3000:]
    return inst
