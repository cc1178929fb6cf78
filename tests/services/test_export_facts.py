"""A batch export reads its articles together; on both engines, what it reads is what
reading each alone gives (tests/export/test_export_batch.py compares the bundles)."""

from editor_app.domain.entities import ArticleFields
from editor_app.services.export_facts import Shared, read_facts
from tests.conftest import draft
from tests.export.helpers import approved_article
from tests.images import png


def test_articles_read_together_are_those_read_alone(room, cast):
    arts = [draft(room, cast.reporter, f"Bài {i}", category_id=c)
            for i, c in enumerate(["Thời sự", "Trong tỉnh", "Kinh tế", "Trong tỉnh"])]
    room.services.drafting.edit(cast.editor, arts[1].id, ArticleFields(
        author_ids=(cast.reporter2.id, cast.reporter.id), summary="Hai tác giả"))
    room.services.related.set_choices(cast.editor, arts[0].id, [arts[2].id], [arts[1].id])
    arts.append(approved_article(room, cast))  # with a picture
    for n in (1, 2):  # pictures with captions, attached to a draft
        ref = room.services.media.add(cast.reporter, png(4 + n, 3))
        room.services.media.attach(cast.reporter, arts[2].id, ref.sha256, caption=f"Ảnh {n}")
    ids = [a.id for a in arts]
    with room.uow() as uow:
        together = Shared.read(uow, ids)
        assert together.people[arts[1].id][0] == [
            (cast.reporter2.id, "dung", "Trần Thị Dung"), (cast.reporter.id, "an", "Nguyễn Văn An")]
        assert cast.editor.id in together.people[arts[1].id][1]  # wrote a revision
        assert len(together.chains[arts[1].id]) == 2
        assert read_facts(uow, arts[-1].id, together).article.featured is not None
        media = read_facts(uow, arts[2].id, together).article.media
        assert sorted(m.caption for m in media) == ["Ảnh 1", "Ảnh 2"]  # order: below
        for a in arts:
            assert read_facts(uow, a.id, together) == read_facts(uow, a.id)
