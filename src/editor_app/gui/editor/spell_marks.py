"""Spelling in the body: red wavy underlines as you type, suggestions on a right click.

One :class:`Speller` per window holds the dictionary and checks paragraphs on its own
worker thread; each editor (Markdown source, rich text) has a :class:`SpellMarks` that
draws the answers through a syntax highlighter, so only the paragraph being typed in is
looked at again (Qt calls the highlighter for changed blocks only) and the underline is
a layout format the text never carries (the rich view's Markdown is untouched).

Answers are kept by paragraph text: a paragraph is checked once, however often it is
shown. While a changed paragraph waits for its answer, its earlier underlines stay on
the words that are still there, so they do not flicker as you type.
"""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QSyntaxHighlighter,
    QTextBlock,
    QTextBlockUserData,
    QTextCharFormat,
    QTextCursor,
)

from editor_app.domain import spelling

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from pathlib import Path

    from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit

    from editor_app.domain.spelling import Dictionary, Miss

log = logging.getLogger(__name__)
COLOUR = QColor("#d32f2f")  # red, apart from the house style's blue and orange
DELAY_MS = 150  # a pause in typing before the changed paragraphs are sent
KEEP = 20_000  # paragraphs whose answers are remembered
Key = tuple[bool, str]  # (Markdown?, paragraph text)


class _Signals(QObject):
    done = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn, self.signals = fn, _Signals()
        self.setAutoDelete(False)  # held by the Speller until it reports

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception:  # a bug here must not stop checking for the session
            log.exception("spelling failed")
            result = None
        self.signals.done.emit(result)


class Speller(QObject):
    """The dictionary, the checking thread and the answers, shared by both views."""

    answered = Signal(object)  # set[Key]: paragraphs with a new answer
    changed = Signal()  # every answer may differ (a word added, spelling on or off)
    loaded = Signal(bool)  # the dictionary was looked for: found or not

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dictionary: Dictionary | None = None
        self.enabled = True
        self.ignored: set[str] = set()  # "Ignore" in the menu: this session only
        self._answers: OrderedDict[Key, tuple[Miss, ...]] = OrderedDict()
        self._queue: dict[Key, None] = {}
        self._job: _Job | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one checker; the store's readers keep theirs
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self._send)

    # -- the dictionary ---------------------------------------------------------------
    def load(self, dirs: Iterable[Path] | None = None, newsroom: Iterable[str] = ()) -> None:
        """Read the dictionary on the checking thread (it takes a few milliseconds)."""
        dirs, words = tuple(spelling.SEARCH_DIRS if dirs is None else dirs), tuple(newsroom)

        def read() -> Dictionary | None:
            found = spelling.load(dirs)
            if found is not None:
                found.add(words)
            return found

        self._start(read, self._loaded)

    def _loaded(self, found: Dictionary | None) -> None:
        self.dictionary = found
        self._answers.clear()
        self.loaded.emit(found is not None)
        self.changed.emit()

    def add_words(self, words: Iterable[str]) -> None:
        """Accept *words* from now on (the newsroom's, or ones ignored)."""
        if self.dictionary is not None:
            self.dictionary.add(words)
            self._forget_known()

    def ignore(self, word: str) -> None:
        self.ignored.add(word)
        self._forget_known()

    def set_enabled(self, on: bool) -> None:
        if on != self.enabled:
            self.enabled = on
            self.changed.emit()

    def _forget_known(self) -> None:
        d = self.dictionary
        for key, misses in self._answers.items():
            if misses:
                self._answers[key] = tuple(m for m in misses if m.word not in self.ignored
                                           and (d is None or not d.known(m.word)))
        self.changed.emit()

    @property
    def active(self) -> bool:
        return self.enabled and self.dictionary is not None

    def suggest(self, word: str) -> list[str]:
        return self.dictionary.suggest(word) if self.dictionary is not None else []

    # -- checking ---------------------------------------------------------------------
    def misses(self, markdown: bool, text: str) -> tuple[Miss, ...] | None:
        """The answer for a paragraph, or None while it is being checked."""
        if not self.active or not text.strip():
            return ()
        key = (markdown, text)
        found = self._answers.get(key)
        if found is not None:
            self._answers.move_to_end(key)
            return found
        self._queue[key] = None
        self._timer.start()
        return None

    def _send(self) -> None:
        if self._job is not None or not self._queue or self.dictionary is None:
            return  # one batch at a time: the next goes when this one reports
        batch, self._queue = list(self._queue), {}
        d, ignored = self.dictionary, frozenset(self.ignored)

        def check() -> dict[Key, tuple[Miss, ...]]:
            return {(md, text): tuple(m for m in d.check(text, markdown=md)
                                      if m.word not in ignored) for md, text in batch}

        self._start(check, self._checked)

    def _checked(self, found: dict[Key, tuple[Miss, ...]] | None) -> None:
        found = found or {}
        self._answers.update(found)
        while len(self._answers) > KEEP:
            self._answers.popitem(last=False)
        self.answered.emit(set(found))
        self._send()

    def _start(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        job = _Job(fn)

        def report(value: Any) -> None:
            self._job = None
            if shiboken6.isValid(self):  # the window may have closed meanwhile
                done(value)

        job.signals.done.connect(report)
        self._job = job
        self._pool.start(job)

    @property
    def busy(self) -> bool:
        """Checking, or paragraphs wait to be checked (tests wait on this)."""
        return self._job is not None or bool(self._queue) or self._timer.isActive()

    def wait(self) -> None:
        self._pool.waitForDone()


class _Shown(QTextBlockUserData):
    """The underlines a paragraph shows now (kept with the block)."""

    def __init__(self, misses: tuple[Miss, ...]) -> None:
        super().__init__()
        self.misses = misses


class SpellHighlighter(QSyntaxHighlighter):
    """For a document with no highlighter of its own (the rich view): spelling only."""

    def __init__(self, marks: SpellMarks) -> None:
        super().__init__(marks.editor.document())
        self.spelling = marks

    def highlightBlock(self, text: str) -> None:
        self.spelling.highlight(self, text)


def _utf16(text: str) -> Callable[[int], int]:
    """Python index → Qt position in the block (they differ after an emoji)."""
    if all(ord(c) < 0x10000 for c in text):
        return lambda i: i
    return lambda i: i + sum(1 for c in text[:i] if ord(c) > 0xFFFF)


class SpellMarks(QObject):
    """The underlines and the right-click menu of one editor."""

    add_requested = Signal(str)  # "Add to the newsroom dictionary": the desk stores it

    def __init__(self, editor: QPlainTextEdit | QTextEdit, speller: Speller, *,
                 markdown: bool, highlighter: QSyntaxHighlighter | None = None) -> None:
        super().__init__(editor)
        self.editor, self.speller, self.markdown = editor, speller, markdown
        if highlighter is None:
            highlighter = SpellHighlighter(self)
        else:
            highlighter.spelling = self  # type: ignore[attr-defined]  # it calls highlight()
        self.highlighter = highlighter
        # Another set of marks whose menu comes first where both underline a word (the
        # house style's, which knows the one right spelling).
        self.defer_to: Callable[[int], bool] = lambda _position: False
        speller.answered.connect(self._answered)
        speller.changed.connect(self._redraw)
        editor.viewport().installEventFilter(self)

    # -- drawing ------------------------------------------------------------------------
    def highlight(self, hl: QSyntaxHighlighter, text: str) -> None:
        """Called from the highlighter's highlightBlock: underline the paragraph's misses."""
        if self.markdown and _in_fence(hl, text):
            hl.setCurrentBlockUserData(_Shown(()))
            return  # code, not prose
        misses = self.speller.misses(self.markdown, text)
        if misses is None:  # not checked yet: keep the earlier underlines that still fit
            shown = hl.currentBlockUserData()
            misses = _still_there(shown.misses, text) if isinstance(shown, _Shown) else ()
        hl.setCurrentBlockUserData(_Shown(misses))
        at = _utf16(text)
        for m in misses:
            for i in range(at(m.start), at(m.end)):
                fmt = QTextCharFormat(hl.format(i))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(COLOUR)
                hl.setFormat(i, 1, fmt)

    def _answered(self, keys: set[Key]) -> None:
        block = self.editor.document().firstBlock()
        while block.isValid():
            if (self.markdown, block.text()) in keys and self._differs(block):
                self._rehighlight(block)
            block = block.next()

    def _differs(self, block: QTextBlock) -> bool:
        shown = block.userData()
        now = self.speller.misses(self.markdown, block.text())
        return (shown.misses if isinstance(shown, _Shown) else ()) != now

    def _redraw(self) -> None:
        block = self.editor.document().firstBlock()
        while block.isValid():
            if self._differs(block):
                self._rehighlight(block)
            block = block.next()

    def _rehighlight(self, block: QTextBlock) -> None:
        # Restyling is not an edit: without this the document says its text changed and
        # the rich view would autosave an article nobody touched.
        doc = self.editor.document()
        blocked = doc.blockSignals(True)
        try:
            self.highlighter.rehighlightBlock(block)
        finally:
            doc.blockSignals(blocked)

    def shown(self) -> list[tuple[int, int, str]]:
        """Every underline now shown: (document position, end, word)."""
        out = []
        block = self.editor.document().firstBlock()
        while block.isValid():
            data = block.userData()
            if isinstance(data, _Shown):
                at = _utf16(block.text())
                out += [(block.position() + at(m.start), block.position() + at(m.end), m.word)
                        for m in data.misses]
            block = block.next()
        return out

    def at(self, position: int) -> tuple[int, int, str] | None:
        """The underlined word at a document position (its start, end and text)."""
        block = self.editor.document().findBlock(position)
        data = block.userData()
        if not isinstance(data, _Shown):
            return None
        at = _utf16(block.text())
        for m in data.misses:
            start, end = block.position() + at(m.start), block.position() + at(m.end)
            if start <= position <= end:
                return start, end, m.word
        return None

    # -- the menu ---------------------------------------------------------------------
    def replace(self, mark: tuple[int, int, str], word: str) -> None:
        start, end, found = mark
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() == found:  # still what was checked
            cursor.insertText(word)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent) \
                and self.speller.active:
            position = self.editor.cursorForPosition(event.pos()).position()
            mark = self.at(position)
            if mark is not None and not self.editor.isReadOnly() and not self.defer_to(position):
                menu = self.menu(mark, event.pos())
                self._popup(menu, event.globalPos())
                menu.deleteLater()
                return True
        return super().eventFilter(watched, event)

    def menu(self, mark: tuple[int, int, str], pos: QPoint) -> QMenu:
        """The editor's own menu with the suggestions, Add and Ignore on top."""
        menu: QMenu = self.editor.createStandardContextMenu(pos)
        first = menu.actions()[0] if menu.actions() else None
        ours: list[QAction] = []
        word = mark[2]
        for suggestion in self.speller.suggest(word):
            act = QAction(suggestion, menu)
            font = QFont(act.font())
            font.setBold(True)
            act.setFont(font)
            act.triggered.connect(lambda _c=False, s=suggestion: self.replace(mark, s))
            ours.append(act)
        if not ours:
            none = QAction(self.tr("(no suggestions)"), menu)
            none.setEnabled(False)
            ours.append(none)
        add = QAction(self.tr("Add “%1” to the newsroom dictionary").replace("%1", word), menu)
        add.setObjectName("spell_add")
        add.triggered.connect(lambda: self.add_requested.emit(word))
        ignore = QAction(self.tr("Ignore “%1”").replace("%1", word), menu)
        ignore.setObjectName("spell_ignore")
        ignore.triggered.connect(lambda: self.speller.ignore(word))
        separators = [QAction(menu), QAction(menu)]
        for sep in separators:
            sep.setSeparator(True)
        for act in (*ours, separators[0], add, ignore, separators[1]):
            if first is not None:
                menu.insertAction(first, act)
            else:
                menu.addAction(act)
        return menu

    def _popup(self, menu: QMenu, where: QPoint) -> None:
        menu.exec(where)


_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
IN_FENCE = 1  # the block state of a line inside a fenced code block


def _in_fence(hl: QSyntaxHighlighter, text: str) -> bool:
    """Whether the line is a fence or inside one.

    The state carries on to the next line: Qt highlights the following lines again when
    a fence opens or closes.
    """
    inside = hl.previousBlockState() == IN_FENCE
    if _FENCE.match(text):
        hl.setCurrentBlockState(0 if inside else IN_FENCE)
        return True
    hl.setCurrentBlockState(IN_FENCE if inside else 0)
    return inside


def _still_there(misses: tuple[Miss, ...], text: str) -> tuple[Miss, ...]:
    """Earlier underlines moved to where their word is now (typing shifted them)."""
    out = []
    for m in misses:
        if text[m.start:m.end] == m.word:
            out.append(m)
            continue
        found = re.search(rf"(?<!\w){re.escape(m.word)}(?!\w)", text)
        if found:
            out.append(spelling.Miss(found.start(), found.end(), m.word))
    return tuple(dict.fromkeys(out))
