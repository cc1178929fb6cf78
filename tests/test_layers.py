"""The dependency rule of DESIGN.md §4, checked on the source."""

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "editor_app"

FORBIDDEN = {
    "domain": ("PySide6", "shiboken6", "qtawesome", "sqlalchemy", "alembic",
               "editor_app.store", "editor_app.services", "editor_app.gui"),
    "services": ("PySide6", "shiboken6", "qtawesome", "editor_app.gui"),
    "render": ("PySide6", "shiboken6", "qtawesome", "sqlalchemy", "editor_app.gui"),
    "export": ("PySide6", "shiboken6", "qtawesome", "editor_app.gui"),
    "store": ("PySide6", "editor_app.gui", "editor_app.services"),
    "gui": ("sqlalchemy", "alembic", "editor_app.store"),
}


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports(layer):
    folder = SRC / layer
    files = list(folder.rglob("*.py")) if folder.exists() else []
    leaks = [
        f"{f.relative_to(SRC)} imports {name}"
        for f in files
        for name in imports(f)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert not leaks


def test_the_checker_sees_a_leak(tmp_path):
    bad = tmp_path / "x.py"
    bad.write_text("from sqlalchemy.orm import Session\nimport PySide6.QtCore\n")
    assert {"sqlalchemy.orm", "PySide6.QtCore"} <= imports(bad)
