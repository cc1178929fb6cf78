"""The return banner, the dark theme and distraction-free mode (issue 15, item 2)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtTest import QTest

from editor_app.domain.entities import ArticleFields


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def icon_lightness(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> float:
    image = icon.pixmap(24, 24, mode).toImage()
    values = [QColor.fromRgba(image.pixel(x, y)) for x in range(24) for y in range(24)]
    ink = [c.lightness() for c in values if c.alpha() > 128]
    return sum(ink) / len(ink)


def test_a_returned_article_shows_its_author_why(desk_factory, newsroom_dir, qtbot):
    from editor_app.app import open_newsroom
    from editor_app.paths import resolve

    room = open_newsroom(resolve(newsroom_dir))
    s = room.services
    an = s.people.by_login("an.pv")
    editor = s.people.by_login("thanh.bt")
    art = s.drafting.create(an, ArticleFields(
        title="Trường học mới ở vùng cao", summary="Sapo.", body="Thân bài.\n"))
    s.review.submit(an, art.id)
    s.review.start_review(editor, art.id)
    s.review.return_to_author(editor, art.id, "Thiếu tên hiệu trưởng & số học sinh <b>.")
    room.close()

    desk = desk_factory(newsroom_dir).start()
    w = desk.window
    desk.open(art.id)
    qtbot.waitUntil(lambda: w.return_banner.isVisible(), timeout=10_000)
    text = w.return_banner.text()
    assert "Đỗ Văn Thành" in text
    assert "Thiếu tên hiệu trưởng &amp; số học sinh &lt;b&gt;." in text  # shown as typed
    assert "href" in text
    w.grab().save(str(newsroom_dir.parent / "return_banner.png"))
    w.return_banner.linkActivated.emit("#comments")
    assert w.side.currentWidget() is w.comments
    # Another article: the banner goes.
    mine = desk.services.drafting.create(desk.controller.person, ArticleFields(title="Khác"))
    desk.open(mine.id)
    assert not w.return_banner.isVisible()


def test_dark_theme_is_readable_and_light_comes_back(desk_factory, newsroom_dir, qtbot):
    desk = desk_factory(newsroom_dir).start()
    w = desk.window
    art = desk.services.drafting.create(desk.controller.person, ArticleFields(title="Tối"))
    desk.open(art.id)
    w.editor.setPlainText("## Tiêu đề phụ\n\nMột đoạn **đậm**.")
    desk.appearance.set_theme("dark")
    qtbot.wait(50)
    palette = QGuiApplication.palette()
    # Disabled actions look disabled: their text and icons are clearly dimmer.
    on = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
    off = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    assert on.lightness() - off.lightness() > 60
    approve = w.registry["approve"]
    assert not approve.isEnabled()
    assert icon_lightness(approve.icon(), QIcon.Mode.Disabled) < \
        icon_lightness(w.registry["bold"].icon()) - 60
    # Headings are readable on the dark editor.
    block = w.editor.document().firstBlock()
    heading = next(r.format.foreground().color() for r in block.layout().formats())
    base = w.editor.palette().color(QPalette.ColorRole.Base)
    assert contrast(heading, base) >= 4.5
    w.grab().save(str(newsroom_dir.parent / "dark.png"))
    # Back to light: icons are dark again at once, not pale until a restart.
    desk.appearance.set_theme("light")
    qtbot.wait(50)
    assert icon_lightness(w.registry["bold"].icon()) < 110
    heading = next(r.format.foreground().color() for r in
               w.editor.document().firstBlock().layout().formats())
    assert contrast(heading, w.editor.palette().color(QPalette.ColorRole.Base)) >= 4.5


def test_distraction_free_has_a_way_out_and_a_comfortable_line(desk_factory, newsroom_dir,
                                                               qtbot):
    desk = desk_factory(newsroom_dir).start()
    w = desk.window
    art = desk.services.drafting.create(desk.controller.person, ArticleFields(title="Tập trung"))
    desk.open(art.id)
    w.editor.setPlainText("Chữ " * 400)
    df = w.registry["distraction_free"]
    assert df.shortcut().toString() == "F11"
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5_000)  # shortcuts go to the active window
    w.editor.setFocus()
    QTest.keyClick(w.editor, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not w.menuBar().isVisible(), timeout=5_000)
    # The way back is on screen and says its keys.
    exit_button = w.exit_distraction_free
    assert exit_button.isVisible()
    assert "Esc" in exit_button.text()
    # Lines of about 70 characters, not the whole screen width.
    qtbot.waitUntil(lambda: w.editor.viewportMargins().left() > 0, timeout=5_000)
    chars = w.editor.viewport().width() / w.editor.fontMetrics().averageCharWidth()
    assert 60 <= chars <= 80
    w.grab().save(str(newsroom_dir.parent / "distraction_free.png"))
    # F11 works with the menu bar hidden, and so does Esc.
    QTest.keyClick(w.editor, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: w.menuBar().isVisible(), timeout=5_000)
    QTest.keyClick(w.editor, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not w.menuBar().isVisible(), timeout=5_000)
    QTest.keyClick(w.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: w.menuBar().isVisible(), timeout=5_000)
    assert not exit_button.isVisible()
    assert w.editor.viewportMargins().left() == 0
    # The button works too.
    df.setChecked(True)
    exit_button.click()
    assert not df.isChecked()
    assert w.list_panel.isVisible()
