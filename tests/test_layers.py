"""The dependency rule of DESIGN.md §4, checked on the source as an allow-list.

Each layer names what it may import; anything else is a leak, so a new
dependency has to be admitted here on purpose. Relative imports are resolved
and count like absolute ones.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "editor_app"
STDLIB = frozenset(sys.stdlib_module_names)

# Our own top-level modules that every layer may use: they import nothing of ours but each other.
LEAVES = ("editor_app.atomic", "editor_app.resources", "editor_app.paths")

ALLOWED: dict[str, tuple[str, ...]] = {
    # Pure Python: the standard library and itself, nothing else.
    "domain": ("editor_app.domain",),
    "render": ("editor_app.domain", "editor_app.render", *LEAVES,
               "markdown", "nh3", "jinja2", "markupsafe", "babel"),
    "export": ("editor_app.domain", "editor_app.render", "editor_app.export", *LEAVES,
               "jsonschema", "yaml"),
    "store": ("editor_app.domain", "editor_app.store", *LEAVES, "sqlalchemy", "alembic"),
    "services": ("editor_app.domain", "editor_app.render", "editor_app.export",
                 "editor_app.store", "editor_app.services", *LEAVES,
                 "argon2", "yaml", "jsonschema", "sqlalchemy", "diff_match_patch", "psycopg"),
    # The newsroom server: an outer layer like the CLI, over the services; never Qt.
    "server": ("editor_app.domain", "editor_app.services", "editor_app.store",
               "editor_app.server", "editor_app.about", "editor_app.app", *LEAVES,
               "fastapi", "starlette", "pydantic", "uvicorn", "anyio", "sqlalchemy"),
}
# Named exceptions, one file each, with the reason. The message catalogue reads the
# gettext .po files with Babel's reader (no compile step for wheels or frozen builds)
# through the resource locator; the rest of the domain stays standard library only.
FILE_EXCEPTIONS: dict[str, tuple[str, ...]] = {
    "domain/i18n.py": ("babel", "editor_app.resources"),
    # The OS keyring keeps publishing passwords when the optional package is installed.
    "services/publishing/secrets.py": ("keyring",),
    # The PostgreSQL driver is optional (the server extra): the engine checks it is there.
    "store/engine.py": ("psycopg",),
    # Word files are read with mammoth (File → Import, `article import FILE.docx`).
    "services/word_import.py": ("mammoth",),
    # The newsroom server's sign-in token, in the OS keyring when the package is installed.
    "services/credentials.py": ("keyring",),
}
# The GUI may use anything but the store and the database driver layer.
GUI_FORBIDDEN = ("sqlalchemy", "alembic", "editor_app.store")


def _absolute(node: ast.ImportFrom, module: str) -> str:
    """`from ..store import x` inside editor_app.services.y → editor_app.store."""
    if node.level == 0:
        return node.module or ""
    base = module.split(".")[: -node.level]
    return ".".join([*base, node.module] if node.module else base)


def module_name(path: Path) -> str:
    rel = path.relative_to(SRC.parent).with_suffix("")
    # A package's __init__ resolves `from . import x` from the package itself, which
    # dropping the last part of "editor_app.pkg.__init__" gives, as for any module.
    return ".".join(rel.parts)


def imports(path: Path, module: str = "editor_app.x") -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, module)
            found.add(base)
            if base in ("editor_app", *(f"editor_app.{layer}" for layer in ALLOWED)):
                # `from editor_app import store` names the submodule, not the package.
                found.update(f"{base}.{a.name}" for a in node.names
                             if (SRC.parent / base.replace(".", "/") / a.name).exists()
                             or (SRC.parent / base.replace(".", "/") / f"{a.name}.py").exists())
    return found


def _within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def leaks(layer: str) -> list[str]:
    folder = SRC / layer
    assert folder.is_dir(), f"{folder} is missing: the check would pass on nothing"
    found = []
    for f in sorted(folder.rglob("*.py")):
        mod = module_name(f)
        for name in imports(f, mod):
            top = name.split(".")[0]
            if layer == "gui":
                bad = _within(name, GUI_FORBIDDEN)
            elif name == "editor_app":
                bad = False  # `from editor_app import x` is judged by its submodules above
            else:
                allowed = ALLOWED[layer] + FILE_EXCEPTIONS.get(f.relative_to(SRC).as_posix(), ())
                bad = not (top in STDLIB or top == "__future__" or _within(name, allowed))
            if bad:
                found.append(f"{f.relative_to(SRC)} imports {name}")
    return found


@pytest.mark.parametrize("layer", [*sorted(ALLOWED), "gui"])
def test_layer_imports(layer):
    assert leaks(layer) == []


def test_domain_is_standard_library_only():
    """The strictest rule, spelled out: not even our own render or store."""
    assert ALLOWED["domain"] == ("editor_app.domain",)


def test_the_checker_sees_leaks(tmp_path, monkeypatch):
    pkg = tmp_path / "editor_app"
    (pkg / "domain").mkdir(parents=True)
    (pkg / "store").mkdir()
    (pkg / "store" / "__init__.py").write_text("")
    (pkg / "domain" / "bad.py").write_text(
        "from sqlalchemy.orm import Session\nimport PySide6.QtCore\n"
        "from ..store import models\nfrom editor_app import store\nimport requests\n")
    monkeypatch.setattr(sys.modules[__name__], "SRC", pkg)
    found = leaks("domain")
    for name in ("sqlalchemy.orm", "PySide6.QtCore", "editor_app.store", "requests"):
        assert any(line.endswith(f"imports {name}") for line in found), (name, found)


def test_a_missing_layer_fails(tmp_path, monkeypatch):
    monkeypatch.setattr(sys.modules[__name__], "SRC", tmp_path / "editor_app")
    with pytest.raises(AssertionError, match="missing"):
        leaks("domain")
