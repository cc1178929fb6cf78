"""Whatever the rich editor writes renders the same through the portal renderer.

Generated Markdown documents are loaded into the rich editor's document, written
back by its serializer, and both texts rendered by Python-Markdown with the portal's
configuration; the block structure, attributes and marked text must agree.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from editor_app.gui.editor.rich_loader import load_markdown
from editor_app.gui.editor.rich_serializer import to_markdown
from editor_app.render.markdown_html import render_body
from tests.gui.html_shape import shape

LETTERS = ("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệ"
           "ìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐÂ")
PUNCT = [".", ",", ":", ";", "!", "?", "(", ")", "\"", "'", "-", "%", "/", "*", "_", "#", "[",
         "]", "<", "&", "|", "\\", "`", "+", "1.", "&amp;"]

word = st.text(alphabet=LETTERS + "0123456789", min_size=1, max_size=8)
token = st.one_of(word, word, word, st.sampled_from(PUNCT))
# A span starts with a word: "# …" or "1. …" at the start of a line is a heading or a
# list in the source itself, not text the rich editor could have produced.
plain = st.builds(lambda w, rest: " ".join([w, *rest]), word, st.lists(token, max_size=5))
simple = st.lists(word, min_size=1, max_size=4).map(" ".join)
url = st.builds(lambda host, path: f"https://{host}.vn/{path}",
                st.text("abcxyz", min_size=1, max_size=5), st.text("abc123-", max_size=6))
image = st.builds(lambda alt, h, title: f"![{alt}](media/{h}.png{title})", simple,
                  st.text("0123456789abcdef", min_size=4, max_size=8),
                  st.sampled_from(["", ' "Ảnh minh hoạ"']))
span = st.one_of(
    plain, plain, plain,
    simple.map(lambda t: f"**{t}**"),
    simple.map(lambda t: f"*{t}*"),
    simple.map(lambda t: f"***{t}***"),
    st.builds(lambda t, u: f"[{t}]({u})", simple, url),
    st.builds(lambda t, u: f"[**{t}**]({u})", simple, url),
    simple.map(lambda t: f"`{t}`"),
    image,
)
inline = st.lists(span, min_size=1, max_size=5).map(" ".join)


@st.composite
def a_list(draw, depth=0):
    numbered = draw(st.booleans())
    start = draw(st.sampled_from([1, 1, 3])) if numbered else 1
    lines = []
    for i in range(draw(st.integers(1, 4))):
        marker = f"{start + i}. " if numbered else draw(st.sampled_from(["- ", "* ", "+ "]))
        lines.append("    " * depth + marker + draw(inline))
        if depth < 2 and draw(st.integers(0, 4)) == 0:
            lines.append(draw(a_list(depth + 1)))
    return "\n".join(lines)


@st.composite
def a_table(draw):
    cols = draw(st.integers(1, 3))
    aligns = [draw(st.sampled_from(["---", ":---", "---:", ":---:"])) for _ in range(cols)]
    rows = [[draw(simple) for _ in range(cols)]]
    rows += [[draw(st.one_of(simple, inline.filter(lambda t: "|" not in t and "![" not in t)))
              for _ in range(cols)] for _ in range(draw(st.integers(1, 3)))]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join(aligns) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(lines)


@st.composite
def a_quote(draw):
    paragraphs = draw(st.lists(inline, min_size=1, max_size=3))
    text = "\n>\n".join("> " + p for p in paragraphs)
    if draw(st.integers(0, 5)) == 0:
        text += "\n>\n> > " + draw(inline)
    return text


block = st.one_of(
    inline, inline, inline,
    st.builds(lambda n, t: "#" * n + " " + t, st.integers(1, 6), simple),
    a_list(),
    a_quote(),
    a_table(),
    st.just("---"),
    image,
)
document = st.lists(block, min_size=1, max_size=8).map("\n\n".join)


def roundtrip(source: str) -> str:
    doc = QTextDocument()
    load_markdown(doc, source)
    return to_markdown(doc)


@settings(max_examples=300, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(source=document)
def test_rich_mode_keeps_the_rendered_structure(qapp, source):
    written = roundtrip(source)
    assert shape(render_body(written)) == shape(render_body(source)), written


def test_the_comparison_sees_a_lost_structure(qapp):
    """The check above can fail: a list merged into a paragraph is a different shape."""
    assert shape(render_body("Đoạn\n\n- mục")) != shape(render_body("Đoạn\n- mục"))
    assert shape(render_body("**đậm**")) != shape(render_body("*đậm*"))


def test_written_lists_nest_by_four_spaces_and_stand_apart(qapp):
    written = roundtrip("Mở đầu\n\n- một\n    1. hai\n- ba\n\nKết")
    assert written == "Mở đầu\n\n- một\n    1. hai\n- ba\n\nKết"
