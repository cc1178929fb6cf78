"""The window paints before the heavy imports, and a second start defers to the first."""

import os
import subprocess
import sys
import time

from editor_app.app import open_newsroom, remember_device
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
    remember_device(resolve(data), "an")  # the window starts signed in as an
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


def read_until(stream, needle: str) -> list[str]:
    """Lines of *stream* up to the first holding *needle* (or its end)."""
    lines = []
    for line in stream:
        lines.append(line)
        if needle in line:
            break
    return lines


def test_a_second_instance_on_the_same_store_says_why_and_exits(tmp_path):
    data = signed_in_store(tmp_path)
    first = start(data, EDITOR_APP_STARTUP_PROBE="stay")  # says USABLE, then stays open
    second = None
    try:
        assert any("USABLE" in x for x in read_until(first.stdout, "USABLE"))
        second = start(data)
        # Offscreen nobody clicks the message box away: read what it said, then stop it.
        said = read_until(second.stderr, "already open")
        assert f"already open on this newsroom (process {first.pid})" in "".join(said)
        assert first.poll() is None  # the first instance is untouched
    finally:
        for proc in (second, first):
            if proc is not None:
                proc.kill()
                proc.wait(timeout=30)
