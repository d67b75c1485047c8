"""The printed plan: every field of a filled plan on A4 and A5, page breaks with repeated table
headers, cells that wrap instead of being cut, fonts, and blank space on empty fields."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from desktop import __version__
from desktop.demo import demo_patient, demo_plan
from desktop.records import (
    Checklist,
    Consent,
    PlanRow,
    PlanVersion,
    Signature,
    format_partial_date,
)
from desktop.reports import render_pdf

TODAY = dt.date(2026, 3, 14)


def _plan_values(patient, version) -> list[str]:
    plan, d = version.plan, format_partial_date
    values = [patient.name, d(patient.birth_date), patient.address, patient.phone,
              plan.prepared_by, plan.municipality, d(plan.valid_from), d(plan.evaluation_date),
              plan.situation, plan.overall_goal]
    values.append(d(plan.valid_to) if plan.valid_to else "etter evaluering")
    for person in (plan.hospital_coordinator, plan.municipal_coordinator):
        values += [person.name, person.workplace, person.address, person.phone, person.email]
    for row in plan.rows:
        values += [row.goal, row.measures, d(row.start), row.responsible, d(row.evaluation),
                   row.comment, d(row.ended)]
    for item in plan.decisions:
        values += [item.decision, item.responsible, d(item.period_from), d(item.period_to),
                   d(item.evaluation), item.comment]
    return [v for v in values if v]


@pytest.fixture
def filled(rng):
    patient = demo_patient(rng, TODAY)
    patient.id = 7
    plan = demo_plan(rng, patient, TODAY - dt.timedelta(days=30), rows=6)
    plan.valid_to = (TODAY + dt.timedelta(days=300)).isoformat()
    plan.rows[0].ended = "2026-05"
    version = PlanVersion(number=3, plan=plan)
    consent = Consent(given=True, valid_from=plan.valid_from, valid_to=plan.valid_to,
                      date=plan.valid_from, signed_by=patient.name)
    return patient, version, consent


@pytest.mark.parametrize("paper", ["A4", "A5"])
def test_every_field_of_a_filled_plan_is_printed(filled, paper, pdftext):
    patient, version, consent = filled
    data = render_pdf(patient, version, consent, Checklist(), printed_on=TODAY, paper=paper,
                      forms=["plan", "decisions"], today=TODAY)
    pages = pdftext.pages(data)
    text = "\n".join(pages)
    assert pdftext.missing(_plan_values(patient, version), text) == []
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in page
        assert f"Utskrevet 14.03.2026 · Individuell plan {__version__}" in page
        assert "versjon 3, ikke signert" in page
        assert f"{patient.name}, født {format_partial_date(patient.birth_date)}" in page
    width = float(PdfReader(io.BytesIO(data)).pages[0].mediabox.width)
    assert round(width) == {"A4": 595, "A5": 420}[paper]


@pytest.mark.parametrize("paper", ["A4", "A5"])
def test_forty_rows_break_across_pages_with_the_header_on_each(filled, paper, pdftext):
    patient, version, consent = filled
    version.plan.rows = [PlanRow(goal=f"Delmål nummer {i:02d}", measures="Tiltak " * 12,
                                 start="2026-01", responsible="Kommunen", comment="Ok")
                         for i in range(40)]
    pages = pdftext.pages(render_pdf(patient, version, consent, Checklist(), printed_on=TODAY,
                                     paper=paper, forms=["plan"], today=TODAY))
    with_rows = [page for page in pages if "Delmål nummer" in page]
    assert len(with_rows) >= 2
    for page in with_rows:
        assert all(pdftext.squeeze(head) in pdftext.squeeze(page) for head in (
            "Delmål", "Tiltak", "Ansvarlig person og instans", "Kommentar / evaluering"))
    found = re.findall(r"Delmål nummer (\d\d)", "\n".join(pages))
    assert found == [f"{i:02d}" for i in range(40)]  # each row once, in order


def test_a_cell_longer_than_a_page_flows_on_and_is_never_cut(filled, pdftext):
    patient, version, consent = filled
    version.plan.rows[1].comment = " ".join(f"Setning {i} om evalueringen." for i in range(400))
    version.plan.rows[2].goal = "Hjelpemiddelsentralensamarbeidsavtaleforhandlingsmøteinnkalling"
    data = render_pdf(patient, version, consent, Checklist(), printed_on=TODAY, paper="A5",
                      forms=["plan"], today=TODAY)
    pages = pdftext.pages(data)
    text = pdftext.squeeze("".join(pages))
    # where the cell goes on over a page break, the page frame and the repeated table header
    # come in between: take them out, and the whole comment must be there, in order
    text = re.sub(r"Individuellplan(?:(?!Setning).)*?Kommentar/evaluering", "", text)
    assert pdftext.squeeze(version.plan.rows[1].comment) in text
    assert len(pages) > 3
    assert "Hjelpemiddelsentralensamarbeidsavtaleforhandlingsmøteinnkalling" in text


def test_norwegian_and_sami_letters_print_with_embedded_fonts(filled, pdftext):
    patient, version, consent = filled
    patient.name = "Ánde Čuđiŋŧ Ærøåsen"
    version.plan.overall_goal = "Šiella ja žiehttu: æøå ÆØÅ á č đ ŋ š ŧ ž"
    data = render_pdf(patient, version, consent, Checklist(), printed_on=TODAY, today=TODAY)
    text = "\n".join(pdftext.pages(data))
    assert "Ánde Čuđiŋŧ Ærøåsen" in text
    assert "æøå ÆØÅ á č đ ŋ š ŧ ž" in text
    reader = PdfReader(io.BytesIO(data))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    embedded = {str(font.get_object()["/BaseFont"]) for font in fonts.values()
                if "/FontFile2" in font.get_object().get("/FontDescriptor", {})}
    assert {name.split("+")[1] for name in embedded} >= {"DejaVuSans", "DejaVuSansCondensed",
                                                         "DejaVuSans-Bold"}


def _ruled_runs(data: bytes) -> list[int]:
    """Lengths of the runs of full-width horizontal lines spaced exactly one writing line
    (8 mm on A4) apart, over all pages: the blank lines printed for handwriting."""
    reader = PdfReader(io.BytesIO(data))
    spacing = 8 * 72 / 25.4
    runs = []
    for page in reader.pages:
        content = page.get_contents().get_data().decode("latin-1")
        width = float(page.mediabox.width) - 2 * 15 * 72 / 25.4
        lines = [float(y1) for x1, y1, x2, y2 in re.findall(
            r"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l", content)
            if y1 == y2 and abs(float(x2) - float(x1)) >= 0.99 * width]
        run = 1  # in drawing order: each next line one writing line lower
        for upper, lower in zip(lines, lines[1:], strict=False):
            if abs(upper - lower - spacing) < 0.05:
                run += 1
            else:
                if run > 1:
                    runs.append(run)
                run = 1
        if run > 1:
            runs.append(run)
    return sorted(runs)


def test_empty_free_text_prints_lines_to_write_on(filled):
    patient, version, consent = filled
    assert _ruled_runs(render_pdf(patient, version, consent, Checklist(), printed_on=TODAY,
                                  forms=["plan"], today=TODAY)) == []
    version.plan.situation = ""
    version.plan.overall_goal = ""
    runs = _ruled_runs(render_pdf(patient, version, consent, Checklist(), printed_on=TODAY,
                                  forms=["plan"], today=TODAY))
    assert runs == [3, 6]  # three lines for the overall goal, six for the situation


def test_blank_form_has_labels_and_no_values(pdftext):
    from desktop.records import Patient

    data = render_pdf(Patient(name="Máret Somby", birth_date="1990-02-03"), PlanVersion(),
                      Consent(), Checklist(), printed_on=TODAY, today=TODAY)
    text = "\n".join(pdftext.pages(data))
    for label in ("Utarbeidet av", "Planen gjelder fra (dato)", "Evalueres (dato)",
                  "Overordnet målsetting", "Delmål", "Underskrift ansvarlig koordinator",
                  "Samtykket gjelder f.o.m.", "Sjekkliste for god praksis"):
        assert label in text
    assert "None" not in text and "etter evaluering" not in text


def test_signed_version_prints_who_signed_and_when(filled, pdftext):
    patient, version, consent = filled
    version.signature = Signature(patient_name=patient.name, guardian_name="Verge Vik",
                                  coordinator_name="Koordinator Kvam", signed_date="2026-03-01")
    text = "\n".join(pdftext.pages(render_pdf(patient, version, consent, Checklist(),
                                              printed_on=TODAY, forms=["plan"], today=TODAY)))
    assert "Verge Vik" in text and "Koordinator Kvam" in text
    assert "Signert 01.03.2026" in text
    assert "Versjon 3, signert 01.03.2026" in text


def test_same_input_gives_the_same_bytes_with_fixed_metadata(filled):
    patient, version, consent = filled
    first = render_pdf(patient, version, consent, Checklist(), printed_on=TODAY, today=TODAY)
    again = render_pdf(patient, version, consent, Checklist(), printed_on=TODAY, today=TODAY)
    assert first == again
    info = PdfReader(io.BytesIO(first)).metadata
    assert info["/CreationDate"].startswith("D:2000")
    assert info["/Creator"].startswith("Individuell plan")


def test_the_responsible_coordinator_signs_the_municipality_s_when_filled_in() -> None:
    from desktop.records import Consent, Coordinator, Patient, Plan, PlanVersion
    from desktop.reports.plan import signature_lines

    plan = Plan(hospital_coordinator=Coordinator(name="Tore Skaug"))
    lines = signature_lines(Patient(name="Åse"), PlanVersion(plan=plan), Consent())
    assert lines[-1].name == "Tore Skaug"
    plan.municipal_coordinator = Coordinator(name="Kari Berg")
    lines = signature_lines(Patient(name="Åse"), PlanVersion(plan=plan), Consent())
    assert lines[-1].name == "Kari Berg"
    plan.responsible = "hospital"  # the choice in the plan's coordinators box wins
    lines = signature_lines(Patient(name="Åse"), PlanVersion(plan=plan), Consent())
    assert lines[-1].name == "Tore Skaug"
    plan.responsible, plan.municipal_coordinator = "municipal", Coordinator()
    lines = signature_lines(Patient(name="Åse"), PlanVersion(plan=plan), Consent())
    assert lines[-1].name == ""
