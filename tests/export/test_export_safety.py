"""Export builds names only from valid parts and never writes what its own verify refuses."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from editor_app.domain.errors import InvalidInput
from editor_app.domain.workflow import Status
from editor_app.export.verify import verify_bundle
from editor_app.services.export_parts import bundle_name
from tests.export.helpers import approved_article, read_zip


def sql(room, statement, *params):
    con = sqlite3.connect(room.paths.database_file)
    try:
        con.execute(statement, params)
        con.commit()
    finally:
        con.close()


def stamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


@pytest.mark.parametrize("bad_id", ["/../../PWNED", "<script>", "..", "A" * 36])
def test_a_bundle_is_never_named_after_an_invalid_id(room, cast, bad_id):
    art = approved_article(room, cast)
    with pytest.raises(InvalidInput, match="not a valid id"):
        bundle_name(dataclasses.replace(art, id=bad_id))


def test_a_slug_that_is_not_a_slug_names_no_file(room, cast, tmp_path):
    art = approved_article(room, cast)
    sql(room, "UPDATE articles SET slug = ? WHERE id = ?", "../../../escaped", art.id)
    out = tmp_path / "a" / "b" / "out"
    with pytest.raises(InvalidInput, match="slug"):
        room.services.exporting.export(cast.staff, art.id, out)
    assert list(tmp_path.rglob("*.zip")) == []
    assert room.services.exporting.records(art.id) == []


def test_export_refuses_to_write_a_bundle_verify_would_refuse(room, cast, tmp_path):
    art = approved_article(room, cast)
    # Created while the clock said 2099: the bundle's dates would be impossible.
    sql(room, "UPDATE articles SET created_at = ? WHERE id = ?",
        stamp(datetime(2099, 1, 1, tzinfo=UTC)), art.id)
    out = tmp_path / "out"
    with pytest.raises(InvalidInput, match=r"would not pass verify.*future"):
        room.services.exporting.export(cast.staff, art.id, out)
    assert list(out.iterdir()) == []
    assert room.services.exporting.records(art.id) == []
    assert room.services.drafting.get(art.id).status is Status.APPROVED


def test_a_clock_that_went_back_still_gives_dates_in_order(room, cast, tmp_path):
    art = approved_article(room, cast)
    # The first save was stamped an hour ahead, the last one at the right time.
    sql(room, "UPDATE articles SET created_at = ? WHERE id = ?",
        stamp(datetime.now(UTC) + timedelta(hours=1)), art.id)
    path = room.services.exporting.export(cast.staff, art.id, tmp_path / "out")
    doc = json.loads(read_zip(path)["article.json"])
    assert doc["versionCreated"] >= doc["firstCreated"]
    assert verify_bundle(path).ok
