"""Looking after the store: ``backup``, ``restore`` and ``check``.

``restore`` opens no store: it may be too damaged to open.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.cli.common import Room, UsageError

if TYPE_CHECKING:
    import argparse

    from editor_app.paths import Paths


def add_parsers(sub: Any) -> None:
    bk = sub.add_parser("backup", help="write a checked copy of the store")
    bk.add_argument("file", type=Path, nargs="?", help="default: backups/ beside the store")
    bk.set_defaults(func=backup)
    rs = sub.add_parser("restore", help="put a backup in place of the store (kept aside)")
    rs.add_argument("file", type=Path, nargs="?")
    rs.add_argument("--empty", action="store_true", help="instead of a backup, start with an "
                    "empty store (after damage; the old store is kept in recovery/)")
    rs.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    rs.set_defaults(func=restore, store=False)
    # inspect_damaged: open a store marked damaged anyway, to say what is wrong with it
    sub.add_parser("check", help="integrity and consistency of the store").set_defaults(
        func=check, inspect_damaged=True)


def backup(args: argparse.Namespace, room: Room) -> int:
    assert room.backup is not None
    print(room.backup.backup(args.file))
    return 0


def check(args: argparse.Namespace, room: Room) -> int:
    assert room.backup is not None
    return report_check(room.backup.check(), room.paths)


def report_check(findings: list[Any], paths: Paths) -> int:
    for f in findings:
        print(f"{f.area}: {f.problem}")
    print("ok: no problems found" if not findings else f"{len(findings)} problem(s) found")
    if any(f.area == "integrity" for f in findings):
        from editor_app.store import health

        good = health.newest_good_backup(paths.backups_dir)
        print("The store is damaged: other commands refuse it until it is replaced."
              + restore_hint(str(good) if good else ""))
    return 0 if not findings else 5


def report_damage(damage: Exception, paths: Paths) -> int:
    """``check`` on a store found damaged while opening it: one integrity finding."""
    from editor_app.services.backup import Finding

    return report_check([Finding("integrity", str(damage))], paths)


def restore_hint(backup: str) -> str:
    start = (f" Restore the newest good backup with: editor-app restore {backup}"
             if backup else " No good backup was found.")
    return start + " (or start empty: editor-app restore --empty --yes)"


def restore(args: argparse.Namespace) -> int:
    from editor_app.paths import resolve
    from editor_app.services.backup import restore_backup, start_empty

    paths = resolve(args.data_dir, args.database)
    if args.empty == (args.file is not None):
        raise UsageError("give a backup FILE or --empty (not both)")
    if args.file is not None and not args.file.is_file():
        raise UsageError(f"{args.file}: no such file")
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("restore replaces the store: confirm with --yes")
        what = "an empty store" if args.empty else str(args.file)
        answer = input(f"Replace the store {paths.database_file} with {what}? "
                       "The current store is kept in recovery/. Type 'yes': ")
        if answer.strip().lower() not in ("yes", "y", "có", "co"):
            print("editor-app: nothing changed", file=sys.stderr)
            return 1
    if args.empty:
        moved = start_empty(paths)
        print("starting empty" + (f"; the previous store is in {moved}" if moved else ""))
        return 0
    moved = restore_backup(paths, args.file)
    print(f"restored {args.file}" + (f"; the previous store is in {moved}" if moved else ""))
    return 0
