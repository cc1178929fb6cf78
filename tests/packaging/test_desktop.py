"""Desktop integration: one id everywhere, our icon at every size, files the validators pass."""

from __future__ import annotations

import configparser
import struct
import subprocess
import xml.etree.ElementTree as ET

from editor_app import resources
from tests.packaging.conftest import REPO, VERSION

LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{resources.APP_ID}.desktop"
METAINFO = LINUX / f"{resources.APP_ID}.metainfo.xml"


def png_size(path):
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", head[16:24])


def test_desktop_file_passes_desktop_file_validate():
    out = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True,
                         check=False)
    assert (out.returncode, out.stdout + out.stderr) == (0, "")


def test_metainfo_passes_appstreamcli():
    out = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                         capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Validation was successful" in out.stdout


def test_one_id_names_the_desktop_file_metainfo_icon_and_release():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    assert entry["Desktop Entry"]["Icon"] == resources.APP_ID
    assert entry["Desktop Entry"]["Exec"].split()[0] == "editor-app"  # the console script
    meta = ET.parse(METAINFO).getroot()
    assert meta.findtext("id") == resources.APP_ID
    assert meta.findtext("launchable") == DESKTOP.name
    assert VERSION in [r.get("version") for r in meta.iter("release")]


def test_the_icon_is_drawn_here_and_rendered_at_every_size():
    svg = resources.path("icons", "hicolor", "scalable", "apps", f"{resources.APP_ID}.svg")
    assert ET.parse(svg).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    files = resources.icon_files()
    assert [png_size(f) for f in files] == [(n, n) for n in resources.ICON_SIZES]
    assert resources.ICON_SIZES[0] == 16
    assert resources.ICON_SIZES[-1] == 512


def test_the_window_carries_the_icon_and_the_desktop_id(qapp):
    from editor_app.gui.application import create_application

    app = create_application(["editor-app"])
    assert app.desktopFileName() == resources.APP_ID
    sizes = [(s.width(), s.height()) for s in app.windowIcon().availableSizes()]
    assert sizes == [(n, n) for n in resources.ICON_SIZES]
