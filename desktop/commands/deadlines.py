"""The `deadlines` command (shared/spec/cli.md): one open deadline a line, due date (ISO) TAB
patient id TAB kind TAB text, for the patients the logged-in user may see."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from desktop.commands.base import EXIT_OK, Refused, open_session
from desktop.i18n import translate

if TYPE_CHECKING:
    from desktop.store.accounts import User


def _today(text: str | None) -> dt.date:
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise Refused(translate("cli", "Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-03-10.")
                      ) from None


def cmd_deadlines(args: argparse.Namespace, user: User | None) -> int:
    from desktop.store.deadlines import visible_deadlines

    if args.within is not None and args.within < 0:
        raise Refused(translate("cli", "Antall dager kan ikke være negativt."))
    today = _today(args.today)
    session = open_session(args, user)
    try:
        found = visible_deadlines(session, today, within=args.within, overdue=args.overdue)
    finally:
        session.db.close()
    for deadline in found:
        text = " ".join(deadline.text.split())
        print(f"{deadline.due.isoformat()}\t{deadline.patient_id}\t{deadline.kind}\t{text}")
    return EXIT_OK


def register(commands) -> None:
    deadlines = commands.add_parser(
        "deadlines", help="én åpen frist per linje: dato, pasient-id, type, tekst")
    deadlines.add_argument("--within", type=int, metavar="DAGER",
                           help="bare frister som forfaller innen så mange dager (og forfalte)")
    deadlines.add_argument("--overdue", action="store_true", help="bare forfalte frister")
    deadlines.add_argument("--today", metavar="ÅÅÅÅ-MM-DD",
                           help="regn som om dette var dagens dato (for å kunne sjekke)")
    deadlines.set_defaults(func=cmd_deadlines)
