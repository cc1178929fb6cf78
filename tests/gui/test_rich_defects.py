"""The rich view's remaining defects (issue 15): image drop, blank line before lists, theme."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QDialog

from editor_app.domain.entities import ArticleFields
from tests.gui.conftest import type_text


def _rich_desk(desk_factory, newsroom_dir):
    desk = desk_factory(newsroom_dir, editor_mode="rich").start()
    mine = desk.services.drafting.create(desk.controller.person, ArticleFields(title="Thử"))
    desk.open(mine.id)
    rich = desk.window.body.rich
    assert desk.window.body.currentWidget() is rich
    rich.setFocus()
    return desk, mine, rich


def _drop(viewport, mime):
    """A file manager's drag and drop, as Qt delivers it; returns whether it was taken."""
    at = QPointF(10, 10)
    copy = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, copy, mime, buttons, keys)
    QApplication.sendEvent(viewport, enter)
    QApplication.sendEvent(viewport, QDragMoveEvent(at, copy, mime, buttons, keys))
    QApplication.sendEvent(viewport, QDropEvent(at, copy, mime, buttons, keys))
    return enter.isAccepted()


def test_an_image_dropped_on_the_rich_view_is_stored_with_caption_and_credit(
        desk_factory, newsroom_dir, qtbot, monkeypatch, tmp_path):
    from editor_app.gui.dialogs.image_details import ImageDetailsDialog

    desk, mine, rich = _rich_desk(desk_factory, newsroom_dir)
    type_text(rich, "Mùa gặt")
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#208040"))
    path = str(tmp_path / "ruong-lua.jpg")
    assert image.save(path)
    asked = []

    def fill(dlg):
        asked.append(dlg)
        dlg.caption.setText("Ruộng lúa chín")
        dlg.credit.setText("Trần Thị Dung")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImageDetailsDialog, "exec", fill)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(path)])
    assert _drop(rich.viewport(), mime)  # the rich view takes image files
    qtbot.waitUntil(lambda: "media/" in rich.markdown(), timeout=10_000)
    desk.settle()
    assert len(asked) == 1  # caption and credit were asked once
    assert "file:" not in rich.markdown()  # not the file's address as text
    lines = rich.markdown().split("\n\n")
    assert lines[0] == "Mùa gặt"
    assert lines[1].startswith("![Ruộng lúa chín](media/")
    src = lines[1].split("(", 1)[1].rstrip(")")
    # The view draws it with its caption and credit at once, without reopening.
    assert rich.media[src][1:] == ("Ruộng lúa chín", "Trần Thị Dung")
    qtbot.waitUntil(lambda: "media/" in desk.services.drafting.get(mine.id).body,
                    timeout=10_000)
    stored = desk.services.drafting.get(mine.id)
    assert [(m.caption, m.credit) for m in stored.media] == [("Ruộng lúa chín", "Trần Thị Dung")]


def test_text_dropped_on_the_rich_view_is_still_inserted(desk_factory, newsroom_dir, qtbot):
    _desk, _mine, rich = _rich_desk(desk_factory, newsroom_dir)
    mime = QMimeData()
    mime.setText("Hà Nội")
    assert _drop(rich.viewport(), mime)
    assert "Hà Nội" in rich.markdown()


def test_bold_typed_in_a_heading_is_kept(desk_factory, newsroom_dir, qtbot):
    desk, _mine, rich = _rich_desk(desk_factory, newsroom_dir)
    type_text(rich, "## Giá ")
    qtbot.keyClick(rich, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    type_text(rich, "lúa")
    qtbot.keyClick(rich, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    type_text(rich, " tăng **mạnh**")
    assert rich.markdown() == "## Giá **lúa** tăng **mạnh**"
    # Both views agree, there and back.
    desk.window.registry["markdown_source"].trigger()
    assert desk.window.editor.toPlainText() == "## Giá **lúa** tăng **mạnh**"
    desk.window.registry["markdown_source"].trigger()
    assert rich.markdown() == "## Giá **lúa** tăng **mạnh**"
    # Backspace at its start makes it a paragraph: the bold words stay bold, the rest plain.
    cursor = rich.textCursor()
    cursor.setPosition(0)
    rich.setTextCursor(cursor)
    qtbot.keyClick(rich, Qt.Key.Key_Backspace)
    assert rich.markdown() == "Giá **lúa** tăng **mạnh**"


def _gap(rich, above, below):
    """The empty space the view shows between two blocks, in pixels."""
    layout = rich.document().documentLayout()
    top = layout.blockBoundingRect(below).top()
    return top - layout.blockBoundingRect(above).bottom()


def test_a_list_typed_under_a_paragraph_is_spaced_as_a_list(desk_factory, newsroom_dir, qtbot):
    """Items typed after an opened article's paragraph took its paragraph spacing: each
    item stood a blank line apart, unlike the same list opened (and the page)."""
    desk = desk_factory(newsroom_dir, editor_mode="rich").start()
    art = desk.services.drafting.create(desk.controller.person, ArticleFields(
        title="Danh sách", body="Đoạn mở đầu.\n\n- Lúa\n- Ngô\n\nĐoạn kết."))
    desk.open(art.id)
    rich = desk.window.body.rich
    rich.setFocus()
    rich.moveCursor(rich.textCursor().MoveOperation.End)
    qtbot.keyClick(rich, Qt.Key.Key_Return)
    type_text(rich, "- Một")
    qtbot.keyClick(rich, Qt.Key.Key_Return)
    type_text(rich, "Hai")
    qtbot.keyClick(rich, Qt.Key.Key_Return)
    type_text(rich, "Ba")
    desk.window.registry["bullets"].trigger()  # the toolbar: "Ba" is a paragraph again
    desk.window.registry["bullets"].trigger()  # and an item once more
    assert rich.markdown() == "Đoạn mở đầu.\n\n- Lúa\n- Ngô\n\nĐoạn kết.\n\n- Một\n- Hai\n- Ba"
    doc = rich.document()
    blocks = [doc.findBlockByNumber(n) for n in range(doc.blockCount())]
    by_text = {b.text(): b for b in blocks}
    opened = _gap(rich, by_text["Lúa"], by_text["Ngô"])
    assert _gap(rich, by_text["Một"], by_text["Hai"]) == opened
    assert _gap(rich, by_text["Hai"], by_text["Ba"]) == opened
    # Still apart from the paragraph above, as the opened list is.
    assert _gap(rich, by_text["Đoạn kết."], by_text["Một"]) > opened


def test_the_word_count_never_shows_zero_while_the_article_opens(desk_factory, newsroom_dir,
                                                                 qtbot):
    """Starting in the dark theme with the last article reopening, the status bar said
    "0 words" until the article arrived."""
    first = desk_factory(newsroom_dir, editor_mode="rich").start()
    art = first.services.drafting.create(first.controller.person, ArticleFields(
        title="Đếm chữ", body="Một hai ba bốn năm.\n\n- sáu\n- bảy"))
    first.open(art.id)
    first.settings.preferences.theme = "dark"
    first.settings.save_preferences()
    first.close()
    desk = desk_factory(newsroom_dir, editor_mode="rich")
    shown = []
    desk.window.counts_label.setText = lambda text: shown.append(text)  # every text it gets
    desk.start()
    qtbot.waitUntil(lambda: shown and shown[-1].startswith("7 words"), timeout=10_000)
    assert not [t for t in shown if t.startswith("0 ")], shown
    # Switching the theme keeps the count.
    desk.appearance.set_theme("light")
    desk.appearance.set_theme("dark")
    desk.settle()
    assert shown[-1].startswith("7 words")


def test_the_dark_theme_keeps_links_and_captions_readable(desk_factory, newsroom_dir, qtbot):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from tests.images import png

    desk = desk_factory(newsroom_dir, editor_mode="rich").start()
    s, me = desk.services, desk.controller.person
    ref = s.media.add(me, png(200, 40))
    src = f"media/{ref.sha256}.{ref.ext}"
    art = s.drafting.create(me, ArticleFields(
        title="Tối", body=f"Xem [cổng](https://baotinh.vn).\n\n![Đồng lúa]({src})"))
    s.media.attach(me, art.id, ref.sha256, caption="Lúa chín", credit="Minh Anh")
    desk.open(art.id)
    rich = desk.window.body.rich
    qtbot.waitUntil(lambda: src in rich.media, timeout=10_000)
    desk.appearance.set_theme("dark")  # with the article open, nothing typed yet
    qtbot.waitUntil(lambda: rich.palette().color(rich.backgroundRole()).lightness() < 60,
                    timeout=5_000)
    link = next(f for f in _fragments(rich) if f.charFormat().isAnchor())
    assert link.charFormat().foreground().color().lightness() > 150  # not dark blue on black
    figure = rich.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(src))
    caption = figure.copy(0, 40, figure.width(), figure.height() - 40)  # under the picture
    brightest = max(QColor(caption.pixel(x, y)).lightness() if QColor.fromRgba(
        caption.pixel(x, y)).alpha() > 200 else 0
        for x in range(caption.width()) for y in range(caption.height()))
    assert brightest > 150  # the caption reads on the dark background
    assert not desk.controller.autosave.dirty  # a colour is not an edit
    assert not rich.document().isUndoAvailable()
    # Back to light after typing: the caption is dark again, drawn anew; the typing stays
    # undoable.
    rich.setFocus()
    type_text(rich, "Thêm")
    desk.appearance.set_theme("light")
    qtbot.waitUntil(lambda: rich.palette().color(rich.backgroundRole()).lightness() > 200,
                    timeout=5_000)
    assert rich.document().isUndoAvailable()
    figure = rich.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(src))
    caption = figure.copy(0, 40, figure.width(), figure.height() - 40)
    darkest = min(QColor(caption.pixel(x, y)).lightness() if QColor.fromRgba(
        caption.pixel(x, y)).alpha() > 200 else 255
        for x in range(caption.width()) for y in range(caption.height()))
    assert darkest < 120


def _fragments(rich):
    block = rich.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().isValid():
                yield it.fragment()
            it += 1
        block = block.next()
