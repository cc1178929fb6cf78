"""The review side of the window: preview, related, comments, history, checklist, export.

Kept apart from controller.py (writing and saving) so each stays readable.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from editor_app.domain.checklist import check
from editor_app.domain.workflow import Action, Role, Status, allowed
from editor_app.gui.checklist_dialog import ChecklistDialog
from editor_app.gui.dialogs import ReasonDialog
from editor_app.gui.preview import PreviewController

if TYPE_CHECKING:
    from editor_app.domain.entities import Article
    from editor_app.gui.controller import Controller

PREVIEW_TAB, RELATED_TAB, COMMENTS_TAB, HISTORY_TAB = 1, 2, 3, 4


class ReviewController(QObject):
    def __init__(self, main: Controller, cache_dir: Path) -> None:
        super().__init__(main)
        self.main = main
        self.w = main.w
        self.cache = cache_dir / "preview"
        self.preview = PreviewController(self.w.preview, main.tasks, parent=self)
        self.preview.render_fn = self._render_job
        self._related_serial = 0  # bumps when pins change, so the page reloads fully
        w = self.w
        w.side.currentChanged.connect(self._tab_changed)
        w.editor.textChanged.connect(self.preview.schedule)
        w.metadata.changed.connect(self.preview.schedule)
        w.editor.verticalScrollBar().valueChanged.connect(self._follow)
        w.related.changed.connect(self._set_related)
        w.comments.add_requested.connect(self._comment)
        w.comments.resolve_requested.connect(self._resolve)
        w.history.compare_requested.connect(self._compare)
        w.history.restore_requested.connect(self._restore)
        w.bundle_dropped.connect(self.import_bundle)
        a = w.registry
        a.on("preview", lambda: w.side.setCurrentIndex(PREVIEW_TAB))
        a.on("check", self.show_checklist)
        a.on("withdraw", self.withdraw)
        a.on("export", self.open_export)
        a.on("import_bundle", self.choose_bundle)

    # -- when the article or the tab changes ------------------------------------
    def article_opened(self, article: Article | None) -> None:
        if article is not None:
            self._write_media(article)
        self._tab_changed(self.w.side.currentIndex())

    def _tab_changed(self, index: int) -> None:
        self.preview.set_active(index == PREVIEW_TAB and self.main.session.article is not None)
        article = self.main.session.article
        if article is None or self.main.services is None:
            return
        if index == RELATED_TAB:
            self.load_related()
        elif index == COMMENTS_TAB:
            self.w.comments.load(self.main.services.review.comments(article.id))
        elif index == HISTORY_TAB:
            self.load_history()

    def _write_media(self, article: Article) -> None:
        """Images the preview page links to, as files beside it (media/<sha>.<ext>)."""
        services = self.main.services
        if services is None:
            return
        refs = services.rendering.media_of(article)
        folder = self.cache

        def work() -> None:
            from editor_app.services.rendering import media_path

            for m in refs:
                target = folder / media_path(m)
                if not target.exists():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(services.media.data(m.sha256))

        self.main.tasks.read(work, lambda _r: self.preview.schedule())

    # -- preview ---------------------------------------------------------------------
    def _render_job(self) -> Any:
        s = self.main.session
        services = self.main.services
        if s.article is None or services is None:
            return None
        f = self.w.metadata.fields()
        current = replace(s.article, title=f.title or "", subtitle=f.subtitle or "",
                          summary=f.summary or "", body=self.w.editor.toPlainText(),
                          byline=f.byline or "", department=f.department or "",
                          source=f.source or "", dateline=f.dateline or "",
                          tags=f.tags or ())
        key = (current.id, current.category_id, current.featured, self._related_serial,
               bool(current.subtitle), bool(current.summary), self.main.appearance.language)
        base, lang = self.cache, self.main.appearance.language

        def job() -> tuple[Any, ...]:
            rendering = services.rendering
            body = rendering.body(current.body)
            patch = None
            if body.ok:
                patch = {"title": current.title, "summary": current.summary,
                         "subtitle": current.subtitle, "body": body.html}
            html = rendering.page(current, lang=lang, rendered=body)
            return key, html, base, patch

        return job

    def _follow(self, value: int) -> None:
        bar = self.w.editor.verticalScrollBar()
        self.w.preview.follow(value / max(1, bar.maximum()))

    # -- related -----------------------------------------------------------------------
    def load_related(self) -> None:
        services, article, person = self.main.services, self.main.session.article, \
            self.main.person
        if services is None or article is None or person is None:
            return
        pinned, hidden = services.related.choices(article.id)
        ok, why = allowed(Action.PIN_RELATED, person.actor, Status(article.status),
                          article.author_id)
        self.w.related.load(services.related.related(article.id), pinned, hidden, ok, why)

    def _set_related(self, pinned: list[str], hidden: list[str]) -> None:
        services, article, person = self.main.services, self.main.session.article, \
            self.main.person
        if services is None or article is None or person is None:
            return

        def done(_items: object) -> None:
            self._related_serial += 1
            self.load_related()
            self.preview.schedule()

        self.main.run_write(lambda: services.related.set_choices(person, article.id, pinned,
                                                                 hidden), done)

    # -- comments ------------------------------------------------------------------------
    def _comment(self, text: str) -> None:
        services, article, person = self.main.services, self.main.session.article, \
            self.main.person
        if services is None or article is None or person is None:
            return
        self.main.run_write(lambda: services.review.comment(person, article.id, text),
                            lambda _c: self._tab_changed(COMMENTS_TAB))

    def _resolve(self, comment_id: str, resolved: bool) -> None:
        services, person = self.main.services, self.main.person
        if services is None or person is None:
            return
        self.main.run_write(lambda: services.review.set_resolved(person, comment_id, resolved),
                            lambda _c: self._tab_changed(COMMENTS_TAB))

    # -- history ---------------------------------------------------------------------------
    def load_history(self) -> None:
        services, article, person = self.main.services, self.main.session.article, \
            self.main.person
        if services is None or article is None or person is None:
            return
        may, _why = allowed(Action.EDIT, person.actor, Status(article.status),
                            article.author_id)
        self.w.history.load(services.review.history(article.id), may)

    def _compare(self, first: str, second: str) -> None:
        services = self.main.services
        if services is None:
            return
        a, b = services.review.revision(first), services.review.revision(second)
        old, new = (a, b) if a.number <= b.number else (b, a)
        self.w.history.show_diff(old.snapshot.to_json(), new.snapshot.to_json(),
                                 (f"#{old.number} {old.author_name}",
                                  f"#{new.number} {new.author_name}"))

    def _restore(self, revision_id: str) -> None:
        services, s, person = self.main.services, self.main.session, self.main.person
        if services is None or s.article is None or person is None:
            return
        rev = services.review.revision(revision_id)
        if QMessageBox.question(self.w, self.tr("Restore"), self.tr(
                "Bring back revision %1 as a new revision? Nothing in the history is lost.")
                .replace("%1", str(rev.number))) != QMessageBox.StandardButton.Yes:
            return
        if not s.flush():
            return
        article_id, version = s.article.id, s.version
        self.main.run_write(
            lambda: services.drafting.restore(person, article_id, revision_id,
                                              expected_version=version),
            self.main.reload_article)

    # -- checklist and workflow -------------------------------------------------------------
    def checklist_passes(self, action_text: str, *, editor_step: bool) -> bool:
        """Run the checklist; True when the step may go on."""
        services, s = self.main.services, self.main.session
        if services is None or s.article is None:
            return False
        article = services.drafting.get(s.article.id)
        items = check(article, self.main.appearance.language)
        if not items:
            return True
        person = self.main.person
        may_pass = editor_step and person is not None and person.role is Role.EDITOR
        dlg = ChecklistDialog(items, action_text, may_pass_warnings=may_pass or not editor_step,
                              parent=self.w)
        dlg.jump.connect(self.jump_to)
        return dlg.exec() == QDialog.DialogCode.Accepted and not dlg.blocked

    def show_checklist(self) -> None:
        services, s = self.main.services, self.main.session
        if services is None or s.article is None:
            return
        s.flush()
        items = check(services.drafting.get(s.article.id), self.main.appearance.language)
        if not items:
            QMessageBox.information(self.w, self.tr("Checklist"),
                                    self.tr("Everything on the checklist is in order."))
            return
        dlg = ChecklistDialog(items, self.tr("submit"), may_pass_warnings=False, parent=self.w)
        dlg.jump.connect(self.jump_to)
        dlg.exec()

    def jump_to(self, field: str, position: int) -> None:
        m = self.w.metadata
        widgets = {"title": m.title, "subtitle": m.subtitle, "summary": m.summary,
                   "category": m.category, "byline": m.byline, "source": m.source,
                   "image": m.caption}
        if field == "body":
            cursor = self.w.editor.textCursor()
            cursor.setPosition(max(0, position))
            self.w.editor.setTextCursor(cursor)
            self.w.editor.setFocus()
            return
        self.w.side.setCurrentIndex(0)
        target = widgets.get(field)
        if target is not None:
            QTimer.singleShot(0, target.setFocus)

    def withdraw(self) -> None:
        services, s, person = self.main.services, self.main.session, self.main.person
        if services is None or s.article is None or person is None:
            return
        dlg = ReasonDialog(self.tr("Withdraw from the portal"), self.tr(
            "The article will be marked as withdrawn (gỡ tin); the portal must take it down. "
            "Say why."), parent=self.w)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        reason, article_id = dlg.reason(), s.article.id
        self.main.run_write(lambda: services.review.withdraw(person, article_id, reason),
                            self.main.after_step)

    # -- export and import -----------------------------------------------------------------
    def open_export(self) -> None:
        from editor_app.gui.export_dialog import ExportDialog

        services, person = self.main.services, self.main.person
        if services is None or person is None:
            return
        approved = services.drafting.summaries(status="approved")
        folder = str(Path.home() / "editor-app-export")
        dlg = ExportDialog(services, person, self.main.tasks, approved, folder, self.w)
        dlg.finished_export.connect(lambda _r: self.w.list_panel.refresh())
        self.export_dialog = dlg
        dlg.show()

    def choose_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.w, self.tr("Import a bundle"), "",
                                              self.tr("Bundles (*.zip)"))
        if path:
            self.import_bundle(path)

    def import_bundle(self, path: str) -> None:
        services, person = self.main.services, self.main.person
        if services is None or person is None:
            return

        def done(result: Any) -> None:
            self.w.list_panel.refresh()
            self.main.open_article(result.article.id)
            text = {"created": self.tr("Imported as a new draft."),
                    "updated": self.tr("Imported: the article was brought up to date."),
                    "unchanged": self.tr("This revision is already here; nothing changed.")}
            notes = "\n".join(result.notes)
            QMessageBox.information(self.w, self.tr("Import a bundle"),
                                    f"{Path(path).name}: {text[result.outcome]}\n{notes}".strip())

        self.main.run_write(lambda: services.bundles.import_bundle(person, Path(path)), done)

