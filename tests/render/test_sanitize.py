from pathlib import Path

import pytest

from editor_app.render.markdown_html import render_body
from tests.render.safety import scan

PAYLOADS = [
    line for line in (Path(__file__).parents[1] / "data" / "xss_payloads.txt")
    .read_text("utf-8").splitlines() if line.strip()
]


def test_the_corpus_is_large_enough():
    assert len(PAYLOADS) >= 50


@pytest.mark.parametrize("payload", PAYLOADS, ids=range(len(PAYLOADS)))
def test_payload_never_survives_and_the_text_around_it_does(payload):
    source = f"Đoạn mở đầu an toàn.\n\n{payload}\n\nĐoạn kết thúc vẫn còn đây.\n"
    html = render_body(source)
    found = scan(html)
    assert found.problems == []
    # Escaped text may mention "javascript:"; markup may not.
    lowered = " ".join(found.markup).lower()
    for needle in ("<script", "javascript:", "vbscript:", "<iframe", "<style", "data:text"):
        assert needle not in lowered
    text = " ".join(found.text)
    assert "Đoạn mở đầu an toàn." in text
    assert "Đoạn kết thúc vẫn còn đây." in text


def test_the_scanner_itself_sees_active_content():
    assert scan('<img src=x onerror="alert(1)">').problems
    assert scan('<a href="javascript:alert(1)">x</a>').problems
    assert scan("<script>alert(1)</script>").problems


def test_ordinary_markdown_keeps_its_structure():
    html = render_body(
        "## Mở đầu\n\n**Đậm** và *nghiêng*, [liên kết](https://example.vn).\n\n"
        "> Trích dẫn\n\n- một\n- hai\n\n1. ba\n\n| Cột | Số |\n|:--|--:|\n| a | 1 |\n\n"
        "![Ảnh cầu](media/abc.png)\n\nChú thích[^1].\n\n[^1]: Nguồn.\n")
    for piece in ('<h2 id="mo-dau">', "<strong>Đậm</strong>",
                  "<em>nghiêng</em>", 'href="https://example.vn"', 'rel="noopener noreferrer"',
                  "<blockquote>", "<ul>", "<ol>", "<table>", 'style="text-align:right"',
                  'src="media/abc.png"', 'class="footnote"'):
        assert piece in html
