"""Names and titles are text, never markup: "<b>Lan</b>" shows as typed, "<img>" loads nothing."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from editor_app.domain.entities import ArticleFields
from editor_app.domain.errors import InvalidState
from editor_app.gui.dialogs.conflict import ConflictDialog
from editor_app.gui.models.article_list_model import IdRole

NAME = "<b>Lan</b> <img src=x>"
TITLE = "<img src=x onerror=alert(1)> Tin <i>nóng</i>"


def rendered_as_typed(label: QLabel, text: str) -> bool:
    """What a person sees: the label treats its text as plain and holds it unchanged."""
    return label.textFormat() == Qt.TextFormat.PlainText and text in label.text()


def test_a_name_with_markup_shows_as_typed(desk_factory, newsroom_dir, qtbot):
    from editor_app.app import open_newsroom
    from editor_app.paths import resolve

    room = open_newsroom(resolve(newsroom_dir))
    person = room.services.people.add("lan.html", NAME, "reporter")
    room.services.drafting.create(person, ArticleFields(title=TITLE, body="Thân.\n"))
    room.close()
    desk = desk_factory(newsroom_dir, "lan.html").start()
    w = desk.window
    assert rendered_as_typed(w.person_label, NAME)
    assert NAME in w.windowTitle()

    mine = next(r for r in w.list_panel.model.rows if r.title == TITLE)
    model = w.list_panel.model
    row = model.row_of(mine.id)
    tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip.replace("<p>", "").replace("</p>", "")
    assert "&lt;img src=x onerror=alert(1)&gt;" in tip
    assert model.data(model.index(row, 0), IdRole) == mine.id

    desk.open(mine.id)
    w.banner.setText(f"Read only: {NAME}")
    assert rendered_as_typed(w.banner, NAME)


def test_dialogs_and_errors_quote_names_as_text(desk_factory, newsroom_dir, qtbot):
    desk = desk_factory(newsroom_dir).start()
    conflict = ConflictDialog(f"{NAME} saved version 3 first.", "mine", "theirs", desk.window)
    labels = [x for x in conflict.findChildren(QLabel) if NAME in x.text()]
    assert labels
    assert all(rendered_as_typed(x, NAME) for x in labels)
    conflict.close()

    desk.controller.errors.report(InvalidState(f"{NAME} is editing this article."))
    box = desk.controller.errors.last_box
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == f"{NAME} is editing this article."
    box.close()
