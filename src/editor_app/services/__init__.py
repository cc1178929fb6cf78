"""Use cases. Each service takes a unit-of-work factory and returns plain records."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, overload

from editor_app.services.auth import AuthService, Passwords
from editor_app.services.common import now
from editor_app.services.drafting import DraftingService
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
    from editor_app.services.bundle_import import BundleImportService
    from editor_app.services.common import Clock, UowFactory
    from editor_app.services.conflicts import ConflictService
    from editor_app.services.exporting import ExportService
    from editor_app.services.house_style import HouseStyleService
    from editor_app.services.publishing.service import PublishingService

class _OnFirstUse[T]:
    """A service built (and its modules imported) the first time it is asked for, once.

    One lock for all of them: two threads asking at once get the same object, and a
    service built from another lazy one does not wait on itself.
    """

    _lock = threading.RLock()

    def __init__(self, build: Callable[[Services], T]) -> None:
        self.build = build
        self.name = build.__name__
        self.__doc__ = build.__doc__

    @overload
    def __get__(self, obj: None, owner: Any) -> _OnFirstUse[T]: ...
    @overload
    def __get__(self, obj: Services, owner: Any) -> T: ...
    def __get__(self, obj: Services | None, owner: Any) -> T | _OnFirstUse[T]:
        if obj is None:
            return self
        built = obj.__dict__
        if self.name not in built:
            with self._lock:
                if self.name not in built:
                    built[self.name] = self.build(obj)
        return built[self.name]


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
    auth: AuthService
    portal: PortalIdentityService
    spelling: SpellingService
    outbox: OutboxService
    # What the services below are built from, on first use (see the properties).
    uow: UowFactory = field(repr=False)
    clock: Clock = field(default=now, repr=False)
    # Publishing's passwords live there; without it there is no publishing service.
    config_dir: Path | None = field(default=None, repr=False)

    # Exporting, bundle import, conflicts, house style and publishing import a third of
    # the services' modules (YAML, zip, HTTP, the exporters) for something nobody does
    # before the window is usable: each is built the first time it is asked for.
    @_OnFirstUse
    def exporting(self) -> ExportService:
        from editor_app.services.exporting import ExportService

        return ExportService(self.uow, self.rendering, self.media)

    @_OnFirstUse
    def bundles(self) -> BundleImportService:
        from editor_app.services.bundle_import import BundleImportService

        return BundleImportService(self.uow, clock=self.clock)

    @_OnFirstUse
    def conflicts(self) -> ConflictService:
        from editor_app.services.conflicts import ConflictService

        return ConflictService(self.uow, self.clock)

    @_OnFirstUse
    def house_style(self) -> HouseStyleService:
        from editor_app.services.house_style import HouseStyleService

        return HouseStyleService(self.uow)

    @_OnFirstUse
    def publishing(self) -> PublishingService | None:
        """Built when the config folder is known (its secrets live there): the app's stores."""
        if self.config_dir is None:
            return None
        import os

        from editor_app.services.publishing.secrets import SecretStore
        from editor_app.services.publishing.service import PublishingService

        # EDITOR_APP_NO_KEYRING: the 0600 file even where a keyring works (as the CLI).
        secrets = SecretStore(self.config_dir,
                              use_keyring=not os.environ.get("EDITOR_APP_NO_KEYRING"))
        return PublishingService(self.uow, self.rendering, self.media, secrets)

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
        return cls(
            people=PeopleService(uow, passwords),
            taxonomy=TaxonomyService(uow),
            drafting=DraftingService(uow, clock),
            review=ReviewService(uow, clock),
            search=SearchService(uow),
            related=RelatedService(uow),
            media=media,
            rendering=rendering,
            auth=AuthService(uow, passwords),
            portal=portal,
            spelling=SpellingService(uow),
            outbox=OutboxService(uow),
            uow=uow,
            clock=clock,
            config_dir=config_dir,
        )
