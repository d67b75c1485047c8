"""The command line (shared/spec/cli.md): opens the window, or runs one command without a screen.

Exit status: 0 done, 1 refused (one clear line on standard error, nothing written), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from desktop import __version__, paths

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

# Commands that live beside their feature; each module offers register(subparsers) and imports
# its heavy dependencies only when its command runs.
FEATURE_COMMANDS: tuple[str, ...] = ("desktop.cli_trust", "desktop.reports.command",
                                     "desktop.exchange.command")


class Refused(Exception):
    """A command refused its input; the message is one Norwegian line for standard error."""


def open_store(args: argparse.Namespace):
    """Open (creating if needed) the database in the chosen data folder."""
    from desktop import store

    folder = paths.data_dir(args.data_dir)
    return store.open_db(paths.database_path(folder), paths.backup_dir(folder))


def cmd_list(args: argparse.Namespace) -> int:
    from desktop.records import format_partial_date
    from desktop.store import access

    db = open_store(args)
    offset = 0
    while True:  # only the patients of the logged-in user's departments
        page = access.search_visible(db, access.session_user(), args.search or "",
                                     limit=5000, offset=offset)
        for patient in page:
            print(f"{patient.id}\t{patient.name}\t{format_partial_date(patient.birth_date)}")
        if len(page) < 5000:
            return EXIT_OK
        offset += len(page)


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.demo import fill_demo
    from desktop.store.policy import create_demo_accounts

    if args.patients < 1:
        raise Refused("Antall pasienter må være minst 1.")
    db = open_store(args)
    added = fill_demo(db, args.patients)
    print(f"La til {len(added)} syntetiske pasienter.")
    if create_demo_accounts(db):  # documented in docs/trust.md
        print("La til demokontoer (se docs/trust.md).")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.store.check import check_database

    folder = paths.data_dir(args.data_dir)
    faults = check_database(paths.database_path(folder))
    for fault in faults:
        print(fault, file=sys.stderr)
    if faults:
        return EXIT_REFUSED
    print("Databasen er i orden.")
    return EXIT_OK


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

    demo = commands.add_parser("demo", help="legg inn syntetiske pasienter med fullstendige planer")
    demo.add_argument("--patients", type=int, default=40, help="antall pasienter (40)")
    demo.set_defaults(func=cmd_demo)

    listing = commands.add_parser("list", help="én pasient per linje: id, navn, født")
    listing.add_argument("--search", help="søk i navn, fødselsdato eller fødselsnummer")
    listing.set_defaults(func=cmd_list)

    check = commands.add_parser("check", help="kontroller databasens integritet")
    check.set_defaults(func=cmd_check)

    for module in FEATURE_COMMANDS:
        importlib.import_module(module).register(commands)
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
    from desktop.cli_trust import command_context

    try:
        with command_context(args):  # writer lock, log-in, department check
            return args.func(args)
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
