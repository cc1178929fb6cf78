"""Services built on first use (exporting, bundles, conflicts, house style, publishing).

They are built when first asked for, not when the store opens; a person sees the same
services either way: one object each, whichever thread asks first.
"""

import sys
import threading

from editor_app.services import Services
from editor_app.services.bundle_import import BundleImportService
from editor_app.services.conflicts import ConflictService
from editor_app.services.exporting import ExportService
from editor_app.services.house_style import HouseStyleService
from editor_app.services.publishing.service import PublishingService

LAZY = {"exporting": ExportService, "bundles": BundleImportService,
        "conflicts": ConflictService, "house_style": HouseStyleService,
        "publishing": PublishingService}


def test_each_is_one_service_of_its_kind_built_once(room):
    s = room.services
    for name, kind in LAZY.items():
        first = getattr(s, name)
        assert isinstance(first, kind), name
        assert getattr(s, name) is first, name


def test_threads_asking_at_once_get_the_same_service(room):
    s = room.services
    got: list[object] = []
    barrier = threading.Barrier(4)

    def ask() -> None:
        barrier.wait()
        got.append(s.exporting)

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 4
    assert all(g is got[0] for g in got)


def test_without_a_config_folder_there_is_no_publishing(room):
    s = Services.build(room.services.uow, room.render_guard)
    assert s.publishing is None
    assert isinstance(s.exporting, ExportService)


def test_the_house_style_works_through_the_lazily_built_service(room, cast):
    style = room.services.house_style.get()
    assert style is not None


def test_opening_the_store_imports_no_exporter_yaml_or_http():
    """Checked in a fresh interpreter: this one has imported them for the tests above."""
    import subprocess

    code = (
        "import sys, tempfile\n"
        "from editor_app.app import open_newsroom\n"
        "from editor_app.paths import resolve\n"
        "room = open_newsroom(resolve(tempfile.mkdtemp()))\n"
        "room.services.people\n"
        "heavy = [m for m in ('editor_app.services.exporting', 'yaml', 'urllib.request',\n"
        "         'editor_app.services.publishing.service') if m in sys.modules]\n"
        "print(','.join(heavy) or '-')\n"
        "room.close()\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, check=True).stdout.split()
    assert out[-1] == "-"
