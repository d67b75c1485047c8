"""The `print` command: one patient's chosen forms as a PDF file (shared/spec/cli.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.base import EXIT_OK, Refused, open_session
from desktop.i18n import translate

if TYPE_CHECKING:
    from desktop.store.accounts import User


def cmd_print(args: argparse.Namespace, user: User | None) -> int:
    from desktop import reports, store
    from desktop.store.outbox import DeliveryFailed, deliver

    forms = reports.parse_forms(args.forms)
    paper = args.paper.strip().upper()
    if paper not in reports.PAPER_SIZES:
        raise Refused(translate("cli", "Papirstørrelsen må være A4 eller A5."))
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        raise Refused(translate("cli", "Mappen {folder} finnes ikke.").format(folder=out.parent))
    if out.is_dir():
        raise Refused(translate("cli", "{path} er en mappe; oppgi et filnavn.").format(path=out))
    session = open_session(args, user)
    db = session.db
    try:
        patient = store.find_patient(db, args.patient)
        if patient is None:
            raise Refused(
                translate("cli", "Fant ingen pasient med id eller fødselsnummer {key}.").format(
                    key=args.patient
                )
            )
        patient_id = patient.id
        assert patient_id is not None  # a stored patient
        version = store.load_plan(db, patient_id)
        data = reports.render_patient_pdf(db, patient_id, forms=forms, paper=paper)
        try:  # the log entry commits before the file gets its name
            deliver(db, out, data, lambda: reports.log_print(session, patient_id, forms, paper,
                                                             version.number, "cli"))
        except DeliveryFailed as failed:
            raise Refused(str(failed)) from None
    finally:
        db.close()
    print(out)
    return EXIT_OK


def register(commands) -> None:
    parser = commands.add_parser(
        "print",
        help="skriv pasientens skjemaer til en PDF-fil",
        description="Skriv planen, eksisterende vedtak, samtykket og sjekklisten til én PDF.",
    )
    parser.add_argument("patient", metavar="PASIENT", help="pasientens id eller fødselsnummer")
    parser.add_argument("--out", required=True, metavar="FIL.pdf", help="PDF-filen som skrives")
    parser.add_argument("--paper", default="A4", metavar="A4|A5", help="papirstørrelse (A4)")
    parser.add_argument("--forms", default="plan,decisions,consent,checklist",
                        metavar="SKJEMAER",
                        help="kommaliste av plan, decisions, consent, checklist, participants, "
                             "contacts, evaluation, mapping, crisis, crisis-card (standard: de "
                             "fire første)")
    parser.set_defaults(func=cmd_print)
