"""The article list and the find bar (issue 15, item 2): two defects reported, not seen here.

Tried in the ways the report could have met them: the rich view (a new person's
default) and the source view, a search active in the list, the list ordered by
Updated, keys sent to whatever has the focus (as a person types), a category set
after the article was created. These tests hold the behaviour a person expects.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor_app.domain.entities import ArticleFields
from tests.gui.conftest import type_text


def _rows(model):
    return [r.id for r in model.rows]


@pytest.mark.parametrize("mode", ["rich", "source"])
@pytest.mark.parametrize("list_search", ["", "lua"])
def test_finding_in_the_text_leaves_the_article_list_alone(desk_factory, newsroom_dir, qtbot,
                                                           mode, list_search):
    desk = desk_factory(newsroom_dir, editor_mode=mode).start()
    w, c = desk.window, desk.controller
    panel, model = w.list_panel, w.list_panel.model
    art = desk.services.drafting.create(c.person, ArticleFields(
        title="Lúa mùa", body="Lúa chín vàng đồng. Nông dân gặt lúa sớm. Giá lúa tăng."))
    if list_search:
        with qtbot.waitSignal(panel.searched, timeout=10_000):
            panel.search_edit.setText(list_search)
    else:
        with qtbot.waitSignal(model.page_loaded, timeout=10_000):
            panel.refresh()
    panel.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # by Updated, as shown
    desk.open(art.id)
    desk.settle()
    before, search_before = _rows(model), panel.search_edit.text()
    assert art.id in before
    w.body.setFocus()
    for word in ("lúa", "nông", "giá"):
        # Ctrl+F and typing go wherever the focus is, as at the desk.
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F,
                       Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is w.find_bar.find_edit
        QTest.keyClicks(QApplication.focusWidget(), word.replace("ú", "u").replace("ô", "o")
                        .replace("á", "a"))
        for _ in range(3):
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.wait(400)  # longer than the list's search debounce (250 ms)
        desk.settle()
        assert w.find_bar.status.text().endswith(("of 3", "of 1")), w.find_bar.status.text()
        assert panel.search_edit.text() == search_before
        assert _rows(model) == before
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert not w.find_bar.isVisible()


@pytest.mark.parametrize("mode", ["rich", "source"])
@pytest.mark.parametrize("list_search", ["", "lua"])
def test_the_list_row_follows_an_autosave(desk_factory, newsroom_dir, qtbot, mode, list_search):
    desk = desk_factory(newsroom_dir, editor_mode=mode).start()
    w, c = desk.window, desk.controller
    panel, model = w.list_panel, w.list_panel.model
    mine = desk.services.drafting.create(c.person, ArticleFields(title="Tin mới về lúa"))
    if list_search:
        with qtbot.waitSignal(panel.searched, timeout=10_000):
            panel.search_edit.setText(list_search)
    else:
        with qtbot.waitSignal(model.page_loaded, timeout=10_000):
            panel.refresh()
    panel.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    desk.open(mine.id)
    row = model.rows[model.row_of(mine.id)]
    assert row.category == ""
    assert all(r.author for r in model.rows)  # search rows name their authors too
    before = row.updated
    qtbot.wait(1100)  # the Updated column shows seconds: let one pass
    w.metadata.category.setCurrentIndex(2)  # set after the article was created
    category = w.metadata.category.currentText().split(" / ")[-1]
    w.body.setFocus()
    with qtbot.waitSignal(c.autosave.saved, timeout=10_000):
        type_text(w.body.active(), "Lúa vụ mùa được mùa.")
    desk.settle()
    qtbot.waitUntil(lambda: model.row_of(mine.id) >= 0 and
                    model.rows[model.row_of(mine.id)].updated > before, timeout=10_000)
    at = model.row_of(mine.id)
    assert model.rows[at].category == category
    assert model.index(at, 1).data() == category  # what the Category column shows
    assert model.index(at, 4).data() != ""
    assert model.rows[at].author == c.person.name
    assert all(r.author for r in model.rows)


@pytest.mark.parametrize("mode", ["rich", "source"])
def test_a_category_chosen_alone_shows_in_the_list(desk_factory, newsroom_dir, qtbot, mode):
    desk = desk_factory(newsroom_dir, editor_mode=mode).start()
    w, c = desk.window, desk.controller
    model = w.list_panel.model
    mine = desk.services.drafting.create(c.person, ArticleFields(title="Chỉ chọn chuyên mục"))
    with qtbot.waitSignal(model.page_loaded, timeout=10_000):
        w.list_panel.refresh()
    desk.open(mine.id)
    with qtbot.waitSignal(c.autosave.saved, timeout=10_000):
        w.metadata.category.setCurrentIndex(3)  # nothing typed: the choice alone is saved
    category = w.metadata.category.currentText().split(" / ")[-1]
    qtbot.waitUntil(lambda: model.row_of(mine.id) >= 0 and
                    model.index(model.row_of(mine.id), 1).data() == category, timeout=10_000)
    assert desk.services.drafting.get(mine.id).category_id


def test_each_list_search_starts_from_the_whole_list(desk_factory, newsroom_dir, qtbot):
    desk = desk_factory(newsroom_dir, editor_mode="rich").start()
    panel, model = desk.window.list_panel, desk.window.list_panel.model
    with qtbot.waitSignal(model.page_loaded, timeout=10_000):
        panel.refresh()
    everything = set(_rows(model))
    found = {}
    for word in ("huyen", "xa", "huyen", ""):
        with qtbot.waitSignal(panel.searched if word else model.page_loaded, timeout=10_000):
            panel.search_edit.setText(word)
        desk.settle()
        found.setdefault(word, []).append(set(_rows(model)))
    assert found["huyen"][0] == found["huyen"][1]  # the same search, the same answer
    fresh = {h.id for h in desk.services.search.search("xa", limit=200, prefix=True)}
    assert found["xa"][0] == fresh  # not only among the rows the search before left
    assert found[""][0] == everything  # cleared: the whole list again
