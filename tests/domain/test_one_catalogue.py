"""Core messages come from the gettext catalogues, not from tables beside the code."""

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "editor_app"


def inline_tables(path: Path) -> list[int]:
    """Lines of dict literals keyed by both "en" and "vi": a private translation table."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            if {"en", "vi"} <= keys:
                found.append(node.lineno)
    return found


def test_no_translation_tables_outside_the_catalogue():
    assert SRC.is_dir()
    tables = {
        f.relative_to(SRC).as_posix(): lines
        for f in SRC.rglob("*.py")
        if (lines := inline_tables(f))
    }
    assert tables == {}


def test_the_check_sees_a_table(tmp_path):
    f = tmp_path / "m.py"
    f.write_text('M = {"x": {"en": "Hello", "vi": "Xin chào"}}\n')
    assert inline_tables(f) == [1]
