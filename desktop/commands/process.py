"""The `notice` and `journal-note` commands (shared/spec/cli.md): the newest notice to the
municipality as an encrypted letter, and the journal note on standard output."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.base import EXIT_OK, Refused, open_session
from desktop.i18n import translate

if TYPE_CHECKING:
    from desktop.store.accounts import User


def _t(text: str) -> str:
    return translate("cli", text)


def _patient(db, key: str):
    from desktop.commands.exchange import _find  # the same refusal as export and import

    return _find(db, key)


def cmd_notice(args: argparse.Namespace, user: User | None) -> int:
    from desktop.exchange import passphrase as words
    from desktop.exchange.errors import ExchangeRefused
    from desktop.exchange.exporter import FORMAT_PACKAGE, FORMAT_PDF
    from desktop.exchange.notice_export import export_notice

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".zip"):
        raise Refused(_t("Filen må slutte på .pdf eller .zip."))
    if out.exists():
        raise Refused(_t("Filen {path} finnes allerede; velg et annet navn.").format(path=out))
    generated = args.passphrase_file is None
    try:
        secret = (words.generate() if generated
                  else words.checked(words.read_passphrase_file(args.passphrase_file)))
        session = open_session(args, user)
        db = session.db
        try:
            patient = _patient(db, args.patient)
            result = export_notice(session, patient.id, out, secret,
                                   FORMAT_PDF if suffix == ".pdf" else FORMAT_PACKAGE)
        finally:
            db.close()
    except ExchangeRefused as refusal:
        raise Refused(str(refusal)) from None
    kind = _t("kryptert PDF") if suffix == ".pdf" else _t("kryptert pakke")
    print(_t("Lagret {path} ({kind}, melding til kommunen).").format(path=result.path,
                                                                      kind=kind))
    if generated:
        print(_t("Passordet (gi det på telefon eller en annen kanal, aldri sammen med filen):"))
        print(secret)
    return EXIT_OK


def cmd_journal_note(args: argparse.Namespace, user: User | None) -> int:
    from desktop.reports.journal import journal_note

    db = open_session(args, user).db
    try:
        text = journal_note(db, _patient(db, args.patient).id)
    finally:
        db.close()
    print(text, end="")
    return EXIT_OK


def register(commands) -> None:
    notice = commands.add_parser(
        "notice", help="lagre den nyeste meldingen til kommunen kryptert (.pdf eller .zip)")
    notice.add_argument("patient", metavar="PATIENT", help="pasientens id eller fødselsnummer")
    notice.add_argument("--out", required=True, metavar="FIL.pdf|FIL.zip",
                        help="kryptert PDF (.pdf) eller kryptert pakke (.zip)")
    notice.add_argument("--passphrase-file", metavar="F",
                        help="fil med et avtalt passord på første linje (ellers lages et)")
    notice.set_defaults(func=cmd_notice)

    note = commands.add_parser("journal-note",
                               help="skriv journalnotatet (melding, samtykke, flagg)")
    note.add_argument("patient", metavar="PATIENT", help="pasientens id eller fødselsnummer")
    note.set_defaults(func=cmd_journal_note)
