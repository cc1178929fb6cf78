"""What the preview asks of Qt WebEngine before it starts, and how the probe counts memory."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

from editor_app.app import open_newsroom
from editor_app.domain.entities import ArticleFields
from editor_app.gui import startup_probe
from editor_app.gui.panels import preview
from editor_app.paths import resolve


@pytest.fixture
def env(monkeypatch):
    for name in ("QTWEBENGINE_CHROMIUM_FLAGS", "QT_XCB_GL_INTEGRATION", "QT_QUICK_BACKEND"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def flags_as(env, uid, start=None):
    env.setattr(os, "geteuid", lambda: uid)
    if start is not None:
        env.setenv("QTWEBENGINE_CHROMIUM_FLAGS", start)
    preview.chromium_flags()
    return os.environ["QTWEBENGINE_CHROMIUM_FLAGS"].split()


def test_a_person_keeps_the_sandbox_and_its_zygote(env):
    flags = flags_as(env, 1000)
    assert "--renderer-process-limit=1" in flags
    assert "--no-sandbox" not in flags
    assert "--no-zygote" not in flags  # Chromium's sandbox needs its zygote


def test_without_a_sandbox_the_renderer_starts_without_a_zygote(env):
    flags = flags_as(env, 0)
    assert "--no-sandbox" in flags
    assert "--no-zygote" in flags


def test_flags_someone_set_are_kept_and_appended_to(env):
    flags = flags_as(env, 0, "--lang=vi --no-sandbox")
    assert flags[:2] == ["--lang=vi", "--no-sandbox"]
    assert flags.count("--no-sandbox") == 1
    assert "--no-zygote" in flags
    assert "--renderer-process-limit=1" in flags


def test_own_renderer_limit_and_zygote_choice_are_left_alone(env):
    flags = flags_as(env, 0, "--renderer-process-limit=3 --zygote-cmd-prefix=x")
    assert "--renderer-process-limit=1" not in flags
    assert "--no-zygote" not in flags


def test_the_preview_is_drawn_without_opengl_unless_chosen(env):
    env.setattr(preview.sys, "platform", "linux")
    preview.software_graphics()
    assert os.environ["QT_XCB_GL_INTEGRATION"] == "none"
    assert os.environ["QT_QUICK_BACKEND"] == "software"
    env.setenv("QT_XCB_GL_INTEGRATION", "xcb_glx")
    env.setenv("QT_QUICK_BACKEND", "rhi")
    preview.software_graphics()
    assert os.environ["QT_XCB_GL_INTEGRATION"] == "xcb_glx"
    assert os.environ["QT_QUICK_BACKEND"] == "rhi"


def test_other_systems_keep_their_own_graphics(env):
    env.setattr(preview.sys, "platform", "win32")
    preview.software_graphics()
    assert "QT_QUICK_BACKEND" not in os.environ
    assert "QT_XCB_GL_INTEGRATION" not in os.environ


def test_shared_pages_count_once_in_the_fair_sum():
    rss, pss = startup_probe.tree_rss_kib(), startup_probe.tree_pss_kib()
    assert 0 < pss <= rss


class FakePane(QObject):
    """Stands in for the WebEngine pane: counts the times it was put to rest."""

    updated = Signal(float)

    def __init__(self):
        super().__init__()
        self.rested = 0

    def rest(self):
        self.rested += 1


def test_a_hidden_preview_is_put_to_rest_and_a_shown_one_is_not(qtbot):
    pane = FakePane()
    ctl = preview.PreviewController(pane, tasks=None, rest_ms=10)  # type: ignore[arg-type]
    ctl.set_active(False)
    qtbot.waitUntil(lambda: pane.rested == 1, timeout=5_000)
    ctl.set_active(False)
    ctl.set_active(True)  # shown again before the delay ran out: stays awake
    qtbot.wait(100)
    assert pane.rested == 1


def test_the_preview_shows_the_article_again_after_resting(newsroom_dir):
    room = open_newsroom(resolve(newsroom_dir))
    an = room.services.people.by_login("an.pv")
    article = room.services.drafting.create(an, ArticleFields(
        title="Nghỉ rồi hiện lại", summary="Sapo.", body="Thân bài sau khi nghỉ.\n",
        category_id="Giáo dục"))
    room.close()
    # In its own process: Qt WebEngine may crash when an interpreter finalizes.
    driver = Path(__file__).with_name("preview_driver.py")
    proc = subprocess.run([sys.executable, str(driver), str(newsroom_dir), article.id, "rest"],
                          capture_output=True, text=True, timeout=180,
                          env=dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2])))
    assert proc.returncode == 0, proc.stderr[-2000:]
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got["resting"] == "Discarded"
    assert "Nghỉ rồi hiện lại" in got["text"]
    assert "Thân bài sau khi nghỉ." in got["text"]
