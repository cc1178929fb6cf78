"""Disk full during a save and during an export: a clear error, nothing lost, no partial file."""

import resource
import signal
import sqlite3

import pytest
from sqlalchemy import event

from editor_app.app import open_newsroom
from editor_app.domain.entities import ArticleFields
from editor_app.domain.errors import StorageFull
from editor_app.paths import resolve
from tests.faults.conftest import run_cli


def _png_from_rgb(width, height, rgb):
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + rgb[y * width * 3:(y + 1) * width * 3] for y in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def fill_limit(room):
    """Every new connection may not grow the file past its current size."""
    def limit(dbapi_conn, _record):
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(room.engine, "connect", limit)
    return lambda: event.remove(room.engine, "connect", limit)


def test_save_on_a_full_disk_says_so_and_keeps_the_store(store):
    room = open_newsroom(resolve(store["dir"]))
    try:
        an = room.services.people.by_login("an")
        before = room.services.drafting.get(store["an_article"])
        release = fill_limit(room)
        big = "Nội dung rất dài. " * 20_000
        with pytest.raises(StorageFull, match="disk is full"):
            room.services.drafting.edit(an, before.id, ArticleFields(body=big),
                                        expected_version=before.version)
        release()
        after = room.services.drafting.get(before.id)
        assert (after.body, after.version) == (before.body, before.version)
        # Once there is room again, the same save goes through.
        saved = room.services.drafting.edit(an, before.id, ArticleFields(body=big),
                                            expected_version=before.version)
        assert saved.body == big
    finally:
        room.close()
    con = sqlite3.connect(resolve(store["dir"]).database_file)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()


def test_the_window_keeps_the_text_when_the_disk_is_full(store, desk_factory, qtbot):
    desk = desk_factory(store["dir"], "an").start()
    desk.open(store["an_article"])
    release = fill_limit(desk.room)
    big = "Đoạn văn quan trọng không được mất. " * 20_000
    with qtbot.waitSignal(desk.controller.autosave.failed, timeout=15_000):
        desk.window.editor.setPlainText(big)
    assert desk.window.banner.isVisible()
    assert "disk is full" in desk.window.banner.text()
    assert desk.window.editor.toPlainText() == big  # nothing taken from the reporter
    assert desk.controller.autosave.dirty
    release()
    with qtbot.waitSignal(desk.controller.autosave.saved, timeout=15_000):
        desk.window.editor.insertPlainText(" ")  # the next edit saves everything
    assert big.strip() in desk.services.drafting.get(store["an_article"]).body


def test_export_on_a_full_disk_leaves_no_partial_bundle(store, tmp_path):
    room = open_newsroom(resolve(store["dir"]))
    s = room.services
    an, thanh = s.people.by_login("an"), s.people.by_login("thanh")
    art = store["an_article"]
    import os

    # Random pixels do not compress: the bundle is larger than the limit below.
    noisy = _png_from_rgb(300, 300, os.urandom(300 * 300 * 3))
    ref = s.media.add(an, noisy)
    s.drafting.edit(an, art, ArticleFields(featured_sha256=ref.sha256, featured_caption="Ảnh",
                                           featured_credit="PV"))
    s.review.submit(an, art)
    s.review.start_review(thanh, art)
    s.review.approve(thanh, art)
    room.close()
    out = tmp_path / "out"
    out.mkdir()

    def small_files():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a dead process
        resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, 256 * 1024))

    p = run_cli(store["dir"], "export", art, "--as", "hoa", "--out", str(out),
                preexec=small_files)
    assert p.returncode == 5
    assert "File too large" in p.stderr or "No space" in p.stderr
    assert "Traceback" not in p.stderr
    assert list(out.iterdir()) == []  # not even the temporary file
    room = open_newsroom(resolve(store["dir"]))
    try:
        assert room.services.drafting.get(art).status.value == "approved"
        assert room.services.exporting.records(art) == []
    finally:
        room.close()
