"""kill -9 after an autosave loses nothing: the next start reopens the article with the text."""

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from editor_app.app import open_newsroom, remember_device
from editor_app.domain.entities import ArticleFields
from editor_app.paths import resolve

TEXT = "Đoạn văn gõ trước khi máy bị tắt đột ngột: Đảng bộ, hòa bình, thủy lợi."


def test_sigkill_after_autosave_loses_nothing(newsroom_dir, desk_factory, tmp_path):
    room = open_newsroom(resolve(newsroom_dir))
    an = room.services.people.by_login("an.pv")
    art = room.services.drafting.create(an, ArticleFields(title="Bài đang viết"))
    room.close()
    from editor_app.gui.settings import SettingsStore

    remember_device(resolve(newsroom_dir), "an.pv")
    settings = SettingsStore(resolve(newsroom_dir).config_dir)
    settings.state.last_article = art.id
    settings.save_state()

    driver = Path(__file__).with_name("kill_driver.py")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]))
    proc = subprocess.Popen([sys.executable, str(driver), str(newsroom_dir), TEXT],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=env)
    try:
        lines = []
        for line in proc.stdout:
            lines.append(line.strip())
            if line.startswith("SAVED"):
                break
        assert any(x.startswith("SAVED") for x in lines), lines
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()

    db = resolve(newsroom_dir).database_file
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
    desk = desk_factory(newsroom_dir).start()
    assert desk.controller.autosave.article.id == art.id  # reopened where the reporter was
    assert desk.window.editor.toPlainText() == TEXT
    assert desk.window.metadata.title.text() == "Bài đang viết"
    from editor_app.gui.models.article_list_model import IdRole

    # and the list, filled on a worker, highlights it
    assert desk.window.list_panel.view.currentIndex().data(IdRole) == art.id
