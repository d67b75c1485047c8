"""The Deltakere page with real widgets: add a next of kin and a GP by typing, mark the
ansvarsgruppe, professionals' names offered again on the ward, and a copy to a reserved
person that warns, asks for a reason and is logged."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from desktop import store
from desktop.records import Consent, Patient
from desktop.records_people import KIND_GP, KIND_NEXT_OF_KIN, KIND_PROVIDER, Participant
from desktop.store import log, participants
from desktop.store.session import Session
from desktop.views.workspace.participants_page import ParticipantsPage


@pytest.fixture
def page(qtbot, db):
    patient = store.add_patient(db, Patient(name="Ola Deltaker", department="Voksenpsykiatri"))
    widget = ParticipantsPage(Session(db), save_delay_ms=20)
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
    qtbot.keyClick(page.fields["phone"], Qt.Key.Key_Return)  # Enter saves: the next one
    assert page.editing is None and page.fields["name"].text() == ""
    _type_person(qtbot, page, KIND_GP, "Per Fastlege", organisation="Byen legekontor")
    qtbot.mouseClick(page.in_group, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.save_state.text().startswith("Lagret"))  # no button
    people = participants.list_participants(db, page.patient_id)
    assert [(p.kind, p.name, p.in_group) for p in people] == [
        (KIND_NEXT_OF_KIN, "Kari Hansen", False), (KIND_GP, "Per Fastlege", True)]
    assert people[0].phone == "900 00 001" and people[0].role == "mor"
    assert page.model.rowCount() == 2
    # choose the next of kin, put her in the group too: the same row changes
    page.table.selectRow(0)
    assert page.fields["name"].text() == "Kari Hansen"
    page.in_group.setChecked(True)
    assert page.flush()
    assert [p.in_group for p in participants.list_participants(db, page.patient_id)] == [
        True, True]
    page.table.selectRow(1)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in participants.list_participants(db, page.patient_id)] == [
        "Kari Hansen"]


def test_bad_input_says_one_sentence_and_saves_nothing(qtbot, page, db) -> None:
    page.start_new()
    page.kind.setCurrentIndex(page.kind.findData(KIND_GP))
    assert page.flush()  # only a kind chosen: nothing to save yet, and no complaint
    assert page.message.text() == ""
    qtbot.keyClicks(page.fields["phone"], "900 00 001")
    assert not page.flush()  # no name
    assert page.message.text() and page.last_error
    assert participants.list_participants(db, page.patient_id) == []
    assert page.fields["phone"].text() == "900 00 001"  # what was typed stays


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
    assert page.flush()
    store.save_consent(db, page.patient_id, Consent(reservations="Nils Hansen"))
    page.refresh()
    assert page.model.index(0, page.model.COL_NAME).data() == "Nils Hansen (reservert)"
    questions: list[str] = []
    page.ask_reason = lambda question: questions.append(question) or ""  # cancelled
    page.table.selectRow(0)
    page.gets_copy.setChecked(True)
    qtbot.keyClicks(page.fields["note"], "ringes først")
    assert page.flush()  # no reason: no copy, the rest is saved
    assert "reservert seg mot at Nils Hansen" in questions[0]
    (nils,) = participants.list_participants(db, page.patient_id)
    assert not nils.gets_copy and nils.note == "ringes først"
    assert not page.gets_copy.isChecked() and "får ikke kopi" in page.message.text()
    assert log.entries(db, page.patient_id, log.RESERVATION_OVERRIDE) == []
    page.ask_reason = lambda question: "Pasienten ba om det i møtet."
    page.table.selectRow(0)
    page.gets_copy.setChecked(True)
    assert page.flush()
    assert participants.list_participants(db, page.patient_id)[0].gets_copy
    (entry,) = log.entries(db, page.patient_id, log.RESERVATION_OVERRIDE)
    assert json.loads(entry.detail)["reason"] == "Pasienten ba om det i møtet."


def test_typing_then_choosing_another_row_saves_what_was_typed(qtbot, page, db) -> None:
    for name in ("Kari Hansen", "Per Fastlege"):
        participants.save_participant(db, Participant(patient_id=page.patient_id,
                                                      kind=KIND_NEXT_OF_KIN, name=name))
    page.refresh()
    page.table.selectRow(0)
    qtbot.keyClicks(page.fields["phone"], "900 00 001")
    page.table.selectRow(1)  # at once, not after the pause
    kari, per = participants.list_participants(db, page.patient_id)
    assert kari.phone == "900 00 001"
    assert page.fields["name"].text() == "Per Fastlege" and page.editing == per.id
    assert page.table.currentIndex().row() == 1
    assert page.save_state.text().startswith("Lagret ")


def test_a_new_person_is_saved_after_a_pause_and_then_changed_in_place(qtbot, page, db) -> None:
    _type_person(qtbot, page, KIND_GP, "Per Fastlege")
    qtbot.waitUntil(lambda: len(participants.list_participants(db, page.patient_id)) == 1)
    qtbot.keyClicks(page.fields["phone"], "22 00 00 00")
    assert page.flush()
    (per,) = participants.list_participants(db, page.patient_id)  # the same row, not a second
    assert per.phone == "22 00 00 00" and page.model.rowCount() == 1


def test_the_kopiliste_shows_who_got_which_version(qtbot, page, db) -> None:
    from desktop.records_people import CHANNEL_POST
    from desktop.store import distribution
    from desktop.views.workspace.copies_dialog import CopiesDialog

    distribution.record_copy(db, page.patient_id, None, CHANNEL_POST, version_number=2)
    dialog = CopiesDialog(Session(db), page.patient_id)
    qtbot.addWidget(dialog)
    cells = [dialog.table.item(0, c).text() for c in range(5)]
    assert cells[1:4] == ["Ola Deltaker", "Planen, versjon 2", "post"]


def test_a_coordinator_picked_among_the_users_is_kept_as_that_user(qtbot, page, db,
                                                                   fast_hash) -> None:
    from desktop.records_people import KIND_HOSPITAL_COORDINATOR
    from desktop.store import accounts

    admin = accounts.create_first_admin(db, "admin", "Admin", "furu-elv-lykt-stein-7")
    accounts.add_user(db, admin, "kari1", "Kari Nordmann", "gran-sjø-fyr-3x")
    accounts.add_user(db, admin, "kari2", "Kari Nordmann", "bjørk-elv-fjell-9")
    _type_person(qtbot, page, KIND_HOSPITAL_COORDINATOR, "nordm")
    assert page.names.stringList() == ["Kari Nordmann (kari1)", "Kari Nordmann (kari2)"]
    page._fill_from_completion("Kari Nordmann (kari2)")
    assert page.fields["name"].text() == "Kari Nordmann"
    assert page.flush()
    (person,) = participants.list_participants(db, page.patient_id)
    assert (person.name, person.username) == ("Kari Nordmann", "kari2")
