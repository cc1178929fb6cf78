"""A batch export, a chunk of articles at a time (the loop of ``ExportService.export_many``).

Per chunk: the articles are read in one transaction (categories and the related
candidates once for all, services/export_facts.py), their bodies go to the render
worker in one request (render/guard.py ``render_many``: it renders the next while
this process builds, zips and checks a bundle), each bundle is written, verified,
fsynced and renamed as a single export's is, and the chunk is recorded in one commit.
The bundles are the ones a single export writes (tests/export/test_export_batch.py).
An article that cannot be exported fails alone, with the error a single export gives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor_app.domain.errors import DomainError
from editor_app.domain.workflow import Action, authorize
from editor_app.services.common import acting
from editor_app.services.export_facts import Facts, Shared, read_facts
from editor_app.services.exporting import (
    BatchReport,
    ExportOptions,
    ExportResult,
    _Staged,
    _write,
    parts_in,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from editor_app.domain.entities import Person, SiteInfo
    from editor_app.render.guard import Rendered
    from editor_app.services.exporting import ExportService, Progress

# (article id, the person acting as the store knows them, what was read or why not)
Read = tuple[str, "Person | None", "Facts | DomainError"]


def _read(svc: ExportService, actor: Person, chunk: list[str]) -> list[Read]:
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


def export_chunks(svc: ExportService, actor: Person, out_dir: Path, ids: list[str],
                  size: int, *, progress: Progress | None,
                  cancelled: Callable[[], bool] | None,
                  options: ExportOptions | None) -> BatchReport:
    report = BatchReport()
    options = options or ExportOptions()
    parts = parts_in(out_dir)  # listed once, not once per bundle
    site = svc._render.site()  # one batch, one portal identity
    for start in range(0, len(ids), size):
        staged: list[_Staged] = []

        def tell(i: int, title: str, start: int = start) -> None:
            if progress is not None:
                progress(start + i + 1, len(ids), title)

        try:
            stopped = _chunk(svc, actor, out_dir, ids[start:start + size], staged, report,
                             site=site, parts=parts, options=options, tell=tell,
                             cancelled=cancelled)
        finally:
            svc._record_many(staged, report)  # what is in place is recorded, even on error
        if stopped:
            report.cancelled = True
            break
    return report


def _chunk(svc: ExportService, actor: Person, out_dir: Path, chunk: list[str],
           staged: list[_Staged], report: BatchReport, *, site: SiteInfo,
           parts: list[Path], options: ExportOptions,
           tell: Callable[[int, str], None], cancelled: Callable[[], bool] | None) -> bool:
    """Stage the bundles of *chunk* into *staged*; True if cancelled on the way."""
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
                staged.append(_write(me, facts.article, files, out_dir, sync_folder=False,
                                     parts=parts))
                title = staged[-1].target.name
            except (DomainError, OSError) as exc:
                code = exc.exit_code if isinstance(exc, DomainError) else 5
                report.failed.append(ExportResult(aid, aid, None, str(exc), code))
            tell(i, title)
        return False
    finally:
        close = getattr(renders, "close", None)
        if close is not None:
            close()  # a cancelled chunk leaves no answers in the worker's pipe
