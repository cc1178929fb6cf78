"""Editing the open article: opening it (off the UI thread), showing it, typing, saving, conflicts.

The article itself lives in the session context; this part shows it in the editor and the
details panel whenever the context says it changed, and feeds edits to autosave.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QInputDialog, QMessageBox

from editor_app.domain import i18n
from editor_app.domain.entities import ArticleFields
from editor_app.domain.text import char_count, markdown_to_plain, reading_minutes, word_count
from editor_app.gui.actions import ActionName as A
from editor_app.gui.editor.body_editor import SOURCE
from editor_app.gui.editor.markdown_editor import MAX_CHARS
from editor_app.gui.session.autosave import AutosaveSession
from editor_app.render.dates import VIETNAM

if TYPE_CHECKING:
    from editor_app.domain.entities import Article
    from editor_app.domain.errors import Conflict
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.context import SessionContext
    from editor_app.gui.settings import SettingsStore

log = logging.getLogger(__name__)


class Editing(QObject):
    def __init__(self, window: MainWindow, context: SessionContext,
                 settings: SettingsStore) -> None:
        super().__init__(window)
        self.w, self.context, self.settings = window, context, settings
        prefs = settings.preferences
        self.autosave = AutosaveSession(context, prefs.autosave_ms, self)
        self.autosave.collect = self.collect_fields
        self.autosave.saved.connect(lambda _a: self.show_save_state())
        self.autosave.failed.connect(self._save_failed)
        self.autosave.conflict.connect(self._conflict)
        self.autosave.state_changed.connect(self.show_save_state)
        self._loading = False
        self._shown_id = ""
        self._shown_body = ""  # the body as last shown or typed: restyling is not typing
        self._open_serial = 0  # an older, slower open is dropped when a newer one was asked
        self._thumbs: dict[str, bytes] = {}
        self._counts = QTimer(self, singleShot=True, interval=300)
        self._counts.timeout.connect(self.update_counts)
        w = window
        w.body.set_editor_font(prefs.editor_font, prefs.editor_font_size)
        w.body.textChanged.connect(self._body_changed)
        w.body.paste_refused.connect(self._paste_refused)
        w.metadata.changed.connect(self._meta_changed)
        w.list_panel.article_activated.connect(self.open_article)
        context.article_changed.connect(self._show_article)
        context.article_saved.connect(self._stored)
        context.person_changed.connect(self._person_changed)
        a = w.registry
        a.on(A.NEW_ARTICLE, self.new_article)
        a.on(A.SAVE, lambda: self.autosave.save_now())

    # -- opening -----------------------------------------------------------------------
    def open_article(self, article_id: str) -> None:
        """Load the article on a reader thread, then show it (the UI never waits on the store)."""
        services = self.context.services
        if services is None:
            return
        current = self.context.article
        if current is not None and current.id == article_id:
            return
        if self.autosave.dirty and not self.autosave.flush():
            return  # the text could not be saved: stay, the banner or dialog says why
        self._open_serial += 1
        serial = self._open_serial

        def shown(article: Article) -> None:
            if serial != self._open_serial:
                return
            if self.autosave.dirty and not self.autosave.flush():
                return  # typed while it loaded and that could not be saved: stay
            self.context.show(article)
            self.settings.state.last_article = article.id
            self.settings.save_state()

        self.context.read(lambda: services.drafting.get(article_id), shown)

    def reload(self) -> None:
        """Show what the store now holds for the open article (after a conflict, say)."""
        article, services = self.context.article, self.context.services
        if article is None or services is None:
            return
        article_id = article.id
        self.context.read(lambda: services.drafting.get(article_id), self.context.show)

    def _person_changed(self, _person: object) -> None:
        self.context.show(None)
        last = self.settings.state.last_article
        if last:
            services = self.context.services
            assert services is not None

            def gone(exc: Exception) -> None:
                log.info("last article %s not reopened: %s", last, exc)

            self.context.read(lambda: services.drafting.get(last), self.context.show, gone)

    def _show_article(self, article: Article | None) -> None:
        self._loading = True
        w = self.w
        if article is None or self._shown_id != article.id:
            w.statusBar().clearMessage()  # what a step said was about the other article
        self._shown_id = article.id if article is not None else ""
        if article is None:
            w.body.setPlainText("")
            w.metadata.clear()
            w.status_label.setText(self.tr("No article open"))
        else:
            w.body.setPlainText(article.body)  # a fresh undo history too
            sha = article.featured.sha256 if article.featured else ""
            w.metadata.load(article, self._thumbs.get(sha))
            if sha and sha not in self._thumbs:
                self._load_thumbnail(article.id, sha)
            w.list_panel.select(article.id)
        self._shown_body = w.editor.toPlainText()
        self._loading = False
        self.show_save_state()
        self.update_counts()

    def _load_thumbnail(self, article_id: str, sha: str) -> None:
        services = self.context.services
        assert services is not None

        def show(data: bytes) -> None:
            self._thumbs = {sha: data}  # one is enough: the open article's
            article = self.context.article
            if article is not None and article.id == article_id and \
                    self.w.metadata.featured_sha256 == sha:
                self.w.metadata.set_image(sha, data)

        self.context.read(lambda: services.media.data(sha), show, lambda _e: None)

    def _stored(self, article: Article) -> None:
        self.show_save_state()

    # -- new article ----------------------------------------------------------------
    def new_article(self) -> None:
        services, person = self.context.services, self.context.person
        if services is None or person is None:
            return
        title, ok = QInputDialog.getText(self.w, self.tr("New article"), self.tr("Headline:"))
        if not ok or not title.strip():
            return
        category = self.w.list_panel.category_filter.currentData() or None

        def created(article: Article) -> None:
            self.context.articles_changed.emit()
            self.open_article(article.id)
            self.w.body.setFocus()

        self.context.write(lambda: services.drafting.create(
            person, ArticleFields(title=title, category_id=category)), created)

    # -- typing ----------------------------------------------------------------------
    def collect_fields(self) -> ArticleFields:
        return replace(self.w.metadata.fields(), body=self.w.body.toPlainText())

    def _body_changed(self) -> None:
        # textChanged also fires when the highlighter restyles (a new font or theme from
        # Settings); only a change of the text itself, in an article one may edit, counts.
        # (The rich view restyles nothing behind the person's back, and reading its text
        # means writing Markdown: there every change counts.)
        if self._loading:
            return
        if self.w.body.mode == SOURCE:
            text = self.w.editor.toPlainText()
            if text == self._shown_body:
                return
            self._shown_body = text
        self._counts.start()
        if not self.w.body.isReadOnly():
            self.autosave.touched()

    def _meta_changed(self) -> None:
        if not self._loading and not self.w.body.isReadOnly():
            self.autosave.touched()

    def _paste_refused(self, total: int) -> None:
        QMessageBox.warning(self.w, self.tr("Paste"), self.tr(
            "The article would be %1 characters long; an article holds at most %2. Nothing "
            "was pasted, and the clipboard still has the text.")
            .replace("%1", f"{total:,}").replace("%2", f"{MAX_CHARS:,}"))

    # -- saving -------------------------------------------------------------------------
    def _save_failed(self, message: str) -> None:
        self.w.statusBar().showMessage(self.tr("Not saved: %1").replace("%1", message), 10_000)
        self.w.banner.setText(self.tr("Not saved: %1 — your text is still here; fix the "
                                      "problem and it will be saved.").replace("%1", message))
        self.w.banner.setProperty("kind", "save")
        self.w.banner.show()

    def _conflict(self, exc: Conflict) -> None:
        mine = self.w.body.toPlainText()
        from editor_app.gui.dialogs.conflict import ConflictDialog

        dlg = ConflictDialog(str(exc), mine, exc.current_body, self.w)
        dlg.exec()
        if dlg.choice == ConflictDialog.TAKE_THEIRS:
            self.reload()
            return
        if dlg.choice == ConflictDialog.KEEP_BOTH:
            self._loading = True
            self.w.body.setPlainText(exc.current_body.rstrip("\n") + "\n\n" + mine)
            self._shown_body = self.w.body.toPlainText()
            self._loading = False
        # Keep mine (or the dialog closed): save on top of the version now stored;
        # the other text stays in the history as the revision before this one.
        self.autosave.version = exc.current_version
        self.autosave.touched()
        self.autosave.save_now()

    def show_save_state(self) -> None:
        s = self.autosave
        if s.article is None:
            self.w.saved_label.setText("")
            return
        if s.saving:
            text = self.tr("Saving…")
        elif s.dirty:
            text = self.tr("Unsaved changes")
        elif s.last_saved is not None:
            text = self.tr("Saved %1").replace(
                "%1", s.last_saved.astimezone(VIETNAM).strftime("%H:%M:%S"))
        else:
            text = self.tr("Saved")
        if not s.last_error and not s.dirty and self.w.banner.property("kind") == "save":
            self.w.banner.hide()
        self.w.saved_label.setText(text)
        a = s.article
        self.w.status_label.setText(self.tr("%1 · version %2").replace(
            "%1", i18n.status_name(a.status)).replace("%2", str(s.version)))

    def update_counts(self) -> None:
        if self.context.article is None:
            # Nothing open, or the last article still on its way: "0 words" would be wrong.
            self.w.counts_label.setText("")
            return
        plain = markdown_to_plain(self.w.body.toPlainText())
        words = word_count(plain)
        self.w.counts_label.setText(
            self.tr("%1 words · %2 characters · %3 min read")
            .replace("%1", f"{words:,}").replace("%2", f"{char_count(plain):,}")
            .replace("%3", str(reading_minutes(words))))

