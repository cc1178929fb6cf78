"""Run a command and print its exit code and peak RSS (KB) as JSON: `peak_rss.py OUT ERR CMD...`.

A child's ru_maxrss on Linux keeps the high-water mark of the process it was forked
from (recorded at exec), so measuring from inside a big pytest process would report
pytest's size. This small process is the parent instead.
"""

import json
import os
import subprocess
import sys


def main() -> None:
    out_path, err_path, *cmd = sys.argv[1:]
    with open(out_path, "w") as out, open(err_path, "w") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
    print(json.dumps({"rc": os.waitstatus_to_exitcode(status), "maxrss_kb": usage.ru_maxrss}))


if __name__ == "__main__":
    main()
