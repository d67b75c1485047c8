"""Export one patient: the encrypted package or the encrypted PDF, written and logged together."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from desktop import __version__
from desktop.exchange import package
from desktop.exchange.errors import ExchangeRefused
from desktop.exchange.fhir import PlanDocument, build_bundle, load_document
from desktop.exchange.pdf_crypto import encrypt_pdf
from desktop.i18n import translate
from desktop.records import PlanVersion, format_partial_date
from desktop.store.outbox import deliver
from desktop.store.session import Session, as_session

FORMAT_PACKAGE = "zip"
FORMAT_PDF = "pdf"
FORMATS = (FORMAT_PACKAGE, FORMAT_PDF)


@dataclass
class ExportResult:
    path: Path
    format: str
    version: int
    size: int
    signed: bool = True  # False: a draft chosen explicitly, marked on every printed page


def suggested_file_name(patient_name: str, birth_date: str, fmt: str = FORMAT_PACKAGE) -> str:
    """``<name>-<birth date>-individuell-plan.zip`` with a name safe on every file system."""
    name = unicodedata.normalize("NFC", patient_name)
    name = re.sub(r"[^\w]+", "-", name, flags=re.UNICODE).strip("-_") or "pasient"
    suffix = ".zip" if fmt == FORMAT_PACKAGE else ".pdf"
    return f"{name}-{birth_date or 'ukjent'}-individuell-plan{suffix}"


def default_version(versions: list[PlanVersion]) -> int | None:
    """The version an export sends unless the user chooses: the newest signed one; None when
    no version is signed (then a draft must be chosen explicitly)."""
    signed = [v.number for v in versions if v.frozen]
    return signed[-1] if signed else None


def export_versions(db: sqlite_utils.Database,
                    patient_id: int) -> tuple[list[PlanVersion], int | None]:
    """What the export dialog offers: the patient's plan versions, oldest first, and the number
    chosen by default (the newest signed one; None when none is signed, so the user must pick
    a draft explicitly)."""
    from desktop import store

    versions = store.plan_versions(db, patient_id)
    return versions, default_version(versions)


def document_for_export(db: sqlite_utils.Database, patient_id: int,
                        version: int | None = None, with_mappings: bool = False) -> PlanDocument:
    """The patient's document as it is sent: the chosen version (default: the newest signed
    one) is the current plan, the versions before it its history, later drafts left out; the
    life-area mappings only ``with_mappings`` (the user ticked «Ta med kartlegging»)."""
    try:
        doc = load_document(db, patient_id, with_mappings=with_mappings)
    except LookupError:
        raise ExchangeRefused(translate("exchange", "Fant ikke pasienten.")) from None
    if not doc.versions:
        raise ExchangeRefused(translate(
            "exchange", "Pasienten har ingen plan ennå, så det er ingenting å overføre."))
    if version is None:
        version = default_version(doc.versions)
        if version is None:
            raise ExchangeRefused(translate(
                "exchange", "Planen har ingen signert versjon. Velg versjonen som skal sendes; "
                            "et utkast merkes «UTKAST – ikke signert»."))
    numbers = [v.number for v in doc.versions]
    if version not in numbers:
        raise ExchangeRefused(translate("exchange", "Planen har ingen versjon {n}.").format(
            n=version))
    doc.versions = doc.versions[:numbers.index(version) + 1]
    return doc


def build_export(db: sqlite_utils.Database, patient_id: int, passphrase: str, fmt: str,
                 exported_by: str, now: dt.datetime | None = None,
                 version: int | None = None,
                 with_minutes: bool = False,
                 with_mappings: bool = False) -> tuple[bytes, PlanVersion]:
    """The encrypted file's bytes and the plan version it carries; a package ``with_minutes``
    also carries the meetings' minutes as a PDF (when any are written); ``with_mappings`` puts
    the life-area mappings in the FHIR file (never by default)."""
    from desktop.reports import render_patient_pdf
    from desktop.reports.minutes import render_minutes

    now = now or dt.datetime.now()
    doc = document_for_export(db, patient_id, version, with_mappings)
    chosen = doc.current
    assert chosen is not None  # document_for_export refuses a patient without a plan
    pdf = render_patient_pdf(db, patient_id, version_number=chosen.number,
                             draft_mark=not chosen.frozen)
    if fmt == FORMAT_PDF:
        return encrypt_pdf(pdf, passphrase), chosen
    bundle = build_bundle(doc, exported_by, now)
    fhir = json.dumps(bundle, ensure_ascii=False, indent=1).encode("utf-8")
    manifest = {
        "program": "Individuell plan", "program_version": __version__,
        "created": now.astimezone().isoformat(timespec="seconds"),
        "exported_by": exported_by,
        "patient": f"{doc.patient.name} (født {format_partial_date(doc.patient.birth_date)})",
        "plan_version": chosen.number,
    }
    minutes = render_minutes(db, patient_id) if with_minutes else b""
    return package.write_package(pdf, fhir, manifest, passphrase, now, minutes), chosen


def export_patient(session: Session | sqlite_utils.Database, patient_id: int,
                   path: Path | str, passphrase: str, fmt: str = FORMAT_PACKAGE,
                   exported_by: str | None = None, version: int | None = None,
                   consent_reason: str = "", recipients: Sequence[int | None] = (),
                   reasons: dict[int, str] | None = None,
                   with_minutes: bool = False, with_mappings: bool = False) -> ExportResult:
    """Write the encrypted export to ``path``, its log entry committed before the file gets
    its name (store/outbox.py): never a file without its entry. The passphrase is not kept
    anywhere. ``exported_by`` defaults to the session user's name (a bare database: nobody
    logged in). ``version`` None sends the newest signed version (refused when none is
    signed); a draft is sent only when chosen by number, and its PDF says "UTKAST – ikke
    signert" on every page. A patient whose consent is not in force or does not allow sharing
    is refused (policy.export_consent_refusal) unless ``consent_reason`` says why it goes
    anyway; the reason is logged with the export. ``recipients`` (participant ids, None for
    the patient) are put on the kopiliste as getting this version as an encrypted file, in the
    same transaction: a refused recipient (no consent to share, a reservation without one of
    ``reasons``) leaves neither file nor entry. ``with_mappings`` puts the life-area mappings
    in the FHIR file (never by default)."""
    from desktop.records import ValidationError
    from desktop.records_people import CHANNEL_ENCRYPTED_FILE, WHAT_PLAN
    from desktop.store import distribution, log
    from desktop.store.policy import export_consent_refusal

    session = as_session(session)
    db = session.db

    if fmt not in FORMATS:
        raise ValueError(fmt)
    path = Path(path)
    if not path.parent.is_dir():
        raise ExchangeRefused(translate("exchange", "Mappen {folder} finnes ikke.").format(
            folder=path.parent))
    consent_problem = export_consent_refusal(db, patient_id)
    consent_reason = consent_reason.strip()
    if consent_problem and not consent_reason:
        document_for_export(db, patient_id, version)  # no plan at all: say that first
        raise ExchangeRefused(consent_problem)
    exported_by = exported_by or session.display_name
    data, chosen = build_export(db, patient_id, passphrase, fmt, exported_by, version=version,
                               with_minutes=with_minutes, with_mappings=with_mappings)

    def record() -> None:
        session.log(log.EXPORT, patient_id, {
            "file": path.name, "format": fmt, "plan_version": chosen.number,
            "draft": not chosen.frozen,
            "exported_by": exported_by, "bytes": len(data),
            **({"with_minutes": True} if with_minutes and fmt == FORMAT_PACKAGE else {}),
            **({"mappings": True} if with_mappings and fmt != FORMAT_PDF else {}),
            **({"consent_override": consent_reason} if consent_problem else {})})
        if recipients:
            distribution.record_copies(session, patient_id, recipients, CHANNEL_ENCRYPTED_FILE,
                                       what=WHAT_PLAN, version_number=chosen.number,
                                       reasons=reasons)

    try:
        deliver(db, path, data, record)
    except ValidationError as refused:  # DeliveryFailed, or a refused recipient
        raise ExchangeRefused(str(refused)) from None
    return ExportResult(path=path, format=fmt, version=chosen.number, size=len(data),
                        signed=chosen.frozen)
