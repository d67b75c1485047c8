"""The kopiliste: copies recorded and listed, refused without the consent to share, and a copy
to a reserved person only with a logged reason."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import store
from desktop.records import Consent, Patient, ValidationError
from desktop.records_people import (
    CHANNEL_PAPER,
    CHANNEL_SECURE_MAIL,
    KIND_GP,
    WHAT_LETTER,
    Participant,
)
from desktop.store import distribution, log, participants
from desktop.store.participants import ReservationError

DAY = dt.date(2026, 3, 14)
SHARE = Consent(given=True, valid_from="2026-01-01", valid_to="2026-12-31", share_with_team=True)


@pytest.fixture
def patient(db):
    pid = store.add_patient(db, Patient(name="Ola Nordmann")).id
    gp = participants.save_participant(db, Participant(patient_id=pid, kind=KIND_GP,
                                                       name="Dr. Per Lie"))
    return pid, gp


def test_copies_are_recorded_listed_and_logged(db, patient) -> None:
    pid, gp = patient
    store.save_consent(db, pid, SHARE)
    first = distribution.record_copy(db, pid, gp.id, CHANNEL_SECURE_MAIL, version_number=1,
                                     today=DAY, given_by="hilde")
    distribution.record_copy(db, pid, None, CHANNEL_PAPER, version_number=1, today=DAY)
    distribution.record_copy(db, pid, gp.id, CHANNEL_SECURE_MAIL, version_number=2, today=DAY)
    distribution.record_copy(db, pid, gp.id, CHANNEL_PAPER, what=WHAT_LETTER, title="Referat",
                             today=DAY)
    assert (first.recipient, first.given_on, first.given_by) == ("Dr. Per Lie", "2026-03-14",
                                                                 "hilde")
    assert len(distribution.list_copies(db, pid)) == 4
    assert distribution.copy_recipients(db, pid, 1) == ["Dr. Per Lie", "Ola Nordmann"]
    assert distribution.copy_recipients(db, pid, 0) == []  # letters are not plan copies
    assert [c.title for c in distribution.list_copies(db, pid, what=WHAT_LETTER)] == ["Referat"]
    assert len(log.entries(db, pid, log.COPY)) == 4
    participants.delete_participant(db, gp.id)  # the kopiliste keeps the name
    assert distribution.list_copies(db, pid, 1)[0].recipient == "Dr. Per Lie"
    with pytest.raises(Exception, match="not changed"):
        db.execute("UPDATE copies SET recipient = 'x'")


def test_without_consent_to_share_only_the_patient_gets_a_copy(db, patient) -> None:
    pid, gp = patient
    with pytest.raises(ValidationError, match="ikke samtykket til at planen deles"):
        distribution.record_copy(db, pid, gp.id, CHANNEL_PAPER, today=DAY)
    store.save_consent(db, pid, Consent(given=True, share_with_team=False))
    with pytest.raises(ValidationError):
        distribution.record_copy(db, pid, gp.id, CHANNEL_PAPER, today=DAY)
    expired = Consent(given=True, valid_to="2026-01-31", share_with_team=True)
    store.save_consent(db, pid, expired)
    with pytest.raises(ValidationError):
        distribution.record_copy(db, pid, gp.id, CHANNEL_PAPER, today=DAY)
    distribution.record_copy(db, pid, None, CHANNEL_PAPER, today=DAY)
    assert [c.recipient for c in distribution.list_copies(db, pid)] == ["Ola Nordmann"]
    with pytest.raises(ValidationError):
        distribution.record_copy(db, pid, None, "fax", today=DAY)


def test_a_copy_to_a_reserved_person_warns_and_the_reason_is_logged(db, patient) -> None:
    pid, gp = patient
    store.save_consent(db, pid, Consent(**{**SHARE.__dict__, "reservations": "Dr. Per Lie"}))
    with pytest.raises(ReservationError):
        distribution.record_copy(db, pid, gp.id, CHANNEL_PAPER, today=DAY)
    assert distribution.list_copies(db, pid) == []
    distribution.record_copy(db, pid, gp.id, CHANNEL_PAPER, today=DAY,
                             reason="Fastlegen må ha legemiddellisten.")
    (entry,) = log.entries(db, pid, log.RESERVATION_OVERRIDE)
    assert "Fastlegen må ha legemiddellisten." in entry.detail


def test_copies_to_several_are_all_or_none(db, patient) -> None:
    pid, gp = patient
    sister = participants.save_participant(db, Participant(patient_id=pid, name="Kari Lie"))
    store.save_consent(db, pid, Consent(**{**SHARE.__dict__, "reservations": "Kari Lie"}))
    with pytest.raises(ReservationError):
        distribution.record_copies(db, pid, [None, gp.id, sister.id], CHANNEL_SECURE_MAIL,
                                   version_number=1, today=DAY)
    assert distribution.list_copies(db, pid) == []
    copies = distribution.record_copies(db, pid, [None, gp.id, sister.id, gp.id],
                                        CHANNEL_SECURE_MAIL, version_number=1, today=DAY,
                                        reasons={sister.id: "Etter avtale med pasienten."})
    assert [c.recipient for c in copies] == ["Ola Nordmann", "Dr. Per Lie", "Kari Lie"]
