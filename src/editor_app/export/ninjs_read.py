"""What an import reads from a bundle's ninjs, whichever profile wrote it (3.1 or 1.6).

The two profiles name the same facts differently (export/ninjs.py writes both);
these functions give an import one view of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from editor_app.export.ninjs import HIDDEN, PINNED, RELATED


@dataclass(frozen=True)
class Picture:
    sha256: str
    caption: str = ""
    credit: str = ""
    alt: str = ""


def profile_of(doc: dict[str, Any]) -> str:
    """"1.6" for a ninjs 1.x document (lower-case names, associations an object), else "3.1"."""
    standard = doc.get("$standard")
    if isinstance(standard, dict) and str(standard.get("version", "")).startswith("1."):
        return "1.6"
    if isinstance(doc.get("associations"), dict) or "versioncreated" in doc or "headline" in doc:
        return "1.6"
    return "3.1"


def associations(doc: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """(name, object) of every association, in document order; 1.6 keys are the names."""
    value = doc.get("associations")
    if isinstance(value, dict):
        return [(str(k), v) for k, v in value.items() if isinstance(v, dict)]
    if isinstance(value, list):
        return [(str(a.get("name", "")), a) for a in value if isinstance(a, dict)]
    return []


def _role_text(items: Any, role: str) -> str:
    if not isinstance(items, list):
        return ""
    return next((str(x.get("value", "")) for x in items
                 if isinstance(x, dict) and x.get("role") == role), "")


def _picture(a: dict[str, Any], v16: bool) -> Picture:
    sha = str(a.get("uri", "")).removeprefix("urn:sha256:")
    if v16:
        return Picture(sha, str(a.get("description_text", "")), str(a.get("byline", "")),
                       str(a.get("description_alt", "")))
    return Picture(sha, _role_text(a.get("descriptions"), "caption"), str(a.get("by", "")),
                   _role_text(a.get("headlines"), "alt"))


def featured(doc: dict[str, Any]) -> Picture | None:
    v16 = profile_of(doc) == "1.6"
    for name, a in associations(doc):
        if name == ("featuremedia" if v16 else "featured"):
            return _picture(a, v16)
    return None


def inline_pictures(doc: dict[str, Any]) -> list[Picture]:
    """The pictures of the body, with their caption, credit and alt."""
    v16 = profile_of(doc) == "1.6"
    prefix = "inline_" if v16 else "inline-"
    return [_picture(a, v16) for name, a in associations(doc) if name.startswith(prefix)]


def author_logins(doc: dict[str, Any]) -> list[str]:
    v16 = profile_of(doc) == "1.6"
    people = doc.get("person" if v16 else "people", [])
    if not isinstance(people, list):
        return []
    return [str(p.get("code" if v16 else "literal", "")) for p in people if isinstance(p, dict)]


def related_roles(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """(role, article id) of the related articles, in the page's order, then the hidden."""
    v16 = profile_of(doc) == "1.6"
    found = []
    for name, a in associations(doc):
        role = name.split("_", 1)[0] if v16 else str(a.get("rel", ""))
        uri = str(a.get("uri", ""))
        if role in (PINNED, RELATED, HIDDEN) and uri.startswith("urn:uuid:"):
            found.append((role, uri.removeprefix("urn:uuid:"), _number(name)))
    if v16:  # an object's keys come in any order (the bundle sorts them): the number tells
        found.sort(key=lambda f: (f[0] == HIDDEN, f[2]))
    return [(role, i) for role, i, _ in found]


def _number(name: str) -> int:
    tail = name.replace("-", "_").rsplit("_", 1)[-1]
    return int(tail) if tail.isdigit() else 0
