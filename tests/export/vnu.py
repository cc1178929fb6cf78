"""The Nu HTML Checker (vnu.jar, pinned by the Makefile in .tools/) over many pages at once.

Java takes seconds to start: a test module gathers its pages and checks them all
in one call. A missing jar is fetched with ``make vnu`` (checked by its SHA-256),
never skipped: a page that was not checked has not passed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parents[2]


def jar() -> Path:
    found = sorted((ROOT / ".tools").glob("vnu-*.jar"))
    if not found:
        subprocess.run(["make", "-s", "-C", str(ROOT), "vnu"], check=True, timeout=600)
        found = sorted((ROOT / ".tools").glob("vnu-*.jar"))
    assert found, "make vnu did not leave .tools/vnu-*.jar"
    return found[-1]


def check(pages: list[Path]) -> dict[Path, list[str]]:
    """Every error the checker finds, per page (an empty list: the page is valid)."""
    java = shutil.which("java")
    assert java, "java is missing: make sysdeps installs default-jre-headless"
    proc = subprocess.run(
        [java, "-Xss16m", "-jar", str(jar()), "--errors-only", "--format", "json",
         *map(str, pages)],
        capture_output=True, text=True, timeout=600)
    # vnu writes its JSON report on stderr, and exits 1 when it found errors.
    report = json.loads(proc.stderr or proc.stdout)
    found: dict[Path, list[str]] = {p.resolve(): [] for p in pages}
    for m in report["messages"]:
        page = Path(unquote(m.get("url", "").removeprefix("file:"))).resolve()
        where = f"line {m.get('lastLine', '?')}: " if "lastLine" in m else ""
        found.setdefault(page, []).append(f"{m.get('type')}: {where}{m.get('message')}")
    return found


def fragment_page(fragment: str, out: Path) -> Path:
    """A body fragment inside the smallest valid document, so the fragment alone is judged."""
    out.write_text("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                   "<title>body.html</title></head><body>\n" + fragment + "</body></html>\n",
                   encoding="utf-8")
    return out
