"""Spelling at the desk: one checker for both views, the newsroom's words, the setting.

The newsroom's words are read from the store when someone signs in; a word added from
the menu is stored (anyone signed in may add one) and accepted at once in both views.
Without the dictionary the window works and the status bar says how to install it
(the Settings dialog too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from editor_app.domain.spelling import HOW_TO_INSTALL
from editor_app.gui.actions import ActionName as A
from editor_app.gui.editor.spell_marks import Speller, SpellMarks

if TYPE_CHECKING:
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.context import SessionContext
    from editor_app.gui.settings import SettingsStore


class SpellingDesk(QObject):
    def __init__(self, window: MainWindow, context: SessionContext,
                 settings: SettingsStore) -> None:
        super().__init__(window)
        self.w, self.context, self.settings = window, context, settings
        self.speller = Speller(self)
        self.speller.enabled = settings.preferences.spelling
        self.words: set[str] = set()  # the newsroom's, as last read
        self.marks = SpellMarks(window.editor, self.speller, markdown=True,
                                highlighter=window.editor.highlighter)
        self.rich_marks = SpellMarks(window.body.rich, self.speller, markdown=False)
        for marks in (self.marks, self.rich_marks):
            marks.add_requested.connect(self.add)
        # Said for as long as it is true: a passing message would be gone before it is read.
        self.missing = QLabel(window)
        self.missing.setObjectName("spelling_missing")
        self.missing.hide()
        window.statusBar().addPermanentWidget(self.missing)
        self.speller.loaded.connect(self._loaded)
        context.person_changed.connect(lambda _p: self.reload())
        # Runs after the Settings dialog (connected later than Lifecycle's slot).
        window.registry[A.SETTINGS].triggered.connect(self._from_preferences)
        self.speller.load()

    def reload(self) -> None:
        services = self.context.services
        if services is not None:
            self.context.read(services.spelling.words, self._words)

    def _words(self, words: tuple[str, ...]) -> None:
        self.words = set(words)
        self.speller.add_words(words)

    def _loaded(self, found: bool) -> None:
        if found:
            self.speller.add_words(self.words)
        self._say_missing()

    def _say_missing(self) -> None:
        self.missing.setText(self.tr("Spelling: no dictionary (%1)").replace(
            "%1", HOW_TO_INSTALL))
        self.missing.setToolTip(self.tr(
            "The Vietnamese dictionary is not installed, so spelling is not checked. Install "
            "it with “%1” (or “make sysdeps” in a source checkout) and restart.").replace(
                "%1", HOW_TO_INSTALL))
        self.missing.setVisible(self.speller.enabled and self.speller.dictionary is None
                                and not self.speller.busy)

    def add(self, word: str) -> None:
        services, person = self.context.services, self.context.person
        if services is None or person is None:
            return

        def stored(word: str) -> None:
            self.words.add(word)
            self.speller.add_words([word])
            self.w.statusBar().showMessage(
                self.tr("“%1” is in the newsroom dictionary now.").replace("%1", word), 5_000)

        self.context.write(lambda: services.spelling.add(person, word), stored)

    def _from_preferences(self) -> None:
        self.speller.set_enabled(self.settings.preferences.spelling)
        self._say_missing()
