"""Hostile input gets a clear refusal, loses nothing, and never runs."""

from pathlib import Path

import pytest

from editor_app.app import open_newsroom
from editor_app.domain.entities import ArticleFields
from editor_app.domain.errors import InvalidInput
from editor_app.paths import resolve
from tests.images import jpeg_header, png, png_header
from tests.render.safety import scan

PAYLOADS = [line for line in (Path(__file__).parents[1] / "data" / "xss_payloads.txt")
            .read_text("utf-8").splitlines() if line.strip()]


@pytest.fixture
def room(store):
    r = open_newsroom(resolve(store["dir"]))
    yield r
    r.close()


ABSURD = [
    ("title", "Tít " * 5000, "at most 300"),
    ("summary", "Sapo " * 5000, "at most 2000"),
    ("byline", "Tên " * 500, "at most 300"),
    ("body", "Đoạn văn. " * 550_000, "at most 1000000"),  # a 5 MB paste
    ("title", "Tít\x00có\x1bký tự điều khiển", "control characters"),
    ("byline", "Tên\u0007", "control characters"),
    ("title", "Tít\nhai dòng", "control characters"),
    ("source", "Nguồn\x7f", "control characters"),
]


@pytest.mark.parametrize(("field", "value", "message"), ABSURD,
                         ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(ABSURD)])
def test_absurd_and_control_input_is_refused_and_nothing_changes(room, store, field, value,
                                                                 message):
    an = room.services.people.by_login("an")
    before = room.services.drafting.get(store["an_article"])
    with pytest.raises(InvalidInput, match=message.replace(",", "")):
        room.services.drafting.edit(an, before.id, ArticleFields(**{field: value}))
    after = room.services.drafting.get(before.id)
    assert (after.version, after.title, after.body) == (before.version, before.title,
                                                         before.body)


def test_xss_in_every_text_field_never_reaches_the_page_or_the_bundle(room, store, tmp_path):
    s = room.services
    an, thanh, hoa = (s.people.by_login(x) for x in ("an", "thanh", "hoa"))
    ref = s.media.add(an, png(4, 4))
    tried = 0
    for i, payload in enumerate(PAYLOADS[:20]):
        evil = payload.replace("\n", " ")[:250]
        art = s.drafting.create(an, ArticleFields(
            title=f"{i} {evil}", subtitle=evil, summary=evil, body=f"{evil}\n\nThân bài {i}.\n",
            byline=evil, department=evil, source=evil, dateline=evil[:150],
            tags=(evil[:70],), category_id="Thời sự", featured_sha256=ref.sha256,
            featured_caption=evil, featured_credit=evil, featured_alt=evil))
        page = s.rendering.page(s.drafting.get(art.id))
        found = scan(page, page=True)
        assert found.problems == [], (payload, found.problems)
        assert f"Thân bài {i}." in " ".join(found.text)
        tried += 10
        if i < 3:  # and through the bundle, verified
            s.review.submit(an, art.id)
            s.review.start_review(thanh, art.id)
            s.review.approve(thanh, art.id)
            bundle = s.exporting.export(hoa, art.id, tmp_path)
            assert s.exporting.verify(bundle).ok
    print(f"\n{tried} hostile field values rendered as text, none active")


BAD_IMAGES = {
    "truncated PNG": png(64, 64)[:30],
    "huge dimensions": png_header(60_000, 60_000) + b"\0" * 20,
    "an executable named .png": b"MZ\x90\x00" + b"\0" * 200,
    "empty": b"",
    "zero-size JPEG": jpeg_header(0, 0),
    "HTML pretending": b"<svg onload=alert(1)>",
}


@pytest.mark.parametrize("name", sorted(BAD_IMAGES))
def test_invalid_images_are_refused(room, name):
    an = room.services.people.by_login("an")
    with pytest.raises(InvalidInput, match="image"):
        room.services.media.add(an, BAD_IMAGES[name])
    with room.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM media").scalar() == 0


def test_a_five_megabyte_paste_is_refused_whole_and_the_window_stays_usable(
        store, desk_factory, qtbot, monkeypatch):
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: said.append(a[2])))
    desk = desk_factory(store["dir"], "an").start()
    desk.open(store["an_article"])
    editor = desk.window.editor
    before = editor.toPlainText()
    clip = QMimeData()
    clip.setText("Đoạn văn dán vào. " * 300_000)  # about 5 MB, one line
    editor.insertFromMimeData(clip)
    assert editor.toPlainText() == before
    assert said
    assert "Nothing was pasted" in said[0]
    assert "5,400,0" in said[0]  # the paste plus what the article already held
    # The window is still alive and the next ordinary paste goes in.
    small = QMimeData()
    small.setText("Một câu bình thường.")
    editor.insertFromMimeData(small)
    assert "Một câu bình thường." in editor.toPlainText()


def test_a_legacy_paste_is_offered_conversion(store, desk_factory, monkeypatch):
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QMessageBox

    # The offer shows what the text will read before converting (a message box).
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes)
    desk = desk_factory(store["dir"], "an").start()
    desk.open(store["an_article"])
    desk.window.editor.setPlainText("")
    clip = QMimeData()
    clip.setText("UBND tØnh tæ chøc héi nghÞ tæng kÕt c«ng t¸c n¨m")
    desk.window.editor.insertFromMimeData(clip)
    assert desk.window.editor.toPlainText() == "UBND tỉnh tổ chức hội nghị tổng kết công tác năm"
