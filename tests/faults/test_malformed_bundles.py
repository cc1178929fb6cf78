"""Malformed and lying bundles fail alone, with a clear line and exit 5, in verify and import.

Each case is a sound exported bundle changed in one way, with the manifest's hashes
fixed up afterwards (a forger does that), or a zip built byte by byte.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import zipfile

import pytest

from editor_app.app import open_newsroom
from editor_app.domain.errors import InvalidInput
from editor_app.export.verify import verify_bundle
from editor_app.paths import resolve
from tests.conftest import Cast
from tests.export.helpers import approved_article, read_zip
from tests.faults import zipcraft
from tests.faults.conftest import child_env
from tests.images import png


@pytest.fixture
def sources(tmp_path):
    """Two sound bundles of two articles, exported from a store of their own."""
    room = open_newsroom(resolve(tmp_path / "source"))
    try:
        cast = Cast(room)
        paths = [room.services.exporting.export(cast.staff, approved_article(room, cast, t).id,
                                                tmp_path / "out")
                 for t in ("Khánh thành cầu dân sinh", "Lễ hội mùa thu")]
    finally:
        room.close()
    return paths


def resign(files: dict[str, bytes], **manifest_changes: object) -> dict[str, bytes]:
    mf = json.loads(files["manifest.json"])
    mf["files"] = [{"path": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                   for n, d in sorted(files.items()) if n != "manifest.json"]
    for key, value in manifest_changes.items():
        if value is _DROP:
            mf.pop(key, None)
        else:
            mf[key] = value
    files["manifest.json"] = json.dumps(mf).encode()
    return files


_DROP = object()


def _ninjs(files: dict[str, bytes], **changes: object) -> dict[str, bytes]:
    doc = json.loads(files["article.json"])
    doc.update(changes)
    files["article.json"] = json.dumps(doc).encode()
    return files


def _id(files: dict[str, bytes], bad: str) -> dict[str, bytes]:
    _ninjs(files, uri=f"urn:uuid:{bad}")  # consistent with the manifest: only the id is wrong
    return resign(files, articleId=bad)


def _media(files: dict[str, bytes], data: bytes, ext: str = "png") -> dict[str, bytes]:
    files[f"media/{hashlib.sha256(data).hexdigest()}.{ext}"] = data
    return resign(files)


def _zip_bytes() -> bytes:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("x.txt", "x")
    return buf.getvalue()


def _big_png() -> bytes:
    head = png(8, 6)
    return head[:-12] + b"\x00" * (21 * 1024 * 1024) + head[-12:]


FORGED = {
    "version abc": lambda f: resign(f, version="abc"),
    "version 10**30": lambda f: resign(f, version=10**30),
    "version -7": lambda f: resign(f, version=-7),
    "no articleId": lambda f: resign(f, articleId=_DROP),
    "articleId traversal": lambda f: _id(f, "/../../PWNED"),
    "articleId script": lambda f: _id(f, "<script>"),
    "revisionId not an id": lambda f: resign(f, revisionId="../x"),
    "revisionChain not a list": lambda f: resign(f, revisionChain="abc"),
    "article.json broken": lambda f: resign({**f, "article.json": b"{not json"}),
    "article.json not an object": lambda f: resign({**f, "article.json": b"[1, 2]"}),
    "article.json people not a list": lambda f: resign(_ninjs(f, people=7)),
    "article.md not UTF-8": lambda f: resign({**f, "article.md": "Tin mới".encode("utf-16")}),
    "versionCreated before firstCreated": lambda f: resign(
        _ninjs(f, firstCreated="2026-05-02T08:00:00Z", versionCreated="2026-05-01T08:00:00Z")),
    "dates in the far future": lambda f: resign(
        _ninjs(f, firstCreated="2099-01-01T08:00:00Z", versionCreated="2099-01-02T08:00:00Z")),
    "a zip named .png": lambda f: _media(f, _zip_bytes()),
    "an image over 20 MB": lambda f: _media(f, _big_png()),
}


def _raw_case(files: dict[str, bytes], case: str) -> bytes:
    members = [zipcraft.honest(n, d) for n, d in sorted(files.items()) if n != "article.md"]
    if case == "bad UTF-8 entry name":
        members.append(zipcraft.Member(b"media/\xff\xfe.png", b"x", zipfile.ZIP_STORED, 1))
        members.append(zipcraft.honest("article.md", files["article.md"]))
    else:  # a corrupt deflate stream
        good = zipcraft.honest("article.md", files["article.md"])
        broken = bytes([0xFF]) + good.payload[1:]
        members.append(zipcraft.Member(b"article.md", broken, zipfile.ZIP_DEFLATED,
                                       len(files["article.md"]), good.crc))
    return zipcraft.build(members)


RAW = ("bad UTF-8 entry name", "corrupt deflate stream")
CASES = sorted(FORGED) + list(RAW)


def make(case: str, source, folder):
    files = read_zip(source)
    path = folder / (case.replace(" ", "_").replace("*", "") + ".zip")
    if case in RAW:
        path.write_bytes(_raw_case(files, case))
        return path
    files = FORGED[case](files)
    path.write_bytes(zipcraft.build([  # images stored, as the app writes them
        zipcraft.honest(n, d, zipfile.ZIP_STORED if n.startswith("media/") else
                        zipfile.ZIP_DEFLATED) for n, d in sorted(files.items())]))
    return path


@pytest.mark.parametrize("case", CASES)
def test_verify_and_import_both_refuse_it_with_a_clear_reason(sources, room, cast, tmp_path,
                                                              case):
    path = make(case, sources[0], tmp_path)
    report = verify_bundle(path)
    assert not report.ok
    before = room.services.drafting.count()
    with pytest.raises(InvalidInput) as refused:
        room.services.bundles.import_bundle(cast.editor, path)
    assert "\n" not in str(refused.value)
    assert room.services.drafting.count() == before
    assert not (tmp_path / "PWNED").exists()


def test_a_batch_imports_the_good_bundles_past_every_bad_one(sources, store, tmp_path):
    bad = [make(c, sources[0], tmp_path) for c in CASES]
    args = [sys.executable, "-m", "editor_app", "--lang", "en", "--data-dir", str(store["dir"]),
            "bundle-import", "--as", "thanh"]
    batch = subprocess.run([*args, str(sources[0]), *map(str, bad), str(sources[1])],
                           capture_output=True, text=True, env=child_env(), timeout=300)
    assert "Traceback" not in batch.stderr
    assert batch.returncode == 5
    assert len(batch.stdout.split()) == 2  # both good articles imported
    lines = batch.stderr.strip().splitlines()
    errors = [line for line in lines if ": note: " not in line]
    # The good bundles' notes (the approval they claim) come with their own names.
    assert all(str(sources[0]) in n or str(sources[1]) in n for n in lines if n not in errors)
    assert len(errors) == len(bad)
    assert all(str(p) in line for p, line in zip(bad, errors, strict=True))
    assert not any("unexpected error" in line for line in errors)

    one = subprocess.run([*args, str(bad[0])], capture_output=True, text=True,
                         env=child_env(), timeout=120)
    assert (one.returncode, len(one.stderr.strip().splitlines())) == (5, 1)

    verify = subprocess.run([sys.executable, "-m", "editor_app", "verify", *map(str, bad)],
                            capture_output=True, text=True, env=child_env(), timeout=300)
    assert "Traceback" not in verify.stderr
    assert verify.returncode == 5
    assert verify.stdout.count(": FAILED") == len(bad)
