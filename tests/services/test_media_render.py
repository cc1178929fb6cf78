import os
import stat

from editor_app import atomic
from editor_app.domain.entities import ArticleFields
from tests.conftest import draft
from tests.images import png


def test_same_image_is_stored_once(room, cast):
    a = room.services.media.add(cast.reporter, png(3, 3))
    b = room.services.media.add(cast.reporter2, png(3, 3))
    assert a.sha256 == b.sha256
    assert room.services.media.data(a.sha256) == png(3, 3)
    with room.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM media").scalar() == 1


def test_featured_image_reaches_the_rendered_page_and_its_folder(room, cast, tmp_path):
    ref = room.services.media.add(cast.reporter, png(40, 30))
    art = draft(room, cast.reporter, "Bài có ảnh", body="Thân bài **đậm**.\n")
    art = room.services.drafting.edit(cast.reporter, art.id, ArticleFields(
        featured_sha256=ref.sha256, featured_caption="Cây cầu", featured_credit="Hoàng Khoa"))
    written = room.services.rendering.write_page(art, tmp_path / "out" / "bai.html")
    page, image = written
    html = page.read_text("utf-8")
    assert f'src="media/{ref.sha256}.png"' in html
    assert 'width="40" height="30"' in html
    assert "Cây cầu" in html
    assert "Hoàng Khoa" in html
    assert "<strong>đậm</strong>" in html
    assert image.read_bytes() == png(40, 30)


def test_atomic_write_replaces_whole_and_leaves_no_temp_on_failure(tmp_path):
    target = tmp_path / "f.txt"
    atomic.write_text(target, "cũ")
    try:
        with atomic.atomic_path(target) as tmp:
            tmp.write_text("mới một nửa")
            raise RuntimeError("disk full")
    except RuntimeError:
        pass
    assert target.read_text() == "cũ"
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]
    mode = stat.S_IMODE(os.stat(target).st_mode)
    assert mode & 0o044  # readable by others, like any file the user makes (not mkstemp's 0600)
