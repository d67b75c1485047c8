"""The `demo`, `list` and `check` commands (shared/spec/cli.md)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from desktop import paths
from desktop.commands.base import EXIT_OK, EXIT_REFUSED, Refused, open_session, open_store

if TYPE_CHECKING:
    from desktop.store.accounts import User


def cmd_list(args: argparse.Namespace, user: User | None) -> int:
    from desktop.records_base import format_partial_date
    from desktop.store import access

    session = open_session(args, user, reading=True)  # only reads (and logs nothing)
    offset = 0
    while True:  # only the patients of the logged-in user's departments
        page = access.search_visible(session, args.search or "", limit=5000,
                                     offset=offset)
        for patient in page:
            print(f"{patient.id}\t{patient.name}\t{format_partial_date(patient.birth_date)}"
                  f"\t{list_state(patient.ip_state)}")
        if len(page) < 5000:
            return EXIT_OK
        offset += len(page)


def list_state(state: str) -> str:
    """The IP state as the list's fourth column: its Bokmål label (scripts read the same)."""
    from desktop.records_base import IP_ASSESSING, IP_STATES

    return IP_STATES.get(state, IP_STATES[IP_ASSESSING])


def cmd_demo(args: argparse.Namespace, user: User | None) -> int:
    from desktop.demo import fill_demo
    from desktop.store.cipher import is_encrypted
    from desktop.store.policy import create_demo_accounts

    if args.patients < 1:
        raise Refused("Antall pasienter må være minst 1.")
    db = open_store(args)
    added = fill_demo(db, args.patients)
    print(f"La til {len(added)} syntetiske pasienter.")
    if create_demo_accounts(db):  # documented in docs/trust.md
        print("La til demokontoer (se docs/trust.md).")
    if not is_encrypted(paths.database_path(paths.data_dir(args.data_dir))):
        print("Demodatabasen er ikke kryptert: bruk den bare med syntetiske pasienter.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, user: User | None) -> int:
    from desktop.store.check import check_database

    folder = paths.data_dir(args.data_dir)
    faults = check_database(paths.database_path(folder))
    for fault in faults:
        print(fault, file=sys.stderr)
    if faults:
        return EXIT_REFUSED
    print("Databasen er i orden.")
    return EXIT_OK


def register(commands) -> None:
    demo = commands.add_parser("demo", help="legg inn syntetiske pasienter med fullstendige planer")
    demo.add_argument("--patients", type=int, default=40, help="antall pasienter (40)")
    demo.set_defaults(func=cmd_demo)

    listing = commands.add_parser("list", help="én pasient per linje: id, navn, født, tilstand")
    listing.add_argument("--search", help="søk i navn, fødselsdato eller fødselsnummer")
    listing.set_defaults(func=cmd_list)

    check = commands.add_parser("check", help="kontroller databasens integritet")
    check.set_defaults(func=cmd_check)
