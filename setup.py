"""Build step of the wheel: put the resources/ tree inside the package, translations compiled.

Everything else is declared in pyproject.toml. The top-level ``resources/`` folder stays the
one source (templates, CSS, icons, ``.ts`` translations); a wheel must not depend on a
checkout, so ``build_py`` copies that tree into ``editor_app/_resources/`` and compiles each
``.ts`` into the ``.qm`` Qt loads, with ``pyside6-lrelease`` from the build requirement
``PySide6-Essentials`` (the same Qt the app runs on, so the .qm format always matches).
``editor_app.resources`` looks there first. An editable install reads ``resources/`` in place
(``make`` compiles the .qm there), so this step does nothing for it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "resources"
TARGET = Path("editor_app") / "_resources"
NOT_SHIPPED = {".ts", ".qm"}  # sources and stale local builds: the .qm are compiled below


def lrelease() -> str:
    """pyside6-lrelease of the build environment (the build requirement), else of PATH."""
    name = "pyside6-lrelease" + (".exe" if os.name == "nt" else "")
    for folder in (sysconfig.get_path("scripts"), Path(sys.executable).parent):
        candidate = Path(folder) / name
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease not found: the wheel would ship without its "
                         "translations (install PySide6-Essentials in the build environment)")
    return found


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        self._outputs = self._copy_resources(Path(self.build_lib) / TARGET)

    def _copy_resources(self, target: Path) -> list[str]:
        if not (SOURCE / "templates").is_dir():
            raise SystemExit(f"{SOURCE} is missing: cannot build a complete wheel")
        if target.exists():
            shutil.rmtree(target)
        written = []
        for src in sorted(SOURCE.rglob("*")):
            if src.is_dir() or src.suffix in NOT_SHIPPED or "__pycache__" in src.parts:
                continue
            dest = target / src.relative_to(SOURCE)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest)
            written.append(str(dest))
        tool = lrelease()
        for ts in sorted(SOURCE.glob("translations/*.ts")):
            qm = target / "translations" / ts.with_suffix(".qm").name
            qm.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
            if not qm.is_file() or qm.stat().st_size == 0:
                raise SystemExit(f"{tool} wrote no {qm.name}")
            written.append(str(qm))
        return written

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        return [*super().get_outputs(include_bytecode), *getattr(self, "_outputs", [])]


setup(cmdclass={"build_py": BuildWithResources})
