"""Export approved articles as bundles: choose, pick a folder, watch progress, verify."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor_app.services.exporting import ExportOptions

if TYPE_CHECKING:
    from editor_app.domain.entities import ArticleSummary, Person
    from editor_app.gui.tasks import Tasks
    from editor_app.services import Services


class ExportDialog(QDialog):
    finished_export = Signal(object)  # BatchReport
    profile_changed = Signal(str)  # the ninjs profile chosen, to remember it

    def __init__(self, services: Services, person: Person, tasks: Tasks,
                 approved: list[ArticleSummary], folder: str,
                 parent: QWidget | None = None, *, profile: str = "3.1") -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export for the portal"))
        self.services, self.person, self.tasks = services, person, tasks
        self.articles = QListWidget(self)
        self.articles.setObjectName("export_articles")
        for a in approved:
            item = QListWidgetItem(f"{a.title} — {a.category_name}", self.articles)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.folder = QLineEdit(folder, self)
        self.folder.setObjectName("export_folder")
        browse = QPushButton(self.tr("Choose…"), self)
        self.profile = QComboBox(self)
        self.profile.setObjectName("export_profile")
        self.profile.addItem(self.tr("ninjs 3.1 (IPTC, current)"), "3.1")
        self.profile.addItem(self.tr("ninjs 1.6 (Superdesk and other 1.x readers)"), "1.6")
        self.profile.setCurrentIndex(max(0, self.profile.findData(profile)))
        self.profile.setToolTip(self.tr("The format of article.json in each bundle, for the "
                                        "system that will read it"))
        self.start_button = QPushButton(self.tr("Export"), self)
        self.start_button.setObjectName("start_export")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # titles and errors, never markup
        self.status.setWordWrap(True)
        self.results = QListWidget(self)
        self.results.setObjectName("export_results")
        self.open_button = QPushButton(self.tr("Open folder"), self)
        self.verify_button = QPushButton(self.tr("Verify bundles"), self)
        self.verify_button.setObjectName("verify_bundles")
        for b in (self.open_button, self.verify_button):
            b.setEnabled(False)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Folder:"), self))
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        profile_row = QHBoxLayout()
        profile_row.addWidget(QLabel(self.tr("Format:"), self))
        profile_row.addWidget(self.profile, 1)
        run_row = QHBoxLayout()
        run_row.addWidget(self.start_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)
        after_row = QHBoxLayout()
        after_row.addWidget(self.open_button)
        after_row.addWidget(self.verify_button)
        after_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Approved articles:"), self))
        layout.addWidget(self.articles, 2)
        layout.addLayout(folder_row)
        layout.addLayout(profile_row)
        layout.addLayout(run_row)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addLayout(after_row)
        browse.clicked.connect(self._browse)
        self.profile.currentIndexChanged.connect(
            lambda _i: self.profile_changed.emit(str(self.profile.currentData())))
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel)
        self.open_button.clicked.connect(self._open_folder)
        self.verify_button.clicked.connect(self.verify)
        self._cancel_flag = threading.Event()
        self._queue: list[str] = []
        self._total = 0
        self._report: Any = None
        self._out = Path()
        self.written: list[Path] = []
        self.resize(720, 560)

    def chosen(self) -> list[str]:
        return [str(self.articles.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.articles.count())
                if self.articles.item(i).checkState() == Qt.CheckState.Checked]

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export folder"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def start(self) -> None:
        ids, out = self.chosen(), Path(self.folder.text()).expanduser()
        if not ids or not self.folder.text().strip():
            self.status.setText(self.tr("Choose at least one article and a folder."))
            return
        self._cancel_flag.clear()
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, len(ids))
        self.progress.setValue(0)
        self.results.clear()
        self._queue, self._total = list(ids), len(ids)
        self._report = None
        self._out = out
        self._next()

    def _next(self) -> None:
        """Export one article per writer job: saves queued meanwhile go in between.

        One job for the whole batch would hold the single writer thread, and every
        autosave would wait behind the export for its whole length.
        """
        if not self._queue or self._cancel_flag.is_set():
            if self._report is not None:
                self._report.cancelled = bool(self._queue)
                self._done(self._report)
            return
        aid = self._queue.pop(0)
        services, person, out = self.services, self.person, self._out
        options = ExportOptions(profile=str(self.profile.currentData()))

        def work() -> Any:
            return services.exporting.export_many(person, out, [aid], options=options)

        self.tasks.write(work, self._one_done, self._failed)

    def _one_done(self, one: Any) -> None:
        if self._report is None:
            self._report = one
        else:
            self._report.written += one.written
            self._report.failed += one.failed
        done = self._total - len(self._queue)
        name = (one.written[0].path.name if one.written else
                one.failed[0].article_id if one.failed else "")
        self._step(done, self._total, name)
        self._next()

    def _step(self, done: int, total: int, name: str) -> None:
        self.progress.setValue(done)
        self.status.setText(self.tr("%1 of %2: %3").replace("%1", str(done))
                            .replace("%2", str(total)).replace("%3", name))

    def _cancel(self) -> None:
        self._cancel_flag.set()
        self.status.setText(self.tr("Stopping after the current article…"))

    def _done(self, report: Any) -> None:
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.written = [r.path for r in report.written]
        for r in report.written:
            QListWidgetItem(f"✔ {r.path.name}", self.results)
        for r in report.failed:
            QListWidgetItem(f"✘ {r.article_id}: {r.error}", self.results)
        text = self.tr("%1 written, %2 failed").replace("%1", str(len(report.written))) \
            .replace("%2", str(len(report.failed)))
        if report.cancelled:
            text += " · " + self.tr("cancelled")
        self.status.setText(text)
        self.open_button.setEnabled(bool(self.written))
        self.verify_button.setEnabled(bool(self.written))
        self.finished_export.emit(report)

    def _failed(self, exc: Exception) -> None:
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.status.setText(str(exc))

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text()))

    def verify(self) -> None:
        paths, exporting = list(self.written), self.services.exporting

        def work() -> list[Any]:
            return [exporting.verify(p) for p in paths]

        def show(reports: list[Any]) -> None:
            self.results.clear()
            for r in reports:
                if r.ok:
                    QListWidgetItem(f"✔ {r.path.name}: " + self.tr("intact and valid"),
                                    self.results)
                else:
                    QListWidgetItem(f"✘ {r.path.name}: " + "; ".join(r.problems), self.results)
            bad = sum(not r.ok for r in reports)
            self.status.setText(self.tr("%1 verified, %2 with problems")
                                .replace("%1", str(len(reports))).replace("%2", str(bad)))

        self.tasks.read(work, show)
