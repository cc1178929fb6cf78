"""`editor-app article import FILE.docx`: a Word file as a new draft, from a real process."""

import json

from tests.test_cli import cli, newsroom  # noqa: F401  (fixtures)
from tests.word_docs import article_docx


def test_article_import_docx_prints_the_id_and_keeps_the_image(newsroom, tmp_path):  # noqa: F811
    path = article_docx(tmp_path / "Khánh thành cầu.docx")
    p = newsroom("article", "import", str(path), "--as", "an", "--category", "Trong tỉnh",
                 check_rc=0)
    aid = p.stdout.strip()
    assert len(aid) == 36
    assert p.stderr == ""
    art = json.loads(newsroom("article", "show", aid, "--json", check_rc=0).stdout)
    assert art["title"] == "Khánh thành cầu Sông Hương mới"
    assert art["category"] == "Trong tỉnh"
    assert "**UBND tỉnh**" in art["body"]
    assert "    - Ngân sách trung ương" in art["body"]
    assert "| Cầu chính | 650 m |" in art["body"]
    assert "![Cầu Sông Hương mới nhìn từ trên cao](media/" in art["body"]

    page = tmp_path / "bai.html"
    newsroom("article", "render", aid, "--out", str(page), check_rc=0)
    assert "Cầu Sông Hương mới nhìn từ trên cao</figcaption>" in page.read_text("utf-8")


def test_a_broken_docx_is_refused_with_one_line(newsroom, tmp_path):  # noqa: F811
    bad = tmp_path / "hỏng.docx"
    bad.write_bytes(b"PK\x03\x04 broken")
    p = newsroom("article", "import", str(bad), "--as", "an")
    assert p.returncode == 5
    assert p.stderr.count("\n") == 1
    assert "Traceback" not in p.stderr
