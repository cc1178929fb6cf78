"""Read a bundle and check everything an import relies on: the one rule verify and import share.

`verify` runs this and then looks at the page and the ninjs body (which an
import does not use: it renders the page again); an import runs only this. So
whatever an import refuses, `verify` refuses too, with the same words.
Media are checked one at a time and not kept: memory stays bounded by the
largest single entry, whatever the bundle holds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from editor_app.domain import ids, images
from editor_app.domain.errors import InvalidInput
from editor_app.export import manifest as mf
from editor_app.export.ninjs import PROFILES
from editor_app.export.ninjs_read import profile_of
from editor_app.export.zipsafe import UnsafeBundle, check_archive, open_archive, read_entry

if TYPE_CHECKING:
    from pathlib import Path

TEXTS = ("article.json", "index.html", "article.md")
# Written since bundles carry it; older bundles without it stay readable.
BODY = "body.html"
MAX_VERSION = 2**31 - 1
# A clock a little ahead is ordinary; a date past this is a wrong clock or a forgery.
FUTURE_SLACK = timedelta(days=1)


@dataclass
class Contents:
    """What a sound bundle holds; media stay in the zip (names only)."""

    manifest: dict[str, Any] = field(default_factory=dict)
    ninjs: dict[str, Any] = field(default_factory=dict)
    markdown: str = ""
    texts: dict[str, bytes] = field(default_factory=dict)
    media: list[str] = field(default_factory=list)


def read_bundle(path: Path, problems: list[str]) -> Contents | None:
    """The checked contents of the bundle at *path*; every problem found is appended."""
    try:
        zf = open_archive(path)
    except UnsafeBundle as exc:
        text = str(exc)
        problems.append(text if text.startswith("not a readable zip") else
                        f"unsafe or damaged: {text}")
        return None
    except OSError as exc:
        problems.append(f"not a readable zip: {exc.strerror or exc}")
        return None
    found = Contents()
    hashes: dict[str, tuple[str, int]] = {}
    with zf:
        try:
            entries = check_archive(zf)
            for e in entries:
                data = read_entry(zf, e.name)
                hashes[e.name] = (mf.sha256(data), len(data))
                if e.name.startswith("media/"):
                    found.media.append(e.name)
                    problems += _media_problems(e.name, data, hashes[e.name][0])
                else:
                    found.texts[e.name] = data
                del data  # one image at a time
        except UnsafeBundle as exc:
            problems.append(f"unsafe or damaged: {exc}")
            return None
    before = len(problems)
    manifest = _manifest(found.texts.get(mf.NAME), problems)
    if manifest is None:
        return None
    found.manifest = manifest
    _listing(manifest, hashes, problems)
    for required in TEXTS:
        if required not in hashes:
            problems.append(f"{required} is missing")
    if "article.json" in found.texts:
        found.ninjs = _ninjs(found.texts["article.json"], manifest, problems)
        claimed = manifest.get("ninjsProfile")
        if found.ninjs and claimed is not None and claimed != profile_of(found.ninjs):
            problems.append(f"article.json is ninjs {profile_of(found.ninjs)}, the manifest "
                            f"says {_short(claimed)}")
    if "article.md" in found.texts:
        try:
            found.markdown = found.texts["article.md"].decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(f"article.md is not UTF-8 text (byte {exc.start})")
    return found if len(problems) == before else None


def _media_problems(name: str, data: bytes, digest: str) -> list[str]:
    """*digest*: the SHA-256 of *data*, taken once for the listing and for the name."""
    sha, ext = name.removeprefix("media/").split(".", 1)
    if digest != sha:
        return [f"{name}: content does not match its name"]
    try:
        info = images.inspect_image(data)
    except InvalidInput as exc:
        return [f"{name}: {exc}"]
    if info.ext != ext:
        return [f"{name}: a {info.mime} file named .{ext}"]
    return []


def _manifest(raw: bytes | None, problems: list[str]) -> dict[str, Any] | None:
    if raw is None:
        problems.append("manifest.json is missing")
        return None
    try:
        manifest = json.loads(raw)
    except ValueError as exc:
        problems.append(f"manifest.json is not a valid manifest: {exc}")
        return None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), list) or not all(
        isinstance(f, dict) and isinstance(f.get("path"), str) for f in manifest["files"]
    ):
        problems.append("manifest.json is not a valid manifest: no list of files")
        return None
    if manifest.get("format") != mf.FORMAT:
        problems.append(f"manifest.json: format is {manifest.get('format')!r}")
    for key in ("articleId", "revisionId"):
        if not ids.is_uuid(manifest.get(key)):
            problems.append(f"manifest.json: {key} {_short(manifest.get(key))} is not an id "
                            "(a UUID)")
    version = manifest.get("version")
    if type(version) is not int or not 1 <= version <= MAX_VERSION:
        problems.append(f"manifest.json: version {_short(version)} is not a whole number "
                        f"from 1 to {MAX_VERSION}")
    chain = manifest.get("revisionChain", [])
    if not isinstance(chain, list) or not all(ids.is_uuid(r) for r in chain):
        problems.append("manifest.json: revisionChain is not a list of revision ids")
    for key in ("approvedBy", "approvedAt"):
        if manifest.get(key) is not None and not isinstance(manifest[key], str):
            problems.append(f"manifest.json: {key} is not text")
    if isinstance(manifest.get("approvedAt"), str):
        _dates(problems, "manifest.json", approvedAt=manifest["approvedAt"])
    if manifest.get("ninjsProfile", PROFILES[0]) not in PROFILES:
        problems.append(f"manifest.json: ninjsProfile {_short(manifest.get('ninjsProfile'))} "
                        f"is not one of {', '.join(PROFILES)}")
    related = manifest.get("related", {})
    if not isinstance(related, dict) or not all(
            isinstance(related.get(k, []), list) and all(ids.is_uuid(x) for x in related.get(k, []))
            for k in ("pinned", "hidden")):
        problems.append("manifest.json: related is not lists of pinned and hidden article ids")
        manifest["related"] = {}
    return manifest


def _listing(manifest: dict[str, Any], hashes: dict[str, tuple[str, int]],
             problems: list[str]) -> None:
    listed = {f["path"]: f for f in manifest["files"]}
    present = set(hashes) - {mf.NAME}
    for name in sorted(set(listed) - present):
        problems.append(f"{name}: listed in the manifest but missing")
    for name in sorted(present - set(listed)):
        problems.append(f"{name}: present but not listed in the manifest")
    for name in sorted(present & set(listed)):
        sha, size = hashes[name]
        if size != listed[name].get("size"):
            problems.append(f"{name}: {size} bytes, manifest says {listed[name].get('size')}")
        if sha != listed[name].get("sha256"):
            problems.append(f"{name}: SHA-256 does not match the manifest")


def _ninjs(raw: bytes, manifest: dict[str, Any], problems: list[str]) -> dict[str, Any]:
    try:
        doc = json.loads(raw)
    except ValueError as exc:
        problems.append(f"article.json is not JSON: {exc}")
        return {}
    if not isinstance(doc, dict):
        problems.append("article.json is not a ninjs object")
        return {}
    if doc.get("uri") != f"urn:uuid:{manifest.get('articleId')}":
        problems.append("article.json: uri does not name the manifest's article")
    if profile_of(doc) == "1.6":
        _shape16(doc, problems)
        _dates(problems, "article.json", firstCreated=doc.get("firstcreated"),
               versionCreated=doc.get("versioncreated"))
        return doc
    # The parts an import reads: their shape, so reading them cannot fail.
    for key in ("people", "associations", "bodies"):
        value = doc.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            problems.append(f"article.json: {key} is not a list of objects")
            doc[key] = []
    for a in doc.get("associations", []):
        for key in ("descriptions", "headlines"):
            value = a.get(key, [])
            if not isinstance(value, list) or not all(
                    isinstance(v, dict) and isinstance(v.get("value", ""), str) for v in value):
                problems.append(f"article.json: {a.get('name')!s:.40} {key} is not a list "
                                "of texts")
    _dates(problems, "article.json", firstCreated=doc.get("firstCreated"),
           versionCreated=doc.get("versionCreated"))
    return doc


def _shape16(doc: dict[str, Any], problems: list[str]) -> None:
    """The parts of a ninjs 1.6 document an import reads, so reading them cannot fail."""
    person = doc.get("person", [])
    if not isinstance(person, list) or not all(isinstance(v, dict) for v in person):
        problems.append("article.json: person is not a list of objects")
        doc["person"] = []
    assoc = doc.get("associations", {})
    if not isinstance(assoc, dict) or not all(isinstance(v, dict) for v in assoc.values()):
        problems.append("article.json: associations is not an object of objects")
        doc["associations"] = {}
        return
    for name, a in assoc.items():
        for key in ("description_text", "description_alt", "byline", "uri"):
            if not isinstance(a.get(key, ""), str):
                problems.append(f"article.json: {name!s:.40} {key} is not text")


def _dates(problems: list[str], where: str, **dates: Any) -> None:
    """Dates must parse, follow each other in order and not lie in the future."""
    parsed: dict[str, datetime] = {}
    latest = datetime.now(UTC) + FUTURE_SLACK
    for key, value in dates.items():
        if value is None:
            continue
        try:
            when = datetime.fromisoformat(str(value))
        except ValueError:
            problems.append(f"{where}: {key} {_short(value)} is not a date")
            continue
        when = when if when.tzinfo else when.replace(tzinfo=UTC)
        if when > latest:
            problems.append(f"{where}: {key} {value} is in the future")
        parsed[key] = when
    if "firstCreated" in parsed and "versionCreated" in parsed and \
            parsed["versionCreated"] < parsed["firstCreated"]:
        problems.append(f"{where}: versionCreated is before firstCreated")


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
