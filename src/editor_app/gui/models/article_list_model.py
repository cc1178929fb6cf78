"""The article list's model: pages of rows read on a worker as the view scrolls, or search hits.

The view asks for more rows (``fetchMore``); the page is read off the UI thread and the
rows are inserted when it arrives. A reset (new filter, new sort) makes older pages stale.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from editor_app.domain import i18n
from editor_app.render.dates import VIETNAM

if TYPE_CHECKING:
    from datetime import datetime

    from PySide6.QtWidgets import QWidget

    from editor_app.domain.workflow import Status
    from editor_app.gui.tasks import Tasks
    from editor_app.services import Services

PAGE = 200
COLUMNS = ["title", "category", "author", "status", "updated"]
IdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
ConflictRole = Qt.ItemDataRole.UserRole + 3  # two versions after a sync (issue 13)


@dataclass(frozen=True)
class ListFilter:
    """What the list shows: a status (or several), a category, an author; None means any."""

    status: str | tuple[str, ...] | None = None
    category: str | None = None
    author: str | None = None

    @property
    def statuses(self) -> str | list[str] | None:
        """The status filter as the services take it."""
        return list(self.status) if isinstance(self.status, tuple) else self.status


@dataclass(frozen=True)
class Row:
    id: str
    title: str
    category: str
    author: str
    status: Status
    updated: datetime
    in_conflict: bool = False  # two versions after a sync: the status column says so


class ArticleListModel(QAbstractTableModel):
    """Pages of 200 rows, fetched as the view scrolls; or a fixed list of search hits."""

    page_loaded = Signal()  # a page (or the count) arrived; tests and the count label wait on it

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.services: Services | None = None
        self.rows: list[Row] = []
        self.filter = ListFilter()
        self.order, self.descending = "updated", True
        self._exhausted = True
        self._loading = False
        self._searching = False
        self._generation = 0  # bumps on every reset: a page for an older list is dropped

    # -- filling -------------------------------------------------------------
    def browse(self, list_filter: ListFilter) -> None:
        self.beginResetModel()
        self._generation += 1
        self.filter = list_filter
        self._searching = False
        self._loading = False
        self.rows = []
        self._exhausted = self.services is None
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def show_hits(self, hits: list[Any]) -> None:
        self.beginResetModel()
        self._generation += 1
        self._searching = True
        self._exhausted = True
        self._loading = False
        self.rows = [Row(h.id, h.title, h.category_name, h.author_name, h.status, h.updated_at)
                     for h in hits]
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        services = self.services
        if services is None or self._exhausted or self._loading:
            return
        self._loading = True
        generation, f, offset = self._generation, self.filter, len(self.rows)
        order, descending = self.order, self.descending

        def page() -> list[Any]:
            return services.drafting.summaries(
                status=f.statuses, category=f.category, author=f.author, limit=PAGE,
                offset=offset, order=order, descending=descending)

        self.tasks.read(page, lambda rows: self._arrived(generation, rows),
                        lambda exc: self._failed(generation, exc))

    def _arrived(self, generation: int, page: list[Any]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if len(page) < PAGE:
            self._exhausted = True
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows += [Row(a.id, a.title, a.category_name, a.author_name, a.status,
                              a.updated_at, a.in_conflict) for a in page]
            self.endInsertRows()
        self.page_loaded.emit()

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self._loading = False
            self._exhausted = True  # no endless retries; "Refresh list" tries again
        self.tasks.on_failure(exc)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.order = COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self._searching:
            self.beginResetModel()
            key = {"title": lambda r: r.title, "category": lambda r: r.category,
                   "author": lambda r: r.author, "status": lambda r: r.status.value,
                   "updated": lambda r: r.updated}[self.order]
            self.rows.sort(key=key, reverse=self.descending)
            self.endResetModel()
        else:
            self.browse(self.filter)

    # -- Qt model --------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Title"), self.tr("Category"), self.tr("Author"), self.tr("Status"),
                    self.tr("Updated")][section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "status":
                if row.in_conflict:  # short: the badge is narrow; the tooltip says more
                    return self.tr("⚠ conflict")
                return i18n.status_name(row.status)
            if col == "updated":
                return row.updated.astimezone(VIETNAM).strftime("%d/%m %H:%M")
            return getattr(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "updated":
                return row.updated.astimezone(VIETNAM).strftime("%d/%m/%Y %H:%M")
            if col == "status" and row.in_conflict:
                return self.tr("%1: two versions of this article are in conflict; open it "
                               "and choose Resolve.").replace("%1", i18n.status_name(row.status))
            # A tooltip that looks like HTML is read as HTML: escape the title.
            return f"<p>{html.escape(row.title)}</p>" if col == "title" else None
        if role == IdRole:
            return row.id
        if role == StatusRole:
            return row.status
        if role == ConflictRole:
            return row.in_conflict
        return None

    def row_of(self, article_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == article_id), -1)
