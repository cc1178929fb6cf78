"""The window's start-up skips the CLI's parser; it must read a command line as the parser does."""

import pytest

from editor_app import cli
from editor_app.__main__ import gui_options

PLAIN = [
    [],
    ["--data-dir", "/tmp/room"],
    ["--data-dir=/tmp/room"],
    ["--data-dir", ""],
    ["--data-dir=-odd"],
    ["--database", "sqlite:////tmp/x.sqlite3"],
    ["--lang", "en"],
    ["--lang=vi", "--data-dir", "Tòa soạn"],
    ["--database=postgresql://u@h/db", "--lang", "vi"],
]
NOT_PLAIN = [
    ["user", "list"],
    ["--data-dir", "/tmp/room", "user", "list"],
    ["--lang", "fr"],
    ["--data-dir", "a", "--data-dir", "b"],
    ["--data", "/tmp/room"],  # an abbreviation: the parser's business
    ["--data-dir"],
    ["--data-dir", "--lang", "en"],
    ["--data-dir", "a", "--database", "b"],
    ["--help"],
    ["--version"],
    ["--"],
    ["-h"],
]


@pytest.mark.parametrize("argv", PLAIN)
def test_a_plain_start_reads_as_the_parser_reads_it(argv):
    fast = gui_options(argv)
    args = cli.parse(argv)
    assert fast is not None
    assert args.command is None
    assert (fast.get("--data-dir"), fast.get("--database"), fast.get("--lang")) == \
        (args.data_dir, args.database, args.lang)


@pytest.mark.parametrize("argv", NOT_PLAIN)
def test_anything_else_goes_to_the_parser(argv):
    assert gui_options(argv) is None

