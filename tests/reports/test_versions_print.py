"""Printing from the store: signed versions reprint byte for byte, later edits start a new
version, consent withdrawn or expired shows on the plan, and the logo comes from the settings."""

from __future__ import annotations

import base64
import datetime as dt
import sqlite3

import pytest

from desktop import resources, store
from desktop.demo import add_demo_patient
from desktop.records import PlanRow, Signature, ValidationError
from desktop.reports import render_patient_pdf
from desktop.store import prints, settings

DAY1 = dt.date(2026, 3, 14)
LATER = dt.date(2026, 9, 1)
# a 1x1 PNG, enough to stand for a hospital's logo
OTHER_LOGO = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


@pytest.fixture
def signed(db, rng):
    """A demo patient whose plan version 1 is signed."""
    patient = add_demo_patient(db, rng, DAY1, "signed")
    assert store.current_version(db, patient.id).frozen
    return patient


def test_reprint_of_a_signed_version_is_byte_identical(db, signed, pdftext):
    first = render_patient_pdf(db, signed.id, paper="A5", today=DAY1)
    # later: the patient moves, the hospital changes its logo, months pass
    moved = store.get_patient(db, signed.id)
    moved.address = "Ny gate 1, 2317 Hamar"
    store.update_patient(db, moved)
    settings.set_logo(db, OTHER_LOGO)
    again = render_patient_pdf(db, signed.id, paper="A5", version_number=1, today=LATER)
    assert again == first
    text = "\n".join(pdftext.pages(again))
    assert "Utskrevet 14.03.2026" in text and "Ny gate" not in text


def test_a_draft_prints_todays_date_and_current_patient(db, rng, pdftext):
    patient = add_demo_patient(db, rng, DAY1, "draft")
    first = render_patient_pdf(db, patient.id, forms=["plan"], today=DAY1)
    later = render_patient_pdf(db, patient.id, forms=["plan"], today=LATER)
    assert first != later
    assert "Utskrevet 01.09.2026" in pdftext.pages(later)[0]
    assert prints.get_snapshot(db, patient.id, 1) is None


def test_editing_a_signed_version_starts_a_new_one_and_the_old_still_reprints(db, signed,
                                                                               pdftext):
    first = render_patient_pdf(db, signed.id, forms=["plan"], today=DAY1)
    plan = store.load_plan(db, signed.id).plan
    plan.rows.append(PlanRow(goal="Nytt delmål etter signering", start="2026-04"))
    version = store.save_plan(db, signed.id, plan)
    assert version.number == 2 and not version.frozen
    old = render_patient_pdf(db, signed.id, forms=["plan"], version_number=1, today=LATER)
    assert old == first
    assert "Nytt delmål" not in "\n".join(pdftext.pages(old))
    new = "\n".join(pdftext.pages(render_patient_pdf(db, signed.id, forms=["plan"],
                                                     today=LATER)))
    assert pdftext.missing(["Nytt delmål etter signering"], new) == []
    assert "versjon 2, ikke signert" in new


def test_signing_after_printing_fixes_the_snapshot_once(db, rng):
    patient = add_demo_patient(db, rng, DAY1, "draft")
    store.sign_version(db, patient.id, Signature(patient_name=patient.name,
                                                 coordinator_name="K", signed_date="2026-03-20"))
    first = render_patient_pdf(db, patient.id, today=dt.date(2026, 3, 21))
    assert prints.get_snapshot(db, patient.id, 1).printed_on == "2026-03-21"
    assert render_patient_pdf(db, patient.id, today=LATER) == first
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE print_snapshots SET printed_on = '2030-01-01'")


def test_withdrawn_consent_is_on_every_plan_page(db, rng, pdftext):
    patient = add_demo_patient(db, rng, DAY1, "withdrawn")
    plan = store.load_plan(db, patient.id).plan
    plan.rows = plan.rows * 8  # several pages
    store.save_plan(db, patient.id, plan)
    pages = pdftext.pages(render_patient_pdf(db, patient.id, forms=["plan"], today=DAY1))
    assert len(pages) > 1
    assert all("Samtykket er trukket tilbake" in page for page in pages)


def test_expired_consent_shows_on_the_plan(db, rng, pdftext):
    patient = add_demo_patient(db, rng, DAY1, "consented")
    consent = store.load_consent(db, patient.id)
    consent.valid_to = "2026-01-31"
    store.save_consent(db, patient.id, consent)
    text = pdftext.pages(render_patient_pdf(db, patient.id, forms=["plan"], today=DAY1))[0]
    assert "Samtykket er utløpt" in text and "31.01.2026" in text


def test_unknown_patient_or_version_is_refused(db, signed):
    with pytest.raises(ValidationError):
        render_patient_pdf(db, 9999)
    with pytest.raises(ValidationError):
        render_patient_pdf(db, signed.id, version_number=5)
    with pytest.raises(ValidationError):
        render_patient_pdf(db, signed.id, forms=["plan", "letter"])
    with pytest.raises(ValidationError):
        render_patient_pdf(db, signed.id, paper="A3")


def test_logo_setting_round_trip_and_refusal(db):
    assert settings.get_logo(db) is None
    settings.set_logo(db, OTHER_LOGO)
    assert settings.get_logo(db) == OTHER_LOGO
    with pytest.raises(ValidationError):
        settings.set_logo(db, b"GIF89a not a png")
    settings.set_logo(db, None)
    assert settings.get_logo(db) is None
    assert resources.read_bytes(resources.DEFAULT_LOGO).startswith(b"\x89PNG")


def test_the_hospitals_consent_text_replaces_the_default(db, signed, pdftext):
    settings.set_consent_text(db, "Sykehusets godkjente tekst om samtykke.")
    text = "\n".join(pdftext.pages(render_patient_pdf(db, signed.id, forms=["consent"],
                                                      today=DAY1)))
    assert "Sykehusets godkjente tekst om samtykke." in text
    assert "Jeg ønsker at det lages en individuell plan" not in text
