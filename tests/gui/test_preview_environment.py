"""What the preview asks of Qt WebEngine before it starts, and how the probe counts memory."""

import os

import pytest

from editor_app.gui import startup_probe
from editor_app.gui.panels import preview


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
