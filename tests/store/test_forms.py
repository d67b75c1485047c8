"""Saving the forms, plan versions that freeze when signed, and the list's summary columns."""

from __future__ import annotations

import sqlite3

import pytest

from desktop import store
from desktop.records import (
    Checklist,
    ChecklistItem,
    Consent,
    DecisionRow,
    Patient,
    Plan,
    PlanRow,
    Signature,
    ValidationError,
)


@pytest.fixture
def patient(db) -> Patient:
    return store.add_patient(db, Patient(name="Kåre Bråten", birth_date="1950"))


def test_forms_are_empty_until_saved_and_then_read_back(db, patient) -> None:
    assert store.load_checklist(db, patient.id) == Checklist()
    assert store.load_consent(db, patient.id) == Consent()
    assert store.current_version(db, patient.id) is None
    checklist = Checklist(has_existing_plan=True, user_involvement="Deltar i alt")
    checklist.start[0] = ChecklistItem("done", "2026-01", "Hilde Brå", "Avklart")
    store.save_checklist(db, patient.id, checklist)
    consent = Consent(given=True, valid_from="2026-01-01", guardian="Mor", reservations="Onkel")
    store.save_consent(db, patient.id, consent)
    assert store.load_checklist(db, patient.id) == checklist
    assert store.load_consent(db, patient.id) == consent


def test_plan_edits_update_the_draft_until_it_is_signed(db, patient) -> None:
    plan = Plan(overall_goal="Bo hjemme", rows=[PlanRow(goal="Bolig")],
                decisions=[DecisionRow(decision="Vedtak om hjemmesykepleie")])
    first = store.save_plan(db, patient.id, plan)
    plan.rows.append(PlanRow(goal="Arbeid"))
    again = store.save_plan(db, patient.id, plan)
    assert first.number == again.number == 1
    assert len(again.plan.rows) == 2
    signed = store.sign_version(db, patient.id, Signature(patient_name="Kåre Bråten",
                                                          signed_date="2026-11-01"))
    assert signed.frozen and signed.signature.recorded_at
    plan.overall_goal = "Bo hjemme med hjelp"
    second = store.save_plan(db, patient.id, plan)
    assert second.number == 2 and not second.frozen
    history = store.plan_versions(db, patient.id)
    assert [v.status for v in history] == ["signed", "draft"]
    assert history[0].plan.overall_goal == "Bo hjemme"  # the signed text is untouched


def test_a_signed_version_cannot_change_even_by_direct_sql(db, patient) -> None:
    store.save_plan(db, patient.id, Plan(overall_goal="Signert tekst"))
    store.sign_version(db, patient.id, Signature(signed_date="2026-11-01"))
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE plan_versions SET content = '{}'")
    with pytest.raises(ValidationError):
        store.sign_version(db, patient.id, Signature(signed_date="2026-11-02"))


def test_signing_needs_a_date(db, patient) -> None:
    store.save_plan(db, patient.id, Plan())
    with pytest.raises(ValidationError):
        store.sign_version(db, patient.id, Signature(patient_name="Kåre"))


def test_imported_versions_are_appended_without_touching_history(db, patient) -> None:
    store.save_plan(db, patient.id, Plan(overall_goal="Vår"))
    added = store.add_plan_version(db, patient.id, Plan(overall_goal="Kommunens"),
                                   Signature(signed_date="2026-10-01"))
    assert added.number == 2 and added.frozen
    assert store.get_version(db, patient.id, 1).plan.overall_goal == "Vår"


def test_the_patient_list_shows_consent_and_plan_state(db, patient) -> None:
    store.save_consent(db, patient.id, Consent(given=True, valid_to="2020-01-01"))
    store.save_plan(db, patient.id, Plan(valid_from="2026-01-01", evaluation_date="2026-06"))
    summary = store.patient_summary(db, patient.id)
    assert summary.plan_from == "2026-01-01" and summary.evaluation_date == "2026-06"
    assert summary.plan_status == "draft" and summary.plan_version == 1
    assert summary.current_consent_state() == "expired"
    store.save_consent(db, patient.id, Consent(given=True, withdrawn_date="2026-02-01"))
    assert store.patient_summary(db, patient.id).current_consent_state() == "withdrawn"
    store.save_consent(db, patient.id, Consent())
    store.save_checklist(db, patient.id, Checklist(declined=True))
    assert store.patient_summary(db, patient.id).current_consent_state() == "refused"
