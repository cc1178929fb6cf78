"""Check a bundle: hashes, the manifest against the files, the ninjs, and the HTML."""

from __future__ import annotations

import functools
import json
import os
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar

from editor_app import resources
from editor_app.export import manifest as mf
from editor_app.export.zipsafe import UnsafeBundle, check_archive, read_entry

SCHEMA_ENV = "EDITOR_APP_NINJS_SCHEMA"


@dataclass
class Report:
    path: Path
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def find_schema(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The IPTC ninjs 3.1 schema: given, from the environment, else the copy in the package."""
    for c in (explicit, os.environ.get(SCHEMA_ENV), resources.ninjs_schema("3.1")):
        if c and Path(c).is_file():
            return Path(c)
    return None


@functools.cache
def _validator(schema_path: str) -> Any:
    """Built once per schema file: compiling it costs more than validating a document."""
    import jsonschema

    schema = json.loads(Path(schema_path).read_text("utf-8"))
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def ninjs_problems(doc: Any, schema_path: Path) -> list[str]:
    validator = _validator(str(schema_path))
    return [
        f"article.json {'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}"
        for e in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    ]


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

    ``content=False`` checks names, sizes, listing and hashes only: what an import
    relies on (it renders the page again and does not read the ninjs body).
    """
    report = Report(Path(path))
    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        report.problems.append(f"not a readable zip: {exc}")
        return report
    with zf:
        try:
            entries = {e.name: e for e in check_archive(zf)}
            data = {name: read_entry(zf, name) for name in entries}
        except (UnsafeBundle, zipfile.BadZipFile, OSError, RuntimeError) as exc:
            report.problems.append(f"unsafe or damaged: {exc}")
            return report
    if mf.NAME not in data:
        report.problems.append("manifest.json is missing")
        return report
    try:
        manifest = json.loads(data[mf.NAME])
        listed = {f["path"]: f for f in manifest["files"]}
    except (ValueError, KeyError, TypeError) as exc:
        report.problems.append(f"manifest.json is not a valid manifest: {exc}")
        return report
    if manifest.get("format") != mf.FORMAT:
        report.problems.append(f"manifest.json: format is {manifest.get('format')!r}")
    present = set(data) - {mf.NAME}
    for name in sorted(set(listed) - present):
        report.problems.append(f"{name}: listed in the manifest but missing")
    for name in sorted(present - set(listed)):
        report.problems.append(f"{name}: present but not listed in the manifest")
    for name in sorted(present & set(listed)):
        want = listed[name]
        if len(data[name]) != want.get("size"):
            report.problems.append(
                f"{name}: {len(data[name])} bytes, manifest says {want.get('size')}"
            )
        if mf.sha256(data[name]) != want.get("sha256"):
            report.problems.append(f"{name}: SHA-256 does not match the manifest")
    for required in ("article.json", "index.html", "article.md"):
        if required not in present:
            report.problems.append(f"{required} is missing")
    if not content:
        return report
    if "index.html" in data:
        report.problems += [
            f"index.html: active content {a}"
            for a in active_content(data["index.html"].decode("utf-8", "replace"))
        ]
    if "article.json" in data:
        _check_ninjs(report, data["article.json"], manifest, schema or find_schema())
    return report


def _check_ninjs(report: Report, raw: bytes, manifest: dict[str, Any], schema: Path | None) -> None:
    try:
        doc = json.loads(raw)
    except ValueError as exc:
        report.problems.append(f"article.json is not JSON: {exc}")
        return
    if not isinstance(doc, dict):
        report.problems.append("article.json is not a ninjs object")
        return
    if doc.get("uri") != f"urn:uuid:{manifest.get('articleId')}":
        report.problems.append("article.json: uri does not name the manifest's article")
    for body in doc.get("bodies", []):
        found = active_content(str(body.get("value", "")))
        report.problems += [f"article.json body: active content {a}" for a in found]
    if schema is None:
        report.notes.append(
            "the IPTC ninjs schema was not found (set EDITOR_APP_NINJS_SCHEMA): "
            "checked structure only"
        )
    else:
        report.problems += ninjs_problems(doc, schema)
