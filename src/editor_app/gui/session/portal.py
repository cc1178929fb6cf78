"""Administration → Portal identity, and the nudge to set it while the portal has no name.

The dialog is a view; here the identity and categories are read, and the change is
written, off the UI thread. The service refuses anyone but an admin; the action is
greyed out for them too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from editor_app.domain.workflow import Action, allowed
from editor_app.gui.actions import ActionName as A

if TYPE_CHECKING:
    from editor_app.domain.entities import Person
    from editor_app.gui.dialogs.portal_identity import IdentityEdit, PortalIdentityDialog
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.context import SessionContext


class PortalIdentity(QObject):
    def __init__(self, window: MainWindow, context: SessionContext) -> None:
        super().__init__(window)
        self.w, self.context = window, context
        self.dialog: PortalIdentityDialog | None = None
        self.nudged = False  # the status bar asks an admin to name the portal
        window.registry.on(A.PORTAL_IDENTITY, self.open_dialog)
        context.person_changed.connect(self._signed_in)
        window.language_changed.connect(self._update)

    def _update(self) -> None:
        person = self.context.person
        if person is None:
            return
        ok, why = allowed(Action.MANAGE_PORTAL, person.actor)
        if ok and self.context.read_only:
            ok, why = False, self.tr("The store is open read-only.")
        self.w.registry.allow(A.PORTAL_IDENTITY, ok, why)

    def _signed_in(self, person: Person) -> None:
        self._update()
        services = self.context.services
        self.nudged = False
        if services is None or not allowed(Action.MANAGE_PORTAL, person.actor)[0]:
            return

        def nudge(configured: bool) -> None:
            if not configured and self.context.person is person:
                self.nudged = True
                self.w.statusBar().showMessage(self.tr(
                    "The portal has no name yet: pages show a placeholder. Set it in "
                    "Administration → Portal identity."))

        self.context.read(lambda: services.portal.get().configured, nudge)

    def open_dialog(self) -> None:
        services = self.context.services
        if services is None or self.context.person is None:
            return

        def read() -> tuple[Any, ...]:
            ident = services.portal.get()
            logo = services.media.data(ident.logo.sha256) if ident.logo else None
            return ident, services.taxonomy.list(), logo

        self.context.read(read, self._show)

    def _show(self, found: tuple[Any, ...]) -> None:
        from editor_app.gui.dialogs.portal_identity import PortalIdentityDialog

        ident, categories, logo = found
        dlg = PortalIdentityDialog(ident, [c for c in categories if not c.retired], logo, self.w)
        dlg.save_requested.connect(self._save)
        self.dialog = dlg
        dlg.open()

    def _save(self, edit: IdentityEdit) -> None:
        services, person, dlg = self.context.services, self.context.person, self.dialog
        if services is None or person is None or dlg is None:
            return

        def write() -> object:
            logo = edit.logo.read_bytes() if edit.logo is not None else None
            return services.portal.set(
                person, name=edit.name, agency=edit.agency, base_url=edit.base_url, logo=logo,
                remove_logo=edit.remove_logo, sections=edit.sections)

        def saved(_ident: object) -> None:
            dlg.accept()
            if self.nudged:
                self.nudged = False
                self.w.statusBar().clearMessage()
            self.w.statusBar().showMessage(self.tr("Portal identity saved."), 6000)
            self.context.portal_changed.emit()

        def refused(exc: Exception) -> None:
            dlg.show_error(str(exc))

        self.context.write(write, saved, refused)
