"""A store that cannot be written opens read-only, says so, and refuses writes clearly."""

import pytest

from editor_app.app import open_newsroom
from editor_app.domain.entities import ArticleFields
from editor_app.domain.errors import ReadOnlyStore
from editor_app.paths import resolve
from tests.faults.conftest import run_cli


def test_read_only_store_reads_and_refuses_writes(store):
    room = open_newsroom(resolve(store["dir"]), read_only=True)
    try:
        assert room.read_only
        s = room.services
        assert s.drafting.get(store["an_article"]).title == "Bài của An"
        assert [h.title for h in s.search.search("bai cua an")] == ["Bài của An"]
        an = s.people.by_login("an")
        with pytest.raises(ReadOnlyStore, match="read-only"):
            s.drafting.edit(an, store["an_article"], ArticleFields(body="x"))
        with pytest.raises(ReadOnlyStore):
            s.review.comment(an, store["an_article"], "y")
    finally:
        room.close()


def test_read_only_media_falls_back_to_immutable(store, tmp_path):
    # A copy without its WAL index files, as on a CD or a read-only share.
    import shutil

    ro = tmp_path / "ro"
    ro.mkdir()
    shutil.copy(resolve(store["dir"]).database_file, ro / "newsroom.sqlite3")
    room = open_newsroom(resolve(ro), read_only=True)
    try:
        assert room.services.drafting.count() == 2
    finally:
        room.close()


def test_cli_on_a_read_only_store_says_why(store, monkeypatch):
    import editor_app.store.health as health

    monkeypatch.setattr(health, "writable", lambda db: False)  # as on read-only media
    room = open_newsroom(resolve(store["dir"]))
    try:
        assert room.read_only
    finally:
        room.close()
    p = run_cli(store["dir"], "article", "list")
    assert p.returncode == 0
    assert "Bài của An" in p.stdout


def test_the_window_shows_a_read_only_banner(store, desk_factory, monkeypatch):
    import editor_app.store.health as health
    from editor_app.app import remember_device

    remember_device(resolve(store["dir"]), "an")  # signed in on this device before the media
    monkeypatch.setattr(health, "writable", lambda db: False)  # went read-only
    desk = desk_factory(store["dir"], None)
    assert desk.room.read_only
    desk.window.show()
    desk.controller.attach(desk.services, read_only=True)
    desk.settle()  # signing in reads the store on a worker
    assert desk.window.banner.isVisible()
    assert "read-only" in desk.window.banner.text()
    assert not desk.window.registry["new_article"].isEnabled()
    desk.open(store["an_article"])
    assert desk.window.editor.isReadOnly()
