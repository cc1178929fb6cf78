"""Entry point: no command starts the desktop app; a command runs the CLI.

The one place that knows both: the CLI never imports the app (or Qt), and the
command line is parsed once, here, for either of them.
"""

from __future__ import annotations

import sys

# The global options (cli.build_parser) that may come before no command at all.
_GUI_OPTIONS = ("--data-dir", "--database", "--lang")


def gui_options(argv: list[str]) -> dict[str, str] | None:
    """The options of a plain start of the window, without building the CLI's parser.

    Building every command's parser costs a tenth of the window's start-up, for a
    command line that is nearly always empty. Only the unambiguous cases are read
    here (each global option once, spelled in full, ``--data-dir`` or ``--database``);
    anything else is None and goes through :func:`editor_app.cli.parse`, which gives the
    same answer or the usage error (tests/test_cli.py pins the two to each other).
    """
    found: dict[str, str] = {}
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        name, eq, value = arg.partition("=")
        if name not in _GUI_OPTIONS or name in found:
            return None
        if not eq:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        found[name] = value
    if ("--data-dir" in found and "--database" in found) or \
            found.get("--lang", "vi") not in ("vi", "en"):
        return None
    return found


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    plain = gui_options(argv)
    if plain is not None:
        from editor_app.app import run_gui
        from editor_app.paths import resolve

        return run_gui(resolve(plain.get("--data-dir"), plain.get("--database")),
                       plain.get("--lang"))
    from editor_app import cli

    args = cli.parse(argv)
    if args.command is None:
        from editor_app.app import run_gui

        return run_gui(cli.paths_of(args), args.lang)
    from editor_app.app import open_newsroom, report_damage

    return cli.run(args, cli.Store(open=open_newsroom, damage=report_damage))


def run() -> None:
    """Console-script entry: a closed pipe (``| head``) ends quietly, as for any Unix tool."""
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 0
    sys.exit(code)


if __name__ == "__main__":
    run()
