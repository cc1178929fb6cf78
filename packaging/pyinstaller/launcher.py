"""Entry of the application folder: the same `editor-app` as the console script."""

import multiprocessing

if __name__ == "__main__":
    # The Markdown worker is a spawned process: frozen, that is this executable again.
    multiprocessing.freeze_support()
    from editor_app.__main__ import run

    run()
