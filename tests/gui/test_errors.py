"""Failures surface: shown to the person, kept in the log with their traceback."""

import sys

from PySide6.QtWidgets import QMessageBox

from editor_app.domain.errors import NotFound


def shown_box(desk, qtbot):
    qtbot.waitUntil(lambda: desk.controller.errors.last_box is not None, timeout=10_000)
    box = desk.controller.errors.last_box
    assert box.isVisible()
    return box


def test_a_background_read_that_raises_is_shown_and_its_traceback_logged(
        desk_factory, newsroom_dir, qtbot, monkeypatch):
    desk = desk_factory(newsroom_dir).start()
    article = desk.services.drafting.summaries(limit=1)[0]
    desk.open(article.id)

    def broken(_article_id):
        raise RuntimeError("index page 7 unreadable")

    monkeypatch.setattr(desk.services.review, "history", broken)
    desk.window.side.setCurrentWidget(desk.window.history)  # loads on a reader thread
    box = shown_box(desk, qtbot)
    assert box.text() == f"Something went wrong — details saved to {desk.log_file}"
    log = desk.log_file.read_text("utf-8")
    assert "Traceback (most recent call last)" in log
    assert "RuntimeError: index page 7 unreadable" in log
    assert "in broken" in log  # the frame where it happened


def test_a_refusal_is_shown_as_its_own_sentence(desk_factory, newsroom_dir, qtbot, monkeypatch):
    desk = desk_factory(newsroom_dir).start()
    article = desk.services.drafting.summaries(limit=1)[0]
    desk.open(article.id)

    def gone(_article_id):
        raise NotFound("Bài viết đã bị xóa khỏi kho.")

    monkeypatch.setattr(desk.services.review, "comments", gone)
    desk.window.side.setCurrentWidget(desk.window.comments)
    box = shown_box(desk, qtbot)
    assert box.text() == "Bài viết đã bị xóa khỏi kho."
    assert "refused: Bài viết đã bị xóa khỏi kho." in desk.log_file.read_text("utf-8")


def test_an_uncaught_exception_shows_a_dialog_and_is_logged(desk_factory, newsroom_dir, qtbot):
    desk = desk_factory(newsroom_dir).start()
    try:
        raise KeyError("toolbar-state")
    except KeyError:
        desk.controller.errors.excepthook(*sys.exc_info())
    box = shown_box(desk, qtbot)
    assert box.icon() == QMessageBox.Icon.Critical
    assert str(desk.log_file) in box.text()
    log = desk.log_file.read_text("utf-8")
    assert "uncaught exception" in log
    assert "KeyError: 'toolbar-state'" in log


def test_about_shows_where_the_log_is(desk_factory, newsroom_dir, qtbot):
    desk = desk_factory(newsroom_dir).start()
    desk.window.registry["about"].trigger()
    qtbot.waitUntil(lambda: desk.window.findChild(QMessageBox, "about_box") is not None,
                    timeout=5_000)
    box = desk.window.findChild(QMessageBox, "about_box")
    assert f"Log file: {desk.log_file}" in box.text()
    box.close()


def test_the_log_lives_in_the_platform_log_dir_unless_redirected(tmp_path, monkeypatch):
    import platformdirs

    from editor_app.paths import resolve

    monkeypatch.delenv("EDITOR_APP_DATA_DIR", raising=False)
    monkeypatch.delenv("EDITOR_APP_LOG_DIR", raising=False)
    default = resolve()
    assert default.log_file.parent == __import__("pathlib").Path(
        platformdirs.user_log_dir("editor-app", appauthor=False))
    assert resolve(tmp_path / "d").log_file == (tmp_path / "d" / "logs" / "editor-app.log")
    monkeypatch.setenv("EDITOR_APP_LOG_DIR", str(tmp_path / "elsewhere"))
    assert resolve(tmp_path / "d").log_file == tmp_path / "elsewhere" / "editor-app.log"
