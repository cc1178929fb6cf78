"""SIGKILL during saves, at random moments: every acknowledged save survives.

EDITOR_APP_FAULT_KILLS sets the number of kills (default 20; the release check uses 100).
"""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from editor_app.app import open_newsroom
from editor_app.paths import resolve
from tests.faults.conftest import child_env

KILLS = int(os.environ.get("EDITOR_APP_FAULT_KILLS", "20"))
WRITER = Path(__file__).with_name("writer.py")


def test_every_acknowledged_save_survives_sigkill(store):
    rng = random.Random(20261126)
    data, article = store["dir"], store["an_article"]
    acked: list[int] = []
    n = 0
    for kill in range(KILLS):
        proc = subprocess.Popen([sys.executable, str(WRITER), str(data), article, "an", str(n),
                                 f"k{kill}"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env=child_env())
        lines: list[str] = []
        first = threading.Event()

        def read(p=proc, out=lines, ev=first):
            for line in p.stdout:
                out.append(line.strip())
                ev.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        assert first.wait(60), proc.stderr.read()
        time.sleep(rng.uniform(0.0, 0.25))  # somewhere in the middle of a save, or not
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        reader.join(timeout=30)
        these = [int(x.split()[1]) for x in lines if x.startswith("ACK")]
        assert these, "the writer acknowledged nothing before it was killed"
        acked += [(kill, i) for i in these]  # type: ignore[misc]
        n = these[-1] + 1

    db = resolve(data).database_file
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
    room = open_newsroom(resolve(data))
    try:
        bodies = {room.services.review.revision(r.id).snapshot.body.split("\n")[0]
                  for r in room.services.review.revisions(article)}
        missing = [f"k{k} save {i}" for k, i in acked if f"k{k} save {i}" not in bodies]
        assert missing == []
        assert room.backup.check() == []
    finally:
        room.close()
    print(f"\n{KILLS} kills survived, {len(acked)} saves acknowledged and all found")
