"""An article with everything a portal bundle carries: inline figures, pins, hides."""

from __future__ import annotations

from editor_app.domain.entities import ArticleFields
from tests.conftest import draft
from tests.images import png


def approve(room, cast, art):
    r = room.services.review
    r.submit(cast.reporter, art.id)
    r.start_review(cast.editor, art.id)
    r.approve(cast.editor, art.id)
    return room.services.drafting.get(art.id)


def rich_article(room, cast):
    """(article, {"pinned": [ids in order], "hidden": [id]}), all approved in one category.

    The body has an image alone in its paragraph (a figure, with caption and credit) and
    one inside a sentence; the related list has two pins (second first) and a hidden one.
    """
    others = [approve(room, cast, draft(room, cast.reporter, f"Tin liên quan số {i}"))
              for i in range(1, 4)]
    alone = room.services.media.add(cast.reporter, png(12, 8))
    inside = room.services.media.add(cast.reporter, png(4, 4))
    featured = room.services.media.add(cast.reporter, png(8, 6))
    body = (f"Mở đầu.\n\n![Trạm y tế xã](media/{alone.sha256}.png)\n\n"
            f"Biểu tượng ![dấu](media/{inside.sha256}.png) giữa câu.\n\n"
            f"Xem [bài trước](https://example.vn/bai-truoc.html).\n")
    art = draft(room, cast.reporter, "Ngành Y tế Nghệ An: nhiều đổi mới",
                summary="Sapo: \"mới\" # không phải chú thích", body=body)
    room.services.drafting.edit(cast.reporter, art.id, ArticleFields(
        tags=("y tế",), byline="Nguyễn Văn An", featured_sha256=featured.sha256,
        featured_caption="Ảnh chính", featured_credit="Hoàng Khoa", featured_alt="Cổng trạm"))
    room.services.media.attach(cast.reporter, art.id, alone.sha256, caption="Trạm y tế mới",
                               credit="Lê Hà", alt="Toà nhà hai tầng màu trắng")
    room.services.media.attach(cast.reporter, art.id, inside.sha256, caption="Biểu tượng",
                               credit="", alt="Dấu cộng đỏ")
    approve(room, cast, art)
    pinned = [others[1].id, others[0].id]
    room.services.related.set_choices(cast.editor, art.id, pinned, [others[2].id])
    return room.services.drafting.get(art.id), {"pinned": pinned, "hidden": [others[2].id],
                                                "alone": alone, "inside": inside,
                                                "others": others}
