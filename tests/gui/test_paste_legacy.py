"""Pasting text from old fonts and from programs that leave invisible characters."""

import unicodedata

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QMessageBox

from editor_app.domain.entities import ArticleFields


def _paste(editor, text):
    data = QMimeData()
    data.setText(text)
    editor.insertFromMimeData(data)


def _my_draft(desk):
    mine = desk.services.drafting.create(desk.controller.person, ArticleFields(title="Dán"))
    desk.open(mine.id)
    return desk.window.editor


def test_vni_paste_is_previewed_then_converted_in_one_undo_step(desk_factory, newsroom_dir,
                                                                monkeypatch):
    desk = desk_factory(newsroom_dir).start()
    editor = _my_draft(desk)
    asked = []

    def answer(box):
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)
    editor.setPlainText("")
    _paste(editor, "Ñaïi hoäi Ñaûng boä tænh Ngheä An laàn thöù XIX")
    assert editor.toPlainText() == "Đại hội Đảng bộ tỉnh Nghệ An lần thứ XIX"
    assert "VNI-Windows" in asked[0]
    assert "Đại hội Đảng bộ tỉnh Nghệ An lần thứ XIX" in asked[0]  # the preview
    editor.undo()
    assert editor.toPlainText() == "Ñaïi hoäi Ñaûng boä tænh Ngheä An laàn thöù XIX"


def test_declining_keeps_the_text_as_pasted(desk_factory, newsroom_dir, monkeypatch):
    desk = desk_factory(newsroom_dir).start()
    editor = _my_draft(desk)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.No)
    editor.setPlainText("")
    _paste(editor, "Hµ Néi lµ thñ ®« cña ViÖt Nam")
    assert editor.toPlainText() == "Hµ Néi lµ thñ ®« cña ViÖt Nam"


def test_decomposed_and_invisible_characters_are_cleaned_as_they_arrive(
        desk_factory, newsroom_dir, monkeypatch):
    desk = desk_factory(newsroom_dir).start()
    editor = _my_draft(desk)
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box) or 0)
    editor.setPlainText("")
    _paste(editor, unicodedata.normalize("NFD", "Thừa Thiên Huế") + "\u200b\u00a0mùa\u00adthu")
    assert editor.toPlainText() == "Thừa Thiên Huế mùathu"
    assert asked == []  # clean Unicode asks nothing


def test_edit_menu_converts_a_body_imported_in_vni(desk_factory, newsroom_dir, monkeypatch):
    desk = desk_factory(newsroom_dir).start()
    editor = _my_draft(desk)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    editor.setPlainText("## Tin toùm taét\n\nUÛy ban nhaân daân tænh quyeát ñònh khen thöôûng")
    action = desk.window.registry["convert_legacy"]
    assert action.isEnabled()
    action.trigger()
    assert editor.toPlainText() == \
        "## Tin tóm tắt\n\nỦy ban nhân dân tỉnh quyết định khen thưởng"
    editor.undo()
    assert editor.toPlainText().startswith("## Tin toùm taét")


def test_convert_says_so_when_there_is_nothing_to_convert(desk_factory, newsroom_dir,
                                                          monkeypatch):
    desk = desk_factory(newsroom_dir).start()
    editor = _my_draft(desk)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail("asked for nothing"))
    editor.setPlainText("Hà Nội mùa thu")
    desk.window.registry["convert_legacy"].trigger()
    assert editor.toPlainText() == "Hà Nội mùa thu"
    assert "No text in an old Vietnamese encoding" in desk.window.statusBar().currentMessage()
