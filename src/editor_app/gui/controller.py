"""What the main window does: sign in, open and save articles, roles, workflow steps."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from editor_app.domain import i18n
from editor_app.domain.entities import ArticleFields
from editor_app.domain.errors import Conflict, DomainError
from editor_app.domain.text import char_count, markdown_to_plain, reading_minutes, word_count
from editor_app.domain.workflow import Action, Status, allowed
from editor_app.gui.autosave import AutosaveSession
from editor_app.gui.dialogs import (
    ConflictDialog,
    ReasonDialog,
    SettingsDialog,
    SignInDialog,
    WelcomeDialog,
)
from editor_app.gui.editor import TABLE
from editor_app.render.dates import VIETNAM

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from editor_app.domain.entities import Article, Person
    from editor_app.gui.application import Appearance
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.settings import SettingsStore
    from editor_app.gui.tasks import Tasks
    from editor_app.services import Services

MAX_IMAGE_FILE = 20 * 1024 * 1024


class Controller(QObject):
    def __init__(self, window: MainWindow, tasks: Tasks, settings: SettingsStore,
                 appearance: Appearance, cache_dir: Path) -> None:
        super().__init__(window)
        self.w = window
        self.tasks = tasks
        self.settings = settings
        self.appearance = appearance
        self.services: Services | None = None
        self.person: Person | None = None
        self.read_only_store = False
        self.categories: list[Any] = []
        prefs = settings.preferences
        self.session = AutosaveSession(tasks, prefs.autosave_ms, self)
        self.session.collect = self.collect_fields
        self.session.saved.connect(self._saved)
        self.session.failed.connect(self._save_failed)
        self.session.conflict.connect(self._conflict)
        self.session.state_changed.connect(self._show_save_state)
        self._loading = False
        self._counts = QTimer(self, singleShot=True, interval=300)
        self._counts.timeout.connect(self._update_counts)
        w = window
        w.editor.set_editor_font(prefs.editor_font, prefs.editor_font_size)
        w.editor.textChanged.connect(self._body_changed)
        w.editor.paste_refused.connect(self._paste_refused)
        w.editor.pasted.connect(self._pasted)
        w.metadata.changed.connect(self._meta_changed)
        w.metadata.image_chosen.connect(self._featured_image)
        w.list_panel.article_activated.connect(self.open_article)
        w.close_requested.connect(self._close)
        w.language_changed.connect(self._language_changed)
        a = w.registry
        a.on("new_article", self.new_article)
        a.on("save", lambda: self.session.save_now())
        a.on("quit", w.close)
        a.on("switch_person", self.switch_person)
        a.on("settings", self.open_settings)
        a.on("undo", w.editor.undo)
        a.on("redo", w.editor.redo)
        a.on("find", lambda: w.find_bar.open(replace=False))
        a.on("replace", lambda: w.find_bar.open(replace=True))
        a.on("bold", lambda: w.editor.wrap_selection("**", self.tr("bold text")))
        a.on("italic", lambda: w.editor.wrap_selection("*", self.tr("italic text")))
        for level in (1, 2, 3):
            a.on(f"h{level}", lambda _=False, n=level: w.editor.prefix_lines(None, heading=n))
        a.on("bullets", lambda: w.editor.prefix_lines("- "))
        a.on("numbers", lambda: w.editor.prefix_lines(None, numbered=True))
        a.on("quote", lambda: w.editor.prefix_lines("> "))
        a.on("link", self.insert_link)
        a.on("image", self.insert_image)
        a.on("table", lambda: w.editor.insert_block(TABLE))
        a.on("rule", lambda: w.editor.insert_block("\n---\n"))
        a.on("focus_search", lambda: w.list_panel.search_edit.setFocus())
        a["distraction_free"].toggled.connect(w.set_distraction_free)
        a.on("submit", self.submit)
        a.on("start_review", self.start_review)
        a.on("return", self.return_to_author)
        a.on("approve", self.approve)
        a.on("about", self.about)
        from editor_app.gui.review_controller import ReviewController

        self.review = ReviewController(self, cache_dir)
        w.editor.undoAvailable.connect(a["undo"].setEnabled)
        w.editor.redoAvailable.connect(a["redo"].setEnabled)
        self.set_opening()

    # -- start-up ----------------------------------------------------------------
    def set_opening(self) -> None:
        self.w.setWindowTitle("Editor App")
        self.w.person_label.setText(self.tr("Opening the newsroom…"))
        self.w.editor.setReadOnly(True)
        self.w.metadata.set_read_only(True)
        for name in self.w.registry.actions:
            if name not in ("quit", "about", "settings", "distraction_free"):
                self.w.registry[name].setEnabled(False)

    def attach(self, services: Services, *, read_only: bool = False) -> None:
        """The store is open: sign somebody in and show the newsroom."""
        self.services = services
        self.session.services = services
        self.read_only_store = read_only
        if services.people.count() == 0 and not read_only and not self._welcome():
            self.w.close()
            return
        login = self.settings.state.last_login
        person = None
        if login:
            try:
                person = services.people.by_login(login)
            except DomainError:
                person = None
        if person is None or not person.active:
            person = self._ask_person()
        if person is None:
            self.w.close()
            return
        self._sign_in(person)

    def _welcome(self) -> bool:
        assert self.services is not None
        dlg = WelcomeDialog(self.w)
        while dlg.exec() == QDialog.DialogCode.Accepted:
            try:
                admin = self.services.people.add(dlg.login.text(), dlg.name.text(), "admin",
                                                 dlg.department.text())
                if dlg.demo.isChecked():
                    from editor_app.services.demo import fill_demo

                    fill_demo(self.services)
            except DomainError as exc:
                QMessageBox.warning(self.w, dlg.windowTitle(), str(exc))
                continue
            self.settings.state.last_login = admin.login
            return True
        return False

    def _ask_person(self) -> Person | None:
        assert self.services is not None
        dlg = SignInDialog(self.services.people.list(), self.settings.state.last_login, self.w)
        if dlg.exec() != QDialog.DialogCode.Accepted or not dlg.login():
            return None
        return self.services.people.by_login(dlg.login())

    def _sign_in(self, person: Person) -> None:
        assert self.services is not None
        self.person = person
        self.session.person = person
        self.settings.state.last_login = person.login
        self.settings.save_state()
        self.categories = self.services.taxonomy.list()
        self.w.metadata.set_choices(self.categories, self.services.people.list())
        self.w.list_panel.set_context(self.services, person, self.categories)
        self.w.person_label.setText(f"{person.name} · {i18n.role_name(person.role)}")
        title = self.tr("Editor App — %1").replace("%1", person.name)
        if self.read_only_store:
            title += " " + self.tr("(read-only)")
        self.w.setWindowTitle(title)
        for name in ("switch_person", "settings", "find", "replace", "focus_search",
                     "import_bundle", "export"):
            self.w.registry[name].setEnabled(True)
        if self.read_only_store:
            self.w.banner.setText(self.tr("The store is open read-only: you can read and "
                                          "search, but nothing can be saved."))
            self.w.banner.setProperty("kind", "store")
            self.w.banner.show()
        last = self.settings.state.last_article
        self.session.open(None)
        if last:
            try:
                self.open_article(last)
            except DomainError:
                self._show_article(None)
        else:
            self._show_article(None)

    def switch_person(self) -> None:
        if not self.session.flush():
            return
        person = self._ask_person()
        if person is not None:
            self._sign_in(person)

    # -- articles ------------------------------------------------------------------
    def open_article(self, article_id: str) -> None:
        if self.services is None:
            return
        if self.session.article is not None and self.session.article.id == article_id:
            return
        if self.session.dirty:
            self.session.save_now()  # queued on the writer; the new article loads meanwhile
        article = self.services.drafting.get(article_id)
        self.session.open(article)
        self._show_article(article)
        self.settings.state.last_article = article_id
        self.settings.save_state()
        self.w.list_panel.select(article_id)

    def _show_article(self, article: Article | None) -> None:
        self._loading = True
        w = self.w
        if article is None:
            w.editor.setPlainText("")
            w.metadata.clear()
            w.status_label.setText(self.tr("No article open"))
        else:
            thumb = None
            if article.featured and self.services is not None:
                try:
                    thumb = self.services.media.data(article.featured.sha256)
                except DomainError:
                    thumb = None
            w.editor.setPlainText(article.body)
            w.editor.document().clearUndoRedoStacks()
            w.metadata.load(article, thumb)
        self._loading = False
        self.update_permissions()
        self._show_save_state()
        self._update_counts()
        self.review.article_opened(article)

    def reload_article(self, article: Article) -> None:
        """Show what the store now holds (after a restore, a step, an import)."""
        self.session.open(article)
        self._show_article(article)

    def after_step(self, article: Article) -> None:
        self.reload_article(article)
        self.w.list_panel.refresh()

    def new_article(self) -> None:
        if self.services is None or self.person is None:
            return
        title, ok = QInputDialog.getText(self.w, self.tr("New article"), self.tr("Headline:"))
        if not ok or not title.strip():
            return
        category = self.w.list_panel.category_filter.currentData() or None
        services, person = self.services, self.person
        self.run_write(lambda: services.drafting.create(
            person, ArticleFields(title=title, category_id=category)), self._created)

    def _created(self, article: Article) -> None:
        self.w.list_panel.refresh()
        self.open_article(article.id)
        self.w.editor.setFocus()

    def collect_fields(self) -> ArticleFields:
        from dataclasses import replace

        return replace(self.w.metadata.fields(), body=self.w.editor.toPlainText())

    def _body_changed(self) -> None:
        if not self._loading:
            self.session.touched()
            self._counts.start()

    def _paste_refused(self, total: int) -> None:
        from editor_app.gui.editor import MAX_CHARS

        QMessageBox.warning(self.w, self.tr("Paste"), self.tr(
            "The article would be %1 characters long; an article holds at most %2. Nothing "
            "was pasted, and the clipboard still has the text.")
            .replace("%1", f"{total:,}").replace("%2", f"{MAX_CHARS:,}"))

    def _pasted(self, text: str) -> None:
        """Text from old Vietnamese fonts ("Hµ Néi"): offer to convert it at once."""
        from editor_app.domain.legacy import from_tcvn3, legacy_encoding

        kind = legacy_encoding(text)
        if kind is None:
            return
        if kind == "TCVN3" and QMessageBox.question(
                self.w, self.tr("Old Vietnamese encoding"), self.tr(
                    "The pasted text looks like TCVN3 (ABC), for example “Hµ Néi”. Convert it "
                    "to Unicode?")) == QMessageBox.StandardButton.Yes:
            cursor = self.w.editor.textCursor()
            end = cursor.position()
            cursor.setPosition(end - len(text), cursor.MoveMode.KeepAnchor)
            cursor.insertText(from_tcvn3(text))  # one undo step back to the original
        elif kind == "VNI":
            self.w.statusBar().showMessage(self.tr(
                "The pasted text looks like VNI-Windows; convert it with Unikey's converter "
                "before submitting."), 15_000)

    def _meta_changed(self) -> None:
        if not self._loading:
            self.session.touched()

    # -- saving ------------------------------------------------------------------------
    def _saved(self, article: Article) -> None:
        status_before = self.w.status_label.property("status")
        self.w.status_label.setProperty("status", article.status.value)
        if status_before != article.status.value:
            self.update_permissions()
        self._show_save_state()

    def _save_failed(self, message: str) -> None:
        self.w.statusBar().showMessage(self.tr("Not saved: %1").replace("%1", message), 10_000)
        self.w.banner.setText(self.tr("Not saved: %1 — your text is still here; fix the "
                                      "problem and it will be saved.").replace("%1", message))
        self.w.banner.setProperty("kind", "save")
        self.w.banner.show()

    def _conflict(self, exc: Conflict) -> None:
        mine = self.w.editor.toPlainText()
        dlg = ConflictDialog(str(exc), mine, exc.current_body, self.w)
        dlg.exec()
        assert self.services is not None
        assert self.session.article is not None
        if dlg.choice == ConflictDialog.TAKE_THEIRS:
            article = self.services.drafting.get(self.session.article.id)
            self.session.open(article)
            self._show_article(article)
            return
        if dlg.choice == ConflictDialog.KEEP_BOTH:
            self._loading = True
            self.w.editor.setPlainText(exc.current_body.rstrip("\n") + "\n\n" + mine)
            self._loading = False
        # Keep mine (or the dialog closed): save on top of the version now stored;
        # the other text stays in the history as the revision before this one.
        self.session.version = exc.current_version
        self.session.touched()
        self.session.save_now()

    def _show_save_state(self) -> None:
        s = self.session
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

    def _update_counts(self) -> None:
        plain = markdown_to_plain(self.w.editor.toPlainText())
        words = word_count(plain)
        self.w.counts_label.setText(
            self.tr("%1 words · %2 characters · %3 min read")
            .replace("%1", f"{words:,}").replace("%2", f"{char_count(plain):,}")
            .replace("%3", str(reading_minutes(words))))

    # -- roles -----------------------------------------------------------------------------
    def update_permissions(self) -> None:
        a = self.w.registry
        person, article = self.person, self.session.article
        if person is None:
            return
        actor = person.actor
        may_create, why = allowed(Action.CREATE, actor)
        if self.read_only_store:
            may_create, why = False, self.tr("The store is open read-only.")
        a.allow("new_article", may_create, why)
        for name, action in (("export", Action.EXPORT), ("import_bundle", Action.IMPORT)):
            ok, why = allowed(action, actor)
            if self.read_only_store:
                ok, why = False, self.tr("The store is open read-only.")
            a.allow(name, ok, why)
        if article is None:
            for name in ["save", "submit", "start_review", "return", "approve", "image", "link",
                         "withdraw", "check", "preview",
                         "table", "rule", "bold", "italic", "h1", "h2", "h3", "bullets",
                         "numbers", "quote"]:
                a.allow(name, False, self.tr("Open an article first."))
            self.w.editor.setReadOnly(True)
            self.w.metadata.set_read_only(True)
            return
        status = Status(article.status)
        may_edit, why_not = allowed(Action.EDIT, actor, status, article.author_id)
        if self.read_only_store:
            may_edit, why_not = False, self.tr("The store is open read-only.")
        self.w.editor.setReadOnly(not may_edit)
        self.w.metadata.set_read_only(not may_edit)
        for name in ["save", "image", "link", "table", "rule", "bold", "italic", "h1", "h2",
                     "h3", "bullets", "numbers", "quote"]:
            a.allow(name, may_edit, why_not)
        if may_edit:
            self.w.banner.hide()
        elif not self.read_only_store:  # a read-only store has its own banner already
            self.w.banner.setText(self.tr("Read only: %1").replace("%1", why_not))
            self.w.banner.setProperty("kind", "role")
            self.w.banner.show()
        a.allow("check", True)
        a.allow("preview", True)
        for name, action in (("submit", Action.SUBMIT), ("start_review", Action.START_REVIEW),
                             ("return", Action.RETURN), ("approve", Action.APPROVE),
                             ("withdraw", Action.WITHDRAW)):
            ok, why = allowed(action, actor, status, article.author_id)
            if self.read_only_store:
                ok, why = False, self.tr("The store is open read-only.")
            a.allow(name, ok, why)

    # -- workflow steps -------------------------------------------------------------------
    def _step(self, fn: Any, done_message: str) -> None:
        assert self.session.article is not None
        if not self.session.flush():
            return
        article_id = self.session.article.id

        def after(article: Article) -> None:
            self.session.open(article)
            self._show_article(article)
            self.w.list_panel.refresh()
            self.w.statusBar().showMessage(done_message, 6000)

        self.run_write(lambda: fn(article_id), after)

    def _confirm(self, title: str, consequence: str) -> bool:
        answer = QMessageBox.question(self.w, title, consequence)
        return answer == QMessageBox.StandardButton.Yes

    def submit(self) -> None:
        if self.services is None or self.person is None or self.session.article is None:
            return
        if not self.session.flush() or not self.review.checklist_passes(
                self.tr("submit"), editor_step=False):
            return
        if not self._confirm(self.tr("Submit for review"), self.tr(
                "Send this article to the editors? You cannot change it while it is being "
                "reviewed, unless it is returned to you.")):
            return
        s, p = self.services, self.person
        self._step(lambda aid: s.review.submit(p, aid), self.tr("Submitted for review."))

    def start_review(self) -> None:
        if self.services is None or self.person is None:
            return
        s, p = self.services, self.person
        self._step(lambda aid: s.review.start_review(p, aid), self.tr("Review started."))

    def return_to_author(self) -> None:
        if self.services is None or self.person is None:
            return
        dlg = ReasonDialog(self.tr("Return to author"), self.tr(
            "The author gets the article back with your reason and can change it."),
            parent=self.w)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        s, p, reason = self.services, self.person, dlg.reason()
        self._step(lambda aid: s.review.return_to_author(p, aid, reason),
                   self.tr("Returned to the author."))

    def approve(self) -> None:
        if self.services is None or self.person is None:
            return
        if not self.review.checklist_passes(self.tr("approve"), editor_step=True):
            return
        if not self._confirm(self.tr("Approve"), self.tr(
                "Approve this article for publication? Staff can then export it to the "
                "portal.")):
            return
        s, p = self.services, self.person
        self._step(lambda aid: s.review.approve(p, aid), self.tr("Approved."))

    # -- images and links ----------------------------------------------------------------
    def _store_image(self, path: str) -> Any:
        assert self.services is not None
        assert self.person is not None
        file = Path(path)
        if file.stat().st_size > MAX_IMAGE_FILE:
            raise DomainError(self.tr("%1 is larger than 20 MB.").replace("%1", file.name))
        return self.services.media.add(self.person, file.read_bytes())

    def _featured_image(self, path: str) -> None:
        try:
            ref = self._store_image(path)
            data = self.services.media.data(ref.sha256)  # type: ignore[union-attr]
        except (DomainError, OSError) as exc:
            QMessageBox.warning(self.w, self.tr("Featured image"), str(exc))
            return
        self.w.metadata.set_image(ref.sha256, data)
        self.session.touched()

    def insert_image(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from editor_app.gui.metadata_panel import IMAGE_FILTER

        path, _ = QFileDialog.getOpenFileName(self.w, self.tr("Insert image"), "", IMAGE_FILTER)
        if not path or self.session.article is None:
            return
        try:
            ref = self._store_image(path)
            self.services.media.attach(self.person, self.session.article.id,  # type: ignore
                                       ref.sha256)
        except (DomainError, OSError) as exc:
            QMessageBox.warning(self.w, self.tr("Insert image"), str(exc))
            return
        self.w.editor.insert_image(f"media/{ref.sha256}.{ref.ext}", Path(path).stem)

    def insert_link(self) -> None:
        url, ok = QInputDialog.getText(self.w, self.tr("Link"), self.tr("Address (https://…):"))
        if ok and url.strip():
            self.w.editor.insert_link(url.strip())

    # -- settings, language, closing -------------------------------------------------------
    def open_settings(self) -> None:
        prefs = self.settings.preferences
        dlg = SettingsDialog(prefs, self.w)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        dlg.apply_to(prefs)
        self.settings.save_preferences()
        self.session.set_delay(prefs.autosave_ms)
        self.w.editor.set_editor_font(prefs.editor_font, prefs.editor_font_size)
        self.appearance.apply(prefs)

    def _language_changed(self) -> None:
        if self.person is not None:
            self.w.person_label.setText(f"{self.person.name} · {i18n.role_name(self.person.role)}")
        self.update_permissions()
        self._show_save_state()
        self._update_counts()

    def about(self) -> None:
        from editor_app import __version__

        QMessageBox.about(self.w, self.tr("About Editor App"), self.tr(
            "Editor App %1 — the newsroom of a provincial news portal.").replace(
            "%1", __version__))

    def run_write(self, fn: Any, done: Any) -> None:
        """A store write on the writer thread; refusals are shown, not raised."""
        def failed(exc: Exception) -> None:
            QMessageBox.warning(self.w, "Editor App", str(exc))

        self.tasks.write(fn, done, failed)

    def _close(self, event: QCloseEvent) -> None:
        saved = self.session.flush()
        if not saved:
            answer = QMessageBox.question(
                self.w, self.tr("Unsaved changes"),
                self.tr("The article could not be saved: %1\n\nClose anyway? The text typed "
                        "since the last save will be lost.").replace("%1", self.session.last_error))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        st = self.settings.state
        st.geometry = self.w.saveGeometry()
        st.window_state = self.w.saveState()
        st.splitter = self.w.splitter.saveState()
        st.list_header = self.w.list_panel.view.horizontalHeader().saveState()
        self.settings.save_state()
        self.tasks.wait()
        self.w.preview.release()
        event.accept()
