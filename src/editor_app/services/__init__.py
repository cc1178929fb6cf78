"""Use cases. Each service takes a unit-of-work factory and returns plain records."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from editor_app.services.auth import AuthService, Passwords
from editor_app.services.bundle_import import BundleImportService
from editor_app.services.common import now
from editor_app.services.conflicts import ConflictService
from editor_app.services.drafting import DraftingService
from editor_app.services.exporting import ExportService
from editor_app.services.house_style import HouseStyleService
from editor_app.services.media import MediaService
from editor_app.services.outbox import OutboxService
from editor_app.services.people import PeopleService
from editor_app.services.portal_identity import PortalIdentityService
from editor_app.services.related import RelatedService
from editor_app.services.rendering import RenderService
from editor_app.services.review import ReviewService
from editor_app.services.search import SearchService
from editor_app.services.spelling import SpellingService
from editor_app.services.taxonomy import TaxonomyService

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from editor_app.render.guard import RenderGuard
    from editor_app.services.common import Clock, UowFactory
    from editor_app.services.publishing.service import PublishingService


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
    portal: PortalIdentityService
    conflicts: ConflictService
    house_style: HouseStyleService
    spelling: SpellingService
    outbox: OutboxService
    # Built when the config folder is known (its secrets live there): the app's stores.
    publishing: PublishingService | None = None

    @classmethod
    def build(
        cls, uow: UowFactory, render_guard: Callable[[], RenderGuard], clock: Clock = now,
        config_dir: Path | None = None,
    ) -> Services:
        """*clock*: what "now" is for revisions and status changes (tests move it).

        *config_dir*: where publishing keeps its passwords when no keyring works; without
        it there is no publishing service.
        """
        media = MediaService(uow)
        portal = PortalIdentityService(uow)
        rendering = RenderService(uow, render_guard, media, identity=portal)
        passwords = Passwords()
        publishing = None
        if config_dir is not None:
            import os

            from editor_app.services.publishing.secrets import SecretStore
            from editor_app.services.publishing.service import PublishingService

            # EDITOR_APP_NO_KEYRING: the 0600 file even where a keyring works (as the CLI).
            secrets = SecretStore(config_dir,
                                  use_keyring=not os.environ.get("EDITOR_APP_NO_KEYRING"))
            publishing = PublishingService(uow, rendering, media, secrets)
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
            portal=portal,
            publishing=publishing,
            conflicts=ConflictService(uow, clock),
            house_style=HouseStyleService(uow),
            spelling=SpellingService(uow),
            outbox=OutboxService(uow),
        )
