"""Our small catalogue reader reads what Babel's reads (it replaced Babel at start-up)."""

import io

import pytest
from babel.messages.pofile import read_po

from editor_app import resources
from editor_app.domain import i18n, pofile

SAMPLE = r'''# A header comment
msgid ""
msgstr ""
"Language: vi\n"
"Content-Type: text/plain; charset=utf-8\n"

#, python-brace-format
msgctxt "not_found"
msgid "{what} not found: {key}"
msgstr "Không tìm thấy {what}: {key}"

# a translator's note
#: somewhere.py:12
msgctxt "long"
msgid ""
"First line\n"
"second \"quoted\" line\twith a tab \\ and a backslash"
msgstr ""
"Dòng một\n"
"dòng hai"

#, fuzzy, python-brace-format
msgctxt "unsure"
msgid "Maybe {x}"
msgstr "Có lẽ {x}"

msgctxt "empty"
msgid "Not yet translated"
msgstr ""

msgid "no context"
msgstr "không ngữ cảnh"

#~ msgctxt "gone"
#~ msgid "Obsolete"
#~ msgstr "Cũ"
'''


def babel_entries(text: str, locale: str | None = "vi") -> list[pofile.Entry]:
    return [pofile.Entry(str(m.context) if m.context else None, str(m.id), str(m.string),
                         m.fuzzy)
            for m in read_po(io.BytesIO(text.encode("utf-8")), locale=locale)
            if m.id]  # Babel yields the header too; the app never asks for it


def test_the_sample_reads_as_babel_reads_it():
    ours = pofile.read(SAMPLE)
    assert ours == babel_entries(SAMPLE)
    assert [e.context for e in ours] == ["not_found", "long", "unsure", "empty", None]
    assert ours[1].id == 'First line\nsecond "quoted" line\twith a tab \\ and a backslash'
    assert ours[2].fuzzy
    assert not ours[0].fuzzy


@pytest.mark.parametrize("parts", [("editor_app.pot",), ("vi", "LC_MESSAGES", "editor_app.po")])
def test_the_shipped_catalogues_read_as_babel_reads_them(parts):
    text = resources.path("locale", *parts).read_text("utf-8")
    assert pofile.read(text) == babel_entries(text, None if parts[0].endswith("pot") else "vi")


def test_plural_forms_are_left_to_babel():
    with pytest.raises(pofile.PluralForms):
        pofile.read('msgid "one"\nmsgid_plural "many"\nmsgstr[0] "x"\n')


def test_messages_are_the_same_as_before():
    """The tables the app builds, against the ones Babel's reader built."""
    for lang in ("vi", "en"):
        with resources.path("locale", "editor_app.pot").open("rb") as f:
            table = {str(m.context): str(m.id) for m in read_po(f) if m.context}
        if lang == "vi":
            with resources.path("locale", "vi", "LC_MESSAGES", "editor_app.po").open("rb") as f:
                table.update({str(m.context): str(m.string) for m in read_po(f, locale=lang)
                              if m.context and m.string and not m.fuzzy})
        assert i18n.messages(lang) == table
