"""Print the article and save it as PDF, as the portal page (the preview's page, on paper).

The page is rendered on a worker like the preview. With Qt WebEngine the page is laid out
by Chromium (``QWebEnginePage.printToPdf``, ``QWebEngineView.print``), so paper matches the
portal; without it QTextDocument prints the same HTML. The PDF is written atomically.
Qt's print support is imported when printing: at start-up it cost as much as a panel.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QDialog, QFileDialog

from editor_app.atomic import atomic_path, write_bytes
from editor_app.domain.text import slugify
from editor_app.gui.actions import ActionName as A
from editor_app.gui.panels.preview import webengine_available

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QPageLayout, QTextDocument
    from PySide6.QtPrintSupport import QPrinter

    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.context import SessionContext
    from editor_app.gui.session.review_side import ReviewSide


class Printing(QObject):
    def __init__(self, window: MainWindow, context: SessionContext, review: ReviewSide,
                 engine: str) -> None:
        super().__init__(window)
        self.w, self.context, self.review = window, context, review
        self.engine = engine
        self._page: Any = None  # the off-screen web page while it prints
        window.registry.on(A.PRINT, self.print_article)
        window.registry.on(A.SAVE_PDF, self.save_pdf)

    @property
    def use_web(self) -> bool:
        # Asked when printing, not at start-up: the first paint imports no WebEngine.
        return self.engine in ("auto", "webengine") and webengine_available()

    def _with_page(self, then: Callable[[str, Path], None]) -> None:
        job = self.review._render_job()
        if job is None:
            return
        self.context.read(job, lambda r: then(r[1], r[2]))

    def save_pdf(self) -> None:
        article = self.context.article
        if article is None:
            return
        name = f"{slugify(self.w.metadata.title.text() or article.title) or 'bai-viet'}.pdf"
        path, _ = QFileDialog.getSaveFileName(self.w, self.tr("Save as PDF"), name,
                                              self.tr("PDF (*.pdf)"))
        if path:
            self._with_page(lambda page, base: self._pdf(page, base, Path(path)))

    def _pdf(self, page: str, base: Path, target: Path) -> None:
        if self.use_web:
            from PySide6.QtWebEngineCore import QWebEnginePage

            web = QWebEnginePage(self)
            self._page = web

            def loaded(_ok: bool) -> None:
                web.printToPdf(lambda data: self._pdf_done(target, bytes(data)), a4())

            web.loadFinished.connect(loaded)
            web.setHtml(page, QUrl.fromLocalFile(str(base) + "/"))
            return
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setPageLayout(a4())
        with atomic_path(target) as tmp:
            printer.setOutputFileName(str(tmp))
            document(page, base).print_(printer)
        self._saved(target)

    def _pdf_done(self, target: Path, data: bytes) -> None:
        if self._page is not None:
            self._page.deleteLater()
            self._page = None
        if data:
            write_bytes(target, data)
            self._saved(target)

    def _saved(self, target: Path) -> None:
        self.w.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(target)), 8000)

    def print_article(self) -> None:
        if self.context.article is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(a4())
        if QPrintDialog(printer, self.w).exec() != QDialog.DialogCode.Accepted:
            return
        self._with_page(lambda page, base: self._print(page, base, printer))

    def _print(self, page: str, base: Path, printer: QPrinter) -> None:
        if self.use_web:
            from PySide6.QtWebEngineWidgets import QWebEngineView

            view = QWebEngineView()
            self._page = view
            view.loadFinished.connect(lambda _ok: view.print(printer))
            view.printFinished.connect(lambda _ok: view.deleteLater())
            view.setHtml(page, QUrl.fromLocalFile(str(base) + "/"))
            return
        document(page, base).print_(printer)


def a4() -> QPageLayout:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)


def document(page: str, base: Path) -> QTextDocument:
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setBaseUrl(QUrl.fromLocalFile(str(base) + "/"))
    doc.setHtml(page)
    return doc
