"""Pictures inside pasted formatting (Word, a web page): stored as media, then the text goes in.

Each picture that can be had (a data: URI, a file the clipboard points to) is shown
with its caption and credit asked, as an image inserted by hand is; the others are
left out and the status bar says how many. The text is inserted once the store has
the pictures, so the body never points at an image it does not hold.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from editor_app.domain.errors import InvalidInput

if TYPE_CHECKING:
    from editor_app.domain.html_to_markdown import Converted
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.context import SessionContext
    from editor_app.services import Services

_STORED = r"^media/[0-9a-f]{64}\.[a-z]+$"  # a picture of this store, copied in the app


class PastedImages(QObject):
    def __init__(self, window: MainWindow, context: SessionContext) -> None:
        super().__init__(window)
        self.w, self.context = window, context
        window.body.images_pasted.connect(self.paste)

    def paste(self, converted: Converted) -> None:
        import re

        from editor_app.domain.html_to_markdown import place_images
        from editor_app.domain.image_sources import image_bytes

        targets: dict[int, str | None] = {}
        alts: dict[int, str] = {}
        wanted: list[tuple[int, bytes, str, str, str]] = []
        left_out = 0
        article = self.context.article
        for figure in converted.figures:
            if re.match(_STORED, figure.src):
                targets[figure.index] = figure.src
                continue
            targets[figure.index] = None
            data = image_bytes(figure.src) if article is not None else None
            if data is None:
                left_out += 1
                continue
            name = PurePosixPath(figure.src).name if not figure.src.startswith("data:") \
                else self.tr("Pasted image")
            from editor_app.gui.dialogs.image_details import ImageDetailsDialog

            dlg = ImageDetailsDialog(name, data, self.w, caption=figure.caption,
                                     alt=figure.alt)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                left_out += 1
                continue
            caption, credit, alt = dlg.details()
            alts[figure.index] = alt
            wanted.append((figure.index, data, caption, credit, alt))

        def insert(stored: dict[int, str]) -> None:
            nonlocal left_out
            left_out += len(wanted) - len(stored)
            targets.update(stored)
            self.w.body.insert_markdown(place_images(converted.markdown, targets, alts))
            if left_out:
                self.w.statusBar().showMessage(self.tr(
                    "%n picture(s) of the pasted text could not be taken and were left out.",
                    "", left_out), 10_000)

        services, person = self.context.services, self.context.person
        if not wanted or services is None or person is None or article is None:
            insert({})
            return
        article_id = article.id

        def work() -> list[tuple[int, Any, bytes]]:
            stored = []
            for index, data, caption, credit, alt in wanted:
                try:
                    ref = _store(services, person, article_id, data, caption, credit, alt)
                except InvalidInput:
                    continue  # not a PNG, JPEG, GIF or WebP (Word's EMF, a BMP): left out
                stored.append((index, ref, data))
            return stored

        def done(results: list[tuple[int, Any, bytes]]) -> None:
            for _index, ref, data in results:
                self.context.media_added.emit(ref, data)
            insert({index: f"media/{ref.sha256}.{ref.ext}" for index, ref, _ in results})

        self.context.write(work, done)


def _store(services: Services, person: Any, article_id: str, data: bytes, caption: str,
           credit: str, alt: str) -> Any:
    ref = services.media.add(person, data)
    services.media.attach(person, article_id, ref.sha256, caption=caption, credit=credit,
                          alt=alt)
    return replace(ref, caption=caption, credit=credit, alt=alt)
