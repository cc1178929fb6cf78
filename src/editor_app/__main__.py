"""Entry point: no command starts the desktop app; a command runs the CLI.

The one place that knows both: the CLI never imports the app (or Qt), and the
command line is parsed once, here, for either of them.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from editor_app import cli

    args = cli.parse(sys.argv[1:] if argv is None else argv)
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
