"""The Møter page with real widgets: a meeting with an invited participant and an agreed
action is saved and shown; a late invitation is flagged; inviting a reserved person asks for
a reason, which is logged; bad input changes nothing."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

from desktop import store
from desktop.records import Consent, Patient
from desktop.records_people import KIND_NEXT_OF_KIN, KIND_PROVIDER, Participant
from desktop.store import log, meetings, participants
from desktop.store.session import Session
from desktop.views.workspace.meetings_page import MeetingsPage


@pytest.fixture
def page(qtbot, db):
    patient = store.add_patient(db, Patient(name="Ola Møte", department="Voksenpsykiatri"))
    for name, kind in (("Kari Hansen", KIND_NEXT_OF_KIN), ("Siri Miljø", KIND_PROVIDER)):
        participants.save_participant(db, Participant(patient_id=patient.id, kind=kind,
                                                      name=name))
    widget = MeetingsPage(Session(db), save_delay_ms=20)
    qtbot.addWidget(widget)
    widget.load(patient.id)
    widget.resize(1000, 700)
    widget.show()
    return widget


def _tick(box, row: int) -> None:
    box.item(row).setCheckState(Qt.CheckState.Checked)


def test_a_meeting_with_an_action(qtbot, page, db) -> None:
    qtbot.keyClicks(page.starts_at, "14.03.2027 13:00")
    qtbot.keyClicks(page.place, "Møterom 2")
    qtbot.keyClicks(page.invitation_sent, "10.03.2027")  # four days before: late
    _tick(page.invited, 0)
    _tick(page.invited, 1)
    _tick(page.present, 1)
    qtbot.keyClicks(page.agenda, "Gjennomgang av planen")
    page.action_rows.setItem(0, 0, QTableWidgetItem("Søke om støttekontakt"))
    page.action_rows.setItem(0, 1, QTableWidgetItem("Siri Miljø"))
    page.action_rows.setItem(0, 2, QTableWidgetItem("01.04.2027"))
    qtbot.waitUntil(lambda: page.save_state.text().startswith("Lagret"))  # no button
    (meeting,) = meetings.list_meetings(db, page.patient_id)
    assert meeting.starts_at == "2027-03-14T13:00" and meeting.place == "Møterom 2"
    names = {p.id: p.name for p in participants.list_participants(db, page.patient_id)}
    assert [names[i] for i in meeting.invited] == ["Kari Hansen", "Siri Miljø"]
    assert [names[i] for i in meeting.present] == ["Siri Miljø"]
    assert [(a.what, a.who, a.due) for a in meeting.actions] == [
        ("Søke om støttekontakt", "Siri Miljø", "2027-04-01")]
    assert meeting.invitation_late
    assert "mindre enn 7 dager" in page.list.item(0).text()
    assert "mindre enn 7 dager" in page.late.text()
    page.start_new()
    assert page.starts_at.text() == ""
    page.list.setCurrentRow(0)
    assert page.place.text() == "Møterom 2"
    assert page.action_rows.item(0, 0).text() == "Søke om støttekontakt"
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert meetings.list_meetings(db, page.patient_id) == []


def test_bad_input_says_one_sentence_and_saves_nothing(qtbot, page, db) -> None:
    qtbot.keyClicks(page.place, "Møterom 2")
    assert not page.flush()  # no time
    assert "Skriv når møtet er" in page.message.text()
    assert meetings.list_meetings(db, page.patient_id) == []


def test_inviting_a_reserved_person_asks_for_a_reason_which_is_logged(qtbot, page, db) -> None:
    store.save_consent(db, page.patient_id, Consent(reservations="Kari Hansen"))
    qtbot.keyClicks(page.starts_at, "20.05.2027")
    _tick(page.invited, 0)
    page.ask_reason = lambda question: ""
    assert page.flush()  # no reason: she is not invited, the meeting is saved
    (meeting,) = meetings.list_meetings(db, page.patient_id)
    assert meeting.invited == [] and "ikke invitert" in page.message.text()
    assert page.invited.item(0).checkState() == Qt.CheckState.Unchecked
    assert log.entries(db, page.patient_id, log.RESERVATION_OVERRIDE) == []
    page.ask_reason = lambda question: "Pasienten ønsker det nå."
    _tick(page.invited, 0)
    assert page.flush()
    (entry,) = log.entries(db, page.patient_id, log.RESERVATION_OVERRIDE)
    assert json.loads(entry.detail)["action"] == "invitation"


def test_typing_then_choosing_another_meeting_saves_what_was_typed(qtbot, page, db) -> None:
    for day in ("2027-05-20", "2027-06-20"):
        meetings.save_meeting(db, meetings.Meeting(patient_id=page.patient_id, starts_at=day))
    page.refresh()
    page.list.setCurrentRow(0)
    qtbot.keyClicks(page.minutes, "Planen ble gjennomgått.")
    page.list.setCurrentRow(1)
    first, second = meetings.list_meetings(db, page.patient_id)
    assert first.minutes == "Planen ble gjennomgått."
    assert page.editing == second.id and page.minutes.toPlainText() == ""
    assert page.list.currentRow() == 1
