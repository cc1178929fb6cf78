"""`editor-app article resolve`: ending a sync conflict from a desktop's command line."""

from __future__ import annotations

import pytest

from editor_app.__main__ import main
from editor_app.domain.entities import ArticleFields
from tests.services.sync_helpers import desktop, server_of

BODY = "Sáng nay mưa lớn gây ngập.\n\nLực lượng cứu hộ có mặt.\n"


@pytest.fixture
def conflict(room, cast, tmp_path, sqlite_templates):
    """An article Thành's desktop holds in conflict: his edit and An's overlap."""
    server = server_of(room)
    an = desktop(tmp_path, "an", sqlite_templates["empty"], cast.reporter, server)
    thanh = desktop(tmp_path, "thanh", sqlite_templates["empty"], cast.editor, server)
    art = an.s.drafting.create(cast.reporter, ArticleFields(
        title="Mưa lớn", body=BODY, category_id="Trong tỉnh"))
    an.sync()
    thanh.sync()
    an.s.drafting.edit(cast.reporter, art.id, ArticleFields(body=BODY.replace("lớn", "rất lớn")))
    thanh.s.drafting.edit(cast.editor, art.id, ArticleFields(body=BODY.replace("lớn", "to")))
    an.sync()
    assert thanh.sync().conflicts == [art.id]
    yield room, thanh, art.id, tmp_path / "thanh"
    an.room.close()
    thanh.room.close()


def test_take_mine_ends_the_conflict_here_and_on_the_server(conflict, capsys):
    room, thanh, article_id, data = conflict
    code = main(["--data-dir", str(data), "article", "resolve", article_id, "--take",
                     "mine", "--as", "thanh"])
    assert code == 0
    assert capsys.readouterr().out.startswith(article_id)
    assert thanh.sync().clean
    assert room.services.drafting.get(article_id).body == BODY.replace("lớn", "to")


def test_a_body_file_ends_the_conflict_with_the_text_a_person_wrote(conflict, tmp_path):
    room, thanh, article_id, data = conflict
    merged = tmp_path / "merged.md"
    merged.write_text(BODY.replace("lớn", "rất to"), encoding="utf-8")
    code = main(["--data-dir", str(data), "article", "resolve", article_id,
                     "--body-file", str(merged), "--as", "thanh"])
    assert code == 0
    assert thanh.sync().clean
    assert room.services.drafting.get(article_id).body == BODY.replace("lớn", "rất to")
    # Resolved once: a second resolve has nothing to resolve.
    code = main(["--data-dir", str(data), "article", "resolve", article_id, "--take",
                     "mine", "--as", "thanh"])
    assert code == 5


def test_resolve_needs_one_way_to_resolve(conflict, capsys):
    _, _, article_id, data = conflict
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", str(data), "article", "resolve", article_id, "--as", "thanh"])
    assert exc.value.code == 2
