"""Messages of the Qt-free core, from gettext catalogues in ``resources/locale/``.

The GUI translates its widgets through Qt; errors, statuses, roles and the
portal page come from layers that must not import Qt, so they are looked up
here. Each catalogue entry's ``msgctxt`` is the key the code asks for
(``tr("not_found", what=…, key=…)``) and its ``msgid`` is the English text;
``vi/LC_MESSAGES/editor_app.po`` translates it. The ``.po`` files are read as
they are, once per language, with Babel's reader: no compile step that a
wheel or a frozen build has to know about.
"""

from __future__ import annotations

from functools import cache

from editor_app import resources

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
    # Imported here, not at module level: most starts show no core message before the
    # window is up, and Babel's catalogue module is the heaviest import of this layer.
    from babel.messages.pofile import read_po

    with resources.path("locale", f"{DOMAIN}.pot").open("rb") as f:
        table = {str(m.context): str(m.id) for m in read_po(f) if m.context}
    if lang != SOURCE_LANGUAGE:
        po = resources.path("locale", lang, "LC_MESSAGES", f"{DOMAIN}.po")
        with po.open("rb") as f:
            table.update({str(m.context): str(m.string) for m in read_po(f, locale=lang)
                          if m.context and m.string and not m.fuzzy})
    return table


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
