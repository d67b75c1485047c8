"""The Deltakere page with real widgets: add a next of kin and a GP by typing, mark the
ansvarsgruppe, professionals' names offered again on the ward, and a copy to a reserved
person that warns, asks for a reason and is logged."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from desktop import store
from desktop.records import Consent, Patient
from desktop.records_people import KIND_GP, KIND_NEXT_OF_KIN, KIND_PROVIDER
from desktop.store import log, participants
from desktop.store.session import Session
from desktop.views.workspace.participants_page import ParticipantsPage


@pytest.fixture
def page(qtbot, db):
    patient = store.add_patient(db, Patient(name="Ola Deltaker", department="Voksenpsykiatri"))
    widget = ParticipantsPage(Session(db))
    qtbot.addWidget(widget)
    widget.load(patient.id, "Voksenpsykiatri")
    widget.resize(1000, 700)
    widget.show()
    return widget


def _type_person(qtbot, page, kind: str, name: str, **fields: str) -> None:
    page.start_new()
    page.kind.setCurrentIndex(page.kind.findData(kind))
    qtbot.keyClicks(page.fields["name"], name)
    for field, text in fields.items():
        qtbot.keyClicks(page.fields[field], text)


def test_add_a_next_of_kin_and_a_gp_and_mark_the_ansvarsgruppe(qtbot, page, db) -> None:
    _type_person(qtbot, page, KIND_NEXT_OF_KIN, "Kari Hansen", role="mor",
                 phone="900 00 001")
    qtbot.keyClick(page.fields["phone"], Qt.Key.Key_Return)  # Enter saves
    _type_person(qtbot, page, KIND_GP, "Per Fastlege", organisation="Byen legekontor")
    qtbot.mouseClick(page.in_group, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    people = participants.list_participants(db, page.patient_id)
    assert [(p.kind, p.name, p.in_group) for p in people] == [
        (KIND_NEXT_OF_KIN, "Kari Hansen", False), (KIND_GP, "Per Fastlege", True)]
    assert people[0].phone == "900 00 001" and people[0].role == "mor"
    assert page.model.rowCount() == 2
    # choose the next of kin, put her in the group too: the same row changes
    page.table.selectRow(0)
    assert page.fields["name"].text() == "Kari Hansen"
    page.in_group.setChecked(True)
    assert page.save()
    assert [p.in_group for p in participants.list_participants(db, page.patient_id)] == [
        True, True]
    page.table.selectRow(1)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in participants.list_participants(db, page.patient_id)] == [
        "Kari Hansen"]


def test_bad_input_says_one_sentence_and_saves_nothing(qtbot, page, db) -> None:
    page.start_new()
    assert not page.save()  # no name
    assert page.message.text()
    assert participants.list_participants(db, page.patient_id) == []


def test_professionals_are_offered_but_never_next_of_kin(qtbot, page, db) -> None:
    other = store.add_patient(db, Patient(name="Eva Annen", department="Voksenpsykiatri"))
    participants.save_participant(db, participants.Participant(
        patient_id=other.id, kind=KIND_PROVIDER, name="Siri Miljø", phone="911 11 111"))
    participants.save_participant(db, participants.Participant(
        patient_id=other.id, kind=KIND_NEXT_OF_KIN, name="Sigurd Bror"))
    page.kind.setCurrentIndex(page.kind.findData(KIND_PROVIDER))
    qtbot.keyClicks(page.fields["name"], "Si")
    assert page.names.stringList() == ["Siri Miljø"]
    page._fill_from_completion("Siri Miljø")
    assert page.fields["phone"].text() == "911 11 111"
    page.start_new()
    page.kind.setCurrentIndex(page.kind.findData(KIND_NEXT_OF_KIN))
    assert page.fields["name"].completer() is None


def test_a_copy_to_a_reserved_person_warns_and_is_logged(qtbot, page, db) -> None:
    _type_person(qtbot, page, KIND_NEXT_OF_KIN, "Nils Hansen", role="far")
    assert page.save()
    store.save_consent(db, page.patient_id, Consent(reservations="Nils Hansen"))
    page.refresh()
    assert page.model.index(0, page.model.COL_NAME).data() == "Nils Hansen (reservert)"
    questions: list[str] = []
    page.ask_reason = lambda question: questions.append(question) or ""  # cancelled
    page.table.selectRow(0)
    page.gets_copy.setChecked(True)
    assert not page.save()
    assert "reservert seg mot at Nils Hansen" in questions[0]
    assert not participants.list_participants(db, page.patient_id)[0].gets_copy
    assert log.entries(db, page.patient_id, log.RESERVATION_OVERRIDE) == []
    page.ask_reason = lambda question: "Pasienten ba om det i møtet."
    page.table.selectRow(0)
    page.gets_copy.setChecked(True)
    assert page.save()
    assert participants.list_participants(db, page.patient_id)[0].gets_copy
    (entry,) = log.entries(db, page.patient_id, log.RESERVATION_OVERRIDE)
    assert json.loads(entry.detail)["reason"] == "Pasienten ba om det i møtet."
