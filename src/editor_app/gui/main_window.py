"""The main window's layout: list | editor | metadata, menus, toolbar, status bar.

What the window does lives in gui/session/; this file only builds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from editor_app.gui.actions import FORMAT_ACTIONS, ActionName, ActionRegistry
from editor_app.gui.editor.body_editor import BodyEditor
from editor_app.gui.editor.find_bar import FindBar
from editor_app.gui.editor.markdown_editor import MarkdownEditor
from editor_app.gui.panels.article_list import ArticleListPanel
from editor_app.gui.panels.metadata import MetadataPanel
from editor_app.gui.panels.notice_bar import NoticeBar
from editor_app.gui.panels.preview import PreviewPane
from editor_app.gui.panels.review import CommentsPanel, HistoryPanel, RelatedPanel
from editor_app.gui.panels.sync_status import ServerChangedBar, SyncStatus

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from editor_app.gui.tasks import Tasks

A = ActionName
DISTRACTION_FREE_MEASURE = 70  # characters a line: what reads comfortably


class MainWindow(QMainWindow):
    close_requested = Signal(object)  # QCloseEvent: the controller saves, then accepts
    bundle_dropped = Signal(str)
    document_dropped = Signal(str)  # a Word file (.docx) dropped on the window
    language_changed = Signal()

    def __init__(self, tasks: Tasks, shortcut_overrides: dict[str, str] | None = None,
                 preview_engine: str = "auto") -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.resize(1480, 860)
        self.registry = ActionRegistry(self, shortcut_overrides)
        self.list_panel = ArticleListPanel(tasks, self)
        self.editor = MarkdownEditor(self)  # the Markdown source view
        self.body = BodyEditor(self.editor, self)  # shows it or the rich view
        self.find_bar = FindBar(self.editor, self)
        self.find_bar.hide()
        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # it quotes titles and names
        self.banner.setStyleSheet("background:#fff3cd; color:#664d03; padding:6px;")
        self.banner.hide()
        # A returned article tells its author why, with a link to the comments.
        self.return_banner = QLabel(self)
        self.return_banner.setObjectName("return_banner")
        self.return_banner.setWordWrap(True)
        self.return_banner.setTextFormat(Qt.TextFormat.RichText)  # the reason is escaped
        self.return_banner.setStyleSheet("background:#f8d7da; color:#58151c; padding:6px;")
        self.return_banner.hide()
        # Sync (issue 13): an article with two versions in conflict, a change the server refused.
        self.conflict_banner = NoticeBar("conflict_banner", "#ffe8c2", "#5c3300",
                                         ("resolve",), self)
        self.rejected_banner = NoticeBar("rejected_banner", "#f8d7da", "#58151c",
                                         ("dismiss",), self)
        # The open article changed on the server while being edited: reload or keep editing.
        self.server_changed_bar = ServerChangedBar(self)
        self.exit_distraction_free = QPushButton(self)
        self.exit_distraction_free.setObjectName("exit_distraction_free")
        self.exit_distraction_free.hide()
        self.metadata = MetadataPanel(self)
        self.preview = PreviewPane(preview_engine, self)
        self.related = RelatedPanel(self)
        self.comments = CommentsPanel(self)
        self.history = HistoryPanel(self)
        self.side = QTabWidget(self)
        self.side.setObjectName("side_tabs")
        for page in (self.metadata, self.preview, self.related, self.comments, self.history):
            self.side.addTab(page, "")
        self.setAcceptDrops(True)
        editor_column = QWidget(self)
        column = QVBoxLayout(editor_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.return_banner)
        column.addWidget(self.conflict_banner)
        column.addWidget(self.rejected_banner)
        column.addWidget(self.server_changed_bar)
        exit_row = QHBoxLayout()
        exit_row.setContentsMargins(6, 4, 6, 0)
        exit_row.addStretch(1)
        exit_row.addWidget(self.exit_distraction_free)
        column.addLayout(exit_row)
        column.addWidget(self.body)
        column.addWidget(self.find_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(editor_column)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([640, 480, 360])
        self.setCentralWidget(self.splitter)
        self.person_label = QLabel(self)
        self.person_label.setTextFormat(Qt.TextFormat.PlainText)  # a name is never markup
        self.person_label.setObjectName("person_label")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("article_status")
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("saved_label")
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("counts_label")
        bar = self.statusBar()
        bar.addWidget(self.person_label)
        bar.addWidget(self.status_label)
        self.sync_status = SyncStatus(self)
        self.sync_status.hide()  # until a store is open
        bar.addPermanentWidget(self.sync_status)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.saved_label)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("format_toolbar")
        self.addToolBar(self.toolbar)
        self.menus: dict[str, QMenu] = {}
        self._build_menus()
        self._build_toolbar()
        # Shortcuts work while the menu bar and toolbar are hidden (distraction-free mode):
        # an action's shortcut needs a visible widget that holds it.
        self.addActions(list(self.registry.actions.values()))
        self.exit_distraction_free.clicked.connect(
            lambda: self.registry[A.DISTRACTION_FREE].setChecked(False))
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self._escape)
        self.retranslate()

    # -- building --------------------------------------------------------------
    def _build_menus(self) -> None:
        self._build_file_menu()
        self._build_edit_menu()
        self._build_format_menu()
        self._build_article_menu()
        self._build_view_menu()
        self._build_admin_menu()
        self._build_help_menu()

    def _menu(self, key: str, names: list[ActionName | None]) -> None:
        menu = self.menuBar().addMenu("")
        menu.setObjectName(f"menu_{key}")
        for name in names:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(self.registry[name])
        self.menus[key] = menu

    def _build_file_menu(self) -> None:
        self._menu("file", [A.NEW_ARTICLE, A.SAVE, None, A.PRINT, A.SAVE_PDF, None,
                            A.IMPORT_BUNDLE, A.EXPORT, None,
                            A.CONNECT_SERVER, A.SYNC_NOW, A.DISCONNECT_SERVER, None,
                            A.SWITCH_PERSON, A.SIGN_OUT, A.SETTINGS, None, A.QUIT])
        file_menu = self.menus["file"]
        self.recent_menu = QMenu(file_menu)
        self.recent_menu.setObjectName("menu_recent")
        file_menu.insertMenu(self.registry[A.SAVE], self.recent_menu)

    def _build_edit_menu(self) -> None:
        self._menu("edit", [A.UNDO, A.REDO, None, A.FIND, A.REPLACE, None, A.CONVERT_LEGACY,
                            A.APPLY_HOUSE_STYLE])

    def _build_format_menu(self) -> None:
        self._menu("format", [A.BOLD, A.ITALIC, None, A.H1, A.H2, A.H3, None, A.BULLETS,
                              A.NUMBERS, A.QUOTE, None, A.LINK, A.IMAGE, A.TABLE, A.RULE])

    def _build_article_menu(self) -> None:
        self._menu("article", [A.CHECK, None, A.SUBMIT, A.START_REVIEW, A.RETURN, A.APPROVE,
                               None, A.PUBLISH, A.REOPEN, A.WITHDRAW])

    def _build_view_menu(self) -> None:
        self._menu("view", [A.FOCUS_SEARCH, A.PREVIEW, A.MARKDOWN_SOURCE, A.DISTRACTION_FREE])

    def _build_admin_menu(self) -> None:
        self._menu("admin", [A.PEOPLE, A.CATEGORIES, A.HOUSE_STYLE, A.PORTAL_IDENTITY])
        self.menus["admin"].menuAction().setVisible(False)  # until someone who may signs in

    def _build_help_menu(self) -> None:
        self._menu("help", [A.SHORTCUTS, None, A.ABOUT])

    def _build_toolbar(self) -> None:
        self.toolbar.addAction(self.registry[A.NEW_ARTICLE])
        self.toolbar.addAction(self.registry[A.SAVE])
        self.toolbar.addSeparator()
        for name in FORMAT_ACTIONS:
            self.toolbar.addAction(self.registry[name])
        self.toolbar.addAction(self.registry[A.MARKDOWN_SOURCE])
        self.toolbar.addSeparator()
        for name in (A.PREVIEW, A.CHECK, A.SUBMIT, A.APPROVE, A.EXPORT, A.PUBLISH):
            self.toolbar.addAction(self.registry[name])

    def retranslate(self) -> None:
        titles = {"file": self.tr("&File"), "edit": self.tr("&Edit"),
                  "format": self.tr("F&ormat"), "article": self.tr("&Article"),
                  "view": self.tr("&View"), "admin": self.tr("Ad&ministration"),
                  "help": self.tr("&Help")}
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])
        self.toolbar.setWindowTitle(self.tr("Formatting"))
        self.registry.retranslate()
        self.list_panel.retranslate()
        self.metadata.retranslate()
        self.find_bar.retranslate()
        self.sync_status.retranslate()
        self.server_changed_bar.retranslate()
        for page, text in ((self.metadata, self.tr("Details")), (self.preview, self.tr("Preview")),
                           (self.related, self.tr("Related")),
                           (self.comments, self.tr("Comments")),
                           (self.history, self.tr("History"))):
            self.side.setTabText(self.side.indexOf(page), text)
        self.related.retranslate()
        self.comments.retranslate()
        self.history.retranslate()
        self.preview.placeholder.setText(self.tr("The preview appears here."))
        self.recent_menu.setTitle(self.tr("&Recent articles"))
        self.exit_distraction_free.setText(self.tr("Exit distraction-free mode (Esc, F11)"))
        self.editor.setPlaceholderText(self.tr("Write the article here, in Markdown…"))
        self.body.rich.setPlaceholderText(self.tr(
            "Write the article here. Markdown shortcuts work too: ## heading, **bold**, - list."))

    def _escape(self) -> None:
        """Esc closes the find bar, else leaves distraction-free mode."""
        if self.find_bar.isVisible():
            self.find_bar.close_bar()
        elif self.registry[A.DISTRACTION_FREE].isChecked():
            self.registry[A.DISTRACTION_FREE].setChecked(False)

    def set_distraction_free(self, on: bool) -> None:
        self.list_panel.setVisible(not on)
        self.side.setVisible(not on)
        self.toolbar.setVisible(not on)
        self.menuBar().setVisible(not on)
        self.exit_distraction_free.setVisible(on)
        self.editor.set_measure(DISTRACTION_FREE_MEASURE if on else 0)
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    # -- Qt events ---------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.registry.icons_loaded:
            self.registry.load_icons()  # icons keep the colours they were drawn in
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.language_changed.emit()
        super().changeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile() and urls[0].toLocalFile().lower().endswith(
                (".zip", ".docx")):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            name = url.toLocalFile().lower() if url.isLocalFile() else ""
            if name.endswith(".zip"):
                self.bundle_dropped.emit(url.toLocalFile())
            elif name.endswith(".docx"):
                self.document_dropped.emit(url.toLocalFile())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_requested.emit(event)
