"""The house style at the desk: marks in the body, Edit → Apply house style, the dialog.

The style is read from the store when someone signs in and after staff change it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editor_app.gui.actions import ActionName as A
from editor_app.gui.editor.style_marks import StyleMarks

if TYPE_CHECKING:
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.context import SessionContext
    from editor_app.services.house_style import HouseStyle


class HouseStyleDesk(QObject):
    def __init__(self, window: MainWindow, context: SessionContext) -> None:
        super().__init__(window)
        self.w, self.context = window, context
        self.style: HouseStyle | None = None
        # One set of marks per view: the Markdown source and the rich (formatted) text.
        self.marks = StyleMarks(window.editor, context.read)
        self.rich_marks = StyleMarks(window.body.rich, context.read)
        context.person_changed.connect(lambda _p: self.reload())
        window.registry.on(A.APPLY_HOUSE_STYLE, self.apply_all)
        window.registry.on(A.HOUSE_STYLE, self.open_dialog)

    def reload(self) -> None:
        services = self.context.services
        if services is not None:
            # On the worker: the service is built (and imported) on first use.
            self.context.read(lambda: services.house_style.get(), self._loaded)

    def _loaded(self, style: HouseStyle) -> None:
        self.style = style
        self.marks.set_style(style)
        self.rich_marks.set_style(style)

    def apply_all(self) -> None:
        n = (self.marks if self.w.body.active() is self.w.editor else self.rich_marks).fix_all()
        self.w.statusBar().showMessage(
            self.tr("House style: %n change(s).", "", n) if n else
            self.tr("The text already follows the house style."), 8_000)

    def open_dialog(self) -> None:
        from editor_app.gui.dialogs.house_style import HouseStyleDialog

        if self.style is None or self.context.services is None or self.context.person is None:
            return
        dialog = HouseStyleDialog(self.w, self.context, self.style)
        dialog.changed.connect(self.reload)
        dialog.open()

