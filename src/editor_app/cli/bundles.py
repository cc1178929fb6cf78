"""Bundles: ``export``, ``verify`` and ``bundle-import``.

``export`` writes them, ``verify`` checks them (no store needed) and
``bundle-import`` reads them into this store.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.cli.common import Room, UsageError, acting, actor
from editor_app.export.ninjs import DEFAULT_PROFILE, PROFILES

if TYPE_CHECKING:
    import argparse


def add_parsers(sub: Any) -> None:
    ex = sub.add_parser("export", help="write publish-ready bundles; prints one path per line")
    ex.add_argument("ids", nargs="*", metavar="ID")
    ex.add_argument("--all-approved", action="store_true", help="every approved article")
    acting(ex)
    ex.add_argument("--out", type=Path, required=True, metavar="DIR")
    ex.add_argument("--ninjs", choices=PROFILES, default=DEFAULT_PROFILE, metavar="VERSION",
                    help=f"the ninjs profile of article.json: {' or '.join(PROFILES)} "
                    f"(default {DEFAULT_PROFILE})")
    ex.add_argument("--base-url", default="", metavar="URL",
                    help="the portal's address (default: the one set with `portal set`): "
                    "images get absolute hrefs, links lead there")
    ex.set_defaults(func=export)
    ve = sub.add_parser("verify", help="check bundles; exit 0 only if all are intact and valid")
    ve.add_argument("bundles", nargs="+", type=Path, metavar="BUNDLE")
    ve.add_argument("--ninjs-schema", type=Path, help="the IPTC ninjs 3.1 JSON schema "
                    "(default: EDITOR_APP_NINJS_SCHEMA, else the one shipped with the app)")
    ve.set_defaults(func=verify, store=False)
    bi = sub.add_parser("bundle-import", help="read bundles into this store; prints each id")
    bi.add_argument("bundles", type=Path, nargs="+", metavar="BUNDLE")
    acting(bi)
    bi.set_defaults(func=bundle_import)


def _progress_bar(done: int, total: int, name: str) -> None:
    width = 30
    filled = width * done // max(total, 1)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name[:40]:<40}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def export(args: argparse.Namespace, room: Room) -> int:
    who = actor(args, room)
    if bool(args.ids) == bool(args.all_approved):
        raise UsageError("give article ids or --all-approved (not both)")
    tty = sys.stderr.isatty()
    from editor_app.services.exporting import ExportOptions

    options = ExportOptions(profile=args.ninjs, base_url=args.base_url)
    report = room.services.exporting.export_many(
        who, args.out, None if args.all_approved else args.ids,
        progress=_progress_bar if tty else None, options=options)
    for r in report.written:
        print(r.path)
    for r in report.failed:
        print(f"editor-app: {r.article_id}: {r.error}", file=sys.stderr)
    if tty or report.failed:
        print(f"editor-app: {report.summary()}", file=sys.stderr)
    # One kind of refusal keeps its own code (3: not permitted, 4: not found).
    codes = {r.exit_code for r in report.failed}
    return 0 if not codes else codes.pop() if len(codes) == 1 else 5


def verify(args: argparse.Namespace) -> int:
    """`verify` needs no store: it reads only the bundles."""
    from editor_app.export.verify import find_schema, verify_bundle

    schema = find_schema(args.ninjs_schema)
    if args.ninjs_schema and schema is None:
        raise UsageError(f"{args.ninjs_schema}: no such file")
    bad = 0
    for path in args.bundles:
        report = verify_bundle(path, schema)
        print(f"{path}: {'ok' if report.ok else 'FAILED'}")
        for p in report.problems:
            print(f"  - {p}")
        for n in report.notes:
            print(f"  note: {n}")
        bad += not report.ok
    return 0 if bad == 0 else 5


def bundle_import(args: argparse.Namespace, room: Room) -> int:
    bundles = room.services.bundles
    who = actor(args, room)
    if len(args.bundles) == 1:
        result = bundles.import_bundle(who, args.bundles[0])
        for note in result.notes:
            print(f"editor-app: note: {note}", file=sys.stderr)
        print(result.article.id)
        return 0
    failed = 0
    for path, outcome in zip(args.bundles, bundles.import_many(who, args.bundles), strict=True):
        if isinstance(outcome, Exception):
            failed += 1
            print(f"editor-app: {path}: {outcome}", file=sys.stderr)
        else:
            for note in outcome.notes:  # every bundle's, as for a single one
                print(f"editor-app: {path}: note: {note}", file=sys.stderr)
            print(outcome.article_id)
    return 5 if failed else 0
