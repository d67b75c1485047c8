"""The command line (shared/spec/cli.md): parses the arguments, then opens the window or runs
one command of desktop/commands/ without a screen.

Exit status: 0 done, 1 refused (one clear line on standard error, nothing written), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys

from desktop import __version__, paths
from desktop.commands import deadlines, exchange, letters, paper, patients, process, trust
from desktop.commands.base import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, Refused

# The groups in the order their commands appear in --help.
GROUPS = (patients, trust, paper, letters, process, deadlines, exchange)

__all__ = ["EXIT_OK", "EXIT_REFUSED", "EXIT_USAGE", "Refused", "build_parser", "main", "entry"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="individuell-plan",
        description="Individuell plan for sykehusavdelinger. Uten kommando åpnes vinduet.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", help="mappen med databasen og sikkerhetskopiene "
                                           f"(eller miljøvariabelen {paths.ENV_DATA_DIR})")
    parser.add_argument("--user", metavar="BRUKERNAVN",
                        help="brukerkontoen; passordet leses fra INDIVIDUELL_PLAN_PASSWORD "
                             "eller spørres om")
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    for group in GROUPS:
        group.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    from desktop import diagnostics

    diagnostics.setup_logging(paths.data_dir(args.data_dir))
    try:
        return _dispatch(args)
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


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry()
