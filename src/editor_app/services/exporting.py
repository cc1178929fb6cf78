"""Export approved articles as bundles (DESIGN.md §6), one or many, with progress.

Order matters: the zip is written to a temporary file beside its target, checked
by the same rule `verify` applies, fsynced, renamed into place and the folder
fsynced; only then are the status change and export record committed. A kill at
any moment leaves either no record (the article stays approved and is exported
again) or a record whose file exists. A failed commit removes the file it wrote.
The temporary files a kill leaves are removed by the next export into that folder.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app import atomic
from editor_app.domain import i18n
from editor_app.domain.entities import Article, ExportRecord, Person, SiteInfo
from editor_app.domain.errors import Conflict, DomainError
from editor_app.domain.workflow import Action, Status, authorize
from editor_app.export import frontmatter
from editor_app.export import manifest as mf
from editor_app.export.ninjs import (
    build_ninjs,
    iso,
    to_ninjs16,
)
from editor_app.export.reader import BODY
from editor_app.render.page import PageLinks, body_with_figures, portal_links
from editor_app.services.common import acting, new_id, now, require_article
from editor_app.services.drafting import record_transition
from editor_app.services.export_facts import Facts, read_facts
from editor_app.services.export_parts import (
    BatchReport,
    ExportOptions,
    ExportResult,
    Progress,
    Staged,
    checked_temp,
)
from editor_app.services.rendering import media_path

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from editor_app.render.guard import Rendered
    from editor_app.services.common import UowFactory
    from editor_app.services.media import MediaService
    from editor_app.services.rendering import RenderService
    from editor_app.store.uow import UnitOfWork

# Bundles recorded per commit in a batch: one fsync of the folder and of the store for
# this many bundles, and one read of each category's related candidates. Small enough
# that a failed commit costs little to write again (100: ~5% less CPU than 50).
BATCH = 100


_ROOTED = re.compile(r'\b(href|src)="/(?!/)')


def _rooted_links(body: str, base_url: str) -> str:
    """Links the author wrote from the portal's root (``/tin-tuc/…``) made absolute.

    They lead nowhere from an unpacked bundle or a CMS on another host; with the
    portal's address they lead where the author meant.
    """
    if not base_url:
        return body
    return _ROOTED.sub(lambda m: f'{m.group(1)}="{base_url.rstrip("/")}/', body)


def _links(site: SiteInfo) -> PageLinks:
    if site.base_url:
        return portal_links(site)  # absolute: the portal's own addresses
    # No portal address: the related article's own bundle, unpacked beside this one
    # into a folder of its name (as "unzip -d" or a file manager's "extract here" does).
    return PageLinks(None, lambda it: f"../{it.slug}-{it.id[:8]}/index.html")


def _write(me: Person, article: Article, files: dict[str, bytes], out_dir: Path, *,
           sync_folder: bool = True, parts: list[Path] | None = None) -> Staged:
    """The zip of *files* written, checked by verify's rule and renamed into place.

    *sync_folder* False: the caller fsyncs the folder before recording (a batch does
    it once for many bundles). *parts*: see :func:`remove_stale_parts`.
    """
    tmp, target, digest = checked_temp(article, files, out_dir, parts)
    try:
        atomic.replace_synced(tmp, target, sync_folder=sync_folder)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return Staged(me, article, target, digest)


class ExportService:
    def __init__(self, uow: UowFactory, rendering: RenderService, media: MediaService) -> None:
        self._uow = uow
        self._render = rendering
        self._media = media

    def bundle_files(self, article_id: str, options: ExportOptions | None = None,
                     *, site: SiteInfo | None = None) -> tuple[Article, dict[str, bytes]]:
        """Every file of the bundle, as bytes; a pure function of the stored state.

        *site*: the portal identity already read (a batch reads it once).
        """
        with self._uow() as uow:
            facts = read_facts(uow, article_id)
        return facts.article, self._files(facts, self._render.body(facts.article.body),
                                          options, site)

    def _files(self, facts: Facts, rendered: Rendered, options: ExportOptions | None,
               site: SiteInfo | None) -> dict[str, bytes]:
        """The bundle's files from what was read and the body the guard rendered."""
        options = options or ExportOptions()
        article, related = facts.article, facts.related
        if not rendered.ok:
            raise DomainError(f"{article.title}: the body could not be rendered "
                              f"({rendered.error})")
        media = self._render.media_of(article)
        paths = {m.sha256: media_path(m) for m in media}
        files: dict[str, bytes] = {paths[m.sha256]: self._media.data(m.sha256) for m in media}
        site = site or self._render.site()  # the portal as an admin set it (name, URL, logo)
        if options.base_url:  # an export's own address wins over the stored one
            site = replace(site, base_url=options.base_url)
        rendered = replace(rendered, html=_rooted_links(rendered.html, site.base_url))
        body = body_with_figures(article, rendered.html, media_path)
        doc = build_ninjs(article, body, related, paths, facts.category_slug,
                          base_url=site.base_url, hidden=facts.hidden)
        files["article.json"] = mf.dumps(doc if options.profile == "3.1" else to_ninjs16(doc))
        files[BODY] = (body.rstrip("\n") + "\n").encode("utf-8")
        if site.logo is not None:
            files[media_path(site.logo)] = self._media.data(site.logo.sha256)
        files["index.html"] = self._render.page(article, related=related, rendered=rendered,
                                                site=site, links=_links(site)).encode("utf-8")
        meta = {"title": article.title, "subtitle": article.subtitle, "summary": article.summary,
                "category": article.category_name, "tags": ", ".join(article.tags),
                "byline": article.byline, "department": article.department,
                "source": article.source, "dateline": article.dateline, "slug": article.slug,
                "id": article.id}
        files["article.md"] = frontmatter.dump(meta, article.body,
                                               extra_keys=("slug", "id")).encode("utf-8")
        files[mf.NAME] = mf.dumps(mf.build(
            files, article_id=article.id, revision_id=article.revision_id or "",
            version=article.version, revision_chain=facts.chain, approved_by=article.approved_by,
            approved_at=iso(article.approved_at) if article.approved_at else None,
            profile=options.profile, pinned=facts.pinned, hidden=facts.hidden))
        return files

    def export(self, actor: Person, article_id: str, out_dir: Path,
               options: ExportOptions | None = None) -> Path:
        """Write one bundle into *out_dir*; the article becomes (or stays) exported."""
        staged = self._stage(actor, article_id, out_dir, options)
        # The file is in place (renamed, folder fsynced): only now may a record claim it.
        try:
            self._record(staged.me, staged.article, staged.target, staged.digest)
        except BaseException:
            staged.target.unlink(missing_ok=True)
            raise
        return staged.target

    def _stage(self, actor: Person, article_id: str, out_dir: Path,
               options: ExportOptions | None) -> Staged:
        """The bundle written, checked and renamed into place; not yet recorded."""
        with self._uow() as uow:
            me = acting(uow, actor)
            row = require_article(uow, article_id, body=False)
            authorize(Action.EXPORT, me.actor, Status(row.status), row.author_id)
        article, files = self.bundle_files(article_id, options)
        return _write(me, article, files, out_dir)

    def _record(self, me: Person, article: Article, target: Path, digest: str) -> None:
        with self._uow(write=True) as uow:
            self._apply_record(uow, me, article, target, digest)
            uow.commit()

    def _record_many(self, staged: list[Staged], report: BatchReport) -> None:
        """Record bundles already in place, in one transaction.

        Written by a statement per kind of row where that is the same (see
        services/export_record.py), else each bundle in its own savepoint.

        A bundle whose record is refused (its article changed or left `approved` since
        it was read) fails alone and its file is removed; the others are recorded. If
        the commit itself fails, none is recorded and every file of the batch is removed:
        a file never stays claimed by nothing but a report saying "written".
        """
        if not staged:
            return
        for folder in {s.target.parent for s in staged}:
            atomic.fsync_folder(folder)  # the renames are durable before a record names them
        done: list[Staged] = []
        failed: list[ExportResult] = []
        try:
            with self._uow(write=True) as uow:
                from editor_app.services.export_record import core_allowed, record_core

                refused = record_core(uow, staged) if core_allowed(uow, staged) else None
                for s, exc in refused or ():
                    s.target.unlink(missing_ok=True)
                    failed.append(ExportResult(s.article.id, s.article.id, None, str(exc),
                                               exc.exit_code))
                if refused is not None:
                    gone = {id(r) for r, _ in refused}
                    done += [s for s in staged if id(s) not in gone]
                for s in staged if refused is None else ():
                    try:
                        with uow.session.begin_nested():
                            self._apply_record(uow, s.me, s.article, s.target, s.digest)
                        done.append(s)
                    except DomainError as exc:
                        s.target.unlink(missing_ok=True)
                        failed.append(ExportResult(s.article.id, s.article.id, None, str(exc),
                                                   exc.exit_code))
                uow.commit()
        except (DomainError, OSError) as exc:
            for s in done:
                s.target.unlink(missing_ok=True)
            code = exc.exit_code if isinstance(exc, DomainError) else 5
            report.failed += failed + [ExportResult(s.article.id, s.article.id, None, str(exc),
                                                    code) for s in done]
            return
        except BaseException:
            for s in done:
                s.target.unlink(missing_ok=True)
            raise
        report.written += [ExportResult(s.article.id, s.target.name, s.target) for s in done]
        report.failed += failed

    @staticmethod
    def _apply_record(uow: UnitOfWork, me: Person, article: Article, target: Path,
                      digest: str) -> None:
        row = require_article(uow, article.id, body=False)
        if row.version != article.version:
            raise Conflict(i18n.tr("conflict", who="?", theirs=row.version,
                                   yours=article.version))
        old = row.status
        authorize(Action.EXPORT, me.actor, Status(old), row.author_id)
        from editor_app.store.models import ExportRecordRow

        t = now()
        if old != Status.EXPORTED:
            row.status = Status.EXPORTED.value
            row.updated_at = t
            record_transition(uow, row, me, old, "")
        row.exported_at = t
        uow.exports.add(ExportRecordRow(id=new_id(), article_id=row.id,
                                        revision_id=row.revision_id or "",
                                        exporter_id=me.id, at=t, path=str(target),
                                        sha256=digest))

    def export_many(
        self,
        actor: Person,
        out_dir: Path,
        article_ids: Sequence[str] | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        options: ExportOptions | None = None,
    ) -> BatchReport:
        """Export a selection, or every approved article; a failure does not stop the rest.

        Articles go :data:`BATCH` at a time (services/export_batch.py): read in one
        transaction, their bodies rendered by the worker in one request while the
        bundles are built, each bundle fsynced and renamed into place, then recorded
        with one folder fsync and one commit for the lot. A kill before the commit
        leaves bundles no record claims, their articles still approved (exported again
        next time), as a kill between rename and commit always could. *progress* is
        told as each bundle is written; the report says which were recorded.
        """
        from editor_app.services.export_batch import export_chunks

        if article_ids is None:
            with self._uow() as uow:
                article_ids = [r.id for r in uow.articles.summaries(status=Status.APPROVED.value)]
        return export_chunks(self, actor, Path(out_dir), list(article_ids), BATCH,
                             progress=progress, cancelled=cancelled, options=options)

    def verify(self, path: Path) -> Any:
        """Check one bundle (hashes, listing, ninjs against the IPTC schema, HTML)."""
        from editor_app.export.verify import verify_bundle

        return verify_bundle(Path(path))

    def records(self, article_id: str) -> list[ExportRecord]:
        with self._uow() as uow:
            return [ExportRecord(r.id, r.article_id, r.revision_id, name, r.at, r.path, r.sha256)
                    for r, name in uow.exports.for_article(article_id)]
