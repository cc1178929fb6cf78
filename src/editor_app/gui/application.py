"""The QApplication: language (Qt translations), theme, icons. Created before anything heavy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from editor_app import resources
from editor_app.domain import i18n
from editor_app.gui.panels.preview import software_graphics

if TYPE_CHECKING:
    from editor_app.gui.settings import Preferences


def ui_language(preference: str) -> str:
    """Vi on a Vietnamese system (or when chosen), en otherwise."""
    if preference in ("vi", "en"):
        return preference
    return "vi" if QLocale.system().language() == QLocale.Language.Vietnamese else "en"


def create_application(argv: list[str]) -> QApplication:
    # WebEngine (the preview, loaded later) needs these set before the application exists.
    software_graphics()
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Editor App")
    app.setOrganizationName("editor-app")
    app.setApplicationDisplayName("Editor App")
    # One id with the .desktop file (Wayland matches windows to it), and our own icon.
    app.setDesktopFileName(resources.APP_ID)
    icon = QIcon()
    for png in resources.icon_files():
        icon.addFile(str(png))
    app.setWindowIcon(icon)
    return app


class Appearance:
    """Applies language and theme to the running application, and re-applies on change."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self._translators: list[QTranslator] = []
        self.language = "en"
        self._default_style = app.style().name()
        self._default_palette = app.palette()

    def apply(self, prefs: Preferences) -> None:
        self.set_language(ui_language(prefs.language))
        self.set_theme(prefs.theme)

    def set_language(self, lang: str) -> None:
        self.language = lang
        i18n.set_language(lang)
        for t in self._translators:
            self.app.removeTranslator(t)
        self._translators = []
        if lang == "en":
            return  # the source strings are English
        ours = QTranslator(self.app)
        if ours.load(str(resources.path("translations", f"editor_app_{lang}.qm"))):
            self._translators.append(ours)
        qt = QTranslator(self.app)
        # Standard buttons (Yes/No/Cancel…): Qt's own catalogue, or ours where Qt ships
        # none — there is no qtbase_vi in Qt (resources/translations/qtbase_vi.ts).
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{lang}", qt_dir) or qt.load(
                str(resources.path("translations", f"qtbase_{lang}.qm"))):
            self._translators.append(qt)
        for t in self._translators:
            self.app.installTranslator(t)

    def set_theme(self, theme: str) -> None:
        if theme == "system":
            self.app.setStyle(QStyleFactory.create(self._default_style) or self.app.style())
            self.app.setPalette(self._default_palette)
            return
        self.app.setStyle("Fusion")
        if theme == "light":
            self.app.setPalette(self.app.style().standardPalette())
            return
        p = QPalette()
        dark, base, text = QColor(45, 45, 48), QColor(30, 30, 30), QColor(230, 230, 230)
        for role, colour in ((QPalette.ColorRole.Window, dark),
                             (QPalette.ColorRole.WindowText, text),
                             (QPalette.ColorRole.Base, base),
                             (QPalette.ColorRole.AlternateBase, dark),
                             (QPalette.ColorRole.Text, text),
                             (QPalette.ColorRole.Button, dark),
                             (QPalette.ColorRole.ButtonText, text),
                             (QPalette.ColorRole.Highlight, QColor(179, 23, 29)),
                             (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
                             (QPalette.ColorRole.ToolTipBase, dark),
                             (QPalette.ColorRole.ToolTipText, text),
                             (QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150)),
                             # Qt's dark blue links are unreadable on near-black.
                             (QPalette.ColorRole.Link, QColor("#7cb8f0")),
                             (QPalette.ColorRole.LinkVisited, QColor("#c49be8"))):
            p.setColor(role, colour)
        # Greyed-out text and icons must look greyed out on the dark background too.
        disabled = QColor(120, 120, 120)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                     QPalette.ColorRole.ButtonText, QPalette.ColorRole.Light):
            p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
        p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor(40, 40, 42))
        self.app.setPalette(p)
