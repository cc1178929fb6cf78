"""Two versions of an article clashed in a sync: both sides, the marked merge, a choice.

Not the "someone saved first" dialog (dialogs/conflict.py, two people on one store):
here each side was written offline on its own desktop and the server kept both.
The merged body shows each overlapping part between markers, both sides in full,
each side on its own colour; the person keeps one side whole or edits the merge
until no marker is left.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.domain.merge import BASE_MARK, MINE_MARK, SPLIT_MARK, THEIRS_MARK, merge_text
from editor_app.gui.panels.review import when

if TYPE_CHECKING:
    from datetime import datetime

    from PySide6.QtGui import QTextDocument

    from editor_app.domain.entities import PersonRef, Snapshot
    from editor_app.services.conflicts import ConflictView

# Tints per side (the version that arrived later, the one the article shows), light and dark.
OTHER_TINT = {False: "#d6e6ff", True: "#1d3557"}
HEAD_TINT = {False: "#ffe3b3", True: "#4d3510"}
MARK_TINT = {False: "#d9d9d9", True: "#505050"}

_NORMAL, _IN_OTHER, _IN_HEAD, _IN_BASE = 0, 1, 2, 3


def has_markers(text: str) -> bool:
    """Whether *text* still holds a conflict marker (a clash not yet decided).

    A clash inside a paragraph starts mid-line ("mưa<<<<<<< An"): markers are looked
    for anywhere, the split line as a whole line.
    """
    return MINE_MARK in text or THEIRS_MARK in text or BASE_MARK in text or \
        any(line.rstrip() == SPLIT_MARK for line in text.split("\n"))


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Base).lightness() < 128


class MergeHighlighter(QSyntaxHighlighter):
    """Each side of a clash on its own colour, the marker lines grey and bold.

    Follows the text as the person edits it: a block's state says which side it is in.
    """

    def __init__(self, document: QTextDocument, dark: bool) -> None:
        super().__init__(document)
        self.dark = dark

    def _format(self, tint: str, bold: bool = False) -> QTextCharFormat:
        f = QTextCharFormat()
        f.setBackground(QColor(tint))
        if bold:
            f.setFontWeight(QFont.Weight.Bold)
        return f

    def highlightBlock(self, text: str) -> None:
        state, pos = max(self.previousBlockState(), _NORMAL), 0
        if text.rstrip() == SPLIT_MARK and state in (_IN_OTHER, _IN_BASE):
            self.setFormat(0, len(text), self._format(MARK_TINT[self.dark], bold=True))
            self.setCurrentBlockState(_IN_HEAD)
            return
        while pos <= len(text):
            opener = {_NORMAL: MINE_MARK, _IN_OTHER: BASE_MARK, _IN_BASE: "",
                      _IN_HEAD: THEIRS_MARK}[state]
            at = text.find(opener, pos) if opener else -1
            stop = len(text) if at < 0 else at
            tint = {_IN_OTHER: OTHER_TINT, _IN_HEAD: HEAD_TINT}.get(state)
            if tint is not None and stop > pos:
                self.setFormat(pos, stop - pos, self._format(tint[self.dark]))
            if at < 0:
                break
            # A marker runs to the end of its line (it names the writer).
            self.setFormat(at, len(text) - at, self._format(MARK_TINT[self.dark], bold=True))
            state = {MINE_MARK: _IN_OTHER, BASE_MARK: _IN_BASE, THEIRS_MARK: _NORMAL}[opener]
            pos = len(text) + 1
        self.setCurrentBlockState(state)


def merged_body(view: ConflictView) -> str:
    """The body to start from: marked where it clashes, else both sides' changes merged.

    The markers name the writers instead of "mine"/"theirs": on a desktop "mine" would
    be read as the person looking, who may have written either side.
    """
    m = view.merge
    if m is None:
        return view.head.body
    if "body" not in m.marked:
        return merge_text(m.base.body, m.ours.body, m.theirs.body).text
    other, head = _name(view.other_author), _name(view.head_author)
    return (m.marked["body"].replace(f"{MINE_MARK}mine\n", f"{MINE_MARK}{other}\n")
            .replace(f"{THEIRS_MARK}theirs\n", f"{THEIRS_MARK}{head}\n"))


def _name(person: PersonRef | None) -> str:
    return person.name if person is not None else "?"


class SyncConflictDialog(QDialog):
    """Keep mine, take theirs, or use the merged text as edited; ``choice`` says which."""

    def __init__(self, view: ConflictView, me_id: str, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_conflict")
        self.setWindowTitle(self.tr("Resolve conflict"))
        self.view = view
        self.choice = ""  # "mine", "theirs" or "merged"
        dark = is_dark(self)
        intro = QLabel(self.tr(
            "Two versions of “%1” were written at the same time and overlap. Keep one "
            "whole, or edit the merged text below until no conflict marker is left.")
            .replace("%1", title), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the title is the person's text
        intro.setWordWrap(True)
        sides = QHBoxLayout()
        self.head_text = self._side(sides, "head", view.head_author, view.head_at,
                                    view.head.body, HEAD_TINT[dark], me_id,
                                    self.tr("the version the article shows"))
        self.other_text = self._side(sides, "other", view.other_author, view.other_at,
                                     view.other.body, OTHER_TINT[dark], me_id,
                                     self.tr("the version that arrived later"))
        self.fields = QLabel(self)
        self.fields.setObjectName("field_clashes")
        self.fields.setTextFormat(Qt.TextFormat.RichText)  # every value is escaped
        self.fields.setWordWrap(True)
        self._show_field_clashes()
        merged_title = QLabel(self.tr("Merged text (you can edit it)"), self)
        merged_title.setStyleSheet("font-weight:bold;")
        self.merged = QPlainTextEdit(self)
        self.merged.setObjectName("merged")
        self.highlighter = MergeHighlighter(self.merged.document(), dark)
        self.merged.setPlainText(merged_body(view))
        self.hint = QLabel(self)
        self.hint.setObjectName("markers_hint")
        self.hint.setWordWrap(True)
        self.hint.setText(self.tr(
            "Each overlapping part is shown twice, between the markers <<<<<<< (with a "
            "name), ======= and >>>>>>> (with a name): keep the words you want and delete "
            "the markers."))
        mine = {view.head_author.id if view.head_author else None,
                view.other_author.id if view.other_author else None}
        row = QHBoxLayout()
        self.keep_mine = self._button(row, self.tr("Keep mine"), "keep_mine", "mine")
        self.take_theirs = self._button(row, self.tr("Take theirs"), "take_theirs", "theirs")
        if me_id not in mine or view.head_author == view.other_author:
            for b in (self.keep_mine, self.take_theirs):
                b.setEnabled(False)
                b.setToolTip(self.tr("You wrote neither version: edit the merged text."))
        self.use_merged = self._button(row, self.tr("Use this merged text"), "use_merged",
                                       "merged")
        row.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("cancel")
        cancel.clicked.connect(self.reject)
        row.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(sides, 2)
        layout.addWidget(self.fields)
        layout.addWidget(merged_title)
        layout.addWidget(self.merged, 3)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        self.merged.textChanged.connect(self._markers_changed)
        self._markers_changed()
        self.resize(1000, 720)

    def _side(self, sides: QHBoxLayout, name: str, who: PersonRef | None, at: datetime | None,
              body: str, tint: str, me_id: str, what: str) -> QPlainTextEdit:
        box = QVBoxLayout()
        writer = _name(who) if who is None or who.id != me_id else \
            self.tr("%1 (you)").replace("%1", who.name)
        stamp = when(at) if at is not None else ""
        label = QLabel(f"<b>{html.escape(writer)}</b> · {html.escape(stamp)}<br>"
                       f"<small>{html.escape(what)}</small>", self)
        label.setObjectName(f"{name}_who")
        label.setTextFormat(Qt.TextFormat.RichText)
        # The side's colour, as its parts are coloured in the merged text below.
        label.setStyleSheet(f"background:{tint}; padding:4px;")
        text = QPlainTextEdit(body, self)
        text.setObjectName(f"{name}_text")
        text.setReadOnly(True)
        box.addWidget(label)
        box.addWidget(text)
        sides.addLayout(box)
        return text

    def _show_field_clashes(self) -> None:
        """Title, summary, category…: a clash outside the body is listed with both values."""
        m = self.view.merge
        names = list(dict.fromkeys(c.field for c in (m.clashes if m else ()) if c.field != "body"))
        if not names:
            self.fields.hide()
            return
        head, other = _name(self.view.head_author), _name(self.view.other_author)

        def value(side: Snapshot, name: str) -> str:  # the whole field, not the clash's words
            return html.escape(str(getattr(side, name, "") or ""))

        rows = "".join(
            f"<tr><td><b>{html.escape(self._field_name(n))}</b></td>"
            f"<td>{html.escape(head)}: “{value(self.view.head, n)}”</td>"
            f"<td>{html.escape(other)}: “{value(self.view.other, n)}”</td></tr>"
            for n in names)
        note = self.tr("Other fields that clash (the merged text keeps the values the "
                       "article shows):")
        self.fields.setText(f"{html.escape(note)}<table cellpadding='3'>{rows}</table>")

    def _field_name(self, field: str) -> str:
        names = {"title": self.tr("Title"), "subtitle": self.tr("Subtitle"),
                 "summary": self.tr("Summary"), "slug": self.tr("Slug"),
                 "category_id": self.tr("Category"), "byline": self.tr("Byline"),
                 "dateline": self.tr("Dateline"), "source": self.tr("Source"),
                 "department": self.tr("Department")}
        return names.get(field, field)

    def _button(self, row: QHBoxLayout, text: str, name: str, choice: str) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(lambda _=False: self._choose(choice))
        row.addWidget(b)
        return b

    def _markers_changed(self) -> None:
        left = has_markers(self.merged.toPlainText())
        self.use_merged.setEnabled(not left)
        self.hint.setVisible(left)
        self.use_merged.setToolTip(self.tr("Delete the conflict markers first.") if left else "")

    @property
    def body(self) -> str:
        return self.merged.toPlainText()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

