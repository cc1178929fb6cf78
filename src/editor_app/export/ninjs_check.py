"""Validate ninjs against the IPTC schema, fast for a batch and exactly as the schema says.

The schema is compiled once per process. A document is then checked property by
property, each check remembered by the property's value: a batch repeats most of
them (the standard, the language, the reporter, the category and its tags, the
related articles of a category). That is the whole-document validation and no less
when the schema's root is what ninjs 3.1's is (:func:`_parts` checks it): an object
that ``$ref``s a type of independent ``properties``, with ``required`` and
``unevaluatedProperties: false`` — a document is then valid if and only if it is an
object holding the required names and no others, each value valid against its own
property (an array ``items`` by ``items``). Whenever that says anything but "valid",
or for another schema (ninjs 1.6), the whole document is validated and its errors
given: the problems reported are always the whole validation's.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# What the root may say for the shortcut to hold; anything else: the whole validation.
_ROOT_KEYS = {"$schema", "$id", "type", "title", "description", "$defs", "$ref", "required",
              "unevaluatedProperties"}
_TYPE_KEYS = {"title", "description", "type", "properties"}
_ARRAY_KEYS = {"title", "description", "type", "items"}


@functools.cache
def _validator(schema_path: str) -> Any:
    """Built once per schema file: compiling it costs more than validating a document.

    The validator class is the one the schema declares (2020-12 for 3.1, draft-07 for
    1.6), with its format checker: "uri" and "date-time" values are checked too.
    """
    from jsonschema.validators import validator_for

    schema = json.loads(Path(schema_path).read_text("utf-8"))
    cls = validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@dataclass(frozen=True)
class _Parts:
    required: frozenset[str]
    properties: dict[str, Any]  # name → validator of its value
    items: dict[str, Any]  # name of an array property → validator of one item


@functools.cache
def _parts(schema_path: str) -> _Parts | None:
    validator = _validator(schema_path)
    root = validator.schema
    if not isinstance(root, dict) or set(root) - _ROOT_KEYS \
            or root.get("type", "object") != "object" \
            or root.get("unevaluatedProperties") is not False:
        return None
    ref, defs, required = root.get("$ref"), root.get("$defs"), root.get("required", [])
    if not isinstance(ref, str) or not ref.startswith("#/$defs/") or not isinstance(defs, dict) \
            or not isinstance(required, list) or not all(isinstance(r, str) for r in required):
        return None
    typ = defs.get(ref.removeprefix("#/$defs/"))
    if not isinstance(typ, dict) or set(typ) - _TYPE_KEYS or typ.get("type") != "object" \
            or not isinstance(typ.get("properties"), dict):
        return None
    props = typ["properties"]
    # evolve keeps the root's resolver: the "$ref"s inside still resolve against it.
    return _Parts(
        required=frozenset(required),
        properties={k: validator.evolve(schema=v) for k, v in props.items()},
        items={k: validator.evolve(schema=v["items"]) for k, v in props.items()
               if isinstance(v, dict) and v.get("type") == "array"
               and isinstance(v.get("items"), (dict, bool)) and not set(v) - _ARRAY_KEYS},
    )


@functools.lru_cache(maxsize=8192)
def _ok(schema_path: str, name: str, item: bool, value: str) -> bool:
    """Whether *value* (canonical JSON) is valid as property *name* (one item of it)."""
    parts = _parts(schema_path)
    assert parts is not None
    validator = parts.items[name] if item else parts.properties[name]
    return not any(True for _ in validator.iter_errors(json.loads(value)))


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def valid_by_parts(doc: Any, schema_path: str) -> bool:
    """True: *doc* is valid. False: not known valid (validate the whole document)."""
    parts = _parts(schema_path)
    if parts is None or not isinstance(doc, dict) or not parts.required <= doc.keys() \
            or not doc.keys() <= parts.properties.keys():
        return False
    for name, value in doc.items():
        if name in parts.items and isinstance(value, list):  # "type": "array" holds
            if not all(_ok(schema_path, name, True, _canonical(v)) for v in value):
                return False
        elif not _ok(schema_path, name, False, _canonical(value)):
            return False
    return True


def ninjs_problems(doc: Any, schema_path: Path) -> list[str]:
    """Every way *doc* breaks the schema, as the whole-document validation says it."""
    if valid_by_parts(doc, str(schema_path)):
        return []
    validator = _validator(str(schema_path))
    return [
        f"article.json {'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
        for e in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    ]
