"""One real WordPress for the publishing tests (started once, its database dropped after)."""

from __future__ import annotations

import pytest

from editor_app.domain.entities import ArticleFields
from tests.conftest import cannot_run
from tests.images import png
from tests.publishing import wordpress_site


@pytest.fixture(scope="session")
def wordpress(tmp_path_factory: pytest.TempPathFactory) -> wordpress_site.Site:
    why = wordpress_site.missing()
    if why is not None:
        cannot_run(f"WordPress tests cannot run: {why}")
    site = wordpress_site.start(tmp_path_factory.mktemp("wp"))
    yield site
    wordpress_site.stop(site)


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never write into the real user's keyring."""
    monkeypatch.setenv("EDITOR_APP_NO_KEYRING", "1")


def approved_article(room, cast, title: str, body: str, *, image: bytes | None = None,
                     category: str = "Trong tỉnh"):
    """An article with a featured image, tags and byline, written, reviewed and approved."""
    s = room.services
    featured = s.media.add(cast.reporter, image or png(640, 360, b"\x1f\x6f\xb4"))
    art = s.drafting.create(cast.reporter, ArticleFields(
        title=title, summary="Sapo: du khách đổ về lễ hội mùa thu của tỉnh.", body=body,
        category_id=category, tags=("du lịch", "lễ hội"), byline="Nguyễn Văn An",
        featured_sha256=featured.sha256, featured_caption="Đường hoa trung tâm tỉnh",
        featured_credit="Hoàng Khoa", featured_alt="Phố đi bộ rực rỡ cờ hoa"))
    s.review.submit(cast.reporter, art.id)
    s.review.start_review(cast.editor, art.id)
    s.review.approve(cast.editor, art.id)
    return s.drafting.get(art.id)


def publishing(room, **kw):
    from editor_app.services.publishing.secrets import SecretStore
    from editor_app.services.publishing.service import PublishingService
    from editor_app.store.uow import UnitOfWorkFactory

    return PublishingService(UnitOfWorkFactory(room.engine), room.services.rendering,
                             room.services.media,
                             SecretStore(room.paths.config_dir, use_keyring=False), **kw)
