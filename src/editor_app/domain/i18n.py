"""Messages of the Qt-free core, from gettext catalogues in ``resources/locale/``.

The GUI translates its widgets through Qt; errors, statuses, roles and the
portal page come from layers that must not import Qt, so they are looked up
here. Each catalogue entry's ``msgctxt`` is the key the code asks for
(``tr("not_found", what=…, key=…)``) and its ``msgid`` is the English text;
``vi/LC_MESSAGES/editor_app.po`` translates it. The ``.po`` files are read as
they are, once per language (domain/pofile.py; Babel's reader for what that one does
not read): no compile step that a wheel or a frozen build has to know about.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from editor_app import resources
from editor_app.domain import pofile

if TYPE_CHECKING:
    from pathlib import Path

DOMAIN = "editor_app"
SOURCE_LANGUAGE = "en"  # the msgids are English: English needs no translation file
LANGUAGES = ("vi", "en")

# The UI language of this process (the CLI's --lang, the GUI's setting). The published
# page does not follow it: render/ asks for the portal's language with translate().
_LANG = ["vi"]


def normalise(lang: str) -> str:
    """"en", "en_US", "EN" → "en"; anything else → "vi", the newsroom's language."""
    return "en" if lang.lower().startswith("en") else "vi"


def set_language(lang: str) -> None:
    """Choose the language of core messages ("vi" or "en")."""
    _LANG[0] = normalise(lang)


def language() -> str:
    return _LANG[0]


@cache
def messages(lang: str) -> dict[str, str]:
    """Key → text in *lang*: the English source text, overlaid by the language's translations.

    An entry left untranslated or marked fuzzy falls back to English, as gettext does.
    """
    table = {e.context: e.id for e in _entries(resources.path("locale", f"{DOMAIN}.pot"))
             if e.context}
    if lang != SOURCE_LANGUAGE:
        po = resources.path("locale", lang, "LC_MESSAGES", f"{DOMAIN}.po")
        table.update({e.context: e.string for e in _entries(po, lang)
                      if e.context and e.string and not e.fuzzy})
    return table


def _entries(path: Path, lang: str | None = None) -> list[pofile.Entry]:
    """A catalogue's entries: our small reader, or Babel's for what it does not read."""
    try:
        return pofile.read(path.read_text("utf-8"))
    except ValueError:  # plural forms (pofile.PluralForms), or a line it cannot read
        # Babel's catalogue module is the heaviest import of this layer: only when needed.
        from babel.messages.pofile import read_po

        with path.open("rb") as f:
            return [pofile.Entry(str(m.context) if m.context else None, str(m.id),
                                 str(m.string), m.fuzzy) for m in read_po(f, locale=lang)]


def translate(lang: str, code: str, **params: object) -> str:
    """Format the message *code* in *lang*, whatever the UI language is."""
    return messages(normalise(lang)).get(code, code).format(**params)


def tr(code: str, **params: object) -> str:
    """Format the message *code* in the current language."""
    return translate(_LANG[0], code, **params)


def action_name(action: str) -> str:
    return _name("action", action)


def status_name(status: str) -> str:
    return _name("status", status)


def role_name(role: str) -> str:
    return _name("role", role)


def _name(kind: str, value: str) -> str:
    # An unknown value shows as itself, as before: better a raw code than nothing.
    return messages(_LANG[0]).get(f"{kind}.{value}", str(value))
