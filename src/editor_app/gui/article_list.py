"""The article list: a lazy table over the store, filters, and search as you type."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor_app.domain import i18n
from editor_app.domain.workflow import Status
from editor_app.render.dates import VIETNAM

if TYPE_CHECKING:
    from datetime import datetime

    from editor_app.domain.entities import Category, Person
    from editor_app.gui.tasks import Tasks
    from editor_app.services import Services

PAGE = 200
COLUMNS = ["title", "category", "author", "status", "updated"]
STATUS_COLOURS = {
    Status.DRAFT: "#6c757d", Status.SUBMITTED: "#0d6efd", Status.IN_REVIEW: "#6f42c1",
    Status.RETURNED: "#d63384", Status.APPROVED: "#198754", Status.EXPORTED: "#0f5132",
    Status.WITHDRAWN: "#dc3545", Status.ARCHIVED: "#adb5bd",
}
IdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Row:
    id: str
    title: str
    category: str
    author: str
    status: Status
    updated: datetime


class ArticleListModel(QAbstractTableModel):
    """Pages of 200 rows, fetched as the view scrolls; or a fixed list of search hits."""

    def __init__(self, services: Services | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: list[Row] = []
        self.filters: dict[str, Any] = {}
        self.order, self.descending = "updated", True
        self._exhausted = True
        self._searching = False

    # -- filling -------------------------------------------------------------
    def browse(self, **filters: Any) -> None:
        self.beginResetModel()
        self.filters = filters
        self._searching = False
        self.rows = []
        self._exhausted = self.services is None
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def show_hits(self, hits: list[Any]) -> None:
        self.beginResetModel()
        self._searching = True
        self._exhausted = True
        self.rows = [Row(h.id, h.title, h.category_name, "", h.status, h.updated_at)
                     for h in hits]
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if self.services is None or self._exhausted:
            return
        page = self.services.drafting.summaries(limit=PAGE, offset=len(self.rows),
                                                order=self.order, descending=self.descending,
                                                **self.filters)
        if len(page) < PAGE:
            self._exhausted = True
        if not page:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
        self.rows += [Row(a.id, a.title, a.category_name, a.author_name, a.status,
                          a.updated_at) for a in page]
        self.endInsertRows()

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
            self.browse(**self.filters)

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
                return i18n.status_name(row.status)
            if col == "updated":
                return row.updated.astimezone(VIETNAM).strftime("%d/%m %H:%M")
            return getattr(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "updated":
                return row.updated.astimezone(VIETNAM).strftime("%d/%m/%Y %H:%M")
            return row.title if col == "title" else None
        if role == IdRole:
            return row.id
        if role == StatusRole:
            return row.status
        return None

    def row_of(self, article_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == article_id), -1)


class StatusBadge(QStyledItemDelegate):
    """Status as a coloured, rounded badge: readable at a glance in a long list."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        status = index.data(StatusRole)
        if status is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        if style is not None:
            option.text = ""
            style.drawControl(style.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        text = str(index.data(Qt.ItemDataRole.DisplayRole))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = option.fontMetrics
        r: QRect = option.rect
        w = min(r.width() - 6, fm.horizontalAdvance(text) + 14)
        badge = QRect(r.x() + 3, r.y() + (r.height() - fm.height() - 4) // 2, w, fm.height() + 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATUS_COLOURS.get(status, "#6c757d")))
        painter.drawRoundedRect(badge, 8, 8)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class ArticleListPanel(QWidget):
    article_activated = Signal(str)

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.services: Services | None = None
        self.person: Person | None = None
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search")
        self.search_edit.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.category_filter = QComboBox(self)
        self.view_filter = QComboBox(self)
        self.view_filter.setObjectName("view_filter")
        self.count_label = QLabel(self)
        self.model = ArticleListModel(None, self)
        self.view = QTableView(self)
        self.view.setObjectName("article_list")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(COLUMNS.index("status"), StatusBadge(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COLUMNS.index("updated"), Qt.SortOrder.DescendingOrder)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        for col, width in ((1, 96), (2, 110), (3, 92), (4, 84)):
            header.resizeSection(col, width)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        filters = QHBoxLayout()
        for w in (self.view_filter, self.status_filter, self.category_filter):
            filters.addWidget(w)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search_edit)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self._run_search)
        self._search_serial = 0
        self.search_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.category_filter.currentIndexChanged.connect(self.refresh)
        self.view_filter.currentIndexChanged.connect(self.refresh)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.retranslate()

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search (with or without diacritics)…"))
        current_view = self.view_filter.currentData()
        self.view_filter.blockSignals(True)
        self.view_filter.clear()
        for key, label in (("all", self.tr("All articles")), ("mine", self.tr("Mine")),
                           ("review", self.tr("To review")),
                           ("returned", self.tr("Returned to me"))):
            self.view_filter.addItem(label, key)
        self.view_filter.setCurrentIndex(max(0, self.view_filter.findData(current_view)))
        self.view_filter.blockSignals(False)
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for s in Status:
            self.status_filter.addItem(i18n.status_name(s), s.value)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
        self.status_filter.blockSignals(False)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def set_context(self, services: Services, person: Person,
                    categories: list[Category]) -> None:
        self.services = services
        self.person = person
        self.model.services = services
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(self.tr("All categories"), None)
        for c in categories:
            self.category_filter.addItem(c.path, c.id)
        self.category_filter.blockSignals(False)
        self.refresh()

    def _filters(self) -> dict[str, Any]:
        f: dict[str, Any] = {}
        if self.status_filter.currentData():
            f["status"] = self.status_filter.currentData()
        if self.category_filter.currentData():
            f["category"] = self.category_filter.currentData()
        view = self.view_filter.currentData()
        if view in ("mine", "returned") and self.person is not None:
            f["author"] = self.person.id
        if view == "returned":
            f["status"] = "returned"
        elif view == "review" and "status" not in f:
            f["status"] = ["submitted", "in_review"]
        return f

    def refresh(self) -> None:
        if self.services is None:
            return
        if self.search_edit.text().strip():
            self._run_search()
            return
        self.model.browse(**self._filters())
        self._update_count()

    def _update_count(self) -> None:
        if self.services is None:
            return
        filters = self._filters()
        total = self.services.drafting.count(**filters)
        self.count_label.setText(self.tr("%1 articles").replace("%1", f"{total:,}"))

    def _run_search(self) -> None:
        if self.services is None:
            return
        text = self.search_edit.text().strip()
        if not text:
            self.model.browse(**self._filters())
            self._update_count()
            return
        self._search_serial += 1
        serial = self._search_serial
        f = self._filters()
        services = self.services

        def search() -> list[Any]:
            return services.search.search(text, status=f.get("status"),
                                          category=f.get("category"),
                                          author_id=f.get("author"), limit=200, prefix=True)

        def show(hits: list[Any]) -> None:
            if serial == self._search_serial:  # an older, slower answer is dropped
                self.model.show_hits(hits)
                self.count_label.setText(self.tr("%1 found").replace("%1", str(len(hits))))
                self.searched.emit(len(hits))

        self.tasks.read(search, show)

    searched = Signal(int)

    def _activated(self, index: QModelIndex) -> None:
        article_id = index.data(IdRole)
        if article_id:
            self.article_activated.emit(article_id)

    def select(self, article_id: str) -> None:
        row = self.model.row_of(article_id)
        if row >= 0:
            self.view.selectRow(row)

    def _context_menu(self, pos: Any) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        open_action = menu.addAction(self.tr("Open"))
        copy_action = menu.addAction(self.tr("Copy article id"))
        refresh_action = menu.addAction(self.tr("Refresh list"))
        chosen = menu.exec(self.view.viewport().mapToGlobal(pos))
        if chosen is open_action:
            self._activated(index)
        elif chosen is copy_action:
            from PySide6.QtGui import QGuiApplication

            QGuiApplication.clipboard().setText(str(index.data(IdRole)))
        elif chosen is refresh_action:
            self.refresh()
