"""Entry point: no command starts the desktop app; a command runs the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from editor_app.cli import main as cli_main

    code = cli_main(argv)
    if code != -1:
        return code
    from editor_app.app import run_gui

    return run_gui(argv)


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
