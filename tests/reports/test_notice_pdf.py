"""The notice letter: one A4 page with the four content headings, the patient, the sender, the
consent statement and the reply slip; always Bokmål; deterministic."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.records import ValidationError
from desktop.reports.notice import log_notice_print, render_patient_notice
from desktop.store import log


def test_the_letter_is_one_page_with_the_headings_the_patient_and_a_reply_slip(
        db, notified_patient, pdftext) -> None:
    patient_id, notice_id = notified_patient(db)
    pdf = render_patient_notice(db, patient_id, today=dt.date(2026, 11, 20))
    pages = pdftext.pages(pdf)
    assert len(pages) == 1
    text = pages[0]
    assert pdftext.missing([
        "Melding om behov for individuell plan / koordinator",
        "Aktuelle tjenester og varighet", "Pasientens aktivitet i dag",
        "Formålet med individuell plan", "Forslag til koordinator",
        "Åse Nordmann", "12.03.1985", "Koordinerende enhet, Eksempelvik",
        "Voksenpsykiatri", "Tore Skaug, +47 000 00 009",
        "Hjemmesykepleie og støttekontakt i minst ett år.",
        "Pasienten har samtykket 01.11.2026 til at kommunen kontaktes om behovet.",
        "Samtykket er gitt av Per Nordmann (verge).",
        "Vi ber om svar innen 16.11.2026.", "Svar fra kommunen", "Dato og underskrift",
    ], text) == []
    assert render_patient_notice(db, patient_id, notice_id, dt.date(2026, 11, 20)) == pdf


def test_a_patient_without_a_notice_has_no_letter(db, notified_patient) -> None:
    from desktop import store
    from desktop.records import Patient

    other = store.add_patient(db, Patient(name="Per Vik"))
    with pytest.raises(ValidationError, match="ingen melding"):
        render_patient_notice(db, other.id)
    patient_id, notice_id = notified_patient(db)
    with pytest.raises(ValidationError):
        render_patient_notice(db, other.id, notice_id)


def test_printing_the_letter_is_logged(db, notified_patient) -> None:
    patient_id, notice_id = notified_patient(db)
    log_notice_print(db, patient_id, notice_id, "printer")
    row = db.execute("SELECT kind, patient_id, detail FROM access_log ORDER BY id DESC "
                     "LIMIT 1").fetchone()
    assert row[0] == log.PRINT and row[1] == patient_id and '"notice"' in row[2]
