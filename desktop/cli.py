"""The command line (shared/spec/cli.md): parses the arguments, then opens the window or runs
one command of desktop/commands/ without a screen.

Exit status: 0 done, 1 refused (one clear line on standard error, nothing written), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable, Mapping
from typing import Any, NoReturn

from desktop import __version__, paths
from desktop.commands import (
    argparse_words,
    deadlines,
    exchange,
    indicators,
    letters,
    paper,
    patients,
    process,
    trust,
    users,
)
from desktop.commands.base import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, Refused

# The groups in the order their commands appear in --help.
GROUPS = (patients, trust, users, paper, letters, process, deadlines, exchange, indicators)

__all__ = ["EXIT_OK", "EXIT_REFUSED", "EXIT_USAGE", "Refused", "build_parser", "main", "entry"]


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; ``only``: a parser with that one command (the others' parsers
    are not built: most of a short command's parsing time went into them), whose usage
    errors raise _Retry instead of printing (see _parse)."""
    argparse_words.install()  # argparse's own words in Norwegian
    parser = (_Parser if only is None else _OneCommandParser)(
        prog="individuell-plan",
        description="Individuell plan for sykehusavdelinger. Uten kommando åpnes vinduet.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help="vis programmets versjon og avslutt")  # 3.11 has no _() here
    parser.add_argument("--data-dir", help="mappen med databasen og sikkerhetskopiene "
                                           f"(eller miljøvariabelen {paths.ENV_DATA_DIR})")
    parser.add_argument("--user", metavar="BRUKERNAVN",
                        help="brukerkontoen; passordet leses fra INDIVIDUELL_PLAN_PASSWORD "
                             "eller spørres om")
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    if only is None:
        for group in GROUPS:
            group.register(commands)
        return parser
    one = _OnlyCommand(commands, only)
    for group in GROUPS:
        group.register(one)
    if not one.found:
        raise _Retry
    return parser


# Options before the command that take a value, as a command line spells them in full
_VALUE_OPTIONS = ("--data-dir", "--user")


class _Retry(Exception):
    """The one-command parser cannot answer as the whole one would: parse with the whole."""


def _terminal_columns() -> int:
    """The terminal's width as shutil.get_terminal_size gives it (COLUMNS, else the terminal
    standard output is on, else 80), without importing shutil: argparse makes a help formatter,
    which asks shutil, for every argument added, and shutil imports bz2, lzma and zlib."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    if sys.__stdout__ is None:
        return 80
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):  # not a terminal, or no file behind it
        return 80


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, as wide as it would be (see _terminal_columns)."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         _terminal_columns() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    """A parser whose help is formatted by _Formatter; its commands' parsers are of its class."""

    def __init__(self, **kwargs: Any) -> None:  # argparse makes a command's parser by keywords
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(**kwargs)


class _OneCommandParser(_Parser):
    def error(self, message: str) -> NoReturn:
        raise _Retry


class _Skipped:
    """What a command's registration gets for a command not being parsed: takes every call."""

    def __getattr__(self, name: str) -> Callable[..., _Skipped]:
        return lambda *args, **kwargs: self


class _OnlyCommand:
    """The commands' subparsers, building only the parser of one command."""

    def __init__(self, commands: argparse._SubParsersAction, only: str) -> None:
        self._commands, self._only, self.found = commands, only, False

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser | _Skipped:
        if name != self._only:
            return _Skipped()
        self.found = True
        return self._commands.add_parser(name, **kwargs)


def _command_word(argv: list[str]) -> str | None:
    """The command a command line runs, when only --data-dir and --user (spelled in full)
    come before it; None for anything else (help, --version, abbreviations, no command)."""
    words = iter(argv)
    for word in words:
        if word in _VALUE_OPTIONS:
            next(words, None)
        elif not word.startswith(tuple(f"{option}=" for option in _VALUE_OPTIONS)):
            return None if word.startswith("-") else word
    return None


def _parse(argv: list[str] | None) -> argparse.Namespace:
    """The arguments: through a parser of the command alone when the command line names one
    plainly, else (or when that parser finds fault) through the whole, which says the same
    words and exits the same as ever."""
    words = sys.argv[1:] if argv is None else list(argv)
    command = _command_word(words)
    if command is not None:
        try:
            return build_parser(command).parse_args(words)
        except _Retry:
            pass
    return build_parser().parse_args(words)


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parse(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    from desktop import diagnostics

    diagnostics.setup_logging(paths.data_dir(args.data_dir))
    try:
        return _dispatch(args)
    except BrokenPipeError:  # `list | head -n1`: the reader has gone; end quietly
        _silence_stdout()
        return EXIT_OK
    except (OSError, sqlite3.Error) as error:  # full disk, read-only folder: one line
        failure = _write_failure_sentence(error)
        if failure is None or args.command is None:
            raise
        diagnostics.logger.warning("The command %s could not write: %s", args.command, error)
        print(f"individuell-plan: {failure}", file=sys.stderr)
        return EXIT_REFUSED
    except Exception:  # a fault of the program: into the log, one line on standard error
        diagnostics.logger.exception("The command %s failed", args.command or "(window)")
        if args.command is None:  # the windowed program has no standard error
            from desktop.qt_diagnostics import tell_now

            tell_now(diagnostics.current_log())
        else:
            diagnostics.tell_on_stderr(diagnostics.current_log())
        return EXIT_REFUSED
    finally:
        diagnostics.stop_logging()


def _dispatch(args: argparse.Namespace) -> int:
    if args.command is None:
        missing = no_display_sentence(os.environ, sys.platform)
        if missing:
            print(f"individuell-plan: {missing}", file=sys.stderr)
            return EXIT_REFUSED
        from desktop.app import run_app

        return run_app(args)
    try:
        with trust.command_context(args) as user:  # writer lock, log-in, department check
            return args.func(args, user)
    except Refused as refusal:
        print(f"individuell-plan: {refusal}", file=sys.stderr)
        return EXIT_REFUSED
    except ValueError as error:  # ValidationError and friends carry a user message
        print(f"individuell-plan: {error}", file=sys.stderr)
        return EXIT_REFUSED


def no_display_sentence(environ: Mapping[str, str], platform: str) -> str:
    """One sentence when the window cannot open (Linux without a desktop: no DISPLAY, no
    WAYLAND_DISPLAY and no QT_QPA_PLATFORM), instead of Qt's abort; "" when it can."""
    if not platform.startswith("linux"):
        return ""
    if any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return ""
    from desktop.i18n import translate

    return translate("cli", "Vinduet trenger et skrivebord (ingen skjerm funnet); bruk "
                            "kommandolinjen, for eksempel «individuell-plan --help».")


def _silence_stdout() -> None:
    """After a closed pipe, point standard output at nothing, so that Python's own flush at
    exit does not print a second BrokenPipeError."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file behind stdout (tests)
        pass


def _write_failure_sentence(error: BaseException) -> str | None:
    """One Norwegian sentence for a failed write to the data folder; None for other faults."""
    from desktop.i18n import translate
    from desktop.store.write_errors import WriteFailure, classify_write_error

    return {
        WriteFailure.READ_ONLY: translate("cli", "Kan ikke skrive i datamappen (skrivebeskyttet "
                                                 "eller mangler tilgang); ingenting er endret."),
        WriteFailure.DISK_FULL: translate("cli", "Disken er full; ingenting er endret. Frigjør "
                                                 "plass og prøv igjen."),
        WriteFailure.BUSY: translate("cli", "Databasen brukes av et annet program; prøv igjen "
                                            "om litt."),
        WriteFailure.IO: translate("cli", "Disken kunne ikke lese eller skrive; ingenting er "
                                          "endret."),
    }.get(classify_write_error(error))


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry()
