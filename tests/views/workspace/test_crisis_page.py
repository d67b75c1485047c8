"""Kriseplan (issue 13, item 4) in the real window: every field typed, whom to call taken from
the participants (name, role, phone, when reachable), autosaved in the plan document, shown as
its own row among the existing decisions when printed, and printable as the full form and as
the one-page A5 card with six long contacts."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop import store
from desktop.records import Patient, Plan
from desktop.records_people import KIND_PROVIDER, Participant
from desktop.reports import render_patient_pdf
from desktop.store import participants


def _text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def _type_date(qtbot, field, text: str) -> None:
    field.line.setFocus()
    qtbot.keyClicks(field.line, text)
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)


def test_a_crisis_plan_typed_saved_and_printed(app_session, qtbot):
    window = app_session.start()
    db = app_session.db
    patient = store.add_patient(db, Patient(name="Kristian Krise", birth_date="1985",
                                            department="Voksenpsykiatri"))
    store.save_plan(db, patient.id, Plan(valid_from="2026-01-01"))
    long_names = [f"Bjørg-Elisabeth Langnavnsen Kristoffersen-Haugland {n}" for n in range(6)]
    for n, name in enumerate(long_names):
        participants.save_participant(db, Participant(
            patient_id=patient.id, kind=KIND_PROVIDER, name=name,
            role="miljøterapeut ved døgnavdelingen", phone=f"400 00 0{n:02d}",
            when_to_call="hverdager 08–15 og helger etter avtale"))
    window.reload_list()
    assert window.open_patient(patient.id)
    workspace = window.workspace
    page = workspace.crisis
    workspace.tabs.setCurrentWidget(page)
    qtbot.keyClicks(page.boxes["warning_signs"], "Sover lite, trekker meg unna")
    qtbot.keyClicks(page.boxes["self_help"], "Går tur, ringer søsteren min")
    qtbot.keyClicks(page.boxes["medication"], "Behovsmedisin etter avtale med fastlegen")
    qtbot.keyClicks(page.boxes["how_to_meet"], "Rolig, en person om gangen")
    qtbot.keyClicks(page.boxes["admission"], "Akuttposten i Byen")
    qtbot.mouseClick(page.helpers.add_button, Qt.MouseButton.LeftButton)
    page.helpers.table.item(0, 0).setText("Søsteren")
    page.helpers.table.item(0, 1).setText("Blir med til legevakten")
    assert page.participant.count() == 6
    for n in range(6):
        page.participant.setCurrentIndex(n)
        qtbot.mouseClick(page.from_participant, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.made_with, "Kontaktperson og søsteren")
    _type_date(qtbot, page.date, "01.03.2026")
    _type_date(qtbot, page.review_date, "09.2026")
    assert workspace.flush()

    crisis = store.load_plan(db, patient.id).plan.crisis
    assert crisis is not None
    assert crisis.warning_signs == "Sover lite, trekker meg unna"
    assert crisis.admission == "Akuttposten i Byen"
    assert [(h.who, h.what) for h in crisis.helpers] == [("Søsteren",
                                                           "Blir med til legevakten")]
    assert [c.name for c in crisis.contacts] == long_names
    first = crisis.contacts[0]
    assert (first.role, first.phone, first.reachable) == (
        "miljøterapeut ved døgnavdelingen", "400 00 000", "hverdager 08–15 og helger etter avtale")
    assert first.participant_id == participants.list_participants(db, patient.id)[0].id
    assert (crisis.date, crisis.review_date) == ("2026-03-01", "2026-09")

    pages, text = _text(render_patient_pdf(db, patient.id, forms=["decisions"]))
    assert "Kriseplan" in text  # its own row among the existing decisions
    pages, text = _text(render_patient_pdf(db, patient.id, forms=["crisis"]))
    assert "Akuttposten i Byen" in text and "Sover lite" in text
    pages, text = _text(render_patient_pdf(db, patient.id, forms=["crisis-card"], paper="A5"))
    assert pages == 1 and "400 00 005" in text  # six long contacts fit the card

    workspace.undo_stack.undo()  # the review date taken back, and saved
    assert store.load_plan(db, patient.id).plan.crisis.review_date == ""
    assert page.review_date.text() == ""


def test_an_empty_page_makes_no_crisis_plan(app_session, qtbot):
    window = app_session.start()
    patient = store.add_patient(app_session.db, Patient(name="Ingen Krise", birth_date="1970"))
    window.reload_list()
    assert window.open_patient(patient.id)
    page = window.workspace.crisis
    window.workspace.tabs.setCurrentWidget(page)
    qtbot.mouseClick(page.helpers.add_button, Qt.MouseButton.LeftButton)  # an empty row only
    assert window.workspace.flush()
    assert store.load_plan(app_session.db, patient.id).plan.crisis is None


def test_the_print_dialog_offers_the_crisis_forms(db, qtbot):
    from desktop.views.paper.print_dialog import PrintDialog

    patient = store.add_patient(db, Patient(name="Print Krise", birth_date="1970"))
    dialog = PrintDialog(db, patient.id)
    qtbot.addWidget(dialog)
    assert {"crisis", "crisis-card"} <= set(dialog.form_boxes)
