"""Use cases. Each service takes a unit-of-work factory and returns plain records."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from editor_app.services.auth import AuthService, Passwords
from editor_app.services.bundle_import import BundleImportService
from editor_app.services.common import now
from editor_app.services.drafting import DraftingService
from editor_app.services.exporting import ExportService
from editor_app.services.house_style import HouseStyleService
from editor_app.services.media import MediaService
from editor_app.services.people import PeopleService
from editor_app.services.related import RelatedService
from editor_app.services.rendering import RenderService
from editor_app.services.review import ReviewService
from editor_app.services.search import SearchService
from editor_app.services.taxonomy import TaxonomyService

if TYPE_CHECKING:
    from collections.abc import Callable

    from editor_app.render.guard import RenderGuard
    from editor_app.services.common import Clock, UowFactory


@dataclass(frozen=True)
class Services:
    people: PeopleService
    taxonomy: TaxonomyService
    drafting: DraftingService
    review: ReviewService
    search: SearchService
    related: RelatedService
    media: MediaService
    rendering: RenderService
    exporting: ExportService
    bundles: BundleImportService
    auth: AuthService
    house_style: HouseStyleService

    @classmethod
    def build(
        cls, uow: UowFactory, render_guard: Callable[[], RenderGuard], clock: Clock = now
    ) -> Services:
        """*clock*: what "now" is for revisions and status changes (tests move it)."""
        media = MediaService(uow)
        rendering = RenderService(uow, render_guard, media)
        passwords = Passwords()
        return cls(
            people=PeopleService(uow, passwords),
            taxonomy=TaxonomyService(uow),
            drafting=DraftingService(uow, clock),
            review=ReviewService(uow, clock),
            search=SearchService(uow),
            related=RelatedService(uow),
            media=media,
            rendering=rendering,
            exporting=ExportService(uow, rendering, media),
            bundles=BundleImportService(uow, clock=clock),
            auth=AuthService(uow, passwords),
            house_style=HouseStyleService(uow),
        )
