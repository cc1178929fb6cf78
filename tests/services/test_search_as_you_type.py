"""Search as the article list runs it (issue 19): no snippets, same hits, prefix indexes."""

import pytest
from alembic import command
from sqlalchemy import text

from editor_app.domain.entities import ArticleFields
from editor_app.domain.search_text import parse_query
from editor_app.store import schema
from editor_app.store.engine import WRITE_OPTION
from editor_app.store.search_index import _fts_match
from tests.conftest import draft

# Typed as a person types: prefixes of one to six letters, with and without
# diacritics, old and new tone placement, several words, capitals.
QUERIES = ["c", "củ", "của", "cua", "t", "th", "thu", "thuy", "thuỷ lợi", "thủy lợi", "hòa b",
           "hoà bình", "hoa binh", "Đ", "Đả", "Đảng", "dang", "ĐẢNG BỘ", "nông th", "nong thon m",
           "kinh t", "lễ hội", "le hoi mua", "tinh", "tỉnh", "tính", "nghiệ", "zz"]


def _fill(room, cast):
    titles = ["Đảng bộ tỉnh tổng kết năm", "Công trình thủy lợi của huyện",
              "Giữ gìn hòa bình", "Nông thôn mới ở xã", "Kinh tế tư nhân tăng trưởng",
              "Lễ hội mùa xuân", "Tính toán ngân sách", "Tin mới của tỉnh", "Nông nghiệp sạch"]
    arts = []
    for i, title in enumerate(titles):
        arts.append(draft(room, cast.reporter2, title,
                          summary=f"Tóm tắt {i}: thuỷ lợi và kinh tế",
                          body=f"Đoạn một.\n\nHội nghị của tỉnh bàn về {titles[-1 - i]}.\n"))
    room.services.review.submit(cast.reporter2, arts[0].id)
    return arts


def _hits(room, **kw):
    s = room.services.search
    return {q: [(h.id, h.title, h.status, h.category_name, h.author_name, h.updated_at, h.exact)
                for h in s.search(q, limit=200, prefix=True, **kw)]
            for q in QUERIES}


def test_the_list_search_gives_the_same_hits_without_snippets(room, cast):
    _fill(room, cast)
    with_snippets = _hits(room)
    assert _hits(room, snippets=False) == with_snippets
    assert _hits(room, snippets=False, status="submitted") == _hits(room, status="submitted")
    assert [len(with_snippets[q]) for q in ("củ", "hòa b", "zz")] == [9, 2, 0]
    bare = room.services.search.search("hoa b", prefix=True, snippets=False)
    assert [h.snippet for h in bare] == ["", ""]
    full = room.services.search.search("hoa b", prefix=True)
    assert all("«" in h.snippet for h in full)  # other callers still get them


def _matches(room):
    """Every article each query's FTS5 expressions find, straight from the tables there are."""
    out = {}
    with room.engine.connect() as conn:
        tables = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
        for q in QUERIES:
            query = parse_query(q, prefix_last=True)
            for exact in (True, False):
                match = _fts_match(query, exact=exact)
                out[q, exact, "all"] = conn.execute(text(
                    "SELECT rowid FROM article_search WHERE article_search MATCH :m "
                    "ORDER BY rowid DESC"), {"m": match}).scalars().all()
                out[q, exact, "title"] = conn.execute(text(
                    "SELECT rowid FROM article_search WHERE article_search MATCH :m "
                    "ORDER BY rowid DESC"), {"m": "{title} : (" + match + ")"}).scalars().all()
                if "article_titles" in tables:  # the headline index finds the same
                    assert conn.execute(text(
                        "SELECT rowid FROM article_titles WHERE article_titles MATCH :m "
                        "ORDER BY rowid DESC"), {"m": match}).scalars().all() == \
                        out[q, exact, "title"], (q, exact)
    return out


def _table_sql(room, name):
    with room.engine.connect() as conn:
        return conn.execute(text("SELECT sql FROM sqlite_master WHERE name = :n"),
                            {"n": name}).scalar()


@pytest.mark.sqlite_only
def test_prefix_and_headline_indexes_change_no_result_and_migrate_both_ways(room, cast):
    _fill(room, cast)
    hits, matches = _hits(room), _matches(room)
    assert any(matches.values())
    assert "prefix = '1 2 3 4 5 6'" in _table_sql(room, "article_search")
    assert "prefix = '1 2 3 4 5 6'" in _table_sql(room, "article_titles")
    cfg = schema._config()
    with room.engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010")
    assert "prefix" not in _table_sql(room, "article_search")
    assert _table_sql(room, "article_titles") is None
    assert _matches(room) == matches  # the index a store had before 0011 finds the same
    assert schema.upgrade(room.engine)  # a store at 0010 upgrades: both indexes filled
    assert "prefix = '1 2 3 4 5 6'" in _table_sql(room, "article_search")
    assert _matches(room) == matches
    assert _hits(room) == hits
    # The remade indexes take new writes: an edited headline is found by its first letters.
    art_id = hits["nong thon m"][0][0]
    room.services.drafting.edit(cast.reporter2, art_id, ArticleFields(title="Xây cầu Vàm Cống"))
    s = room.services.search
    assert [h.id for h in s.search("vam c", prefix=True, snippets=False)] == [art_id]
    assert art_id not in [h.id for h in s.search("nong thon m", prefix=True, snippets=False)]
