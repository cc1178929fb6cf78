"""The export dialog offers the ninjs profile, exports in it and remembers the choice."""

import json
import zipfile

from editor_app.gui.settings import SettingsStore


def test_the_chosen_ninjs_profile_is_used_and_remembered(desk_factory, newsroom_dir, qtbot,
                                                         tmp_path):
    desk = desk_factory(newsroom_dir, "hoa.staff").start()
    transfer = desk.controller.transfer
    transfer.open_export()
    qtbot.waitUntil(lambda: transfer.export_dialog is not None, timeout=10_000)
    dlg = transfer.export_dialog
    assert dlg.profile.currentData() == "3.1"  # the default
    assert dlg.profile.count() == 2
    dlg.profile.setCurrentIndex(dlg.profile.findData("1.6"))
    first = dlg.articles.item(0).data(256)
    for i in range(1, dlg.articles.count()):
        dlg.articles.item(i).setCheckState(dlg.articles.item(i).checkState().Unchecked)
    dlg.folder.setText(str(tmp_path / "out"))
    with qtbot.waitSignal(dlg.finished_export, timeout=60_000):
        dlg.start_button.click()
    assert len(dlg.written) == 1
    with zipfile.ZipFile(dlg.written[0]) as zf:
        doc = json.loads(zf.read("article.json"))
    assert doc["uri"] == f"urn:uuid:{first}"
    assert doc["$standard"]["version"] == "1.6"
    assert isinstance(doc["headline"], str)
    dlg.verify_button.click()
    qtbot.waitUntil(lambda: "verified" in dlg.status.text(), timeout=30_000)
    assert "0 with problems" in dlg.status.text()
    dlg.close()
    # Kept in the preferences file: the next dialog, and the next start, offer 1.6 first.
    assert SettingsStore(desk.paths.config_dir).preferences.ninjs_profile == "1.6"
    transfer.export_dialog = None
    transfer.open_export()
    qtbot.waitUntil(lambda: transfer.export_dialog is not None, timeout=10_000)
    assert transfer.export_dialog.profile.currentData() == "1.6"
    transfer.export_dialog.close()
