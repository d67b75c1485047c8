"""Meetings: kept with their agreed actions, late invitations flagged, reserved people invited
only with a reason, and open actions and next meetings given as deadlines."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import store
from desktop.records import Consent, Patient, ValidationError
from desktop.records_people import KIND_NEXT_OF_KIN, Meeting, MeetingAction, Participant
from desktop.store import log, meetings, participants
from desktop.store.participants import ReservationError


@pytest.fixture
def people(db):
    pid = store.add_patient(db, Patient(name="Ola Nordmann")).id
    kari = participants.save_participant(db, Participant(patient_id=pid, name="Kari Hansen",
                                                         kind=KIND_NEXT_OF_KIN))
    nils = participants.save_participant(db, Participant(patient_id=pid, name="Nils Berg"))
    return pid, kari, nils


def test_a_meeting_with_actions_is_kept(db, people) -> None:
    pid, kari, nils = people
    saved = meetings.save_meeting(db, Meeting(
        patient_id=pid, kind="samarbeidsmote", starts_at="14.03.2026 13:00", place=" Rom 2 ",
        invited=[kari.id, nils.id, kari.id], present=[kari.id], agenda="Bolig",
        minutes="Søknad sendes.", next_meeting="01.04.2026",
        actions=[MeetingAction("Søke bolig", "Nils Berg", "21.03.2026"),
                 MeetingAction()]))  # an empty row is dropped
    again = meetings.get_meeting(db, saved.id)
    assert again.starts_at == "2026-03-14T13:00" and again.place == "Rom 2"
    assert again.invited == [kari.id, nils.id] and again.present == [kari.id]
    assert again.actions == [MeetingAction("Søke bolig", "Nils Berg", "2026-03-21", "")]
    assert again.next_meeting == "2026-04-01"
    again.actions[0].done = "2026-03-20"
    meetings.save_meeting(db, again)
    assert meetings.list_meetings(db, pid)[0].actions[0].done == "2026-03-20"
    meetings.delete_meeting(db, saved.id)
    assert meetings.list_meetings(db, pid) == []


def test_bad_meetings_are_refused(db, people) -> None:
    pid, kari, _ = people
    for bad in (Meeting(patient_id=pid, starts_at=""),
                Meeting(patient_id=pid, starts_at="32.13.2026"),
                Meeting(patient_id=pid, kind="fest", starts_at="2026-03-14"),
                Meeting(patient_id=pid, starts_at="2026-03-14", invited=[9999]),
                Meeting(patient_id=pid, starts_at="2026-03-14",
                        actions=[MeetingAction(who="Kari", due="2026-03")])):
        with pytest.raises(ValidationError):
            meetings.save_meeting(db, bad)
    assert meetings.list_meetings(db, pid) == []


def test_an_invitation_fewer_than_seven_days_before_is_flagged() -> None:
    meeting = Meeting(starts_at="2026-03-14T13:00", invitation_sent="2026-03-08")
    assert meeting.invitation_late
    meeting.invitation_sent = "2026-03-07"
    assert not meeting.invitation_late
    assert not Meeting(starts_at="2026-03-14").invitation_late


def test_inviting_a_reserved_person_needs_a_reason(db, people) -> None:
    pid, kari, nils = people
    store.save_consent(db, pid, Consent(reservations="Vil ikke at Nils Berg er med."))
    meeting = Meeting(patient_id=pid, starts_at="2026-03-14", invited=[kari.id, nils.id])
    with pytest.raises(ReservationError):
        meetings.save_meeting(db, meeting)
    assert meetings.list_meetings(db, pid) == []
    saved = meetings.save_meeting(db, meeting, reasons={nils.id: "Pasienten ombestemte seg."})
    assert len(log.entries(db, pid, log.RESERVATION_OVERRIDE)) == 1
    meetings.save_meeting(db, saved)  # already invited: not asked again
    assert len(log.entries(db, pid, log.RESERVATION_OVERRIDE)) == 1


def test_open_actions_and_next_meetings_are_deadlines(db, people) -> None:
    pid, _, _ = people
    held = meetings.save_meeting(db, Meeting(
        patient_id=pid, kind="ansvarsgruppemote", starts_at="2026-03-01T10:00",
        next_meeting="2026-04-15",
        actions=[MeetingAction("Søke bolig", "Nils Berg", "2026-03-21"),
                 MeetingAction("Ringe NAV", "", "2026-03-10", done="2026-03-09"),
                 MeetingAction("Uten frist")]))
    found = meetings.meeting_deadlines(db)
    assert [(d.due, d.kind, d.patient_id, d.where) for d in found] == [
        ("2026-03-21", meetings.ACTION_DEADLINE, pid, "meetings"),
        ("2026-04-15", meetings.NEXT_MEETING_DEADLINE, pid, "meetings")]
    assert found[0].text == "Søke bolig (Nils Berg), avtalt på ansvarsgruppemøte"
    assert "15.04.2026" in found[1].text
    # once the next meeting is in the calendar it is no longer a deadline of its own
    meetings.save_meeting(db, Meeting(patient_id=pid, starts_at="2026-04-15T09:00"))
    assert [d.kind for d in meetings.meeting_deadlines(db)] == [meetings.ACTION_DEADLINE]
    assert meetings.meeting_deadlines(db, departments=["Rusbehandling"]) == []
    assert len(meetings.meeting_deadlines(db, departments=[""])) == 1
    assert meetings.meeting_deadlines(db, until="2026-03-20") == []
    assert held.id is not None
    assert meetings.next_meeting(db, pid, today=dt.date(2026, 3, 2)).starts_at == \
        "2026-04-15T09:00"
