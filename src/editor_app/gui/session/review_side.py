"""The side tabs that follow the open article: preview, related, comments, history.

Each tab loads when it is shown or the article changes, always on a worker; a
newer request makes an older answer stale. Tabs are found by widget, not by index.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from editor_app.atomic import write_bytes
from editor_app.domain.workflow import Action, Status, allowed
from editor_app.gui.actions import ActionName as A
from editor_app.gui.panels.preview import PreviewController
from editor_app.gui.panels.review import compare_fields

if TYPE_CHECKING:
    from pathlib import Path

    from editor_app.domain.entities import Article, MediaRef, Person, SiteInfo
    from editor_app.gui.application import Appearance
    from editor_app.gui.main_window import MainWindow
    from editor_app.gui.session.autosave import AutosaveSession
    from editor_app.gui.session.context import SessionContext
    from editor_app.services import Services


class ReviewSide(QObject):
    def __init__(self, window: MainWindow, context: SessionContext, autosave: AutosaveSession,
                 appearance: Appearance, cache_dir: Path) -> None:
        super().__init__(window)
        self.w, self.context, self.autosave, self.appearance = \
            window, context, autosave, appearance
        self.cache = cache_dir / "preview"
        self.preview = PreviewController(self.w.preview, context.tasks, parent=self)
        self.preview.render_fn = self._render_job
        self._related_serial = 0  # bumps when pins change, so the page reloads fully
        self._serials: dict[str, int] = {}  # per kind of read: an older answer is dropped
        w = self.w
        w.side.currentChanged.connect(lambda _i: self.refresh())
        w.body.textChanged.connect(self.preview.schedule)
        w.metadata.changed.connect(self.preview.schedule)
        w.body.scrolled.connect(self.w.preview.follow)
        w.related.changed.connect(self._set_related)
        w.related.add_requested.connect(self.find_related)
        w.comments.add_requested.connect(self._comment)
        w.comments.resolve_requested.connect(self._resolve)
        w.history.compare_requested.connect(self.compare)
        w.history.restore_requested.connect(self._restore)
        w.registry.on(A.PREVIEW, lambda: w.side.setCurrentWidget(w.preview))
        context.article_changed.connect(self._article_changed)
        context.portal_changed.connect(self.preview.schedule)  # a new name, logo, address
        context.media_added.connect(self._media_added)
        self._added: dict[str, MediaRef] = {}  # images stored since the article was opened

    # -- when the article or the tab changes ------------------------------------
    def _article_changed(self, article: Article | None) -> None:
        if article is not None:
            self._write_media(article)
        self.refresh()

    def refresh(self) -> None:
        """Load what the visible tab shows, for the open article."""
        page = self.w.side.currentWidget()
        article = self.context.article
        self.preview.set_active(page is self.w.preview and article is not None)
        if article is None or self.context.services is None:
            return
        if page is self.w.related:
            self.load_related()
        elif page is self.w.comments:
            self.load_comments()
        elif page is self.w.history:
            self.load_history()

    def _opened(self) -> tuple[Services, Article, Person] | None:
        """The services, the open article and who acts on it; None while one is missing."""
        c = self.context
        if c.services is None or c.article is None or c.person is None:
            return None
        return c.services, c.article, c.person

    @staticmethod
    def _may(action: Action, article: Article, person: Person) -> tuple[bool, str]:
        """Whether *person* may do *action* to *article* now, and if not, why."""
        return allowed(action, person.actor, Status(article.status), article.author_id)

    def _read(self, kind: str, fn: Any, show: Any) -> None:
        """A read for the open article whose answer is dropped if a newer one was asked."""
        serial = self._serials[kind] = self._serials.get(kind, 0) + 1
        article = self.context.article

        def done(result: Any) -> None:
            if serial == self._serials[kind] and self.context.article is not None and \
                    article is not None and self.context.article.id == article.id:
                show(result)

        self.context.read(fn, done)

    def _media_added(self, ref: MediaRef, data: bytes) -> None:
        """An image just stored: put its file beside the preview page, then re-render."""
        from editor_app.services.rendering import media_path

        self._added[ref.sha256] = ref
        target = self.cache / media_path(ref)

        def work() -> None:
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                write_bytes(target, data)

        self.context.read(work, lambda _r: self.preview.render_now())

    def _featured(self, article: Article, sha: str, caption: str, credit: str,
                  alt: str) -> MediaRef | None:
        """The featured image as the details panel holds it now (chosen, not yet saved)."""
        if not sha:
            return None
        known = article.featured if article.featured and article.featured.sha256 == sha \
            else self._added.get(sha) or next((m for m in article.media if m.sha256 == sha),
                                               None)
        if known is None:
            return None
        return replace(known, caption=caption, credit=credit, alt=alt)

    def _write_media(self, article: Article) -> None:
        """Images the preview page links to, as files beside it (media/<sha>.<ext>)."""
        services = self.context.services
        if services is None:
            return
        refs = services.rendering.media_of(article)  # from the record in hand: no store read
        folder = self.cache

        def work() -> None:
            from editor_app.services.rendering import media_path

            for m in refs:
                target = folder / media_path(m)
                if not target.exists():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(services.media.data(m.sha256))

        self.context.read(work, lambda _r: self.preview.schedule())

    # -- preview ---------------------------------------------------------------------
    def _render_job(self) -> Any:
        article, services = self.context.article, self.context.services
        if article is None or services is None:
            return None
        f = self.w.metadata.fields()
        current = replace(article, title=f.title or "", subtitle=f.subtitle or "",
                          summary=f.summary or "", body=self.w.body.toPlainText(),
                          byline=f.byline or "", department=f.department or "",
                          source=f.source or "", dateline=f.dateline or "",
                          tags=f.tags or (),
                          featured=self._featured(article, f.featured_sha256 or "",
                                                  f.featured_caption or "",
                                                  f.featured_credit or "",
                                                  f.featured_alt or ""))
        lang = self.appearance.language
        key = (current.id, current.category_id, current.featured, self._related_serial,
               bool(current.subtitle), bool(current.summary), lang)
        base = self.cache

        def job() -> tuple[Any, ...]:
            rendering = services.rendering
            site = rendering.site()  # the portal as an admin set it, read for each render
            _write_logo(services, site, base)
            body = rendering.body(current.body)
            patch = None
            if body.ok:
                patch = {"title": current.title, "summary": current.summary,
                         "subtitle": current.subtitle, "body": body.html}
            html = rendering.page(current, lang=lang, rendered=body, site=site)
            # Another portal identity is another page: reload it, do not patch the body.
            site_key = (site.name, site.agency, site.base_url,
                        site.logo.sha256 if site.logo else "", tuple(site.sections.items()))
            return (*key, site_key), html, base, patch

        return job

    # -- related -----------------------------------------------------------------------
    def load_related(self) -> None:
        if (opened := self._opened()) is None:
            return
        services, article, person = opened
        ok, why = self._may(Action.PIN_RELATED, article, person)
        article_id = article.id

        def read() -> tuple[Any, ...]:
            pinned, hidden = services.related.choices(article_id)
            return (services.related.related(article_id), pinned, hidden,
                    services.related.hidden_items(article_id))

        self._read("related", read,
                   lambda r: self.w.related.load(r[0], r[1], r[2], ok, why, r[3]))

    def find_related(self) -> None:
        """Search approved and published articles of any category; the one chosen is pinned."""
        services, article = self.context.services, self.context.article
        if services is None or article is None:
            return
        words, ok = QInputDialog.getText(self.w, self.tr("Add a related article"),
                                         self.tr("Words of its headline:"))
        if not ok or not words.strip():
            return
        article_id = article.id

        def search() -> list[Any]:
            return [h for h in services.search.search(
                words, status=["approved", "exported"], limit=30) if h.id != article_id]

        def choose(hits: list[Any]) -> None:
            if not hits:
                QMessageBox.information(self.w, self.tr("Add a related article"),
                                        self.tr("No approved or published article matches."))
                return
            labels = [f"{h.title} — {h.category_name}" for h in hits]
            label, chosen = QInputDialog.getItem(self.w, self.tr("Add a related article"),
                                                 self.tr("Article:"), labels, 0, False)
            if chosen and label in labels:
                self.w.related.add(hits[labels.index(label)].id)

        self._read("related_search", search, choose)

    def _set_related(self, pinned: list[str], hidden: list[str]) -> None:
        if (opened := self._opened()) is None:
            return
        services, article, person = opened
        article_id = article.id

        def done(_items: object) -> None:
            self._related_serial += 1
            self.load_related()
            self.preview.schedule()

        self.context.write(lambda: services.related.set_choices(person, article_id, pinned,
                                                                hidden), done)

    # -- comments ------------------------------------------------------------------------
    def load_comments(self) -> None:
        services, article = self.context.services, self.context.article
        if services is None or article is None:
            return
        article_id = article.id
        self._read("comments", lambda: services.review.comments(article_id), self.w.comments.load)

    def _comment(self, text: str) -> None:
        if (opened := self._opened()) is None:
            return
        services, article, person = opened
        article_id = article.id
        self.context.write(lambda: services.review.comment(person, article_id, text),
                           lambda _c: self.load_comments())

    def _resolve(self, comment_id: str, resolved: bool) -> None:
        services, person = self.context.services, self.context.person
        if services is None or person is None:
            return
        self.context.write(lambda: services.review.set_resolved(person, comment_id, resolved),
                           lambda _c: self.load_comments())

    # -- history ---------------------------------------------------------------------------
    def load_history(self) -> None:
        if (opened := self._opened()) is None:
            return
        services, article, person = opened
        may, _why = self._may(Action.EDIT, article, person)
        article_id = article.id
        self._read("history", lambda: services.review.history(article_id),
                   lambda entries: self.w.history.load(entries, may))

    def compare(self, first: str, second: str) -> None:
        """Both revisions are read and diffed on a worker; the panel says it is comparing."""
        services = self.context.services
        if services is None:
            return

        def work() -> tuple[Any, tuple[str, str]]:
            a, b = services.review.revision(first), services.review.revision(second)
            old, new = (a, b) if a.number <= b.number else (b, a)
            return compare_fields(old.snapshot.to_json(), new.snapshot.to_json()), (
                f"#{old.number} {old.author_name}", f"#{new.number} {new.author_name}")

        self.w.history.show_comparing()
        self._read("diff", work, lambda r: self.w.history.show_diff(*r))

    def _restore(self, revision_id: str) -> None:
        services = self.context.services
        if services is None or self.context.article is None:
            return
        self._read("restore", lambda: services.review.revision(revision_id),
                   lambda rev: self._confirm_restore(revision_id, rev.number))

    def _confirm_restore(self, revision_id: str, number: int) -> None:
        if (opened := self._opened()) is None:
            return
        services, article, person = opened
        if QMessageBox.question(self.w, self.tr("Restore"), self.tr(
                "Bring back revision %1 as a new revision? Nothing in the history is lost.")
                .replace("%1", str(number))) != QMessageBox.StandardButton.Yes:
            return
        if not self.autosave.flush():
            return
        article_id, version = article.id, self.autosave.version

        def restored(stored: Article) -> None:
            self.context.show(stored)  # the text changed: show it
            self.context.saved(stored)

        self.context.write(
            lambda: services.drafting.restore(person, article_id, revision_id,
                                              expected_version=version), restored)


def _write_logo(services: Services, site: SiteInfo, base: Path) -> None:
    """The portal's logo beside the preview page, once (called off the UI thread)."""
    if site.logo is None:
        return
    from editor_app import atomic
    from editor_app.services.rendering import media_path

    target = base / media_path(site.logo)
    if not target.exists():
        atomic.write_bytes(target, services.media.data(site.logo.sha256))
