"""The command line is parsed through a parser of the named command alone (desktop/cli.py,
_parse): whatever the words, the answer is the whole parser's - the same arguments, the same
help and error texts, the same exit status."""

from __future__ import annotations

import argparse
import contextlib
import io

import pytest

from desktop import cli


def _outcome(parse) -> tuple[object, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result: object = vars(parse())
        except SystemExit as exit_:
            result = ("exit", exit_.code)
    return result, out.getvalue(), err.getvalue()


def _commands() -> list[str]:
    parser = cli.build_parser()
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return sorted(action.choices)


LINES = [[], ["--help"], ["--version"], ["nonsense"], ["--data-dir"], ["--data-dir", "/x"],
         ["--data", "/x", "list"], ["-h", "list"], ["--user", "kari", "list", "--search"],
         ["--data-dir=/x", "list", "--search", "Kari"], ["--user=kari", "--data-dir", "/x"],
         ["list", "--data-dir", "/x"], ["--", "list"], ["user"], ["user", "list"],
         ["user", "add", "ola", "--name", "Ola N", "--admin", "--department", "Psyk"],
         ["user", "nonsense"], ["print", "12", "--paper", "A3"], ["print", "--help"]]


@pytest.mark.parametrize("argv", LINES + [[name] for name in _commands()]
                         + [["--data-dir", "/x", name, "--help"] for name in _commands()]
                         + [[name, "1", "--bogus"] for name in _commands()])
def test_the_one_command_parser_answers_as_the_whole(argv: list[str]) -> None:
    whole = _outcome(lambda: cli.build_parser().parse_args(argv))
    assert _outcome(lambda: cli._parse(argv)) == whole


def test_a_plainly_named_command_builds_no_other_commands_parser() -> None:
    parser = cli.build_parser("list")
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert list(action.choices) == ["list"]
    assert cli._command_word(["--data-dir", "/x", "--user", "kari", "list", "-s"]) == "list"
    assert cli._command_word(["--data", "/x", "list"]) is None  # an abbreviation: the whole
    with pytest.raises(cli._Retry):
        cli.build_parser("nonsense")


@pytest.mark.parametrize("columns", [None, "", "0", "abc", "-3", "40", "123"])
def test_help_is_as_wide_as_argparse_would_make_it(monkeypatch: pytest.MonkeyPatch,
                                                   columns: str | None) -> None:
    """cli._terminal_columns (no shutil import) gives shutil.get_terminal_size's width, so
    the help is wrapped at the same width as with argparse's own formatter."""
    import shutil

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert cli._terminal_columns() == shutil.get_terminal_size().columns
    parser = cli.build_parser()
    (action,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    for each in (parser, action.choices["list"], action.choices["import"]):
        ours = each.format_help()
        each.formatter_class = argparse.HelpFormatter  # argparse's own, which asks shutil
        assert each.format_help() == ours
