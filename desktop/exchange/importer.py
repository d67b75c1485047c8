"""Import: read a package or a FHIR Bundle, preview what comes in and how it differs from the
patient already in the database, then apply the user's choice in one transaction."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from desktop.exchange import fhir_process, package
from desktop.exchange.errors import ExchangeRefused, NothingToImport
from desktop.exchange.fhir import PlanDocument
from desktop.exchange.fhir_access import clean_text, not_fhir
from desktop.exchange.fhir_read import read_bundle
from desktop.i18n import translate
from desktop.records import Patient, PlanVersion, ValidationError
from desktop.store import people_import
from desktop.store.session import Session, as_session

if TYPE_CHECKING:
    from desktop.exchange.diff import Difference

KIND_PACKAGE = "package"
KIND_BUNDLE = "bundle"
MATCH_ID_NUMBER = "id_number"
MATCH_NAME_BIRTH = "name_birth"
NEW_PATIENT = "new_patient"
NEW_VERSION = "new_version"


@dataclass
class ImportPreview:
    """What a file brings, before anything is written."""
    file_name: str
    kind: str
    document: PlanDocument
    manifest: dict = field(default_factory=dict)
    match: Patient | None = None
    match_by: str = ""
    differences: list[Difference] = field(default_factory=list)

    @property
    def may_be_new_patient(self) -> bool:
        """A fødselsnummer already in the database cannot be a second patient."""
        return self.match_by != MATCH_ID_NUMBER


@dataclass
class ImportResult:
    """What an import wrote: the patient, the choice made, the new plan versions."""

    patient_id: int
    choice: str
    versions: list[int]
    people: people_import.ImportedPeople = field(default_factory=people_import.ImportedPeople)


# ---------------------------------------------------------------- reading

def read_document(path: Path | str, passphrase: str = "") -> tuple[PlanDocument, str, dict]:
    """The document in a file, its kind and (for a package) the manifest; or ExchangeRefused."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > package.MAX_PACKAGE_BYTES:
            raise package._too_big()
        with open(path, "rb") as handle:
            data = handle.read(package.MAX_PACKAGE_BYTES + 1)
    except OSError:
        raise ExchangeRefused(translate("exchange", "Filen {name} kan ikke leses.").format(
            name=path.name)) from None
    return read_bytes(data, passphrase)


def read_bytes(data: bytes, passphrase: str = "") -> tuple[PlanDocument, str, dict]:
    if data.startswith(b"PK"):
        if not passphrase:
            raise ExchangeRefused(translate("exchange", "Skriv passordet for pakken."))
        contents = package.read_package(data, passphrase)
        manifest = {key: clean_text(value) if isinstance(value, str) else value
                    for key, value in contents.manifest.items()}
        return read_bundle(_json(contents.fhir)), KIND_PACKAGE, manifest
    if data.startswith(b"%PDF"):
        raise ExchangeRefused(translate(
            "exchange", "En PDF kan ikke importeres. Bruk pakken (.zip) eller en FHIR-fil "
                        "(.json)."))
    if len(data) > package.MAX_ENTRY_BYTES[package.FHIR_NAME]:
        raise package._too_big()
    return read_bundle(_json(data)), KIND_BUNDLE, {}


def _json(data: bytes) -> object:
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise not_fhir() from None


# ---------------------------------------------------------------- matching and preview

def find_match(db: sqlite_utils.Database, incoming: Patient) -> tuple[Patient | None, str]:
    """The patient already in the database: by fødselsnummer, else by name and birth date
    (which the user must confirm). Patients with a different fødselsnummer never match."""
    from desktop import store

    if incoming.id_number:
        row = db.execute("SELECT id FROM patients WHERE id_number = ?",
                         [incoming.id_number]).fetchone()
        if row:
            return store.get_patient(db, row[0]), MATCH_ID_NUMBER
    if not incoming.birth_date:
        return None, ""
    name = " ".join(incoming.name.casefold().split())
    for (pid,) in db.execute("SELECT id FROM patients WHERE birth_date = ? ORDER BY id",
                             [incoming.birth_date]).fetchall():
        candidate = store.get_patient(db, pid)
        if candidate is None:
            continue
        same_name = " ".join(candidate.name.casefold().split()) == name
        other_number = (candidate.id_number and incoming.id_number
                        and candidate.id_number != incoming.id_number)
        if same_name and not other_number:
            return candidate, MATCH_NAME_BIRTH
    return None, ""


def preview(session: Session | sqlite_utils.Database, path: Path | str,
            passphrase: str = "") -> ImportPreview:
    """Read and check the file and compare it with the database; writes nothing. A patient
    the session's user may not see is no match (or, by fødselsnummer, a refusal)."""
    return compare(session, path, *read_document(path, passphrase))


def compare(session: Session | sqlite_utils.Database, path: Path | str,
            document: PlanDocument, kind: str, manifest: dict) -> ImportPreview:
    """The second half of ``preview``: what ``read_document`` found, compared with the
    database (the window reads the file off the UI thread and compares on it)."""
    from desktop import store
    from desktop.store import access

    session = as_session(session)
    db = session.db
    match, match_by = find_match(db, document.patient)
    if (match is not None and match.id is not None
            and not access.may_see(session, match.id)):
        if match_by == MATCH_ID_NUMBER:  # logged; the sentence a new patient would get
            taken = store.patients.NumberTaken(match.id)
            store.patients.log_number_taken(session, taken, "import")
            raise ExchangeRefused(str(taken))
        match, match_by = None, ""
    result = ImportPreview(file_name=Path(path).name, kind=kind, document=document,
                           manifest=manifest, match=match, match_by=match_by)
    if match is not None and match.id is not None:
        existing = PlanDocument(patient=match, checklist=store.load_checklist(db, match.id),
                                consent=store.load_consent(db, match.id),
                                versions=store.plan_versions(db, match.id))
        from desktop.exchange.diff import differences  # here: a file of a new patient has none

        result.differences = differences(existing, document)
    return result


# ---------------------------------------------------------------- applying

def _manifest_text(manifest: dict, key: str, limit: int) -> str:
    return str(manifest.get(key, ""))[:limit]


def _refuse_unchanged(db: sqlite_utils.Database, patient_id: int, incoming: PlanVersion) -> None:
    """A plan identical to the patient's current version (content and signature) is not added
    again: re-importing the same file says so and writes nothing."""
    from desktop import store

    existing = store.current_version(db, patient_id)
    if existing is not None and existing.plan == incoming.plan and (
            existing.signature == incoming.signature):
        raise NothingToImport(translate(
            "exchange", "Ingen endringer: planen i filen er den samme som versjon {n} hos "
                        "pasienten. Ingenting er lagret.").format(n=existing.number))


def _store_people(db: sqlite_utils.Database, patient_id: int, doc: PlanDocument,
                  merge: bool) -> people_import.ImportedPeople:
    """The file's participants, meetings and kopiliste: all of them for a new patient, merged
    into a patient already here with a new plan version (store/people_import.py says how)."""
    people = doc.people
    if people is None:
        return people_import.ImportedPeople()
    return people_import.import_people(db, patient_id, people.participants, people.meetings,
                                       people.copies, merge=merge)


def apply(session: Session | sqlite_utils.Database, preview: ImportPreview, choice: str,
          patient_id: int | None = None, department: str = "") -> ImportResult:
    """Write the import in one transaction and log it. NEW_PATIENT adds the patient with the
    checklist, the consent and every plan version; NEW_VERSION appends the incoming current
    plan (with its signatures) as a new version of ``patient_id`` (default: the match), keeping
    that patient's data, checklist, consent and earlier versions as they are, and merging the
    file's people into theirs (a plan identical to the current version writes nothing)."""
    from desktop import store
    from desktop.store import log, mapping

    session = as_session(session)
    db = session.db
    doc = preview.document
    try:
        with db.atomic():
            if choice == NEW_PATIENT:
                patient = Patient(**{**doc.patient.__dict__, "id": None,
                                     "department": department})
                patient = store.add_patient(session, patient)
                target = patient.id
                assert target is not None
                store.save_checklist(db, target, doc.checklist)
                fhir_process.store_process(db, target, doc.process)  # before the newest consent
                store.save_consent(db, target, doc.consent)
                numbers = [store.add_plan_version(session, target, v.plan, v.signature).number
                           for v in doc.versions]
                people = _store_people(db, target, doc, merge=False)
            elif choice == NEW_VERSION:
                target = patient_id if patient_id is not None else (
                    preview.match.id if preview.match else None)
                if target is None or store.get_patient(db, target) is None:
                    raise ExchangeRefused(translate(
                        "exchange", "Velg pasienten planen skal legges til hos."))
                current = doc.current
                assert current is not None  # read_document refuses a file without a plan
                _refuse_unchanged(db, target, current)
                numbers = [store.add_plan_version(session, target, current.plan,
                                                  current.signature).number]
                people = _store_people(db, target, doc, merge=True)
            else:
                raise ValueError(choice)
            mapped = mapping.import_mappings(db, target, doc.mappings, session.username)
            session.log(log.IMPORT, target, {
                "file": preview.file_name, "format": preview.kind, "as": choice,
                "plan_versions": numbers, "match": preview.match_by,
                **({"mappings": len(mapped)} if mapped else {}),
                **({"people": dataclasses.asdict(people)} if people else {}),
                "exported_by": _manifest_text(preview.manifest, "exported_by", 200),
                "created": _manifest_text(preview.manifest, "created", 40)})
    except ValidationError as error:
        if isinstance(error, store.patients.NumberTaken):  # logged after the rollback
            store.patients.log_number_taken(session, error, "import")
        raise ExchangeRefused(str(error)) from None
    return ImportResult(patient_id=target, choice=choice, versions=numbers, people=people)
