"""Measures: stage, evaluation with both views and *avslutte*, the deadline after evaluation,
the crisis plan, and a new plan period that leaves the signed version reprinting byte for byte."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop import store
from desktop.records import Patient, Plan, PlanRow, Signature, ValidationError, from_dict
from desktop.records_measures import (
    CONCLUSION_CARRY,
    CONCLUSION_END,
    PARTLY_ACHIEVED,
    STAGE_ENDED,
    STAGE_GRANTED,
    STAGE_WISHED,
    STAGES,
    Evaluation,
    brief,
)
from desktop.reports import render_patient_pdf
from desktop.store import measures

DAY = dt.date(2026, 3, 14)


@pytest.fixture
def patient(db):
    person = store.add_patient(db, Patient(name="Test Testesen", department="Voksenpsykiatri"))
    store.save_plan(db, person.id, Plan(valid_from="2026-01-01", rows=[
        PlanRow(goal="Egen bolig", measures="Søke kommunal bolig", evaluation="2026-03"),
        PlanRow(goal="Jobb", measures="Arbeidstrening", evaluation="2026-04-01"),
        PlanRow(goal="Trening", measures="Treningskontakt", ended="2026-02-01")]))
    return person


def test_old_rows_load_with_defaults():
    row = from_dict(PlanRow, {"goal": "Mål", "comment": "Ok"})
    assert (row.stage, row.scope, row.life_area, row.evaluations) == ("", "", "", [])
    assert from_dict(Plan, {"rows": []}).crisis is None


def test_any_stage_follows_any_other(db, patient):
    for stage in reversed(STAGES):
        version = measures.set_stage(db, patient.id, 0, stage, "03.2026")
        assert version.plan.rows[0].stage == stage
        assert version.plan.rows[0].stage_date == "2026-03"
    assert version.plan.rows[0].ended == "2026-03"  # avsluttet filled the empty ended date
    with pytest.raises(ValidationError):
        measures.set_stage(db, patient.id, 0, "kanskje")
    assert store.load_plan(db, patient.id).plan.rows[0].stage == STAGE_WISHED


def test_evaluation_with_both_views_and_end(db, patient):
    evaluation = Evaluation(date="11.03.2026", achievement=PARTLY_ACHIEVED,
                            patient_view="Jeg har søkt", professional_view="Søknad sendt",
                            conclusion=CONCLUSION_END, recorded_by="Vera")
    assert measures.offers_end(evaluation)
    version = measures.record_evaluation(db, patient.id, 0, evaluation, end_row=True)
    row = version.plan.rows[0]
    assert row.ended == "2026-03-11" and row.stage == STAGE_ENDED
    assert brief(row.evaluations[-1]) == "11.03.2026 – delvis nådd – avslutte"
    with pytest.raises(ValidationError):
        measures.record_evaluation(db, patient.id, 1, Evaluation(date="2026-03-01"))
    with pytest.raises(ValidationError):
        measures.record_evaluation(db, patient.id, 1, Evaluation(
            date="2026-03-01", patient_view="x", conclusion="fortsette"), end_row=True)
    assert store.load_plan(db, patient.id).plan.rows[1].evaluations == []


def test_an_evaluated_row_is_due_again_at_its_next_date(db, patient):
    row = store.load_plan(db, patient.id).plan.rows[1]
    assert measures.row_evaluation_due(row) == "2026-04-01"
    version = measures.record_evaluation(db, patient.id, 1, Evaluation(
        date="2026-04-02", patient_view="Bra", next_date="2026-10"))
    assert measures.row_evaluation_due(version.plan.rows[1]) == "2026-10"
    version = measures.record_evaluation(db, patient.id, 0, Evaluation(
        date="2026-03-20", patient_view="Bra"))
    assert measures.row_evaluation_due(version.plan.rows[0]) == ""
    assert measures.row_evaluation_due(version.plan.rows[2]) == ""  # ended


def test_evaluating_a_signed_version_starts_a_draft(db, patient):
    store.sign_version(db, patient.id, Signature(signed_date="2026-03-01"))
    first = render_patient_pdf(db, patient.id, forms=["plan"], version_number=1, today=DAY)
    version = measures.record_evaluation(db, patient.id, 0, Evaluation(
        date="2026-03-11", achievement=PARTLY_ACHIEVED, conclusion="fortsette",
        patient_view="Nesten"))
    assert version.number == 2
    assert render_patient_pdf(db, patient.id, forms=["plan"], version_number=1,
                              today=DAY + dt.timedelta(days=30)) == first


def test_revision_carries_rows_and_leaves_the_signed_version(db, patient):
    measures.record_evaluation(db, patient.id, 1, Evaluation(
        date="2026-03-01", conclusion=CONCLUSION_CARRY, patient_view="Videre"))
    store.sign_version(db, patient.id, Signature(signed_date="2026-03-02"))
    signed = store.current_version(db, patient.id)
    first = render_patient_pdf(db, patient.id, version_number=signed.number, today=DAY)
    raw = db.execute("SELECT content FROM plan_versions").fetchall()
    assert measures.default_carry(signed.plan) == [0, 1]
    revision = measures.revise_plan(db, patient.id, valid_from="01.07.2026",
                                    evaluation_date="12.2026", note="Ny periode  etter møte")
    new = revision.version
    assert revision.carried == [0, 1] and revision.ask_for_consent
    assert new.number == signed.number + 1 and not new.frozen
    assert [r.goal for r in new.plan.rows] == ["Egen bolig", "Jobb"]
    assert new.plan.rows[1].evaluations == [] and new.plan.rows[1].evaluation == "2026-12"
    assert (new.plan.valid_from, new.plan.revision_note) == ("2026-07-01", "Ny periode etter møte")
    assert db.execute("SELECT content FROM plan_versions").fetchall()[:len(raw)] == raw
    assert render_patient_pdf(db, patient.id, version_number=signed.number,
                              today=DAY + dt.timedelta(days=99)) == first
    with pytest.raises(ValidationError):
        measures.revise_plan(db, patient.id, valid_from="")
    with pytest.raises(ValidationError):
        measures.revise_plan(db, patient.id, valid_from="2026-07", carry=[7])
    stored = json.loads(db.execute("SELECT content FROM plan_versions ORDER BY number DESC"
                                   ).fetchone()[0])
    assert stored["rows"][0]["stage"] == "" and stored["revision_note"]


def test_granted_stage_is_stored_in_bokmaal(db, patient):
    measures.set_stage(db, patient.id, 1, STAGE_GRANTED, "2026-02")
    stored = json.loads(db.execute("SELECT content FROM plan_versions").fetchone()[0])
    assert stored["rows"][1]["stage"] == "innvilget"
