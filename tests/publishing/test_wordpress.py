"""Publishing to a real WordPress (Debian's package on PHP's built-in server, MariaDB)."""

from __future__ import annotations

import html

import pytest

from editor_app.domain.errors import InvalidState, PermissionDenied
from editor_app.domain.workflow import Status
from editor_app.services.publishing import OutgoingMedia, OutgoingPost, PublishError
from editor_app.services.publishing.wordpress import WordPressTarget
from tests.images import png
from tests.publishing.conftest import approved_article, publishing
from tests.publishing.wordpress_site import free_port


def _unchanged(room, article, pub) -> None:
    """What a person would check: same status, no export record, no remembered post."""
    now = room.services.drafting.get(article.id)
    assert now.status is Status.APPROVED
    assert now.version == article.version
    assert room.services.exporting.records(article.id) == []
    assert pub.remote_url(article.id) is None


def test_publish_then_publish_again_updates_one_post(room, cast, wordpress):
    pub = publishing(room)
    pub.add_target(cast.staff, "wordpress", "portal", wordpress.url, wordpress.user,
                   wordpress.password)
    art = approved_article(room, cast, "Lễ hội mùa thu đón 10.000 khách",
                           "Lễ hội **mùa thu** năm nay đón hơn mười nghìn du khách.\n\n"
                           "<script>alert(1)</script>\n")

    first = pub.publish(cast.staff, art.id)

    assert first.created
    assert room.services.drafting.get(art.id).status is Status.EXPORTED
    [record] = room.services.exporting.records(art.id)
    assert record.path == first.url == pub.remote_url(art.id)
    post = wordpress.get(f"/wp/v2/posts/{first.remote_id}")
    assert post["link"] == first.url
    assert post["status"] == "publish"
    assert post["title"]["raw"] == "Lễ hội mùa thu đón 10.000 khách"
    assert post["slug"] == art.slug
    assert "Sapo: du khách đổ về lễ hội" in post["excerpt"]["raw"]
    content = post["content"]["raw"]
    assert "<strong>mùa thu</strong>" in content
    assert "<script" not in content  # the sanitized body, not the Markdown
    assert "Nguyễn Văn An" in content  # the byline
    cats = {html.unescape(wordpress.get(f"/wp/v2/categories/{c}")["name"])
            for c in post["categories"]}
    assert cats == {"Trong tỉnh"}
    tags = {html.unescape(wordpress.get(f"/wp/v2/tags/{t}")["name"]) for t in post["tags"]}
    assert tags == {"du lịch", "lễ hội"}
    media = wordpress.get(f"/wp/v2/media/{post['featured_media']}")
    assert media["alt_text"] == "Phố đi bộ rực rỡ cờ hoa"
    assert "Đường hoa trung tâm tỉnh" in media["caption"]["raw"]
    assert "Hoàng Khoa" in media["caption"]["raw"]

    again = pub.publish(cast.staff, art.id)

    assert not again.created
    assert again.remote_id == first.remote_id
    assert len(wordpress.get("/wp/v2/posts", slug=art.slug, status="publish")) == 1
    post2 = wordpress.get(f"/wp/v2/posts/{first.remote_id}")
    assert post2["featured_media"] == post["featured_media"]  # the same upload, reused
    uploads = [m for m in wordpress.get("/wp/v2/media", per_page="100")
               if f"/{art.slug}-" in m["source_url"]]
    assert len(uploads) == 1
    assert len(room.services.exporting.records(art.id)) == 2


def test_an_update_replaces_the_text_and_keeps_the_image(wordpress):
    """Publish, edit, publish again: one post, the latest text, its featured image."""
    wp = WordPressTarget("portal", wordpress.url, wordpress.user, wordpress.password)
    image = OutgoingMedia("ab" * 32, "anh-ab.png", "image/png", png(320, 180), "Chú thích",
                          "Tác giả", "Mô tả ảnh")
    v1 = OutgoingPost("id-1", "Tin cập nhật", "Sapo", "<p>Bản đầu tiên.</p>",
                      "tin-cap-nhat", ("Thời sự",), ("cập nhật",), "Phóng viên", image)
    first = wp.publish(v1, {})
    v2 = OutgoingPost("id-1", "Tin cập nhật (sửa)", "Sapo mới", "<p>Bản đã sửa.</p>",
                      "tin-cap-nhat", ("Thời sự",), ("cập nhật",), "Phóng viên", image)

    second = wp.update(first.remote_id, v2, first.media)

    assert second.remote_id == first.remote_id
    assert second.media == first.media
    posts = wordpress.get("/wp/v2/posts", slug="tin-cap-nhat")
    assert len(posts) == 1
    assert "Bản đã sửa." in posts[0]["content"]["raw"]
    assert "Bản đầu tiên." not in posts[0]["content"]["raw"]
    assert posts[0]["title"]["raw"] == "Tin cập nhật (sửa)"
    assert str(posts[0]["featured_media"]) == first.media[image.sha256].remote_id


def test_bad_password_is_one_clear_line_and_changes_nothing(room, cast, wordpress):
    pub = publishing(room)
    pub.add_target(cast.staff, "wordpress", "portal", wordpress.url, wordpress.user,
                   "xxxx xxxx xxxx xxxx xxxx xxxx")
    art = approved_article(room, cast, "Bài không lên được", "Nội dung.\n")

    with pytest.raises(PublishError) as err:
        pub.publish(cast.staff, art.id)

    message = str(err.value)
    assert "refused the user name or application password (401" in message
    assert "\n" not in message
    assert "xxxx" not in message
    _unchanged(room, art, pub)
    assert wordpress.get("/wp/v2/posts", slug=art.slug) == []


def test_server_down_is_one_clear_line_and_changes_nothing(room, cast):
    pub = publishing(room)
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    pub.add_target(cast.staff, "wordpress", "portal", url, "admin", "secret pass")
    art = approved_article(room, cast, "Máy chủ tắt", "Nội dung.\n")

    with pytest.raises(PublishError, match=r"portal: cannot reach http://127\.0\.0\.1:\d+ \("):
        pub.publish(cast.staff, art.id)

    _unchanged(room, art, pub)


def test_forbidden_terms_are_not_created(room, cast, wordpress):
    pub = publishing(room)
    pub.add_target(cast.staff, "wordpress", "portal", wordpress.url, wordpress.user,
                   wordpress.password)
    pub.set_create_terms(cast.staff, "portal", False)
    art = approved_article(room, cast, "Chuyên mục chưa có", "Nội dung.\n",
                           category="Kinh tế")  # not on the site yet
    before = len(wordpress.get("/wp/v2/media", per_page="100"))
    with pytest.raises(PublishError, match="does not exist on the portal"):
        pub.publish(cast.staff, art.id)

    _unchanged(room, art, pub)
    assert len(wordpress.get("/wp/v2/media", per_page="100")) == before  # no orphan upload


def test_only_staff_publish_approved_articles(room, cast):
    pub = publishing(room)
    pub.add_target(cast.admin, "wordpress", "portal", f"http://127.0.0.1:{free_port()}",
                   "admin", "pw")
    art = approved_article(room, cast, "Ai được đăng", "Nội dung.\n")
    with pytest.raises(PermissionDenied):
        pub.publish(cast.editor, art.id)
    with pytest.raises(PermissionDenied):
        pub.add_target(cast.reporter, "wordpress", "other", "https://x.vn", "u", "p")
    from tests.conftest import draft

    fresh = draft(room, cast.reporter, "Bản nháp")
    with pytest.raises(InvalidState):
        pub.publish(cast.staff, fresh.id)


def test_the_password_stays_out_of_the_store(room, cast):
    pub = publishing(room)
    pub.add_target(cast.staff, "wordpress", "portal", "https://example.vn", "admin",
                   "abcd EFGH ijkl MNOP")
    room.close()
    store = room.paths.database_file.read_bytes()
    wal = room.paths.database_file.with_name(room.paths.database_file.name + "-wal")
    assert b"abcd EFGH" not in store
    assert not wal.exists() or b"abcd EFGH" not in wal.read_bytes()
    secret = room.paths.config_dir / "publishing-secrets.json"
    assert secret.stat().st_mode & 0o777 == 0o600
    assert "abcd EFGH ijkl MNOP" in secret.read_text()
