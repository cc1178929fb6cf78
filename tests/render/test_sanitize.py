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


# "javascript:" hidden from a scheme check by characters a browser (or a later tool)
# may drop: controls, spaces of every kind, zero-width and format characters, entities
# and percent-escapes of them, mixed case.
_HIDERS = ["\t", "\n", "\r", "\x01", "\x0b", "\x0c", "\x1f", "\x7f", "\x00", "\u00a0",
           "\u00ad", "\u200b", "\u200d", "\u2028", "\u2029", "\u3000", "\ufeff", "&#9;",
           "&#x09;", "&Tab;", "&NewLine;", "&#10;", "&#x0d;", "&#0;", "%09", "%0a", "%00",
           "%2509", "&#xa0;", "&nbsp;"]
_SCHEMES = ["javascript", "JaVaScRiPt", "vbscript", "data"]


def _obfuscations():
    for scheme in _SCHEMES:
        for hider in _HIDERS:
            yield f"{scheme[:4]}{hider}{scheme[4:]}:alert(1)"
            yield f"{hider}{scheme}:alert(1)"
            yield f"{scheme}{hider}:alert(1)"
        yield f"{scheme}&colon;alert(1)"
        yield "&#" + str(ord(scheme[0])) + ";" + scheme[1:] + ":alert(1)"


OBFUSCATED = list(dict.fromkeys(_obfuscations()))


def _compact(value: str) -> str:
    """What is left of an attribute once every hiding character is taken out."""
    import html
    import unicodedata
    from urllib.parse import unquote

    text = unquote(unquote(html.unescape(value)))
    return "".join(c for c in text if unicodedata.category(c)[0] not in "CZ"
                   and c != "\ufffd").casefold()


def _url_values(markup: str) -> list[str]:
    from html.parser import HTMLParser

    values = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag, attrs):
            values.extend(v or "" for k, v in attrs if k in ("href", "src"))

    Collect(convert_charrefs=True).feed(markup)
    return values


def test_there_are_many_obfuscations():
    assert len(OBFUSCATED) >= 300


@pytest.mark.parametrize("url", OBFUSCATED, ids=range(len(OBFUSCATED)))
def test_a_hidden_script_url_never_reaches_rendered_html(url):
    from editor_app.render.sanitize import sanitize

    md_url = url.replace("\n", "%0A").replace("\r", "%0D")  # one Markdown line
    sources = {
        "markdown": render_body(f"[bấm]({md_url}) và ![ảnh]({md_url})\n\n[ref][r]\n\n"
                                f"[r]: {md_url}\n\n<{md_url}>\n"),
        "html in markdown": render_body(f'<a href="{url}">bấm</a> <img src="{url}">\n'),
        "html": sanitize(f'<a href="{url}">bấm</a><img src="{url}">'),
    }
    for where, html in sources.items():
        for value in _url_values(html):
            compact = _compact(value)
            assert not compact.startswith(("javascript:", "vbscript:", "data:")), (where, value)


def test_ordinary_urls_are_kept():
    from editor_app.render.sanitize import sanitize

    for url in ("https://baosonha.vn/tin-tuc/a%20b", "media/abc.png", "#fn1",
                "mailto:toasoan@sonha.vn", "tel:+84123", "/tin/da-nang"):
        assert f'href="{url}"' in sanitize(f'<a href="{url}">x</a>')
