"""`editor-app convert --from tcvn3|vni FILE`: legacy Vietnamese text to Unicode.

Needs no store. Files from the TCVN3 and VNI era are single-byte (Windows-1252 as the
fonts saw it); a file someone already re-saved as UTF-8 is read as UTF-8.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app import atomic
from editor_app.domain.legacy import convert, legacy_encoding
from editor_app.domain.repair import repair

if TYPE_CHECKING:
    import argparse


def add_parsers(sub: Any) -> None:
    cv = sub.add_parser("convert", help="convert legacy Vietnamese text (TCVN3/ABC, VNI-Windows) "
                        "to Unicode; prints it, or writes --output")
    cv.add_argument("--from", dest="source", required=True, choices=["tcvn3", "vni"],
                    type=str.lower, help="the legacy encoding of FILE")
    cv.add_argument("file", type=Path, help="a text or Markdown file ('-': standard input)")
    cv.add_argument("-o", "--output", type=Path, help="write UTF-8 here instead of printing")
    cv.set_defaults(func=run, store=False)


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Latin-1, not cp1252: the tables are keyed by the characters the legacy fonts drew
        # at 0xA0–0xFF, and Latin-1 is the one decoding that can never fail.
        return data.decode("latin-1")


def run(args: argparse.Namespace) -> int:
    try:
        return _convert(args)
    except OSError as exc:
        print(f"editor-app: {exc.filename or args.file}: {exc.strerror}", file=sys.stderr)
        return 1


def _convert(args: argparse.Namespace) -> int:
    data = sys.stdin.buffer.read() if str(args.file) == "-" else args.file.read_bytes()
    text = decode(data).replace("\r\n", "\n")
    wanted = "TCVN3" if args.source == "tcvn3" else "VNI"
    seen = legacy_encoding(text)
    if seen != wanted:
        # Converting Unicode text "from VNI" mangles it; say so, but do what was asked.
        looks = f"looks like {seen}" if seen else "does not look like legacy text"
        print(f"editor-app: warning: {args.file} {looks}, converting from {wanted} as asked",
              file=sys.stderr)
    result = repair(convert(text, wanted))
    if args.output:
        atomic.write_text(args.output, result)
    else:
        sys.stdout.write(result)
    return 0
