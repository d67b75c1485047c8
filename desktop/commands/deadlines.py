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
    from desktop.store.session import Session


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
        if args.pdf:
            return _save_pdf(session, args, today)
        found = visible_deadlines(session, today, within=args.within, overdue=args.overdue)
    finally:
        session.db.close()
    for deadline in found:
        text = " ".join(deadline.text.split())
        print(f"{deadline.due.isoformat()}\t{deadline.patient_id}\t{deadline.kind}\t{text}")
    return EXIT_OK


def _save_pdf(session: Session, args: argparse.Namespace, today: dt.date) -> int:
    """The Fristliste as a PDF (the Frister view's; a print of each listed patient logged)."""
    from desktop.reports.deadline_list import save_deadline_list
    from desktop.store.deadline_list import DeadlineQuery
    from desktop.store.outbox import DeliveryFailed

    until = (today - dt.timedelta(days=1) if args.overdue
             else None if args.within is None else today + dt.timedelta(days=args.within))
    try:
        path = save_deadline_list(DeadlineQuery(session, today, until=until), args.pdf)
    except DeliveryFailed as error:
        raise Refused(str(error)) from None
    print(path)
    return EXIT_OK


def register(commands) -> None:
    deadlines = commands.add_parser(
        "deadlines", help="én åpen frist per linje: dato, pasient-id, type, tekst")
    deadlines.add_argument("--within", type=int, metavar="DAGER",
                           help="bare frister som forfaller innen så mange dager (og forfalte)")
    deadlines.add_argument("--overdue", action="store_true", help="bare forfalte frister")
    deadlines.add_argument("--today", metavar="ÅÅÅÅ-MM-DD",
                           help="regn som om dette var dagens dato (for å kunne sjekke)")
    deadlines.add_argument("--pdf", metavar="FIL",
                           help="lagre fristlisten som PDF (logges som utskrift per pasient)")
    deadlines.set_defaults(func=cmd_deadlines)
