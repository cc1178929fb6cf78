"""Entry point: no command starts the desktop app; a command runs the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from editor_app.cli import main as cli_main

    code = cli_main(argv)
    if code != -1:
        return code
    try:
        from editor_app.gui.launch import launch
    except ImportError:
        from editor_app.cli import build_parser

        print("The desktop window is not built yet: `editor-app` will open it here.\n"
              "Until then, use the commands below.\n")
        build_parser().print_help()
        return 0
    return launch(argv)


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
