"""A batch export, a chunk of articles at a time (the loop of ``Exporter.export_many``).

Per chunk: the articles are read in one transaction (categories and the related
candidates once for all, services/export_facts.py), their bodies go to the render
worker in one request (render/guard.py ``render_many``: it renders the next while
this process builds, zips and checks a bundle), each bundle is written and verified
as a single export's is, then fsynced and renamed on a thread while the next one is
built; the chunk is recorded in one commit once its renames are done.
The bundles are the ones a single export writes (tests/export/test_export_batch.py).
An article that cannot be exported fails alone, with the error a single export gives.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Protocol

from editor_app import atomic
from editor_app.domain.errors import DomainError
from editor_app.domain.workflow import Action, authorize
from editor_app.services.common import acting
from editor_app.services.export_facts import Facts, Shared, read_facts
from editor_app.services.export_parts import (
    BatchReport,
    ExportOptions,
    ExportResult,
    Progress,
    Staged,
    checked_temp,
    parts_in,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from concurrent.futures import Future
    from pathlib import Path

    from editor_app.domain.entities import Article, Person, SiteInfo
    from editor_app.render.guard import Rendered
    from editor_app.services.common import UowFactory
    from editor_app.services.rendering import RenderService

class Exporter(Protocol):
    """What a batch asks of ExportService (exporting imports this module, not the reverse)."""

    @property
    def _uow(self) -> UowFactory: ...

    @property
    def _render(self) -> RenderService: ...

    def _files(self, facts: Facts, rendered: Rendered, options: ExportOptions | None,
               site: SiteInfo | None) -> dict[str, bytes]: ...

    def _record_many(self, staged: list[Staged], report: BatchReport) -> None: ...


# (article id, the person acting as the store knows them, what was read or why not)
Read = tuple[str, "Person | None", "Facts | DomainError"]
# A bundle checked and handed to the fsync thread: (me, article, temporary file, name,
# SHA-256, the fsync and rename under way)
Pending = tuple["Person", "Article", "Path", "Path", str, "Future[None]"]


def _read(svc: Exporter, actor: Person, chunk: list[str]) -> list[Read]:
    """The chunk's articles read in one transaction; each refusal kept for its article."""
    with svc._uow() as uow:
        try:
            me = acting(uow, actor)
        except DomainError as exc:
            return [(aid, None, exc) for aid in chunk]
        shared = Shared.read(uow, chunk)
        out: list[Read] = []
        for aid in chunk:
            try:
                facts = read_facts(uow, aid, shared)
                a = facts.article
                authorize(Action.EXPORT, me.actor, a.status, a.author_id)
                out.append((aid, me, facts))
            except DomainError as exc:
                out.append((aid, me, exc))
        return out


def export_chunks(svc: Exporter, actor: Person, out_dir: Path, ids: list[str],
                  size: int, *, progress: Progress | None,
                  cancelled: Callable[[], bool] | None,
                  options: ExportOptions | None) -> BatchReport:
    report = BatchReport()
    options = options or ExportOptions()
    parts = parts_in(out_dir)  # listed once, not once per bundle
    site = svc._render.site()  # one batch, one portal identity
    # Each bundle's fsync and rename run on this thread while the next bundle is built
    # (fsync waits on the disk, not on Python); one thread keeps them in order.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="export-fsync") as finisher:
        for start in range(0, len(ids), size):
            staged: list[Staged] = []
            pending: list[Pending] = []

            def tell(i: int, title: str, start: int = start) -> None:
                if progress is not None:
                    progress(start + i + 1, len(ids), title)

            try:
                stopped = _chunk(svc, actor, out_dir, ids[start:start + size], pending,
                                 report, finisher, site=site, parts=parts, options=options,
                                 tell=tell, cancelled=cancelled)
            finally:
                try:
                    _settle(pending, staged, report)
                finally:  # what is in place is recorded, even on an error
                    svc._record_many(staged, report)
            if stopped:
                report.cancelled = True
                break
    return report


def _settle(pending: list[Pending], staged: list[Staged], report: BatchReport) -> None:
    """Wait for the fsyncs and renames: those done are staged, a failed one fails alone."""
    unexpected: BaseException | None = None
    for me, article, tmp, target, digest, done in pending:
        try:
            done.result()
            staged.append(Staged(me, article, target, digest))
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            report.failed.append(ExportResult(article.id, article.id, None, str(exc), 5))
        except BaseException as exc:  # after the others are settled
            tmp.unlink(missing_ok=True)
            unexpected = unexpected or exc
    if unexpected is not None:
        raise unexpected


def _chunk(svc: Exporter, actor: Person, out_dir: Path, chunk: list[str],
           pending: list[Pending], report: BatchReport, finisher: ThreadPoolExecutor, *,
           site: SiteInfo, parts: list[Path], options: ExportOptions,
           tell: Callable[[int, str], None], cancelled: Callable[[], bool] | None) -> bool:
    """Write and check the bundles of *chunk*, into *pending*; True if cancelled."""
    read = _read(svc, actor, chunk)
    renders: Iterator[Rendered] = svc._render.bodies(
        [facts.article.body for _, _, facts in read if isinstance(facts, Facts)])
    try:
        for i, (aid, me, facts) in enumerate(read):
            if cancelled is not None and cancelled():
                return True
            title = aid
            if isinstance(facts, DomainError):
                report.failed.append(ExportResult(aid, aid, None, str(facts), facts.exit_code))
                tell(i, title)
                continue
            rendered = next(renders)  # in the order asked: one per article read
            try:
                assert me is not None  # set whenever the article was read
                files = svc._files(facts, rendered, options, site)
                tmp, target, digest = checked_temp(facts.article, files, out_dir, parts)
                done = finisher.submit(atomic.replace_synced, tmp, target, sync_folder=False)
                pending.append((me, facts.article, tmp, target, digest, done))
                title = target.name
            except (DomainError, OSError) as exc:
                code = exc.exit_code if isinstance(exc, DomainError) else 5
                report.failed.append(ExportResult(aid, aid, None, str(exc), code))
            tell(i, title)  # written and checked; the report says what was recorded
        return False
    finally:
        close = getattr(renders, "close", None)
        if close is not None:
            close()  # a cancelled chunk leaves no answers in the worker's pipe
