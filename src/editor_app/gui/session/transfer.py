"""Bundles in and out: the export dialog for staff, importing a dropped or chosen zip.

A Word file (.docx), chosen in the same dialog or dropped on the window, becomes a
new draft (services/word_import.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from editor_app.gui.actions import ActionName as A
from editor_app.gui.errors import plain_message_box

if TYPE_CHECKING:
    from editor_app.domain.entities import ArticleSummary
    from editor_app.gui.dialogs.export import ExportDialog
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.context import SessionContext
    from editor_app.gui.session.editing import Editing


class Transfer(QObject):
    def __init__(self, window: MainWindow, context: SessionContext, editing: Editing) -> None:
        super().__init__(window)
        self.w, self.context, self.editing = window, context, editing
        self.export_dialog: ExportDialog | None = None
        window.bundle_dropped.connect(self.import_bundle)
        window.document_dropped.connect(self.import_word)
        window.body.document_dropped.connect(self.import_word)
        window.registry.on(A.EXPORT, self.open_export)
        window.registry.on(A.IMPORT_BUNDLE, self.choose_bundle)

    def open_export(self) -> None:
        services = self.context.services
        if services is None or self.context.person is None:
            return
        self.context.read(lambda: services.drafting.summaries(status="approved"),
                          self._show_export)

    def _show_export(self, approved: list[ArticleSummary]) -> None:
        from editor_app.gui.dialogs.export import ExportDialog

        services, person = self.context.services, self.context.person
        if services is None or person is None:
            return
        folder = str(Path.home() / "editor-app-export")
        settings = self.editing.settings
        dlg = ExportDialog(services, person, self.context.tasks, approved, folder, self.w,
                           profile=settings.preferences.ninjs_profile)
        dlg.finished_export.connect(lambda _r: self.context.articles_changed.emit())
        dlg.profile_changed.connect(self._remember_profile)
        self.export_dialog = dlg
        dlg.show()

    def _remember_profile(self, profile: str) -> None:
        self.editing.settings.preferences.ninjs_profile = profile
        self.editing.settings.save_preferences()

    def choose_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.w, self.tr("Import"), "",
            self.tr("Bundles and Word files (*.zip *.docx);;Bundles (*.zip);;"
                    "Word files (*.docx)"))
        if path.lower().endswith(".docx"):
            self.import_word(path)
        elif path:
            self.import_bundle(path)

    def import_word(self, path: str) -> None:
        """A Word file as a new draft of the person signed in, opened at once."""
        services, person = self.context.services, self.context.person
        if services is None or person is None:
            return

        def work() -> Any:
            from editor_app.services.word_import import import_docx

            return import_docx(services, person, Path(path))

        def done(result: Any) -> None:
            self.context.articles_changed.emit()
            self.editing.open_article(result.article.id)
            if result.notes:
                plain_message_box(self.w, QMessageBox.Icon.Information,
                                  self.tr("Import a Word file"),
                                  f"{Path(path).name}:\n" + "\n".join(result.notes)).open()
            else:
                self.w.statusBar().showMessage(
                    self.tr("%1 was imported as a new draft.").replace("%1", Path(path).name),
                    8_000)

        self.context.write(work, done)

    def import_bundle(self, path: str) -> None:
        services, person = self.context.services, self.context.person
        if services is None or person is None:
            return

        def done(result: Any) -> None:
            self.context.articles_changed.emit()
            self.editing.open_article(result.article.id)
            text = {"created": self.tr("Imported as a new draft."),
                    "updated": self.tr("Imported: the article was brought up to date."),
                    "unchanged": self.tr("This revision is already here; nothing changed.")}
            notes = "\n".join(result.notes)
            plain_message_box(self.w, QMessageBox.Icon.Information, self.tr("Import a bundle"),
                              f"{Path(path).name}: {text[result.outcome]}\n{notes}".strip()
                              ).open()

        self.context.write(lambda: services.bundles.import_bundle(person, Path(path)), done)
