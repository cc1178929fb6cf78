"""The window paints before the heavy imports, and a second start defers to the first."""

import os
import subprocess
import sys
import time

from editor_app.app import open_newsroom
from editor_app.gui.settings import SettingsStore
from editor_app.paths import resolve


def start(data_dir, **env_extra):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env_extra)
    return subprocess.Popen([sys.executable, "-m", "editor_app", "--data-dir", str(data_dir)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def signed_in_store(tmp_path):
    data = tmp_path / "data"
    room = open_newsroom(resolve(data))
    room.services.people.add("an", "Nguyễn Văn An", "reporter")
    room.close()
    s = SettingsStore(resolve(data).config_dir)
    s.state.last_login = "an"
    s.save_state()
    return data


def test_first_paint_comes_before_sqlalchemy_and_markdown(tmp_path):
    data = signed_in_store(tmp_path)
    t0 = time.time()
    proc = start(data, EDITOR_APP_STARTUP_PROBE="1")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err[-2000:]
    lines = dict(line.split(" ", 1) for line in out.splitlines() if " " in line)
    paint_at, heavy = lines["PAINT"].split(" ")
    assert heavy == "-"  # nothing heavy was imported when the window first painted
    assert t0 < float(paint_at) < float(lines["USABLE"])


def test_a_second_instance_on_the_same_store_says_why_and_exits(tmp_path):
    data = signed_in_store(tmp_path)
    first = start(data)
    try:
        deadline = time.time() + 60
        lock = resolve(data).lock_file
        while not lock.exists() and time.time() < deadline:
            time.sleep(0.1)
        assert lock.exists()
        second = start(data)
        # Offscreen nobody clicks the message box away, so read what it said and stop it.
        time.sleep(4)
        second.kill()
        _, err = second.communicate(timeout=30)
        assert f"already open on this newsroom (process {first.pid})" in err
        assert first.poll() is None  # the first instance is untouched
    finally:
        first.kill()
        first.wait(timeout=30)
