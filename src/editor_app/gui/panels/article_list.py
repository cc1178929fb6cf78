"""The article list panel: filters, search as you type, and the table over the list model.

It listens to the session context and refreshes itself when articles change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
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
from editor_app.gui.models.article_list_model import (
    COLUMNS,
    ArticleListModel,
    ConflictRole,
    IdRole,
    ListFilter,
    StatusRole,
)
from editor_app.gui.panels.header_arrows import use_reading_arrows

if TYPE_CHECKING:
    from editor_app.domain.entities import Category
    from editor_app.gui.session.context import SessionContext
    from editor_app.gui.tasks import Tasks

STATUS_COLOURS = {
    Status.DRAFT: "#6c757d", Status.SUBMITTED: "#0d6efd", Status.IN_REVIEW: "#6f42c1",
    Status.RETURNED: "#d63384", Status.APPROVED: "#198754", Status.EXPORTED: "#0f5132",
    Status.WITHDRAWN: "#dc3545", Status.ARCHIVED: "#adb5bd",
}

CONFLICT_COLOUR = "#b54708"  # an article in sync conflict: amber, white text stays readable


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
        colour = CONFLICT_COLOUR if index.data(ConflictRole) else \
            STATUS_COLOURS.get(status, "#6c757d")
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(badge, 8, 8)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class ArticleListPanel(QWidget):
    article_activated = Signal(str)

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.context: SessionContext | None = None
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search")
        self.search_edit.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.category_filter = QComboBox(self)
        self.view_filter = QComboBox(self)
        self.view_filter.setObjectName("view_filter")
        self.count_label = QLabel(self)
        # The filters show their whole text ("Mọi chuyên mục", a category path): never "Mọi chu…".
        for combo in (self.view_filter, self.status_filter, self.category_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.model = ArticleListModel(tasks, self)
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
        use_reading_arrows(header)
        for col, width in ((1, 96), (2, 110), (3, 92), (4, 84)):
            header.resizeSection(col, width)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        filters = QHBoxLayout()
        for w in (self.view_filter, self.status_filter, self.category_filter):
            filters.addWidget(w)
        filters.addStretch(1)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self._run_search)
        self._search_serial = 0
        self._count_serial = 0
        self._selected = ""
        self._count: tuple[str, int] = ("", 0)
        self.model.page_loaded.connect(self._reselect)
        # Saves come in bursts (autosave, a step, an import): refresh once after them.
        self._refresh_soon = QTimer(self, singleShot=True, interval=150)
        self._refresh_soon.timeout.connect(self.refresh)
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
        if self.category_filter.count():
            self.category_filter.setItemText(0, self.tr("All categories"))
        self._show_count()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange:  # a new theme: the arrows follow it
            use_reading_arrows(self.view.horizontalHeader())
        super().changeEvent(event)

    def bind(self, context: SessionContext) -> None:
        """Follow the session: who is signed in, and articles that change."""
        self.context = context
        context.person_changed.connect(lambda _p: self.refresh())
        context.signed_out.connect(self.forget)
        context.article_saved.connect(lambda _a: self._refresh_soon.start())
        context.articles_changed.connect(self._refresh_soon.start)

    def forget(self) -> None:
        """Signed out: show nothing of the last person's newsroom."""
        self.model.services = None
        self.model.browse(ListFilter())
        self.search_edit.blockSignals(True)  # no search for nobody
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.count_label.setText("")

    def set_categories(self, categories: list[Category]) -> None:
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(self.tr("All categories"), None)
        for c in categories:
            self.category_filter.addItem(c.path, c.id)
        self.category_filter.blockSignals(False)

    def list_filter(self) -> ListFilter:
        status: str | tuple[str, ...] | None = self.status_filter.currentData() or None
        category = self.category_filter.currentData() or None
        author = None
        person = self.context.person if self.context is not None else None
        view = self.view_filter.currentData()
        if view in ("mine", "returned") and person is not None:
            author = person.id
        if view == "returned":
            status = "returned"
        elif view == "review" and status is None:
            status = ("submitted", "in_review")
        return ListFilter(status=status, category=category, author=author)

    def refresh(self) -> None:
        if self.context is None or self.context.services is None:
            return
        self.model.services = self.context.services
        if self.search_edit.text().strip():
            self._run_search()
            return
        self.model.browse(self.list_filter())
        self._update_count()

    def _update_count(self) -> None:
        services = self.context.services if self.context is not None else None
        if services is None:
            return
        f = self.list_filter()
        self._count_serial += 1
        serial = self._count_serial

        def show(total: int) -> None:
            if serial == self._count_serial:
                self._count = ("articles", total)
                self._show_count()

        self.tasks.read(lambda: services.drafting.count(
            status=f.statuses, category=f.category, author=f.author), show)

    def _run_search(self) -> None:
        services = self.context.services if self.context is not None else None
        if services is None:
            return
        text = self.search_edit.text().strip()
        if not text:
            self.model.browse(self.list_filter())
            self._update_count()
            return
        self._search_serial += 1
        serial = self._search_serial
        f = self.list_filter()

        def search() -> list[Any]:
            return services.search.search(text, status=f.statuses, category=f.category,
                                          author_id=f.author, limit=200, prefix=True,
                                          snippets=False)  # the list shows none

        def show(hits: list[Any]) -> None:
            if serial == self._search_serial:  # an older, slower answer is dropped
                self.model.show_hits(hits)
                self._reselect()
                self._count = ("found", len(hits))
                self._show_count()
                self.searched.emit(len(hits))

        self.tasks.read(search, show)

    searched = Signal(int)

    def _show_count(self) -> None:
        """The count, in the language of the moment (a live switch relabels it)."""
        kind, n = self._count
        if kind == "articles":
            self.count_label.setText(self.tr("%1 articles").replace("%1", f"{n:,}"))
        elif kind == "found":
            self.count_label.setText(self.tr("%1 found").replace("%1", str(n)))

    def _activated(self, index: QModelIndex) -> None:
        article_id = index.data(IdRole)
        if article_id:
            self.article_activated.emit(article_id)

    def select(self, article_id: str) -> None:
        """Highlight the open article; again when its page of the list arrives."""
        self._selected = article_id
        row = self.model.row_of(article_id)
        if row >= 0 and self.view.currentIndex().row() != row:
            self.view.selectRow(row)

    def _reselect(self) -> None:
        if self._selected:
            self.select(self._selected)

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
