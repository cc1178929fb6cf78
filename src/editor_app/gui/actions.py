"""The central action registry: names, default shortcuts, user overrides, texts.

Texts are set in ``retranslate()`` so a language switch relabels every
menu and toolbar in one pass. Ctrl+Space and Ctrl+Shift alone are left to
Vietnamese input methods (Unikey, ibus-bamboo).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from collections.abc import Callable

SK = QKeySequence.StandardKey
RESERVED = {"Ctrl+Space", "Ctrl+Shift"}


@dataclass(frozen=True)
class Spec:
    name: str
    text: object  # English source text (QT_TRANSLATE_NOOP returns it, typed object)
    shortcut: SK | str | None = None
    icon: str = ""
    checkable: bool = False
    tip: str = ""


def tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


SPECS = [
    Spec(
        "new_article",
        QT_TRANSLATE_NOOP("Actions", "&New article"),
        SK.New,
        "mdi6.file-document-plus-outline",
    ),
    Spec("save", QT_TRANSLATE_NOOP("Actions", "&Save now"), SK.Save, "mdi6.content-save-outline"),
    Spec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), SK.Quit, "mdi6.exit-to-app"),
    Spec(
        "switch_person",
        QT_TRANSLATE_NOOP("Actions", "Switch &person…"),
        "Ctrl+Alt+P",
        "mdi6.account-switch-outline",
    ),
    Spec(
        "settings", QT_TRANSLATE_NOOP("Actions", "&Settings…"), SK.Preferences, "mdi6.cog-outline"
    ),
    Spec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), SK.Undo, "mdi6.undo"),
    Spec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), SK.Redo, "mdi6.redo"),
    Spec("find", QT_TRANSLATE_NOOP("Actions", "&Find…"), SK.Find, "mdi6.magnify"),
    Spec(
        "replace",
        QT_TRANSLATE_NOOP("Actions", "Find and &replace…"),
        SK.Replace,
        "mdi6.find-replace",
    ),
    Spec("bold", QT_TRANSLATE_NOOP("Actions", "&Bold"), SK.Bold, "mdi6.format-bold"),
    Spec("italic", QT_TRANSLATE_NOOP("Actions", "&Italic"), SK.Italic, "mdi6.format-italic"),
    Spec("h1", QT_TRANSLATE_NOOP("Actions", "Heading &1"), "Ctrl+1", "mdi6.format-header-1"),
    Spec("h2", QT_TRANSLATE_NOOP("Actions", "Heading &2"), "Ctrl+2", "mdi6.format-header-2"),
    Spec("h3", QT_TRANSLATE_NOOP("Actions", "Heading &3"), "Ctrl+3", "mdi6.format-header-3"),
    Spec(
        "bullets",
        QT_TRANSLATE_NOOP("Actions", "&Bulleted list"),
        "Ctrl+Alt+U",
        "mdi6.format-list-bulleted",
    ),
    Spec(
        "numbers",
        QT_TRANSLATE_NOOP("Actions", "&Numbered list"),
        "Ctrl+Alt+O",
        "mdi6.format-list-numbered",
    ),
    Spec("quote", QT_TRANSLATE_NOOP("Actions", "&Quote"), "Ctrl+Alt+Q", "mdi6.format-quote-open"),
    Spec("link", QT_TRANSLATE_NOOP("Actions", "&Link…"), "Ctrl+K", "mdi6.link-variant"),
    Spec("image", QT_TRANSLATE_NOOP("Actions", "I&mage…"), "Ctrl+Alt+I", "mdi6.image-outline"),
    Spec("table", QT_TRANSLATE_NOOP("Actions", "&Table"), "Ctrl+Alt+T", "mdi6.table"),
    Spec("rule", QT_TRANSLATE_NOOP("Actions", "Horizontal &rule"), "Ctrl+Alt+R", "mdi6.minus"),
    Spec(
        "focus_search",
        QT_TRANSLATE_NOOP("Actions", "Search articles"),
        "Ctrl+E",
        "mdi6.text-search",
    ),
    Spec(
        "distraction_free",
        QT_TRANSLATE_NOOP("Actions", "&Distraction-free mode"),
        SK.FullScreen,
        "mdi6.fullscreen",
        checkable=True,
    ),
    Spec(
        "submit",
        QT_TRANSLATE_NOOP("Actions", "S&ubmit for review…"),
        "Ctrl+Alt+S",
        "mdi6.send-outline",
    ),
    Spec("start_review", QT_TRANSLATE_NOOP("Actions", "Start &review"), None, "mdi6.eye-outline"),
    Spec("return", QT_TRANSLATE_NOOP("Actions", "Re&turn to author…"), None, "mdi6.undo-variant"),
    Spec("approve", QT_TRANSLATE_NOOP("Actions", "&Approve…"), None, "mdi6.check-decagram-outline"),
    Spec("preview", QT_TRANSLATE_NOOP("Actions", "&Preview"), "Ctrl+Alt+V", "mdi6.monitor-eye"),
    Spec("check", QT_TRANSLATE_NOOP("Actions", "&Check the article"), "F7",
         "mdi6.clipboard-check-outline"),
    Spec("withdraw", QT_TRANSLATE_NOOP("Actions", "&Withdraw from the portal…"), None,
         "mdi6.cancel"),
    Spec("export", QT_TRANSLATE_NOOP("Actions", "&Export for the portal…"), "Ctrl+Alt+E",
         "mdi6.package-variant-closed"),
    Spec("import_bundle", QT_TRANSLATE_NOOP("Actions", "&Import a bundle…"), None,
         "mdi6.package-down"),
    Spec(
        "about", QT_TRANSLATE_NOOP("Actions", "&About Editor App"), None, "mdi6.information-outline"
    ),
]


class ActionRegistry(QObject):
    def __init__(self, parent: QObject, overrides: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.specs = {s.name: s for s in SPECS}
        self.actions: dict[str, QAction] = {}
        self.overrides = dict(overrides or {})
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
        """Icons need a running QApplication and fonts; called once after start-up."""
        import qtawesome as qta

        for spec in SPECS:
            if spec.icon:
                self.actions[spec.name].setIcon(qta.icon(spec.icon))

    def retranslate(self) -> None:
        for spec in SPECS:
            self.actions[spec.name].setText(tr(str(spec.text)))

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def on(self, name: str, slot: Callable[..., object]) -> None:
        self.actions[name].triggered.connect(slot)

    def allow(self, name: str, allowed: bool, why: str = "") -> None:
        """Enable an action, or disable it with the reason as its tooltip."""
        action = self.actions[name]
        action.setEnabled(allowed)
        action.setToolTip(action.text().replace("&", "") if allowed else why)
        action.setStatusTip("" if allowed else why)
