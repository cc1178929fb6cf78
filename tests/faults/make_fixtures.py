"""Make the fixture store of each older schema (run by hand when a migration is added).

    python -m tests.faults.make_fixtures

Each store fixture is a small real store at that revision with known rows, so the
upgrade test can check every row survives.
"""

import sqlite3
from pathlib import Path

from editor_app.store import schema
from editor_app.store.engine import make_engine

FIXTURES = Path(__file__).with_name("fixtures")
T = "2025-06-01 08:30:00.000000"

ROWS_0001 = {
    "people": [("p1", "an", "Nguyễn Văn An", "reporter", "Ban Tuyên giáo Tỉnh ủy", 1, T),
               ("p2", "thanh", "Đỗ Văn Thành", "editor", "", 1, T)],
    "categories": [("c1", "Thời sự", "thoi-su", None, 0),
                   ("c2", "Trong tỉnh", "trong-tinh", "c1", 1)],
    "articles": [(1, "a1", "Đảng bộ tỉnh tổng kết năm", "Phụ đề", "Sapo về hội nghị.",
                  "## Mở đầu\n\nHội nghị **tổng kết** diễn ra hòa bình.\n",
                  "dang-bo-tinh-tong-ket-nam", "approved", "c2", "Đảng,hội nghị", "p1",
                  "Nguyễn Văn An", "Ban Tuyên giáo Tỉnh ủy", "Báo tỉnh", "Sơn Hà", None, "",
                  "", "", 2, "r2", T, T, T, T, "p2", None)],
    "revisions": [("r1", "a1", None, 1, "p1", T, "", "draft", "Đảng bộ tỉnh tổng kết năm",
                   '{"body":"Bản đầu"}'),
                  ("r2", "a1", "r1", 2, "p1", T, "sửa", "draft", "Đảng bộ tỉnh tổng kết năm",
                   '{"body":"## Mở đầu"}')],
    "transitions": [(1, "a1", "p1", None, "draft", "", T),
                    (2, "a1", "p2", "in_review", "approved", "Tốt", T)],
    "comments": [("k1", "a1", "p2", "Bài viết tốt.", T, 0)],
    "article_authors": [("a1", "p1", 0)],
}


def make_0001() -> Path:
    return make("0001")


def make_0002() -> Path:
    return make("0002")


def make(revision: str) -> Path:
    """The same rows at schema *revision* (from 0002 on, with their search index)."""
    FIXTURES.mkdir(exist_ok=True)
    target = FIXTURES / f"store-{revision}.sqlite3"
    target.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{target}")
    schema.upgrade(engine, target=revision)
    engine.dispose()
    con = sqlite3.connect(target)
    for table, rows in ROWS_0001.items():
        for row in rows:
            con.execute(f"INSERT INTO {table} VALUES ({','.join('?' * len(row))})", row)
    con.commit()
    if revision != "0001":
        from sqlalchemy import create_engine

        from editor_app.store import search_index

        plain = create_engine(f"sqlite:///{target}")
        with plain.begin() as conn:
            search_index.rebuild(conn)
        plain.dispose()
    con.execute("PRAGMA journal_mode = DELETE")  # one self-contained file in the repository
    con.execute("VACUUM")
    con.close()
    return target


def make_bzip2_zeros() -> Path:
    """2 GiB of zeros as one bzip2 stream (1.5 KB): the payload of a lying-header bomb."""
    import bz2

    target = FIXTURES / "zeros-2gib.bz2"
    c = bz2.BZ2Compressor(9)
    zeros = bytes(64 << 20)
    out = [c.compress(zeros) for _ in range(32)]
    target.write_bytes(b"".join([*out, c.flush()]))
    return target


if __name__ == "__main__":
    print(make_0001())
    print(make_0002())
    print(make_bzip2_zeros())
