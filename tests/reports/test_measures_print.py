"""Printed forms of issue 13: the plan's evaluation cell, the crisis plan as a decision row, the
form "Evaluering av tiltak", the mapping, the crisis plan and its one-page A5 card."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desktop import store
from desktop.records import Patient, Plan, PlanRow
from desktop.records_measures import (
    AREA_MAPPED,
    CrisisContact,
    CrisisHelper,
    CrisisPlan,
    Evaluation,
)
from desktop.reports import render_crisis_card, render_patient_pdf
from desktop.store import mapping, measures

DAY = dt.date(2026, 3, 14)


@pytest.fixture
def patient(db):
    person = store.add_patient(db, Patient(name="Kari Kort", birth_date="1990-01-01"))
    store.save_plan(db, person.id, Plan(valid_from="2026-01-01", rows=[
        PlanRow(goal="Egen bolig", measures="Søke kommunal bolig", comment="Søknad levert",
                evaluation="2026-03")]))
    return person


def _pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def test_plan_cell_shows_comment_and_latest_evaluation(db, patient, pdftext):
    measures.record_evaluation(db, patient.id, 0, Evaluation(
        date="2013-03-11", achievement="delvis nådd", conclusion="fortsette",
        patient_view="Jeg venter på svar", professional_view="Purre kommunen"))
    pdf = render_patient_pdf(db, patient.id, forms=["plan"], today=DAY)
    text = pdftext.squeeze("\n".join(pdftext.pages(pdf)))
    assert pdftext.squeeze("Søknad levert") in text
    assert pdftext.squeeze("11.03.2013 – delvis nådd – fortsette") in text


def test_crisis_plan_is_a_derived_decision_row(db, patient, pdftext):
    measures.save_crisis(db, patient.id, CrisisPlan(made_with="Vera Voksen", date="2026-03-01",
                                                    review_date="2026-09"))
    version = store.current_version(db, patient.id)
    assert version.plan.decisions == []
    text = "\n".join(pdftext.pages(render_patient_pdf(db, patient.id, forms=["decisions"],
                                                      today=DAY)))
    assert "Kriseplan" in text and "Vera Voksen" in text and "09.2026" in text


def test_evaluation_form_has_both_views(db, patient, pdftext):
    measures.record_evaluation(db, patient.id, 0, Evaluation(
        date="2026-03-11", achievement="nådd", conclusion="endre",
        patient_view="Jeg vil bo nærmere jobben", professional_view="Boligkontoret er kontaktet",
        next_of_kin_view="Mor hjelper med flytting", recorded_by="Vera Voksen"))
    text = "\n".join(pdftext.pages(render_patient_pdf(db, patient.id, forms=["evaluation"],
                                                      today=DAY)))
    assert not pdftext.missing(["Evaluering av tiltak", "Pasientens vurdering",
                                "Fagpersonens vurdering", "Jeg vil bo nærmere jobben",
                                "Boligkontoret er kontaktet", "Mor hjelper med flytting",
                                "overføre til revidert plan", "Vera Voksen"], text)


def test_mapping_form(db, patient, pdftext):
    made = mapping.new_mapping(db, patient.id, date="2026-02-01", made_by="Vera Voksen")
    made.areas[0].status = AREA_MAPPED
    made.areas[0].goal = "Bo for meg selv"
    made.areas[0].need_patient = "Hjelp til å søke"
    mapping.save_mapping(db, made)
    text = "\n".join(pdftext.pages(render_patient_pdf(db, patient.id, forms=["mapping"],
                                                      today=DAY)))
    assert not pdftext.missing(["Kartlegging av livsområder", "1 av 7 livsområder kartlagt",
                                "Bolig og dagligliv", "Bo for meg selv", "Hjelp til å søke",
                                "Mobilitet"], text)


LONG = "Kristoffer Alexander Bjørnstad-Haugerud Johannessen-Skogvold"


def test_crisis_form_and_card_with_six_long_contacts(db, patient, pdftext):
    crisis = CrisisPlan(
        warning_signs="Jeg sover dårlig og trekker meg unna. " * 6,
        self_help="Går tur, ringer søsteren min, tar kveldsmedisin. " * 4,
        helpers=[CrisisHelper("Søster", "Kommer på besøk"), CrisisHelper("Hjemmetjenesten",
                                                                         "Ringer hver dag")],
        contacts=[CrisisContact(name=f"{LONG} {i}", role="Psykiatrisk sykepleier, akutteamet",
                                phone=f"+47 987 65 43{i}", reachable="Hverdager 08–15, ellers "
                                "legevakt") for i in range(6)],
        medication="Ekstra sovetablett etter avtale med fastlegen. " * 3,
        how_to_meet="Rolig, med få personer i rommet. " * 3,
        admission="Voksenpsykiatrisk avdeling, post 2", made_with="Vera Voksen",
        date="2026-03-01", review_date="2026-09-01")
    version = measures.save_crisis(db, patient.id, crisis)
    card = render_crisis_card(store.get_patient(db, patient.id), version, printed_on=DAY)
    reader = PdfReader(io.BytesIO(card))
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.height)) == 595  # A5
    text = reader.pages[0].extract_text()
    assert text.index("Ring ved krise") < text.index("Varselsignaler")
    assert not pdftext.missing([f"{LONG} 5", "+47 987 65 435"], text)
    full = render_patient_pdf(db, patient.id, forms=["crisis"], today=DAY)
    assert not pdftext.missing(["Varselsignaler", "Dette gjør jeg selv", "Hjemmetjenesten",
                                "Avtaler om medisiner", "Slik vil jeg bli møtt",
                                "post 2", f"{LONG} 0"], "\n".join(pdftext.pages(full)))
    assert _pages(render_patient_pdf(db, patient.id, forms=["crisis-card"], paper="A5",
                                     today=DAY)) == 1
