"""The central action registry: names, default shortcuts, user overrides, texts.

Texts are set in ``retranslate()`` so a language switch relabels every
menu and toolbar in one pass. Ctrl+Space and Ctrl+Shift alone are left to
Vietnamese input methods (Unikey, ibus-bamboo).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from collections.abc import Callable

SK = QKeySequence.StandardKey
RESERVED = {"Ctrl+Space", "Ctrl+Shift"}


class ActionName(StrEnum):
    """Every action the window has; a typo is an AttributeError, not a silent miss."""

    NEW_ARTICLE = "new_article"
    SAVE = "save"
    QUIT = "quit"
    SWITCH_PERSON = "switch_person"
    SIGN_OUT = "sign_out"
    PEOPLE = "people"
    CATEGORIES = "categories"
    SETTINGS = "settings"
    UNDO = "undo"
    REDO = "redo"
    FIND = "find"
    REPLACE = "replace"
    CONVERT_LEGACY = "convert_legacy"
    APPLY_HOUSE_STYLE = "apply_house_style"
    HOUSE_STYLE = "house_style"
    BOLD = "bold"
    ITALIC = "italic"
    H1 = "h1"
    H2 = "h2"
    H3 = "h3"
    BULLETS = "bullets"
    NUMBERS = "numbers"
    QUOTE = "quote"
    LINK = "link"
    IMAGE = "image"
    TABLE = "table"
    RULE = "rule"
    FOCUS_SEARCH = "focus_search"
    DISTRACTION_FREE = "distraction_free"
    MARKDOWN_SOURCE = "markdown_source"
    SUBMIT = "submit"
    START_REVIEW = "start_review"
    RETURN = "return"
    APPROVE = "approve"
    PREVIEW = "preview"
    CHECK = "check"
    WITHDRAW = "withdraw"
    EXPORT = "export"
    IMPORT_BUNDLE = "import_bundle"
    ABOUT = "about"
    PUBLISH = "publish"
    REOPEN = "reopen"
    PORTAL_IDENTITY = "portal_identity"
    SHORTCUTS = "keyboard_shortcuts"
    PRINT = "print"
    SAVE_PDF = "save_pdf"
    CONNECT_SERVER = "connect_server"
    DISCONNECT_SERVER = "disconnect_server"
    SYNC_NOW = "sync_now"


# The actions that change the open article's text: enabled together, when it may be edited.
FORMAT_ACTIONS: tuple[ActionName, ...] = (
    ActionName.BOLD, ActionName.ITALIC, ActionName.H1, ActionName.H2, ActionName.H3,
    ActionName.BULLETS, ActionName.NUMBERS, ActionName.QUOTE, ActionName.LINK, ActionName.IMAGE,
    ActionName.TABLE, ActionName.RULE,
)
EDITING_ACTIONS: tuple[ActionName, ...] = (ActionName.SAVE, ActionName.CONVERT_LEGACY,
                                           ActionName.APPLY_HOUSE_STYLE, *FORMAT_ACTIONS)
# Steps of the workflow, greyed out by the role table.
WORKFLOW_ACTIONS: tuple[ActionName, ...] = (
    ActionName.SUBMIT, ActionName.START_REVIEW, ActionName.RETURN, ActionName.APPROVE,
    ActionName.WITHDRAW,
)
# What needs an open article at all.
ARTICLE_ACTIONS: tuple[ActionName, ...] = (
    *EDITING_ACTIONS, *WORKFLOW_ACTIONS, ActionName.CHECK, ActionName.PREVIEW,
    ActionName.PRINT, ActionName.SAVE_PDF,
)
# What stays usable before anyone has signed in.
ALWAYS_ACTIONS: tuple[ActionName, ...] = (
    ActionName.QUIT, ActionName.ABOUT, ActionName.SETTINGS, ActionName.DISTRACTION_FREE,
    ActionName.SHORTCUTS,
    ActionName.MARKDOWN_SOURCE,
)

@dataclass(frozen=True)
class Spec:
    name: ActionName
    text: object  # English source text (QT_TRANSLATE_NOOP returns it, typed object)
    shortcut: SK | str | None = None
    icon: str = ""
    checkable: bool = False
    tip: str = ""


def tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


N = ActionName
SPECS = [
    Spec(
        N.NEW_ARTICLE,
        QT_TRANSLATE_NOOP("Actions", "&New article"),
        SK.New,
        "mdi6.file-document-plus-outline",
    ),
    Spec(N.SAVE, QT_TRANSLATE_NOOP("Actions", "&Save now"), SK.Save, "mdi6.content-save-outline"),
    Spec(N.QUIT, QT_TRANSLATE_NOOP("Actions", "&Quit"), SK.Quit, "mdi6.exit-to-app"),
    Spec(
        N.SWITCH_PERSON,
        QT_TRANSLATE_NOOP("Actions", "Switch &person…"),
        "Ctrl+Alt+P",
        "mdi6.account-switch-outline",
    ),
    Spec(N.SIGN_OUT, QT_TRANSLATE_NOOP("Actions", "Sign &out"), None, "mdi6.logout"),
    Spec(N.PEOPLE, QT_TRANSLATE_NOOP("Actions", "&People…"), None, "mdi6.account-group-outline"),
    Spec(N.CATEGORIES, QT_TRANSLATE_NOOP("Actions", "&Categories…"), None,
         "mdi6.file-tree-outline"),
    Spec(
        N.SETTINGS, QT_TRANSLATE_NOOP("Actions", "&Settings…"), SK.Preferences, "mdi6.cog-outline"
    ),
    Spec(N.UNDO, QT_TRANSLATE_NOOP("Actions", "&Undo"), SK.Undo, "mdi6.undo"),
    Spec(N.REDO, QT_TRANSLATE_NOOP("Actions", "&Redo"), SK.Redo, "mdi6.redo"),
    Spec(N.FIND, QT_TRANSLATE_NOOP("Actions", "&Find…"), SK.Find, "mdi6.magnify"),
    Spec(
        N.REPLACE,
        QT_TRANSLATE_NOOP("Actions", "Find and &replace…"),
        SK.Replace,
        "mdi6.find-replace",
    ),
    Spec(N.CONVERT_LEGACY, QT_TRANSLATE_NOOP("Actions", "Convert &old Vietnamese encoding…"),
         None, "mdi6.format-font"),
    Spec(N.APPLY_HOUSE_STYLE, QT_TRANSLATE_NOOP("Actions", "Apply &house style"), "Ctrl+Alt+H",
         "mdi6.spellcheck"),
    Spec(N.HOUSE_STYLE, QT_TRANSLATE_NOOP("Actions", "House st&yle…"), None,
         "mdi6.format-list-checks"),
    Spec(N.BOLD, QT_TRANSLATE_NOOP("Actions", "&Bold"), SK.Bold, "mdi6.format-bold"),
    Spec(N.ITALIC, QT_TRANSLATE_NOOP("Actions", "&Italic"), SK.Italic, "mdi6.format-italic"),
    Spec(N.H1, QT_TRANSLATE_NOOP("Actions", "Heading &1"), "Ctrl+1", "mdi6.format-header-1"),
    Spec(N.H2, QT_TRANSLATE_NOOP("Actions", "Heading &2"), "Ctrl+2", "mdi6.format-header-2"),
    Spec(N.H3, QT_TRANSLATE_NOOP("Actions", "Heading &3"), "Ctrl+3", "mdi6.format-header-3"),
    Spec(
        N.BULLETS,
        QT_TRANSLATE_NOOP("Actions", "&Bulleted list"),
        "Ctrl+Alt+U",
        "mdi6.format-list-bulleted",
    ),
    Spec(
        N.NUMBERS,
        QT_TRANSLATE_NOOP("Actions", "&Numbered list"),
        "Ctrl+Alt+O",
        "mdi6.format-list-numbered",
    ),
    Spec(N.QUOTE, QT_TRANSLATE_NOOP("Actions", "&Quote"), "Ctrl+Alt+Q", "mdi6.format-quote-open"),
    Spec(N.LINK, QT_TRANSLATE_NOOP("Actions", "&Link…"), "Ctrl+K", "mdi6.link-variant"),
    Spec(N.IMAGE, QT_TRANSLATE_NOOP("Actions", "I&mage…"), "Ctrl+Alt+I", "mdi6.image-outline"),
    Spec(N.TABLE, QT_TRANSLATE_NOOP("Actions", "&Table"), "Ctrl+Alt+T", "mdi6.table"),
    Spec(N.RULE, QT_TRANSLATE_NOOP("Actions", "Horizontal &rule"), "Ctrl+Alt+R", "mdi6.minus"),
    Spec(
        N.FOCUS_SEARCH,
        QT_TRANSLATE_NOOP("Actions", "Search articles"),
        "Ctrl+E",
        "mdi6.text-search",
    ),
    Spec(
        N.MARKDOWN_SOURCE,
        QT_TRANSLATE_NOOP("Actions", "&Markdown source"),
        "Ctrl+Alt+M",
        "mdi6.language-markdown-outline",
        checkable=True,
    ),
    Spec(
        N.DISTRACTION_FREE,
        QT_TRANSLATE_NOOP("Actions", "&Distraction-free mode"),
        "F11",  # F11 everywhere (StandardKey.FullScreen is Ctrl+Shift+F or nothing on X11)
        "mdi6.fullscreen",
        checkable=True,
    ),
    Spec(
        N.SUBMIT,
        QT_TRANSLATE_NOOP("Actions", "S&ubmit for review…"),
        "Ctrl+Alt+S",
        "mdi6.send-outline",
    ),
    Spec(N.START_REVIEW, QT_TRANSLATE_NOOP("Actions", "Start &review"), None, "mdi6.eye-outline"),
    Spec(N.RETURN, QT_TRANSLATE_NOOP("Actions", "Re&turn to author…"), None, "mdi6.undo-variant"),
    Spec(N.APPROVE, QT_TRANSLATE_NOOP("Actions", "&Approve…"), None, "mdi6.check-decagram-outline"),
    Spec(N.PREVIEW, QT_TRANSLATE_NOOP("Actions", "&Preview"), "Ctrl+Alt+V", "mdi6.monitor-eye"),
    Spec(N.CHECK, QT_TRANSLATE_NOOP("Actions", "&Check the article"), "F7",
         "mdi6.clipboard-check-outline"),
    Spec(N.WITHDRAW, QT_TRANSLATE_NOOP("Actions", "&Withdraw from the portal…"), None,
         "mdi6.cancel"),
    Spec(N.EXPORT, QT_TRANSLATE_NOOP("Actions", "&Export for the portal…"), "Ctrl+Alt+E",
         "mdi6.package-variant-closed"),
    Spec(N.IMPORT_BUNDLE, QT_TRANSLATE_NOOP("Actions", "&Import a bundle or Word file…"), None,
         "mdi6.package-down"),
    Spec(
        N.ABOUT, QT_TRANSLATE_NOOP("Actions", "&About Editor App"), None, "mdi6.information-outline"
    ),
    Spec(N.PUBLISH, QT_TRANSLATE_NOOP("Actions", "&Publish to the portal"), "Ctrl+Alt+W",
         "mdi6.web-sync"),
    Spec(N.REOPEN, QT_TRANSLATE_NOOP("Actions", "Re&open for correction…"), None,
         "mdi6.file-undo-outline"),
    Spec(N.PORTAL_IDENTITY, QT_TRANSLATE_NOOP("Actions", "&Portal identity…"), None,
         "mdi6.card-account-details-outline"),
    Spec(N.PRINT, QT_TRANSLATE_NOOP("Actions", "&Print…"), SK.Print, "mdi6.printer-outline"),
    Spec(N.SAVE_PDF, QT_TRANSLATE_NOOP("Actions", "Save as P&DF…"), "Ctrl+Alt+D",
         "mdi6.file-pdf-box"),
    Spec(N.SHORTCUTS, QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), "F1",
         "mdi6.keyboard-outline"),
    Spec(N.CONNECT_SERVER, QT_TRANSLATE_NOOP("Actions", "&Connect to the newsroom server…"),
         None, "mdi6.server-network"),
    Spec(N.DISCONNECT_SERVER, QT_TRANSLATE_NOOP("Actions", "&Disconnect from the server…"),
         None, "mdi6.server-network-off"),
    Spec(N.SYNC_NOW, QT_TRANSLATE_NOOP("Actions", "S&ync now"), "F5", "mdi6.sync"),
]


class ActionRegistry(QObject):
    def __init__(self, parent: QObject, overrides: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.specs = {s.name: s for s in SPECS}
        self.actions: dict[ActionName, QAction] = {}
        self.overrides = dict(overrides or {})
        self.icons_loaded = False
        for spec in SPECS:
            action = QAction(parent)
            action.setObjectName(f"action_{spec.name}")
            action.setCheckable(spec.checkable)
            self.actions[spec.name] = action
            self._apply_shortcut(spec)
        self.retranslate()

    def _apply_shortcut(self, spec: Spec) -> None:
        action = self.actions[spec.name]
        text = self.overrides.get(spec.name)
        if text is not None and text not in RESERVED:
            action.setShortcut(QKeySequence(text))
        elif isinstance(spec.shortcut, SK):
            action.setShortcuts(spec.shortcut)
        elif spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))

    def load_icons(self) -> None:
        """Draw the icons in the palette's colours (after start-up, again after a theme).

        An icon keeps the colours it was drawn with; a disabled one is drawn greyed.
        """
        from PySide6.QtGui import QGuiApplication, QPalette

        from editor_app.gui import icons

        palette = QGuiApplication.palette()
        colour = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
        greyed = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
        if abs(greyed.lightness() - colour.lightness()) < 60:  # a palette without one
            greyed = colour.darker(250) if colour.lightness() > 127 else colour.lighter(300)
        self.icons_loaded = True
        for spec in SPECS:
            if spec.icon:
                self.actions[spec.name].setIcon(
                    icons.icon(spec.icon, colour, greyed))

    def retranslate(self) -> None:
        for spec in SPECS:
            self.actions[spec.name].setText(tr(str(spec.text)))

    def __getitem__(self, name: ActionName | str) -> QAction:
        return self.actions[ActionName(name)]

    def on(self, name: ActionName, slot: Callable[..., object]) -> None:
        self.actions[name].triggered.connect(slot)

    def allow(self, name: ActionName, allowed: bool, why: str = "") -> None:
        """Enable an action, or disable it with the reason as its tooltip."""
        action = self.actions[name]
        action.setEnabled(allowed)
        action.setToolTip(action.text().replace("&", "") if allowed else why)
        action.setStatusTip("" if allowed else why)
