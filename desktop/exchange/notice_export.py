"""The notice letter leaves the program like a plan: an AES-256 package (letter PDF, the
notice as FHIR, manifest) or an AES-256 PDF, written and logged as an export together."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import sqlite_utils

from desktop import __version__
from desktop.exchange import package
from desktop.exchange.errors import ExchangeRefused
from desktop.exchange.exporter import FORMAT_PACKAGE, FORMAT_PDF, ExportResult
from desktop.exchange.pdf_crypto import encrypt_pdf
from desktop.i18n import translate
from desktop.records import format_partial_date
from desktop.store.outbox import DeliveryFailed, deliver
from desktop.store.session import Session, as_session


def export_notice(session: Session | sqlite_utils.Database, patient_id: int, path: Path | str,
                  passphrase: str, fmt: str = FORMAT_PACKAGE, exported_by: str | None = None,
                  notice_id: int | None = None, now: dt.datetime | None = None) -> ExportResult:
    """Write the newest (or the given) notice encrypted to ``path`` and log the export.
    Refused without a notice, or without a consent to notify the municipality. Logged in the
    session user's name (a bare database: nobody logged in)."""
    from desktop.exchange.notice_fhir import notice_bundle
    from desktop.reports.notice import render_patient_notice
    from desktop.store import log, notices, patients

    session = as_session(session)
    db = session.db
    if fmt not in (FORMAT_PACKAGE, FORMAT_PDF):
        raise ValueError(fmt)
    path = Path(path)
    if not path.parent.is_dir():
        raise ExchangeRefused(translate(
            "exchange", "Mappen {folder} finnes ikke.").format(folder=path.parent))
    patient = patients.get_patient(db, patient_id)
    if patient is None:
        raise ExchangeRefused(translate("exchange", "Fant ikke pasienten."))
    notice = (notices.get_notice(db, notice_id) if notice_id is not None
              else notices.newest_notice(db, patient_id))
    if notice is None or notice.patient_id != patient_id:
        raise ExchangeRefused(translate("exchange", "Pasienten har ingen melding til kommunen."))
    if not notices.may_notify(db, patient_id):
        raise ExchangeRefused(translate(
            "exchange", "Pasienten har ikke samtykket til at kommunen kontaktes, så "
                                 "meldingen kan ikke lagres for sending."))
    now = now or dt.datetime.now()
    exported_by = exported_by or session.display_name
    pdf = render_patient_notice(db, patient_id, notice.id, now.date())
    if fmt == FORMAT_PDF:
        data = encrypt_pdf(pdf, passphrase)
    else:
        bundle = notice_bundle(patient, notice, notices.recipient(db, notice), now)
        fhir = json.dumps(bundle, ensure_ascii=False, indent=1).encode("utf-8")
        manifest = {
            "program": "Individuell plan", "program_version": __version__,
            "created": now.astimezone().isoformat(timespec="seconds"),
            "exported_by": exported_by, "content": "notice",
            "patient": f"{patient.name} (født {format_partial_date(patient.birth_date)})",
        }
        data = package.write_package(pdf, fhir, manifest, passphrase, now)

    def record() -> None:
        session.log(log.EXPORT, patient_id, {
            "file": path.name, "format": fmt, "content": "notice", "notice_id": notice.id,
            "exported_by": exported_by, "bytes": len(data)})

    try:  # the log entry commits before the file gets its name (store/outbox.py)
        deliver(db, path, data, record)
    except DeliveryFailed as failed:
        raise ExchangeRefused(str(failed)) from None
    return ExportResult(path=path, format=fmt, version=notice.id or 0, size=len(data))
