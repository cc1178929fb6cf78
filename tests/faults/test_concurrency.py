"""Two processes writing one store; two people editing one article."""

import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.app import open_newsroom
from editor_app.domain.entities import ArticleFields
from editor_app.domain.errors import Conflict
from editor_app.paths import resolve
from tests.faults.conftest import child_env

WRITER = Path(__file__).with_name("burst.py")


def test_two_processes_writing_lose_nothing_and_never_say_locked(store):
    procs = [subprocess.Popen([sys.executable, str(WRITER), str(store["dir"]), login, tag, "60"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=child_env())
             for login, tag in (("an", "A"), ("dung", "B"))]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (_out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert "locked" not in err.lower()
    acked = [line.split(" ", 1)[1] for out, _ in outs for line in out.splitlines()
             if line.startswith("ACK ")]
    assert len(acked) == 120
    room = open_newsroom(resolve(store["dir"]))
    try:
        titles = {a.title for a in room.services.drafting.summaries()}
        assert set(acked) <= titles
        assert room.backup.check() == []
    finally:
        room.close()


def test_two_people_on_one_article_both_versions_are_kept(store):
    a = open_newsroom(resolve(store["dir"]))
    b = open_newsroom(resolve(store["dir"]))
    try:
        thanh = a.services.people.by_login("thanh")
        an = b.services.people.by_login("an")
        art_id = store["an_article"]
        v = a.services.drafting.get(art_id).version
        a.services.drafting.edit(thanh, art_id, ArticleFields(body="Biên tập viên sửa.\n"),
                                 expected_version=v)
        with pytest.raises(Conflict) as caught:
            b.services.drafting.edit(an, art_id, ArticleFields(body="Phóng viên sửa.\n"),
                                     expected_version=v)
        b.services.drafting.edit(an, art_id, ArticleFields(
            body=caught.value.current_body + "\nPhóng viên sửa.\n"),
            expected_version=caught.value.current_version)
        bodies = [a.services.review.revision(r.id).snapshot.body
                  for r in a.services.review.revisions(art_id)]
        assert "Biên tập viên sửa.\n" in bodies
        assert any("Phóng viên sửa." in x and "Biên tập viên sửa." in x for x in bodies)
    finally:
        a.close()
        b.close()
