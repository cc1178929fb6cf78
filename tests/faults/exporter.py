"""Export one article and SIGKILL itself at a chosen moment of the export.

`exporter.py DATA_DIR ARTICLE_ID LOGIN OUT_DIR MOMENT`, MOMENT one of:
  before-rename  the zip is written and fsynced, not yet renamed into place
  after-record   the export record is committed (the last step)
A real kill at a chosen point, so the test hits the window every time rather than
by chance.
"""

import os
import signal
import sys
from pathlib import Path

from editor_app import atomic
from editor_app.app import open_newsroom
from editor_app.paths import resolve
from editor_app.services.exporting import ExportService


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def main(data_dir: str, article_id: str, login: str, out: str, moment: str) -> None:
    room = open_newsroom(resolve(data_dir))
    if moment == "before-rename":
        atomic.os.replace = lambda *a, **k: die()
    else:
        record = ExportService._record

        def record_then_die(self, *a, **k):
            record(self, *a, **k)
            die()

        ExportService._record = record_then_die  # type: ignore[method-assign]
    room.services.exporting.export(room.services.people.by_login(login), article_id, Path(out))
    print("finished without being killed", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:6])
