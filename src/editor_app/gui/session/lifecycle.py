"""The window's own life: settings, language, About, and closing without losing a word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from editor_app.gui.actions import ActionName as A
from editor_app.gui.errors import plain_message_box

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QCloseEvent

    from editor_app.gui.application import Appearance
    from editor_app.gui.dialogs.shortcuts import ShortcutsDialog
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.editing import Editing
    from editor_app.gui.settings import SettingsStore
    from editor_app.gui.tasks import Tasks


class Lifecycle(QObject):
    def __init__(self, window: MainWindow, tasks: Tasks, settings: SettingsStore,
                 appearance: Appearance, editing: Editing, log_file: Path | None) -> None:
        super().__init__(window)
        self.w, self.tasks, self.settings, self.appearance, self.editing = \
            window, tasks, settings, appearance, editing
        self.log_file = log_file
        a = window.registry
        a.on(A.QUIT, window.close)
        a.on(A.SETTINGS, self.open_settings)
        a.on(A.ABOUT, self.about)
        a.on(A.SHORTCUTS, self.show_shortcuts)
        self.shortcuts_dialog: ShortcutsDialog | None = None
        window.close_requested.connect(self._close)
        window.language_changed.connect(self._language_changed)

    def open_settings(self) -> None:
        prefs = self.settings.preferences
        from editor_app.gui.dialogs.settings import SettingsDialog

        dlg = SettingsDialog(prefs, self.w)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        dlg.apply_to(prefs)
        self.settings.save_preferences()
        self.editing.autosave.set_delay(prefs.autosave_ms)
        self.w.body.set_editor_font(prefs.editor_font, prefs.editor_font_size)
        self.appearance.apply(prefs)

    def _language_changed(self) -> None:
        self.editing.show_save_state()
        self.editing.update_counts()

    def show_shortcuts(self) -> None:
        from editor_app.gui.dialogs.shortcuts import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self.w.registry, self.w)
        self.shortcuts_dialog.open()

    def about_text(self) -> str:
        """What About says; a later About box adds its lines to this."""
        from editor_app import __version__

        lines = [self.tr("Editor App %1 — the newsroom of a provincial news portal.").replace(
            "%1", __version__)]
        if self.log_file is not None:
            lines.append(self.tr("Log file: %1").replace("%1", str(self.log_file)))
        return "\n\n".join(lines)

    def about(self) -> None:
        box = plain_message_box(self.w, QMessageBox.Icon.Information,
                                self.tr("About Editor App"), self.about_text())
        box.setObjectName("about_box")
        box.open()

    def _close(self, event: QCloseEvent) -> None:
        autosave = self.editing.autosave
        if not autosave.flush():
            answer = QMessageBox.question(
                self.w, self.tr("Unsaved changes"),
                self.tr("The article could not be saved: %1\n\nClose anyway? The text typed "
                        "since the last save will be lost.").replace("%1", autosave.last_error))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        st = self.settings.state
        st.geometry = self.w.saveGeometry()
        st.window_state = self.w.saveState()
        st.splitter = self.w.splitter.saveState()
        st.list_header = self.w.list_panel.view.horizontalHeader().saveState()
        self.settings.save_state()
        self.tasks.wait()
        self.w.preview.release()
        event.accept()
