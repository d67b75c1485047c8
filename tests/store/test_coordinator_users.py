"""Which user a coordinator is (the filter Mine): picked, matched by a unique name, kept only
while the name is still the user's, filled for existing rows by migration 0026."""

from __future__ import annotations

import pytest

from desktop import store
from desktop.records import Coordinator, Patient, Plan
from desktop.records_people import KIND_HOSPITAL_COORDINATOR, KIND_PROVIDER, Participant
from desktop.store import accounts, participants
from desktop.store.coordinator_users import (
    fill_coordinator_users,
    patient_coordinator_user,
    pick_coordinator,
    resolve_username,
    user_choices,
)
from desktop.store.list_filters import ListFilter


@pytest.fixture
def users(db, fast_hash):
    admin = accounts.create_first_admin(db, "admin", "Admin", "furu-elv-lykt-stein-7")
    accounts.add_user(db, admin, "kari1", "Kari Nordmann", "gran-sjø-fyr-3x")
    accounts.add_user(db, admin, "kari2", "Kari  nordmann", "bjørk-elv-fjell-9")
    accounts.add_user(db, admin, "siri", "Siri Kvam", "lyng-elv-fjell-4")
    return admin


def _save(db, patient: int, plan: Plan) -> None:
    """As the window saves the plan: the plan, then its coordinators as participants."""
    store.save_plan(db, patient, plan)
    participants.sync_coordinators(db, patient, plan)


def _mine(db, name: str, username: str) -> set[int]:
    return {s.id for s in store.search_patients(
        db, quick=ListFilter(mine=name, username=username))}


@pytest.mark.parametrize(("name", "picked", "expected"), [
    ("Siri Kvam", "", "siri"),  # the one user of that name
    ("siri  KVAM", "", "siri"),  # spaces and case do not matter
    ("Kari Nordmann", "", ""),  # namesakes: only a pick tells them apart
    ("Kari Nordmann", "kari2", "kari2"),  # picked, the name is still theirs
    ("Kari Hansen", "kari1", ""),  # the name was changed: not that user any more
    ("Ola Ukjent", "", ""),  # free text, nobody of that name
])
def test_resolve(db, users, name, picked, expected) -> None:
    assert resolve_username(db, name, picked) == expected


def test_the_users_offered_tell_namesakes_apart(db, users) -> None:
    labels = [choice.label() for choice in user_choices(db)]
    assert labels == ["Admin (admin)", "Kari  nordmann (kari2)", "Kari Nordmann (kari1)",
                      "Siri Kvam (siri)"]


def test_picked_coordinator_is_mine_and_not_my_namesakes(db, users) -> None:
    patient = store.add_patient(db, Patient(name="Åse Min", department="BUP")).id
    _save(db, patient, Plan(hospital_coordinator=Coordinator(name="Kari Nordmann")))
    assert _mine(db, "Kari Nordmann", "kari2") == {patient}  # no pick yet: by name
    pick_coordinator(db, patient, "kari1")
    assert patient_coordinator_user(db, patient) == "kari1"
    (person,) = participants.list_participants(db, patient)
    assert (person.kind, person.username) == (KIND_HOSPITAL_COORDINATOR, "kari1")
    assert _mine(db, "Kari Nordmann", "kari1") == {patient}
    assert _mine(db, "Kari Nordmann", "kari2") == set()
    # another save of the plan keeps the pick; renaming the coordinator drops it
    _save(db, patient, Plan(hospital_coordinator=Coordinator(name="Kari Nordmann",
                                                             phone="12345678")))
    assert patient_coordinator_user(db, patient) == "kari1"
    _save(db, patient, Plan(hospital_coordinator=Coordinator(name="Siri Kvam")))
    assert patient_coordinator_user(db, patient) == "siri"
    assert _mine(db, "Kari Nordmann", "kari1") == set()
    assert _mine(db, "Siri Kvam", "siri") == {patient}
    (person,) = participants.list_participants(db, patient)  # follows the plan's coordinator
    assert (person.name, person.username) == ("Siri Kvam", "siri")


def test_a_coordinator_participant_typed_by_hand_gets_the_one_user_of_that_name(db, users):
    patient = store.add_patient(db, Patient(name="Bo Barn", department="BUP")).id
    saved = participants.save_participant(db, Participant(
        patient_id=patient, kind=KIND_HOSPITAL_COORDINATOR, name="Siri Kvam"))
    assert saved.username == "siri"
    other = participants.save_participant(db, Participant(
        patient_id=patient, kind=KIND_PROVIDER, name="Siri Kvam"))
    assert other.username == ""  # not a coordinator kind: found by name
    assert _mine(db, "Siri Kvam", "siri") == {patient}


def test_migration_fills_rows_whose_name_is_exactly_one_user(db, users) -> None:
    siri = store.add_patient(db, Patient(name="Åse", department="BUP")).id
    kari = store.add_patient(db, Patient(name="Bo", department="BUP")).id
    _save(db, siri, Plan(hospital_coordinator=Coordinator(name="siri kvam")))
    _save(db, kari, Plan(hospital_coordinator=Coordinator(name="Kari Nordmann")))
    db.execute("UPDATE patients SET coordinator_user = ''")
    db.execute("UPDATE participants SET username = ''")
    fill_coordinator_users(db)
    assert patient_coordinator_user(db, siri) == "siri"
    assert patient_coordinator_user(db, kari) == ""  # two users of that name
    assert {p.username for p in participants.list_participants(db, siri)} == {"siri"}
