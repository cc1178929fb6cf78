"""Side panels for review: related articles, comments, history with a word diff."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor_app.domain.history import group_history
from editor_app.render.dates import VIETNAM

if TYPE_CHECKING:
    from datetime import datetime

    from editor_app.domain.entities import Comment, HistoryEntry, RelatedItem

ID = Qt.ItemDataRole.UserRole
FIRST = Qt.ItemDataRole.UserRole + 1  # a session's first revision


def when(t: datetime) -> str:
    return t.astimezone(VIETNAM).strftime("%d/%m/%Y %H:%M")


class RelatedPanel(QWidget):
    """The "Tin cùng chuyên mục" list, with pin, order, hide for editors."""

    changed = Signal(list, list)  # pinned ids in order, hidden ids
    add_requested = Signal()  # find an article (any category) to pin

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("related_panel")
        self.list = QListWidget(self)
        self.list.setObjectName("related_list")
        self.pin_button, self.up_button, self.down_button = (QPushButton(self) for _ in range(3))
        self.hide_button, self.reset_button = QPushButton(self), QPushButton(self)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_related")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        # Hidden ones stay listed here: hiding is never a one-way door.
        self.hidden_label = QLabel(self)
        self.hidden_list = QListWidget(self)
        self.hidden_list.setObjectName("hidden_related")
        self.hidden_list.setMaximumHeight(110)
        self.unhide_button = QPushButton(self)
        self.unhide_button.setObjectName("unhide_related")
        self.pinned: list[str] = []
        self.hidden: list[str] = []
        row = QHBoxLayout()
        for b in (self.pin_button, self.up_button, self.down_button, self.hide_button,
                  self.reset_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.add_button)
        layout.addWidget(self.hidden_label)
        layout.addWidget(self.hidden_list)
        layout.addWidget(self.unhide_button)
        self.add_button.clicked.connect(self.add_requested)
        self.unhide_button.clicked.connect(self._unhide)
        self.pin_button.clicked.connect(self._pin)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.hide_button.clicked.connect(self._hide)
        self.reset_button.clicked.connect(self._reset)
        self.retranslate()

    def retranslate(self) -> None:
        self.pin_button.setText(self.tr("Pin"))
        self.up_button.setText("↑")
        self.down_button.setText("↓")
        self.hide_button.setText(self.tr("Hide"))
        self.reset_button.setText(self.tr("Automatic"))
        self.up_button.setToolTip(self.tr("Move the pinned article up"))
        self.down_button.setToolTip(self.tr("Move the pinned article down"))
        self.add_button.setText(self.tr("Add an article from any category…"))
        self.hidden_label.setText(self.tr("Hidden from this list:"))
        self.unhide_button.setText(self.tr("Show again"))

    def load(self, items: list[RelatedItem], pinned: list[str], hidden: list[str],
             may_edit: bool, why_not: str,
             hidden_items: list[RelatedItem] | None = None) -> None:
        self.pinned, self.hidden = list(pinned), list(hidden)
        self.hidden_list.clear()
        for it in hidden_items or []:
            item = QListWidgetItem(f"{it.title}  ({it.category_name})", self.hidden_list)
            item.setData(ID, it.id)
        for w in (self.hidden_label, self.hidden_list, self.unhide_button):
            w.setVisible(bool(hidden_items))
        self.list.clear()
        for it in items:
            mark = "📌 " if it.pinned else ""
            item = QListWidgetItem(f"{mark}{it.title}  ({when(it.updated_at)[:10]})", self.list)
            item.setData(ID, it.id)
        for b in (self.pin_button, self.up_button, self.down_button, self.hide_button,
                  self.reset_button, self.add_button, self.unhide_button):
            b.setEnabled(may_edit)
            b.setToolTip("" if may_edit else why_not)
        self.note.setText(self.tr("Same category, newest first, approved or exported; "
                                  "pinned ones first. %1 shown.").replace("%1", str(len(items))))

    def _current(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID)) if item else None

    def _pin(self) -> None:
        rid = self._current()
        if rid and rid not in self.pinned:
            self.changed.emit([*self.pinned, rid], [h for h in self.hidden if h != rid])

    def _move(self, step: int) -> None:
        rid = self._current()
        if rid not in self.pinned:
            return
        i = self.pinned.index(rid)
        j = max(0, min(len(self.pinned) - 1, i + step))
        order = list(self.pinned)
        order[i], order[j] = order[j], order[i]
        self.changed.emit(order, self.hidden)

    def _hide(self) -> None:
        rid = self._current()
        if rid:
            self.changed.emit([p for p in self.pinned if p != rid], [*self.hidden, rid])

    def _unhide(self) -> None:
        item = self.hidden_list.currentItem()
        if item is not None:
            rid = str(item.data(ID))
            self.changed.emit(self.pinned, [h for h in self.hidden if h != rid])

    def add(self, article_id: str) -> None:
        """Pin an article found by search (any category), last among the pins."""
        if article_id not in self.pinned:
            self.changed.emit([*self.pinned, article_id],
                              [h for h in self.hidden if h != article_id])

    def _reset(self) -> None:
        rid = self._current()
        if rid:
            self.changed.emit([p for p in self.pinned if p != rid],
                              [h for h in self.hidden if h != rid])


class CommentsPanel(QWidget):
    add_requested = Signal(str)
    resolve_requested = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comments_panel")
        self.list = QListWidget(self)
        self.list.setObjectName("comments")
        self.list.setWordWrap(True)
        self.input = QPlainTextEdit(self)
        self.input.setObjectName("comment_input")
        self.input.setFixedHeight(70)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_comment")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.input)
        layout.addWidget(self.add_button)
        self.add_button.clicked.connect(self._add)
        self.list.itemChanged.connect(self._toggled)
        self._loading = False
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add comment"))
        self.input.setPlaceholderText(self.tr("Write a comment for the author or the editor…"))

    def load(self, comments: list[Comment]) -> None:
        self._loading = True
        self.list.clear()
        for c in comments:
            item = QListWidgetItem(f"{c.author_name} · {when(c.created_at)}\n{c.body}", self.list)
            item.setData(ID, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.resolved else Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("Tick when resolved"))
        self._loading = False

    def _add(self) -> None:
        text = self.input.toPlainText().strip()
        if text:
            self.add_requested.emit(text)
            self.input.clear()

    def _toggled(self, item: QListWidgetItem) -> None:
        if not self._loading:
            self.resolve_requested.emit(str(item.data(ID)),
                                        item.checkState() == Qt.CheckState.Checked)


class HistoryPanel(QWidget):
    """Revisions and status changes; tick two revisions to see what changed."""

    compare_requested = Signal(str, str)
    restore_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_panel")
        self.list = QListWidget(self)
        self.list.setObjectName("history")
        self.diff = QTextBrowser(self)
        self.diff.setObjectName("diff")
        self.compare_button = QPushButton(self)
        self.restore_button = QPushButton(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(self.diff)
        row = QHBoxLayout()
        row.addWidget(self.compare_button)
        row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        layout.addLayout(row)
        self.compare_button.clicked.connect(self._compare)
        self.restore_button.clicked.connect(self._restore)
        self.retranslate()

    def retranslate(self) -> None:
        self.compare_button.setText(self.tr("Compare the two ticked revisions"))
        self.restore_button.setText(self.tr("Restore the selected revision"))

    def load(self, entries: list[HistoryEntry], may_restore: bool) -> None:
        """Autosaves grouped into editing sessions; the versions steps acted on named."""
        self.list.clear()
        self.diff.clear()
        versions = {"submitted": self.tr("Version sent for review"),
                    "returned": self.tr("Version returned to the author"),
                    "approved": self.tr("Approved version")}
        for r in group_history(entries):
            if r.kind != "session":
                item = QListWidgetItem(f"{when(r.first_at)} · {r.who} · {r.text}", self.list)
                item.setForeground(Qt.GlobalColor.darkGray)
                continue
            text = f"{when(r.first_at)} · {r.who} · {r.text}"
            if r.saves > 1:
                text = self.tr("%1–%2 · %3 · editing session, %4 saves (last %5)") \
                    .replace("%1", when(r.first_at)).replace("%2", when(r.last_at)[-5:]) \
                    .replace("%3", r.who).replace("%4", str(r.saves)).replace("%5", r.text)
            if r.version:
                text = f"★ {versions[r.version]} · {text}"
            item = QListWidgetItem(text, self.list)
            if r.version:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            item.setData(ID, r.revision_id)
            item.setData(FIRST, r.first_revision_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.restore_button.setEnabled(may_restore)

    def ticked(self) -> list[str]:
        return [str(self.list.item(i).data(ID)) for i in range(self.list.count())
                if self.list.item(i).data(ID)
                and self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _compare(self) -> None:
        ticked = self.ticked()
        if len(ticked) == 2:
            self.compare_requested.emit(ticked[0], ticked[1])
        elif len(ticked) == 1 and self._first_of(ticked[0]) not in (None, ticked[0]):
            self.compare_requested.emit(self._first_of(ticked[0]), ticked[0])  # one session
        else:
            self.diff.setPlainText(self.tr("Tick two revisions to compare them, or one editing "
                                           "session to see what it changed."))

    def _first_of(self, revision_id: str) -> str | None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID) == revision_id:
                first = self.list.item(i).data(FIRST)
                return str(first) if first else None
        return None

    def _restore(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(ID):
            self.restore_requested.emit(str(item.data(ID)))

    def show_comparing(self) -> None:
        self.diff.setPlainText(self.tr("Comparing the two revisions…"))

    def show_diff(self, diffs: list[FieldDiff], titles: tuple[str, str]) -> None:
        """Show what compare_fields() found (it runs on a worker: long texts take a while)."""
        labels = {"title": self.tr("Headline"), "summary": self.tr("Summary"),
                  "body": self.tr("Body")}
        parts = [f"<p><b>{html.escape(titles[0])}</b> → <b>{html.escape(titles[1])}</b></p>"]
        for field, d, ins, dele in diffs:
            spans = []
            for op, text in d:
                t = html.escape(text).replace("\n", "<br>")
                if op == "insert":
                    spans.append(f'<span style="background:#d1f2d9;color:#0f5132">{t}</span>')
                elif op == "delete":
                    spans.append(f'<span style="background:#f8d7da;color:#842029;'
                                 f'text-decoration:line-through">{t}</span>')
                else:
                    spans.append(t)
            summary = self.tr("+%1 words, −%2 words").replace("%1", str(ins)).replace(
                "%2", str(dele))
            parts.append(f"<h4>{labels[field]} <small>({summary})</small></h4>"
                         f"<p>{''.join(spans)}</p>")
        if len(parts) == 1:
            parts.append(f"<p>{self.tr('No differences in headline, summary or body.')}</p>")
        self.diff.setHtml("".join(parts))


FieldDiff = tuple[str, list[tuple[str, str]], int, int]  # field, ops, words in, words out


def compare_fields(old: dict[str, Any], new: dict[str, Any]) -> list[FieldDiff]:
    """The word diff of headline, summary and body; plain Python, run off the UI thread."""
    # Imported here: the services package behind it is not needed for the first paint.
    from editor_app.services.diff import changed, word_diff

    found = []
    for field in ("title", "summary", "body"):
        d = word_diff(str(old.get(field, "")), str(new.get(field, "")))
        ins, dele = changed(d)
        if ins or dele:
            found.append((field, list(d), ins, dele))
    return found
