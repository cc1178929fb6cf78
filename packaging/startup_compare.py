"""Start-up of the application folder against the source install (`make run`), and its size.

    .venv/bin/python packaging/startup_compare.py [dist/editor-app] [runs]

Each run starts the app offscreen on the same signed-in store with the start-up probe
(EDITOR_APP_STARTUP_PROBE) and reads when the window first painted and when the list was
usable; it prints medians in milliseconds from the process start. A measurement, not a
test: numbers depend on the machine and its load.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def signed_in_store(data: Path, app: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([str(app), "--data-dir", str(data), "demo"], check=True, env=env,
                   capture_output=True)
    (data / "config").mkdir(parents=True, exist_ok=True)
    (data / "config" / "state.ini").write_text("[state]\nlast_login=thanh.bt\n", "utf-8")


def once(app: Path, data: Path) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EDITOR_APP_STARTUP_PROBE="1")
    t0 = time.time()
    out = subprocess.run([str(app), "--data-dir", str(data)], env=env, capture_output=True,
                         text=True, check=True, timeout=300).stdout
    marks = {line.split()[0]: float(line.split()[1]) for line in out.splitlines()
             if line.split() and line.split()[0] in ("PAINT", "USABLE")}
    return (marks["PAINT"] - t0) * 1000, (marks["USABLE"] - t0) * 1000


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "dist" / "editor-app"
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    apps = {"make run (.venv/bin/editor-app)": REPO / ".venv" / "bin" / "editor-app",
            "application folder": folder / "editor-app"}
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for i, (name, app) in enumerate(apps.items()):
            data = Path(tmp) / f"store{i}"
            signed_in_store(data, app)
            once(app, data)  # warm the page cache: both are measured warm
            times = [once(app, data) for _ in range(runs)]
            rows.append((name, statistics.median(t[0] for t in times),
                         statistics.median(t[1] for t in times)))
    print(f"{'':34} {'first paint':>12} {'usable':>10}  (median of {runs}, ms)")
    for name, paint, usable in rows:
        print(f"{name:34} {paint:12.0f} {usable:10.0f}")
    print(f"application folder size: {folder_size(folder) / 2**20:.0f} MiB")


if __name__ == "__main__":
    main()
