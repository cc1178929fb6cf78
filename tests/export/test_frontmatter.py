"""article.md front matter is YAML: written by PyYAML, read back by it, whatever the title."""

import unicodedata

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.export import frontmatter
from editor_app.export.ninjs_read import related_roles

# What titles and bylines are made of, plus everything YAML gives a meaning to.
TRICKY = ":#-'\"[]{}|>&*!%@`,?\\ "
VIETNAMESE = "ạảãàáâậầấẩẫăắằặẳẵđĐêếềệểễôồốộổỗơờớợởỡưừứựửữýỳỷỹỵ"
text = st.text(alphabet=st.sampled_from(TRICKY + VIETNAMESE + "abcXYZ019"), min_size=1,
               max_size=40).filter(lambda t: t.strip())


def header(md: str) -> dict:
    assert md.startswith("---\n")
    return yaml.safe_load(md.split("\n---\n", 1)[0].removeprefix("---\n"))


def test_a_title_with_a_colon_is_one_yaml_string():
    title = "Ngành Y tế Nghệ An: nhiều đổi mới"
    md = frontmatter.dump({"title": title, "tags": "y tế, đổi mới"}, "Thân bài.\n")
    assert header(md) == {"title": title, "tags": "y tế, đổi mới"}
    assert frontmatter.parse(md).title == title
    assert frontmatter.parse(md).body == "Thân bài.\n"


@settings(max_examples=300, deadline=None)
@given(title=text, summary=text, byline=text)
def test_any_title_round_trips_through_pyyaml(title, summary, byline):
    meta = {"title": title, "summary": summary, "byline": byline}
    md = frontmatter.dump(meta, "# Không phải tiêu đề\n\nThân bài.\n")
    assert header(md) == meta  # any YAML reader sees the same strings
    back = frontmatter.parse(md)
    nfc = {k: unicodedata.normalize("NFC", v) for k, v in meta.items()}
    assert {k: back.meta[k] for k in meta} == nfc
    assert back.body.startswith("# Không phải tiêu đề")


@given(title=st.sampled_from(["yes", "no", "on", "1.0", "2026-11-27", "null", "~", "0x1F"]))
def test_words_yaml_would_turn_into_other_types_stay_text(title):
    assert frontmatter.parse(frontmatter.dump({"title": title}, "x")).title == title
    assert frontmatter.parse(f"---\ntitle: {title}\n---\nx").title == title


def test_a_hand_written_header_yaml_refuses_still_imports():
    doc = frontmatter.parse("---\ntitle: Lễ hội: mùa thu\ncategory: Du lịch\n---\nThân bài\n")
    assert doc.meta == {"title": "Lễ hội: mùa thu", "category": "Du lịch"}
    assert doc.body == "Thân bài\n"


def test_yaml_lists_are_read_as_comma_separated_tags():
    doc = frontmatter.parse("---\ntitle: A\ntags: [du lịch, lễ hội]\n---\nx\n")
    assert doc.meta["tags"] == "du lịch, lễ hội"


def test_related_roles_of_a_16_document_follow_their_numbers_not_the_key_order():
    ids = [f"00000000-0000-4000-8000-{i:012d}" for i in range(12)]
    assoc = {f"pinned_{n}": {"uri": f"urn:uuid:{ids[n]}"} for n in range(1, 12)}
    assoc["hidden_1"] = {"uri": f"urn:uuid:{ids[0]}"}
    doc = {"uri": "urn:uuid:x", "associations": dict(sorted(assoc.items()))}
    assert related_roles(doc) == [*(("pinned", ids[n]) for n in range(1, 12)),
                                  ("hidden", ids[0])]


def _pure_python(meta: dict) -> str:
    """What dump wrote before it used libyaml: PyYAML's own emitter."""
    text = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False,
                          default_flow_style=False, width=1_000_000)
    return f"---\n{text}---\n\nx\n"


# Every character but surrogates: C0/C1 controls, U+0085, U+2028, BOM, past U+FFFF.
any_char = st.characters(exclude_categories=("Cs",))
long_line = st.builds(lambda w, n: (w + " ") * n, text, st.integers(100, 400))


@settings(max_examples=400, deadline=None)
@given(meta=st.dictionaries(st.sampled_from(frontmatter.KEYS),
                            st.one_of(text, st.text(any_char, min_size=1), long_line),
                            min_size=1))
def test_article_md_is_byte_for_byte_what_pure_python_pyyaml_writes(meta):
    ordered = {k: meta[k] for k in frontmatter.KEYS if k in meta}
    assert frontmatter.dump(meta, "x") == _pure_python(ordered)


def test_characters_libyaml_escapes_are_written_as_pyyaml_writes_them():
    for title in ("Đà Nẵng 😀", "xuống\x85dòng", "𝔘 " * 3, "a" * 200_000):
        assert frontmatter.dump({"title": title}, "x") == _pure_python({"title": title})
