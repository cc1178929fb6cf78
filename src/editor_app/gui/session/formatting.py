"""Formatting commands, links and images, and pasted text in old Vietnamese encodings.

Images are stored through the services on the writer thread; the editor gets the
Markdown reference when the store has them.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from editor_app.domain.errors import DomainError
from editor_app.gui.actions import ActionName as A
from editor_app.gui.editor.markdown_editor import TABLE
from editor_app.gui.errors import plain_message_box
from editor_app.gui.panels.metadata import IMAGE_FILTER

if TYPE_CHECKING:
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.autosave import AutosaveSession
    from editor_app.gui.session.context import SessionContext
    from editor_app.services import Services

MAX_IMAGE_FILE = 20 * 1024 * 1024


class Formatting(QObject):
    def __init__(self, window: MainWindow, context: SessionContext,
                 autosave: AutosaveSession) -> None:
        super().__init__(window)
        self.w, self.context, self.autosave = window, context, autosave
        w, e = window, window.body  # the shown editor: rich or Markdown source
        e.pasted.connect(self._pasted)
        w.editor.image_dropped.connect(self.insert_image_file)  # a file dropped on either view
        w.body.rich.image_dropped.connect(self.insert_image_file)
        w.metadata.image_chosen.connect(self._featured_image)
        a = w.registry
        a.on(A.UNDO, e.undo)
        a.on(A.REDO, e.redo)
        a.on(A.FIND, lambda: w.find_bar.open(replace=False))
        a.on(A.REPLACE, lambda: w.find_bar.open(replace=True))
        a.on(A.CONVERT_LEGACY, self.convert_legacy)
        a.on(A.BOLD, lambda: e.wrap_selection("**", self.tr("bold text")))
        a.on(A.ITALIC, lambda: e.wrap_selection("*", self.tr("italic text")))
        for level, name in ((1, A.H1), (2, A.H2), (3, A.H3)):
            a.on(name, lambda _=False, n=level: e.prefix_lines(None, heading=n))
        a.on(A.BULLETS, lambda: e.prefix_lines("- "))
        a.on(A.NUMBERS, lambda: e.prefix_lines(None, numbered=True))
        a.on(A.QUOTE, lambda: e.prefix_lines("> "))
        a.on(A.LINK, self.insert_link)
        a.on(A.IMAGE, self.insert_image)
        a.on(A.TABLE, lambda: e.insert_block(TABLE))
        a.on(A.RULE, lambda: e.insert_block("\n---\n"))
        a.on(A.FOCUS_SEARCH, lambda: w.list_panel.search_edit.setFocus())
        a[A.DISTRACTION_FREE].toggled.connect(w.set_distraction_free)
        e.undoAvailable.connect(a[A.UNDO].setEnabled)
        e.redoAvailable.connect(a[A.REDO].setEnabled)

    def _pasted(self, text: str) -> None:
        """Text from old Vietnamese fonts ("Hµ Néi", "Haø Noäi"): offer to convert it.

        The offer shows what the text will read, since detection is a judgement on a sample.
        """
        from editor_app.domain.legacy import convert, legacy_encoding
        from editor_app.domain.repair import repair

        kind = legacy_encoding(text)
        if kind is None:
            return
        converted = repair(convert(text, kind))
        if self._ask_convert(kind, converted):
            cursor = self.w.body.textCursor()
            end = cursor.position()
            cursor.setPosition(end - len(text), cursor.MoveMode.KeepAnchor)
            cursor.insertText(converted)  # one undo step back to the original

    def convert_legacy(self) -> None:
        """Edit → Convert old Vietnamese encoding: the selection, or else the whole body.

        For an article imported from an old file, or a paste whose offer was declined.
        """
        from editor_app.domain.legacy import convert, legacy_encoding
        from editor_app.domain.repair import repair

        editor = self.w.body.active()
        cursor = editor.textCursor()
        if not cursor.hasSelection():
            cursor.select(cursor.SelectionType.Document)
        # QTextCursor gives paragraph separators for line breaks; the body has "\n".
        text = cursor.selectedText().replace("\u2029", "\n")
        kind = legacy_encoding(text)
        if kind is None:
            self.w.statusBar().showMessage(self.tr(
                "No text in an old Vietnamese encoding (TCVN3, VNI) was found."), 8_000)
            return
        converted = repair(convert(text, kind))
        if self._ask_convert(kind, converted, pasted=False):
            cursor.insertText(converted)  # one undo step
            editor.setTextCursor(cursor)

    def _ask_convert(self, kind: str, converted: str, *, pasted: bool = True) -> bool:
        name = {"TCVN3": self.tr("TCVN3 (ABC)"), "VNI": self.tr("VNI-Windows")}[kind]
        preview = converted if len(converted) <= 300 else converted[:300].rstrip() + " …"
        question = self.tr("The pasted text looks like %1, an old Vietnamese font encoding. "
                           "Convert it to Unicode? It will read:") if pasted else self.tr(
            "This text looks like %1, an old Vietnamese font encoding. Convert it to "
            "Unicode? It will read:")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Old Vietnamese encoding"),
                          question.replace("%1", name) + "\n\n" + preview,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.w)
        # The pasted words are text, not markup, whatever they contain.
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes

    # -- images and links ----------------------------------------------------------------
    def _read_image(self, path: str) -> bytes:
        file = Path(path)
        if file.stat().st_size > MAX_IMAGE_FILE:
            raise DomainError(self.tr("%1 is larger than 20 MB.").replace("%1", file.name))
        return file.read_bytes()

    def _image_job(self, path: str, title: str, work: Any, done: Any) -> None:
        services, person = self.context.services, self.context.person
        if services is None or person is None:
            return
        try:
            data = self._read_image(path)
        except (DomainError, OSError) as exc:
            self._warn(title, str(exc))
            return

        def failed(exc: Exception) -> None:
            self._warn(title, str(exc))

        self.context.write(lambda: work(services, person, data), done, failed)

    def _warn(self, title: str, text: str) -> None:
        # A file name is text, not markup: "<img src=x>.png" must show as typed.
        plain_message_box(self.w, QMessageBox.Icon.Warning, title, text).open()

    def _featured_image(self, path: str) -> None:
        def work(services: Services, person: Any, data: bytes) -> tuple[Any, bytes]:
            return services.media.add(person, data), data

        def done(result: tuple[Any, bytes]) -> None:
            ref, data = result
            self.context.media_added.emit(ref, data)  # the preview shows it at once
            self.w.metadata.set_image(ref.sha256, data)
            self.autosave.touched()

        self._image_job(path, self.tr("Featured image"), work, done)

    def insert_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.w, self.tr("Insert image"), "", IMAGE_FILTER)
        article = self.context.article
        if not path or article is None:
            return
        self.insert_image_file(path)

    def insert_image_file(self, path: str) -> None:
        """Store the image, asking its caption and credit first; then put it in the body."""
        article = self.context.article
        if article is None:
            return
        article_id = article.id
        try:
            data = self._read_image(path)
        except (DomainError, OSError) as exc:
            self._warn(self.tr("Insert image"), str(exc))
            return
        from editor_app.gui.dialogs.image_details import ImageDetailsDialog

        dlg = ImageDetailsDialog(Path(path).name, data, self.w)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        caption, credit, alt = dlg.details()

        def work(services: Services, person: Any, data: bytes) -> Any:
            ref = services.media.add(person, data)
            services.media.attach(person, article_id, ref.sha256, caption=caption,
                                  credit=credit, alt=alt)
            return replace(ref, caption=caption, credit=credit, alt=alt), data

        def done(result: tuple[Any, bytes]) -> None:
            ref, stored = result
            self.context.media_added.emit(ref, stored)
            src = f"media/{ref.sha256}.{ref.ext}"
            # The rich view draws it with its caption now, not once the article is reopened.
            self.w.body.rich.set_media(src, stored, caption, credit)
            self.w.body.insert_image(src, alt)

        self._image_job(path, self.tr("Insert image"), work, done)

    def insert_link(self) -> None:
        url, ok = QInputDialog.getText(self.w, self.tr("Link"), self.tr("Address (https://…):"))
        if ok and url.strip():
            self.w.body.insert_link(url.strip())
