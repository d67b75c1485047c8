"""The `letter` command: one patient's letter merged from a template, saved as an encrypted PDF
and put on the kopiliste (shared/spec/cli.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.base import EXIT_OK, Refused, open_session
from desktop.files import write_atomically
from desktop.i18n import translate

if TYPE_CHECKING:
    from desktop.store.accounts import User


def _t(text: str) -> str:
    return translate("cli", text)


def _recipients(text: str | None) -> list[int | None]:
    if not text:
        return [None]
    try:
        return [None if part.strip().lower() == "pasient" else int(part)
                for part in text.split(",") if part.strip()]
    except ValueError:
        raise Refused(_t("Mottakerne skrives som deltakernes id, skilt med komma.")) from None


def cmd_letter(args: argparse.Namespace, user: User | None) -> int:
    from desktop.exchange import passphrase as words
    from desktop.exchange.errors import ExchangeRefused
    from desktop.records_people import CHANNEL_ENCRYPTED_FILE
    from desktop.reports.letter import issue_letter
    from desktop.store import find_patient

    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        raise Refused(_t("Mappen {folder} finnes ikke.").format(folder=out.parent))
    if out.exists():
        raise Refused(_t("Filen {path} finnes allerede; velg et annet navn.").format(path=out))
    try:
        secret, generated = words.from_file_or_new(args.passphrase_file)
    except ExchangeRefused as refusal:
        raise Refused(str(refusal)) from None
    recipients = _recipients(args.to)
    session = open_session(args, user)
    db = session.db
    try:
        patient = find_patient(db, args.patient)
        if patient is None or patient.id is None:
            raise Refused(_t("Fant ingen pasient med id eller fødselsnummer {key}.").format(
                key=args.patient))
        try:
            issue_letter(session, patient.id, args.template, channel=CHANNEL_ENCRYPTED_FILE,
                         recipients=recipients, passphrase=secret, target="cli",
                         meeting_id=args.meeting, deliver=lambda pdf: write_atomically(out, pdf))
        except OSError as error:
            raise Refused(_t("Kunne ikke skrive {path}: {reason}").format(
                path=out, reason=error.strerror or error)) from None
    finally:
        db.close()
    print(out)
    if generated:
        print(_t("Passordet (gi det på telefon eller en annen kanal, aldri sammen med filen):"))
        print(secret)
    return EXIT_OK


def register(commands) -> None:
    parser = commands.add_parser(
        "letter", help="skriv et brev fra en brevmal til en kryptert PDF",
        description="Flett en brevmal med pasientens opplysninger, lagre brevet som kryptert "
                    "PDF og før det på kopilisten.")
    parser.add_argument("patient", metavar="PASIENT", help="pasientens id eller fødselsnummer")
    parser.add_argument("--template", required=True, metavar="NAVN", help="brevmalens navn")
    parser.add_argument("--out", required=True, metavar="FIL.pdf", help="PDF-filen som skrives")
    parser.add_argument("--passphrase-file", metavar="F",
                        help="fil med passordet på første linje (ellers lages et passord)")
    parser.add_argument("--to", metavar="ID,...",
                        help="mottakerne: deltakernes id, eller «pasient» (standard: pasienten)")
    parser.add_argument("--meeting", type=int, metavar="MØTE",
                        help="møtets id (standard: det neste møtet)")
    parser.set_defaults(func=cmd_letter)
