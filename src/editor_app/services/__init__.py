"""Use cases. Each service takes a unit-of-work factory and returns plain records."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from editor_app.services.drafting import DraftingService
from editor_app.services.people import PeopleService
from editor_app.services.review import ReviewService
from editor_app.services.search import SearchService
from editor_app.services.taxonomy import TaxonomyService

if TYPE_CHECKING:
    from editor_app.services.common import UowFactory


@dataclass(frozen=True)
class Services:
    people: PeopleService
    taxonomy: TaxonomyService
    drafting: DraftingService
    review: ReviewService
    search: SearchService

    @classmethod
    def build(cls, uow: UowFactory) -> Services:
        return cls(
            people=PeopleService(uow),
            taxonomy=TaxonomyService(uow),
            drafting=DraftingService(uow),
            review=ReviewService(uow),
            search=SearchService(uow),
        )
