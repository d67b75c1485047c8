"""Process events: written once with the step that causes them, append-only, and filled by
migration 0009 from the data that was there before."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from desktop import paths, store
from desktop.records import Checklist, ChecklistItem, Consent, Patient, Plan, Signature
from desktop.store import consents, events
from desktop.store.db import migrations


@pytest.fixture
def patient(db) -> Patient:
    return store.add_patient(db, Patient(name="Sølvi Løvås", birth_date="1971",
                                         department="Voksenpsykiatri"))


def kinds(db, patient_id: int) -> list[tuple[str, str]]:
    return [(e.kind, e.on_date) for e in events.patient_events(db, patient_id)]


def test_a_checklist_date_is_an_event_once_and_again_only_when_it_changes(db, patient) -> None:
    checklist = Checklist()
    checklist.start[3] = ChecklistItem("done", "2026-03-02", "Hilde Brå")
    store.save_checklist(db, patient.id, checklist)
    checklist.start[3].note = "Brosjyre gitt"
    store.save_checklist(db, patient.id, checklist)  # same date: no new event
    assert kinds(db, patient.id) == [("checklist_done", "2026-03-02"),
                                     ("informed", "2026-03-02")]
    first = events.patient_events(db, patient.id)[0]
    assert first.detail == {"list": "start", "item": 4}
    assert first.by_user == "Hilde Brå" and first.department == "Voksenpsykiatri"
    checklist.start[3].date = "2026-03-05"
    store.save_checklist(db, patient.id, checklist)
    assert kinds(db, patient.id)[-1] == ("informed", "2026-03-05")


def test_declining_with_written_information_counts_as_informed_and_declined(db, patient):
    checklist = Checklist(declined=True, declined_date="2026-02", declined_written_info=True)
    store.save_checklist(db, patient.id, checklist)
    assert kinds(db, patient.id) == [("declined_ip", "2026-02"), ("informed", "2026-02")]


def test_consent_and_signature_events_carry_the_version(db, patient) -> None:
    store.save_consent(db, patient.id, Consent(given=True))  # a tick without a date
    assert kinds(db, patient.id) == []
    store.save_consent(db, patient.id, Consent(given=True, date="2026-03-01",
                                               info_given_date="2026-02-20"))
    store.new_consent_version(db, patient.id, Consent(given=True, date="2027-03-01"))
    assert [(e.kind, e.detail.get("version")) for e in events.patient_events(db, patient.id)] \
        == [("informed", 1), ("consent_given", 1), ("consent_given", 2)]
    store.save_plan(db, patient.id, Plan(overall_goal="Bo hjemme"))
    store.sign_version(db, patient.id, Signature(patient_name="Sølvi Løvås",
                                                 coordinator_name="Tore Skaug",
                                                 signed_date="2026-03-10"))
    signed = events.patient_events(db, patient.id, events.PLAN_SIGNED)
    assert [e.detail for e in signed] == [{"version": 1, "by_patient": True,
                                           "by_coordinator": True}]


def test_a_withdrawal_stays_on_its_version_and_the_newest_is_shown(db, patient) -> None:
    store.save_consent(db, patient.id, Consent(given=True, date="2025-01-10"))
    store.new_consent_version(db, patient.id, Consent(given=True, date="2026-01-10"))
    store.save_consent_version(db, patient.id, 1, Consent(
        given=True, date="2025-01-10", withdrawn_date="2025-06-01"))
    assert store.load_consent(db, patient.id).date == "2026-01-10"
    assert [v.number for v in consents.consent_versions(db, patient.id)] == [1, 2]
    assert consents.get_consent_version(db, patient.id, 1).consent.withdrawn_date == "2025-06-01"
    assert store.patient_summary(db, patient.id).consent_state == "given"
    assert kinds(db, patient.id)[-1] == ("consent_withdrawn", "2025-06-01")
    with pytest.raises(LookupError):
        store.save_consent_version(db, patient.id, 7, Consent())


def test_events_cannot_be_changed_or_deleted(db, patient) -> None:
    events.record_event(db, patient.id, events.INFORMED, "2026", {"source": "test"})
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE process_events SET on_date = '2025'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM process_events")
    with pytest.raises(ValueError):
        events.record_event(db, patient.id, "made_up", "2026")
    assert [e.on_date for e in events.events_between(db, events.INFORMED, "2026", "2026-12")] \
        == ["2026"]


def test_migration_0009_moves_the_consent_into_version_1_and_fills_events(data_dir) -> None:
    path = paths.database_path(data_dir)
    data_dir.mkdir(parents=True)
    old = sqlite_utils.Database(sqlite3.connect(str(path)))
    migrations.apply(old, stop_before="0009_process")
    old.execute("INSERT INTO patients (id, name, department, created_at, updated_at) "
                "VALUES (1, 'Liv Lunde', 'Rusbehandling', 'x', 'x'), (2, 'Per Vik', '', 'x', 'x')")
    checklist = ('{"start": [{"state": "done", "date": "2025-09-01", "done_by": "Siri Kvam"}],'
                 ' "declined": false}')
    old.execute("INSERT INTO checklists VALUES (1, ?, 'x')", [checklist])
    old.execute("INSERT INTO consents VALUES (1, ?, 'x')",
                ['{"given": true, "date": "2025-09-03", "place": "Hamar"}'])
    old.execute("INSERT INTO plans VALUES (1, 1, 'x')")
    old.execute("INSERT INTO plan_versions (plan_id, number, content, signature, created_at, "
                "updated_at) VALUES (1, 1, '{\"overall_goal\": \"Jobb\"}', "
                "'{\"signed_date\": \"2025-10-01\", \"patient_name\": \"Liv Lunde\"}', 'x', 'x')")
    old.conn.commit()
    old.close()

    db = store.open_db(path, paths.backup_dir(data_dir))
    assert store.load_consent(db, 1).place == "Hamar"
    assert kinds(db, 1) == [("checklist_done", "2025-09-01"), ("consent_given", "2025-09-03"),
                            ("plan_signed", "2025-10-01")]
    assert events.patient_events(db, 1)[0].department == "Rusbehandling"
    assert store.patient_summary(db, 1).ip_state == "active"
    assert store.patient_summary(db, 2).ip_state == "assessing"
    db.close()
