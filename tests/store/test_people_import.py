"""Imported people written into the store: all of them for a new patient with the references
between them, merged without duplicates into a patient who has people already."""

from __future__ import annotations

from desktop import store
from desktop.records import Patient
from desktop.records_people import (
    CHANNEL_POST,
    KIND_GP,
    KIND_NEXT_OF_KIN,
    Copy,
    Meeting,
    MeetingAction,
    Participant,
)
from desktop.store import distribution, meetings, participants
from desktop.store.people_import import import_people

FILE_PEOPLE = [Participant(id=1, kind=KIND_NEXT_OF_KIN, name="Åse Brå", role="mor"),
               Participant(id=2, kind=KIND_GP, name="Kari Lege", in_group=True)]
FILE_MEETINGS = [Meeting(kind="planmote", starts_at="2026-03-01T10:00", invited=[1, 2],
                         present=[2], actions=[MeetingAction("Ringe", "Åse Brå", "2026-03-05")])]
FILE_COPIES = [Copy(participant_id=1, recipient="Åse Brå", version_number=1,
                    channel=CHANNEL_POST, given_on="2026-02-01", given_by="Siri Kvam")]


def test_a_new_patient_gets_everything_with_its_references(db) -> None:
    patient = store.add_patient(db, Patient(name="Rita Rolle", birth_date="1980-05-05"))
    added = import_people(db, patient.id, FILE_PEOPLE, FILE_MEETINGS, FILE_COPIES)
    assert (added.participants, added.meetings, added.copies) == (2, 1, 1)
    people = {p.name: p.id for p in participants.list_participants(db, patient.id)}
    meeting = meetings.list_meetings(db, patient.id)[0]
    assert meeting.invited == [people["Åse Brå"], people["Kari Lege"]]
    assert meeting.present == [people["Kari Lege"]]
    assert meeting.actions == [MeetingAction("Ringe", "Åse Brå", "2026-03-05", "")]
    assert distribution.list_copies(db, patient.id)[0].participant_id == people["Åse Brå"]


def test_merging_adds_only_who_and_what_is_new(db) -> None:
    patient = store.add_patient(db, Patient(name="Rita Rolle", birth_date="1980-05-05"))
    mine = participants.save_participant(db, Participant(
        patient_id=patient.id, kind=KIND_NEXT_OF_KIN, name="åse  BRÅ", phone="900 00 000"))
    added = import_people(db, patient.id, FILE_PEOPLE, FILE_MEETINGS, FILE_COPIES, merge=True)
    assert (added.participants, added.meetings, added.copies) == (1, 1, 0)
    people = participants.list_participants(db, patient.id)
    assert [p.name for p in people] == ["åse BRÅ", "Kari Lege"]
    assert people[0].phone == "900 00 000"  # the one already here is not changed
    assert meetings.list_meetings(db, patient.id)[0].invited == [mine.id, people[1].id]
    again = import_people(db, patient.id, FILE_PEOPLE, FILE_MEETINGS, FILE_COPIES, merge=True)
    assert not again
    assert len(meetings.list_meetings(db, patient.id)) == 1
    assert distribution.list_copies(db, patient.id) == []
