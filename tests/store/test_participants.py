"""Participants: kept per patient, the migration from the checklist's next-of-kin line,
completions of professionals on the same ward only, and reservations against named people."""

from __future__ import annotations

import json
import sqlite3

import pytest
import sqlite_utils

from desktop import paths, store
from desktop.records import Checklist, Consent, Patient, ValidationError
from desktop.records_people import (
    KIND_GP,
    KIND_NEXT_OF_KIN,
    KIND_PATIENT,
    KIND_PROVIDER,
    Participant,
)
from desktop.store import log, participants
from desktop.store.accounts import User
from desktop.store.db import migrations
from desktop.store.participants import ReservationError
from desktop.store.session import Session


def _patient(db, name="Ola Nordmann", department="Voksenpsykiatri") -> int:
    return store.add_patient(db, Patient(name=name, department=department)).id


def _add(db, patient_id, name, kind=KIND_PROVIDER, **values) -> Participant:
    return participants.save_participant(db, Participant(patient_id=patient_id, kind=kind,
                                                         name=name, **values))


def test_add_update_list_and_delete(db) -> None:
    pid = _patient(db)
    kari = _add(db, pid, "  Kari   Hansen ", KIND_NEXT_OF_KIN, role="mor", phone="912 34 567",
                in_group=True)
    gp = _add(db, pid, "Dr. Per Lie", KIND_GP, organisation="Hamar legesenter")
    assert kari.name == "Kari Hansen"
    assert [p.name for p in participants.list_participants(db, pid)] == ["Kari Hansen",
                                                                         "Dr. Per Lie"]
    kari.contributes = "Følger til møter"
    participants.save_participant(db, kari)
    assert participants.get_participant(db, kari.id).contributes == "Følger til møter"
    participants.delete_participant(db, gp.id)
    assert [p.id for p in participants.list_participants(db, pid)] == [kari.id]
    assert len([e for e in log.entries(db, pid, log.CHANGE)
                if "participants" in e.detail]) == 4


def test_bad_input_is_refused_and_changes_nothing(db) -> None:
    pid = _patient(db)
    with pytest.raises(ValidationError):
        _add(db, pid, "   ")
    with pytest.raises(ValidationError):
        _add(db, pid, "Kari", kind="cousin")
    with pytest.raises(ValidationError):
        _add(db, pid, "Kari", from_date="2026-05-01", to_date="2026-04-01")
    other = _patient(db, "Eva Berg")
    person = _add(db, pid, "Kari")
    person.patient_id = other  # a participant cannot move to another patient
    with pytest.raises(ValidationError):
        participants.save_participant(db, person)
    assert [p.name for p in participants.list_participants(db, pid)] == ["Kari"]
    assert participants.list_participants(db, other) == []


def test_completions_offer_professionals_of_the_same_ward_only(db) -> None:
    ward = _patient(db, "Ola Nordmann")
    same = _patient(db, "Eva Berg")
    elsewhere = _patient(db, "Tor Vik", department="Rusbehandling")
    _add(db, ward, "Dr. Per Lie", KIND_GP, phone="62 00 00 00", contributes="privat")
    _add(db, same, "Dr. Per Lie", KIND_GP, phone="62 11 11 11")  # the newest details win
    _add(db, ward, "Petra Lund", KIND_NEXT_OF_KIN)
    _add(db, ward, "Peder Ås", KIND_PATIENT)
    _add(db, elsewhere, "Pernille Moe", KIND_PROVIDER)
    _add(db, ward, "Pål 100%_ sikker", KIND_PROVIDER)
    found = participants.complete_professionals(db, "Voksenpsykiatri", "p")
    assert [p.name for p in found] == ["Pål 100%_ sikker"]
    found = participants.complete_professionals(db, "Voksenpsykiatri", "dr. p")
    assert [(p.name, p.phone, p.id, p.contributes) for p in found] == [
        ("Dr. Per Lie", "62 11 11 11", None, "")]
    assert participants.complete_professionals(db, "Voksenpsykiatri", "Pål 100%") != []
    assert participants.complete_professionals(db, "Voksenpsykiatri", "Pål 1%") == []
    assert [p.name for p in participants.complete_professionals(db, "Rusbehandling", "Per")] \
        == ["Pernille Moe"]
    assert participants.complete_professionals(db, "Voksenpsykiatri", " ") == []
    assert [p.name for p in participants.complete_professionals(db, "Voksenpsykiatri",
                                                                "PÅL")] == ["Pål 100%_ sikker"]


def test_a_name_no_professional_carries_any_more_is_not_offered(db) -> None:
    pid = _patient(db)
    other = _patient(db, "Eva Berg")
    typo = _add(db, pid, "Åse Lund", KIND_PROVIDER)
    typo.kind = KIND_NEXT_OF_KIN  # she was the patient's sister, not a provider
    participants.save_participant(db, typo)
    assert participants.complete_professionals(db, "Voksenpsykiatri", "åse") == []
    gp = _add(db, pid, "Dr. Per Lie", KIND_GP)
    _add(db, other, "Dr. Per Lie", KIND_GP)
    participants.delete_participant(db, gp.id)  # still the GP of another patient on the ward
    assert len(participants.complete_professionals(db, "Voksenpsykiatri", "dr")) == 1


def test_reservations_name_participants_and_free_text_stays(db) -> None:
    pid = _patient(db)
    father = _add(db, pid, "Nils Hansen", KIND_NEXT_OF_KIN, role="far")
    sister = _add(db, pid, "Kari Hansen", KIND_NEXT_OF_KIN)
    nils_other = _add(db, pid, "Nils Hansen Berg")
    store.save_consent(db, pid, Consent(reservations="Faren, nils  hansen, skal ikke ha "
                                                     "kopi. Heller ikke tidligere arbeidsgiver."))
    assert participants.is_reserved(db, pid, father.id)
    assert not participants.is_reserved(db, pid, sister.id)
    assert [p.id for p in participants.reserved_participants(db, pid)] == [father.id]
    assert not participants.is_reserved(db, pid, nils_other.id)
    assert "tidligere arbeidsgiver" in store.load_consent(db, pid).reservations


def test_a_copy_to_a_reserved_person_needs_a_reason_which_is_logged(db) -> None:
    pid = _patient(db)
    father = _add(db, pid, "Nils Hansen", KIND_NEXT_OF_KIN)
    store.save_consent(db, pid, Consent(reservations="Nils Hansen"))
    father.gets_copy = True
    with pytest.raises(ReservationError, match="reservert seg mot at Nils Hansen"):
        participants.save_participant(db, father)
    assert not participants.get_participant(db, father.id).gets_copy
    assert log.entries(db, pid, log.RESERVATION_OVERRIDE) == []
    nurse = User(1, "hilde", "Hilde Brå", "staff", ("Voksenpsykiatri",), True, 0, "", False)
    participants.save_participant(Session(db, nurse), father,
                                  reason="Pasienten ba om det i møtet 3.3.")
    assert participants.get_participant(db, father.id).gets_copy
    (entry,) = log.entries(db, pid, log.RESERVATION_OVERRIDE)
    assert entry.user == "hilde"  # logged in the name of who acts
    detail = json.loads(entry.detail)
    assert detail == {"action": "copy", "name": "Nils Hansen", "participant": father.id,
                      "reason": "Pasienten ba om det i møtet 3.3."}
    participants.save_participant(db, father)  # already has a copy: no new question
    assert len(log.entries(db, pid, log.RESERVATION_OVERRIDE)) == 1


def _old_database(path) -> sqlite_utils.Database:
    """A database at today's schema before migration 0011."""
    old = sqlite_utils.Database(sqlite3.connect(str(path)))
    migrations.apply(old, stop_before="0011_participants_meetings_letters")
    assert "participants" not in old.table_names()
    return old


def test_migration_moves_the_next_of_kin_line_into_a_participant(data_dir) -> None:
    path = paths.database_path(data_dir)
    path.parent.mkdir(parents=True)
    old = _old_database(path)
    stamp = "2026-01-01T00:00:00"
    for pid, line in ((1, "Kari Hansen (mor), tlf 912 34 567"), (2, ""), (3, "Søster")):
        old.execute("INSERT INTO patients (id, name, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?)", [pid, f"P{pid}", stamp, stamp])
        content = json.dumps({"next_of_kin_involved": bool(line), "next_of_kin": line})
        old.execute("INSERT INTO checklists VALUES (?, ?, ?)", [pid, content, stamp])
    old.conn.commit()
    old.close()
    db = store.open_db(path, paths.backup_dir(data_dir))
    try:
        (kari,) = participants.list_participants(db, 1)
        assert (kari.kind, kari.name, kari.role, kari.phone) == (KIND_NEXT_OF_KIN,
                                                                 "Kari Hansen", "mor",
                                                                 "912 34 567")
        assert "Kari Hansen (mor), tlf 912 34 567" in kari.note
        assert participants.list_participants(db, 2) == []
        assert [p.name for p in participants.list_participants(db, 3)] == ["Søster"]
        # the checklist's own field is still there and readable
        checklist: Checklist = store.load_checklist(db, 1)
        assert checklist.next_of_kin == "Kari Hansen (mor), tlf 912 34 567"
        names = {row[0] for row in db.execute("SELECT name FROM letter_templates")}
        assert {"Innkalling til møte", "Referat", "Melding om behov for individuell plan",
                "Informasjon til pasient som ikke ønsker individuell plan"} <= names
        assert not migrations.pending(db)
    finally:
        db.close()
    assert list(paths.backup_dir(data_dir).glob("before-0011_*"))


def test_the_plans_coordinators_become_participants(db) -> None:
    from desktop import store as plans
    from desktop.records import Coordinator, Patient, Plan
    from desktop.records_people import KIND_HOSPITAL_COORDINATOR, KIND_MUNICIPAL_COORDINATOR

    patient = plans.add_patient(db, Patient(name="Ola Synk"))
    plan = Plan(hospital_coordinator=Coordinator(name="Hilde Brå", phone="61 00 00 00"),
                municipal_coordinator=Coordinator(name="Gunn Tangen", workplace="Gjøvik"))
    participants.sync_coordinators(db, patient.id, plan)
    people = participants.list_participants(db, patient.id)
    assert [(p.kind, p.name, p.in_group) for p in people] == [
        (KIND_HOSPITAL_COORDINATOR, "Hilde Brå", True),
        (KIND_MUNICIPAL_COORDINATOR, "Gunn Tangen", True)]
    participants.sync_coordinators(db, patient.id, plan)  # nothing changed: nothing written
    assert len(participants.list_participants(db, patient.id)) == 2
    cleared = Plan(municipal_coordinator=Coordinator(name=""))
    participants.sync_coordinators(db, patient.id, cleared)  # cleared in the plan: stays
    assert len(participants.list_participants(db, patient.id)) == 2
