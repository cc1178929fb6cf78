"""Check a bundle: hashes, the manifest against the files, the ninjs, and the HTML."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar

from editor_app import resources
from editor_app.export.ninjs_check import ninjs_problems
from editor_app.export.ninjs_read import profile_of
from editor_app.export.reader import BODY, Contents, read_bundle

SCHEMA_ENV = "EDITOR_APP_NINJS_SCHEMA"


@dataclass
class Report:
    path: Path
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    contents: Contents | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def find_schema(explicit: str | os.PathLike[str] | None = None,
                profile: str = "3.1") -> Path | None:
    """The IPTC ninjs schema of *profile*.

    For 3.1: given, from the environment, else the copy in the package; for 1.6 the
    copy in the package (the option and the variable name a 3.1 schema).
    """
    candidates = ((explicit, os.environ.get(SCHEMA_ENV)) if profile == "3.1" else ()) + (
        resources.ninjs_schema(profile),)
    for c in candidates:
        if c and Path(c).is_file():
            return Path(c)
    return None


class _Active(HTMLParser):
    """Finds what a browser would run: script/iframe/object tags, handlers, script URLs."""

    BAD_TAGS: ClassVar[set[str]] = {
        "script",
        "iframe",
        "object",
        "embed",
        "frame",
        "frameset",
        "applet",
        "base",
        "form",
        "link",
        "meta",
    }
    URL_ATTRS: ClassVar[set[str]] = {
        "href",
        "src",
        "action",
        "formaction",
        "srcset",
        "data",
        "background",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = {k for k, _ in attrs}
        if tag == "meta" and "http-equiv" not in names:
            pass  # charset, viewport, generator: inert; http-equiv can redirect
        elif tag in self.BAD_TAGS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            v = "".join((value or "").split()).lower()
            if name.startswith("on"):
                self.found.append(f"{name}= on <{tag}>")
            elif name in self.URL_ATTRS and v.startswith(("javascript:", "vbscript:", "data:")):
                self.found.append(f"{name}={v[:30]} on <{tag}>")


def active_content(html: str) -> list[str]:
    parser = _Active()
    parser.feed(html)
    parser.close()
    return parser.found


def verify_bundle(path: Path, schema: Path | None = None, *, content: bool = True) -> Report:
    """Check the bundle at *path*.

    ``content=False`` runs only the checks an import relies on (reader.read_bundle):
    names, sizes, methods, listing, hashes, ids, dates, media. The full check adds
    the page and the ninjs body against the schema.
    """
    report = Report(Path(path))
    report.contents = read_bundle(Path(path), report.problems)
    if not content or report.contents is None:
        return report
    texts = report.contents.texts
    for name in ("index.html", BODY):
        if name in texts:
            report.problems += [f"{name}: active content {a}"
                                for a in active_content(texts[name].decode("utf-8", "replace"))]
    doc = report.contents.ninjs
    _check_ninjs(report, doc, find_schema(schema, profile_of(doc)))
    return report


def _check_ninjs(report: Report, doc: dict[str, Any], schema: Path | None) -> None:
    bodies = [str(b.get("value", "")) for b in doc.get("bodies", [])] if isinstance(
        doc.get("bodies", []), list) else []
    bodies += [str(v) for k, v in doc.items() if k.startswith("body_")]  # 1.6
    for body in bodies:
        found = active_content(body)
        report.problems += [f"article.json body: active content {a}" for a in found]
    if schema is None:
        report.notes.append(
            "the IPTC ninjs schema was not found (set EDITOR_APP_NINJS_SCHEMA): "
            "checked structure only"
        )
    else:
        report.problems += ninjs_problems(doc, schema)
