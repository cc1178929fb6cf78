"""Spelling at the desk: red underlines as you type in both views, the right-click menu,
the newsroom dictionary, the setting, and a desk without the dictionary."""

import pytest
from PySide6.QtGui import QContextMenuEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QLabel

from editor_app.domain import spelling
from editor_app.domain.entities import ArticleFields
from editor_app.gui.dialogs.settings import SettingsDialog
from editor_app.gui.editor.spell_marks import COLOUR, SpellMarks
from tests.conftest import cannot_run
from tests.gui.conftest import type_text

WAVE = QTextCharFormat.UnderlineStyle.WaveUnderline


@pytest.fixture(autouse=True)
def _dictionary(request):
    if "no_dictionary" not in request.node.name and spelling.find_files() is None:
        cannot_run("the Vietnamese dictionary is not installed (make sysdeps: hunspell-vi)")


def red_words(editor) -> list[str]:
    """The words drawn with the red wavy underline, as the layout will paint them."""
    out = []
    block = editor.document().firstBlock()
    while block.isValid():
        text, word, last = block.text(), "", -1
        for r in sorted(block.layout().formats(), key=lambda r: r.start):
            f = r.format
            if f.underlineStyle() == WAVE and f.underlineColor() == COLOUR:
                if r.start != last and word:
                    out.append(word)
                    word = ""
                word += text[r.start:r.start + r.length]
                last = r.start + r.length
        if word:
            out.append(word)
        block = block.next()
    return out


def _desk(desk_factory, newsroom_dir, mode, login="an.pv"):
    desk = desk_factory(newsroom_dir, login, editor_mode=mode).start()
    art = desk.services.drafting.create(desk.controller.person,
                                        ArticleFields(title="Chính tả", body=""))
    desk.open(art.id)
    spell = desk.controller.spelling
    desk.qtbot.waitUntil(lambda: spell.speller.dictionary is not None, timeout=10_000)
    editor = desk.window.body.active()
    marks = spell.marks if mode == "source" else spell.rich_marks
    editor.setFocus()
    return desk, editor, marks


def _settled(desk, marks):
    desk.qtbot.waitUntil(lambda: not marks.speller.busy, timeout=10_000)
    QApplication.processEvents()


@pytest.mark.parametrize("mode", ["source", "rich"])
def test_a_misspelt_word_is_underlined_red_as_you_type(desk_factory, newsroom_dir, mode):
    desk, editor, marks = _desk(desk_factory, newsroom_dir, mode)
    type_text(editor, "Hôm nay trời đẹpp, ngừơi dân ra đồng")
    _settled(desk, marks)
    desk.qtbot.waitUntil(lambda: red_words(editor) == ["đẹpp", "ngừơi"], timeout=10_000)
    # Typing on fixes nothing by itself: the underline stays on the same words.
    type_text(editor, " sớm")
    assert red_words(editor) == ["đẹpp", "ngừơi"]
    _settled(desk, marks)
    assert red_words(editor) == ["đẹpp", "ngừơi"]
    assert [w for _s, _e, w in marks.shown()] == ["đẹpp", "ngừơi"]
    assert not desk.window.statusBar().findChild(QLabel, "spelling_missing").isVisible()


def _right_click(editor, marks, word, monkeypatch, choose):
    offered = []

    def popup(_self, menu, _where):
        offered.extend(a.text() for a in menu.actions() if not a.isSeparator())
        next(a for a in menu.actions() if choose(a)).trigger()

    monkeypatch.setattr(SpellMarks, "_popup", popup)
    start = next(s for s, _e, w in marks.shown() if w == word)
    cursor = editor.textCursor()
    cursor.setPosition(start + 1)
    rect = editor.cursorRect(cursor)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, rect.center(),
                              editor.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(editor.viewport(), event)
    return offered


@pytest.mark.parametrize("mode", ["source", "rich"])
def test_the_menu_offers_suggestions_and_replaces_the_word(desk_factory, newsroom_dir, mode,
                                                           monkeypatch):
    desk, editor, marks = _desk(desk_factory, newsroom_dir, mode)
    type_text(editor, "Bà con ngừơi dân")
    _settled(desk, marks)
    desk.qtbot.waitUntil(lambda: red_words(editor) == ["ngừơi"], timeout=10_000)
    offered = _right_click(editor, marks, "ngừơi", monkeypatch, lambda a: a.text() == "người")
    assert offered[:2] == ["người", "ngươi"]
    assert "Add “ngừơi” to the newsroom dictionary" in offered
    assert "Ignore “ngừơi”" in offered
    assert desk.window.body.toPlainText().strip() == "Bà con người dân"
    _settled(desk, marks)
    assert red_words(editor) == []


@pytest.mark.parametrize("mode", ["source", "rich"])
def test_adding_a_word_to_the_newsroom_dictionary_keeps_it(desk_factory, newsroom_dir, mode,
                                                           monkeypatch):
    desk, editor, marks = _desk(desk_factory, newsroom_dir, mode)
    type_text(editor, "Bản Phổnn Hồ đón khách, phổnn hồ đẹp")
    _settled(desk, marks)
    desk.qtbot.waitUntil(lambda: red_words(editor) == ["Phổnn", "phổnn"], timeout=10_000)
    _right_click(editor, marks, "phổnn", monkeypatch, lambda a: a.objectName() == "spell_add")
    desk.settle()
    _settled(desk, marks)
    assert red_words(editor) == []  # every place it was written, at once
    assert desk.services.spelling.words() == ("phổnn",)  # in the store: the next desk has it


def test_ignore_is_for_this_session_only(desk_factory, newsroom_dir, monkeypatch):
    desk, editor, marks = _desk(desk_factory, newsroom_dir, "source")
    type_text(editor, "Chơi zalo cả ngày")
    _settled(desk, marks)
    desk.qtbot.waitUntil(lambda: red_words(editor) == ["zalo"], timeout=10_000)
    _right_click(editor, marks, "zalo", monkeypatch, lambda a: a.objectName() == "spell_ignore")
    _settled(desk, marks)
    assert red_words(editor) == []
    assert desk.services.spelling.words() == ()


def test_spelling_can_be_turned_off_in_settings(desk_factory, newsroom_dir, monkeypatch):
    desk, editor, marks = _desk(desk_factory, newsroom_dir, "source")
    type_text(editor, "Trời đẹpp")
    _settled(desk, marks)
    desk.qtbot.waitUntil(lambda: red_words(editor) == ["đẹpp"], timeout=10_000)

    def untick(dialog):
        assert dialog.spelling.isChecked()  # on by default
        dialog.spelling.setChecked(False)
        return SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", untick)
    desk.window.registry["settings"].trigger()
    assert desk.settings.preferences.spelling is False
    assert red_words(editor) == []
    type_text(editor, " lắmm")
    _settled(desk, marks)
    assert red_words(editor) == []


def test_a_desk_with_no_dictionary_works_and_says_how_to_add_it(desk_factory, newsroom_dir,
                                                               tmp_path, monkeypatch):
    monkeypatch.setattr(spelling, "SEARCH_DIRS", (tmp_path / "nowhere",))
    desk = desk_factory(newsroom_dir, "an.pv").start()
    spell = desk.controller.spelling
    desk.qtbot.waitUntil(lambda: not spell.speller.busy, timeout=10_000)
    label = desk.window.statusBar().findChild(QLabel, "spelling_missing")
    assert label.isVisible()
    assert "sudo apt install hunspell-vi" in label.text()
    art = desk.services.drafting.create(desk.controller.person,
                                        ArticleFields(title="Không từ điển", body=""))
    desk.open(art.id)
    type_text(desk.window.editor, "Trời đẹpp")
    QApplication.processEvents()
    assert red_words(desk.window.editor) == []
    dialog = SettingsDialog(desk.settings.preferences, desk.window)
    assert "sudo apt install hunspell-vi" in dialog.spelling_missing.text()
    dialog.deleteLater()


@pytest.mark.parametrize("mode", ["source", "rich"])
def test_underlining_is_not_an_edit(desk_factory, newsroom_dir, mode):
    """Drawing or taking away underlines never makes the article look typed in."""
    desk = desk_factory(newsroom_dir, "an.pv", editor_mode=mode).start()
    art = desk.services.drafting.create(desk.controller.person, ArticleFields(
        title="Chính tả", body="Bà con ngừơi dân vui mừng.\n\nCon cháu đến trươngg.\n"))
    desk.open(art.id)
    editor = desk.window.body.active()
    desk.qtbot.waitUntil(lambda: red_words(editor) == ["ngừơi", "trươngg"], timeout=10_000)
    desk.controller.spelling.speller.add_words(["trươngg"])
    assert red_words(editor) == ["ngừơi"]
    desk.settle()
    assert desk.controller.autosave.edits == 0
    assert desk.services.drafting.get(art.id).version == art.version


def test_a_fenced_code_block_is_not_checked(desk_factory, newsroom_dir):
    desk, editor, marks = _desk(desk_factory, newsroom_dir, "source")
    editor.setPlainText("Trời đẹpp\n\n```\nprint('xinn chaof')\n```\n\nlắmm")
    _settled(desk, marks)
    desk.qtbot.waitUntil(lambda: red_words(editor) == ["đẹpp", "lắmm"], timeout=10_000)
