"""The core's one message catalogue: gettext .po files, read with Babel."""

import ast
import string
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from editor_app import resources
from editor_app.domain import i18n
from editor_app.domain.workflow import Action, Role, Status

SRC = Path(__file__).resolve().parents[2] / "src" / "editor_app"


def entries(*parts):
    with resources.path("locale", *parts).open("rb") as f:
        return {m.context: m for m in read_po(f) if m.context}


def fields(text):
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def keys_used_in_source():
    """Every literal key passed to i18n.tr() / i18n.translate() outside gui/ (Qt's there)."""
    used = set()
    for path in SRC.rglob("*.py"):
        if "gui" in path.relative_to(SRC).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "i18n"):
                name = node.func.attr
                args = node.args[1:] if name == "translate" else node.args
                if name in ("tr", "translate") and args and isinstance(args[0], ast.Constant):
                    used.add(args[0].value)
    return used


def test_every_key_the_code_asks_for_is_in_the_catalogue():
    template = entries("editor_app.pot")
    wanted = keys_used_in_source() | {f"status.{s}" for s in Status}
    wanted |= {f"role.{r}" for r in Role} | {f"action.{a}" for a in Action}
    template_html = resources.path("templates", "article.html").read_text("utf-8")
    wanted |= {k for k in template if k.startswith("page.") and f'_("{k}")' in template_html}
    assert {"not_found", "conflict", "page.home"} <= wanted
    assert wanted - set(template) == set()


def test_vietnamese_translates_every_entry_with_the_same_placeholders():
    template, vi = entries("editor_app.pot"), entries("vi", "LC_MESSAGES", "editor_app.po")
    assert set(vi) == set(template)
    for key, m in template.items():
        assert vi[key].string, key
        assert not vi[key].fuzzy, key
        assert vi[key].id == m.id, key  # the .po follows the template's English
        assert fields(vi[key].string) == fields(m.id), key


def test_messages_in_both_languages():
    i18n.set_language("vi")
    assert i18n.tr("not_found", what=i18n.tr("article"), key="x") == "Không tìm thấy bài viết: x"
    assert i18n.status_name(Status.IN_REVIEW) == "đang duyệt"
    assert i18n.role_name("staff") == "quản trị nội dung"
    assert i18n.action_name(Action.WITHDRAW) == "gỡ tin"
    i18n.set_language("en_US")
    assert i18n.language() == "en"
    assert i18n.tr("not_found", what=i18n.tr("article"), key="x") == "article not found: x"
    assert i18n.status_name(Status.IN_REVIEW) == "in review"
    assert i18n.tr("no_such_key") == "no_such_key"
    assert i18n.status_name("no_such_status") == "no_such_status"


def test_a_language_can_be_asked_for_whatever_the_ui_language():
    i18n.set_language("en")
    assert i18n.translate("vi", "page.related") == "Tin cùng chuyên mục"
    assert i18n.tr("page.related") == "More in this section"


def test_untranslated_and_fuzzy_entries_fall_back_to_english(tmp_path, monkeypatch):
    root = tmp_path / "resources"
    (root / "locale" / "vi" / "LC_MESSAGES").mkdir(parents=True)
    (root / "locale" / "editor_app.pot").write_text(
        'msgctxt "a"\nmsgid "Alpha"\nmsgstr ""\n\nmsgctxt "b"\nmsgid "Beta"\nmsgstr ""\n\n'
        'msgctxt "c"\nmsgid "Gamma"\nmsgstr ""\n', "utf-8")
    (root / "locale" / "vi" / "LC_MESSAGES" / "editor_app.po").write_text(
        'msgctxt "a"\nmsgid "Alpha"\nmsgstr "Anpha"\n\n#, fuzzy\nmsgctxt "b"\nmsgid "Beta"\n'
        'msgstr "Bêta?"\n', "utf-8")
    monkeypatch.setattr(resources, "path", lambda *parts: root.joinpath(*parts))
    i18n.messages.cache_clear()
    try:
        assert [i18n.translate("vi", k) for k in "abc"] == ["Anpha", "Beta", "Gamma"]
    finally:
        i18n.messages.cache_clear()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_catalogue_is_read_once_per_language(lang):
    assert i18n.messages(lang) is i18n.messages(lang)
