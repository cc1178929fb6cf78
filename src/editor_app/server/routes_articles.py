"""Articles as the signed-in person may read them, and workflow steps through the services."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Path, Query

from editor_app.domain.workflow import Status
from editor_app.server.deps import Context, Signed
from editor_app.server.schemas import (
    ActionIn,
    ArticleOut,
    MediaOut,
    PersonRefOut,
    Problem,
    SummaryOut,
    WorkflowAction,
)
from editor_app.services.reading import MAX_PAGE

if TYPE_CHECKING:
    from editor_app.domain.entities import Article, MediaRef

router = APIRouter(tags=["articles"])
ArticleId = Annotated[str, Path(min_length=1, max_length=64)]
REFUSALS: dict[int | str, dict[str, object]] = {
    code: {"model": Problem} for code in (401, 403, 404, 409, 422)}


def media_out(m: MediaRef) -> MediaOut:
    return MediaOut(sha256=m.sha256, mime=m.mime, ext=m.ext, size=m.size, width=m.width,
                    height=m.height, caption=m.caption, credit=m.credit, alt=m.alt)


def article_out(a: Article) -> ArticleOut:
    return ArticleOut(
        id=a.id, title=a.title, subtitle=a.subtitle, summary=a.summary, body=a.body,
        slug=a.slug, status=a.status, category_id=a.category_id, category_name=a.category_name,
        category_path=a.category_path, tags=list(a.tags), author_id=a.author_id,
        authors=[PersonRefOut(id=p.id, login=p.login, name=p.name) for p in a.authors],
        byline=a.byline, department=a.department, source=a.source, dateline=a.dateline,
        version=a.version, revision_id=a.revision_id, created_at=a.created_at,
        updated_at=a.updated_at, submitted_at=a.submitted_at, approved_at=a.approved_at,
        approved_by=a.approved_by, exported_at=a.exported_at,
        featured=media_out(a.featured) if a.featured else None,
        media=[media_out(m) for m in a.media])


@router.get("/articles", response_model=list[SummaryOut], responses=REFUSALS)
def articles(
    who: Signed, ctx: Context,
    status: Status | None = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> list[SummaryOut]:
    """Newest first, the articles this person may read.

    Editors, staff and administrators: the whole newsroom. Reporters: what they
    own or co-author, and others' articles once published.
    """
    found = ctx.reading.articles(who.person, status=status.value if status else None,
                                 limit=limit, offset=offset)
    return [SummaryOut(id=s.id, title=s.title, slug=s.slug, status=s.status,
                       category_id=s.category_id, category_name=s.category_name,
                       author_id=s.author_id, author_name=s.author_name,
                       updated_at=s.updated_at, version=s.version) for s in found]


@router.get("/articles/{article_id}", response_model=ArticleOut, responses=REFUSALS)
def article(article_id: ArticleId, who: Signed, ctx: Context) -> ArticleOut:
    """One article, if this person may read it (else 404, as for an unknown id)."""
    return article_out(ctx.reading.article(who.person, article_id))


@router.post("/articles/{article_id}/actions", response_model=ArticleOut, responses=REFUSALS)
def act(article_id: ArticleId, body: ActionIn, who: Signed, ctx: Context) -> ArticleOut:
    """Take a workflow step as the token's person, checked by the same role table as the desktop.

    Who acts, and when, is the server's to say: anything else in the body is ignored.
    """
    ctx.reading.article(who.person, article_id)  # what you may not read does not exist
    review = ctx.services.review
    person = who.person
    steps = {
        WorkflowAction.SUBMIT: lambda: review.submit(person, article_id, body.note),
        WorkflowAction.START_REVIEW: lambda: review.start_review(person, article_id),
        WorkflowAction.RETURN: lambda: review.return_to_author(person, article_id, body.note),
        WorkflowAction.APPROVE: lambda: review.approve(person, article_id, body.note),
        WorkflowAction.WITHDRAW: lambda: review.withdraw(person, article_id, body.note),
        WorkflowAction.ARCHIVE: lambda: review.archive(person, article_id, body.note),
    }
    return article_out(steps[body.action]())
