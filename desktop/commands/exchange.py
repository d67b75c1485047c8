"""The `export` and `import` commands (shared/spec/cli.md).

The command line cannot ask, so `import` follows one rule: a file whose fødselsnummer is
already in the database becomes a new plan version of that patient; a file that matches nobody
becomes a new patient; a file that matches a patient only by name and birth date is refused
until the user says which (`--patient PATIENT` or `--new-patient`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.base import EXIT_OK, Refused, open_session
from desktop.i18n import translate

if TYPE_CHECKING:
    from desktop.store.accounts import User


def _find(db, key: str):
    from desktop.store.patients import find_patient

    patient = find_patient(db, key)
    if patient is None:
        raise Refused(
            translate("cli", "Fant ingen pasient med id eller fødselsnummer {key}.").format(key=key)
        )
    return patient


def cmd_export(args: argparse.Namespace, user: User | None) -> int:
    from desktop.exchange import passphrase as words
    from desktop.exchange.errors import ExchangeRefused
    from desktop.exchange.exporter import FORMAT_PACKAGE, FORMAT_PDF, export_patient

    out = Path(args.out)
    if out.exists():
        raise Refused(
            translate("cli", "Filen {path} finnes allerede; velg et annet navn.").format(path=out)
        )
    generated = args.passphrase_file is None
    try:
        secret = (
            words.generate()
            if generated
            else words.checked(words.read_passphrase_file(args.passphrase_file))
        )
        session = open_session(args, user)
        db = session.db
        try:
            patient = _find(db, args.patient)
            result = export_patient(
                session,
                patient.id,
                out,
                secret,
                FORMAT_PDF if args.pdf_only else FORMAT_PACKAGE,
                version=args.plan_version,
                with_minutes=args.with_minutes,
            )
        finally:
            db.close()
    except ExchangeRefused as refusal:
        raise Refused(str(refusal)) from None
    kind = translate("cli", "kryptert PDF") if args.pdf_only else translate("cli", "kryptert pakke")
    print(
        translate("cli", "Lagret {path} ({kind}, planversjon {version}).").format(
            path=result.path, kind=kind, version=result.version
        )
    )
    if not result.signed:
        print(
            translate(
                "cli",
                "Planversjon {version} er et utkast; PDF-en er merket «UTKAST – ikke "
                "signert» på hver side.",
            ).format(version=result.version)
        )
    if generated:
        print(
            translate(
                "cli", "Passordet (gi det på telefon eller en annen kanal, aldri sammen med filen):"
            )
        )
        print(secret)
    return EXIT_OK


def _department(session, args: argparse.Namespace, from_file: str) -> str:
    """--department, checked against the list; else the file's when it is one of the user's,
    else the user's own."""
    from desktop.store import departments

    if args.department:
        try:
            return departments.check_known(session.db, args.department)
        except departments.DepartmentError as unknown:
            raise Refused(str(unknown)) from None
    return departments.preset_for_import(session, from_file)


def cmd_import(args: argparse.Namespace, user: User | None) -> int:
    from desktop.exchange import importer
    from desktop.exchange.errors import ExchangeRefused, NothingToImport
    from desktop.exchange.passphrase import read_passphrase_file

    try:
        secret = (
            read_passphrase_file(args.passphrase_file).strip() if args.passphrase_file else ""
        )  # stripped like the agreed passphrase on export
        session = open_session(args, user)
        db = session.db
        try:
            preview = importer.preview(session, args.file, secret)
            incoming = preview.document.patient
            if args.patient:
                target = _find(db, args.patient)
                if (
                    target.id_number
                    and incoming.id_number
                    and (target.id_number != incoming.id_number)
                ):
                    raise Refused(
                        translate("cli", "Fødselsnummeret i filen er et annet enn pasientens.")
                    )
                result = importer.apply(session, preview, importer.NEW_VERSION, target.id)
            elif args.new_patient or preview.match is None:
                result = importer.apply(
                    session, preview, importer.NEW_PATIENT,
                    department=_department(session, args, incoming.department),
                )
            elif preview.match_by == importer.MATCH_ID_NUMBER:
                result = importer.apply(session, preview, importer.NEW_VERSION, preview.match.id)
            else:
                raise Refused(
                    translate(
                        "cli",
                        "Filen ligner pasient {id} ({name}) på navn og fødselsdato, men har ikke "
                        "samme fødselsnummer; velg --patient {id} eller --new-patient.",
                    ).format(id=preview.match.id, name=preview.match.name)
                )
            note = _no_access_note(session, result.patient_id)
        finally:
            db.close()
    except NothingToImport as unchanged:
        print(str(unchanged))
        return EXIT_OK
    except ExchangeRefused as refusal:
        raise Refused(str(refusal)) from None
    if result.choice == importer.NEW_PATIENT:
        print(
            translate(
                "cli", "Importerte {name} som ny pasient {id} med {n} planversjon(er)."
            ).format(name=incoming.name, id=result.patient_id, n=len(result.versions))
        )
        if note:
            print(note)
    else:
        print(
            translate("cli", "Importerte planen som versjon {version} hos pasient {id}.").format(
                version=result.versions[0], id=result.patient_id
            )
        )
    if result.people:
        print(translate("cli", "La til {p} deltaker(e), {m} møte(r) og {c} kopi(er) på "
                               "kopilisten.").format(p=result.people.participants,
                                                     m=result.people.meetings,
                                                     c=result.people.copies))
    return EXIT_OK


def _no_access_note(session, patient_id: int) -> str:
    """For an administrator without access to the new patient's department: one sentence."""
    from desktop.store import access
    from desktop.store.patients import get_patient

    patient = get_patient(session.db, patient_id)
    if patient is None or access.may_see(session, patient_id):
        return ""
    return translate("cli", "Pasienten er importert til avdeling {department}. Du har ikke "
                            "tilgang til den avdelingen.").format(
        department=patient.department or "–")


def register(commands) -> None:
    export = commands.add_parser(
        "export", help="lagre planen kryptert for overlevering til kommunen"
    )
    export.add_argument("patient", metavar="PATIENT", help="pasientens id eller fødselsnummer")
    export.add_argument(
        "--out",
        required=True,
        metavar="FIL",
        help="filen som lages (.zip, eller .pdf med --pdf-only)",
    )
    export.add_argument(
        "--passphrase-file",
        metavar="F",
        help="fil med et avtalt passord på første linje (ellers lages et)",
    )
    export.add_argument(
        "--pdf-only",
        action="store_true",
        help="bare PDF-en, kryptert med AES-256, i stedet for pakken",
    )
    export.add_argument(
        "--version",
        dest="plan_version",
        type=int,
        metavar="N",
        help="planversjonen som sendes (standard: den nyeste signerte; et "
        "utkast bare når det velges her)",
    )
    export.add_argument(
        "--with-minutes",
        action="store_true",
        help="legg møtereferatene ved pakken som referat.pdf",
    )
    export.set_defaults(func=cmd_export)

    imp = commands.add_parser(
        "import", help="hent inn en plan (pakke med passord, eller FHIR R4 Bundle .json)"
    )
    imp.add_argument("file", metavar="FILE", help="pakken (.zip) eller FHIR-filen (.json)")
    imp.add_argument("--passphrase-file", metavar="F", help="fil med passordet på første linje")
    which = imp.add_mutually_exclusive_group()
    which.add_argument(
        "--patient", metavar="PATIENT", help="legg planen til som ny versjon hos denne pasienten"
    )
    which.add_argument("--new-patient", action="store_true", help="opprett alltid en ny pasient")
    imp.add_argument("--department", help=(
        "avdelingen en ny pasient får, fra avdelingslisten (standard: filens når den er "
        "din, ellers din første)"))
    imp.set_defaults(func=cmd_import)
