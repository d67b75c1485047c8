"""The store's deadlines: one patient's records gathered for the sources, and the deadlines of
the patients a session may see."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import store
from desktop.records import Patient, Plan, PlanRow, ValidationError
from desktop.records_deadlines import KIND_PLAN, KIND_REPLY, KIND_ROW
from desktop.records_process import IP_ENDED, IpState
from desktop.store import process
from desktop.store.deadlines import (
    notice_days,
    patient_deadlines,
    set_notice_days,
    visible_deadlines,
)
from desktop.store.session import Session

TODAY = dt.date(2026, 11, 20)


def _patient(db, department: str, evaluation: str, row: str = "") -> int:
    patient = store.add_patient(db, Patient(name="Test Testesen", birth_date="1980-01-01",
                                            department=department))
    rows = [PlanRow(goal="Bo selv", evaluation=row)] if row else []
    store.save_plan(db, patient.id, Plan(evaluation_date=evaluation, rows=rows))
    return patient.id


def test_a_sent_notice_owes_a_reply_until_it_comes(db, notified_patient) -> None:
    from desktop.records_process import REPLY_WAIT
    from desktop.store import notices

    patient, notice = notified_patient(db, reply=False)
    (reply,) = patient_deadlines(db, patient, TODAY)
    assert (reply.kind, reply.due, reply.form, reply.field, reply.item_id) == (
        KIND_REPLY, dt.date(2026, 11, 16), "notice", "reply_date", notice)
    assert reply.overdue(TODAY)
    assert [d.patient_id for d in visible_deadlines(db, TODAY)] == [patient]
    notices.record_reply(db, notice, "2026-11-19", REPLY_WAIT, by="Siri Kvam")
    assert visible_deadlines(db, TODAY) == []


def test_filters_within_overdue_kind_and_department(db) -> None:
    adult = _patient(db, "Voksenpsykiatri", "2026-11", row="2026-11-01")
    child = _patient(db, "BUP", "2027-03-01")
    assert [(d.patient_id, d.kind) for d in visible_deadlines(db, TODAY)] == [
        (adult, KIND_ROW), (adult, KIND_PLAN), (child, KIND_PLAN)]
    assert [d.kind for d in visible_deadlines(db, TODAY, overdue=True)] == [KIND_ROW]
    assert len(visible_deadlines(db, TODAY, within=10)) == 2
    assert [d.patient_id for d in visible_deadlines(db, TODAY, kinds=[KIND_PLAN])] == [
        adult, child]
    assert [d.patient_id for d in visible_deadlines(db, TODAY, departments=["BUP"])] == [child]


def test_a_plan_avsluttet_has_no_deadlines(db) -> None:
    patient = _patient(db, "BUP", "2026-01-01")
    process.set_ip_state(db, patient, IpState(state=IP_ENDED, reason="Flyttet",
                                              date="2026-11-01", by="Siri"))
    assert patient_deadlines(db, patient, TODAY) == []


def test_only_the_users_departments(db, fast_hash) -> None:
    from desktop.store import accounts

    _patient(db, "Voksenpsykiatri", "2026-12-01")
    child = _patient(db, "BUP", "2026-12-01")
    admin = accounts.create_first_admin(db, "admin", "Admin", "styrer-passord-1")
    nurse = accounts.add_user(db, admin, "bup", "Berit Bup", "passord-for-bup", departments=["BUP"])
    assert [d.patient_id for d in visible_deadlines(Session(db, nurse), TODAY)] == [child]


def test_notice_days_setting(db) -> None:
    assert notice_days(db) == 7
    set_notice_days(db, 3)
    assert notice_days(db) == 3
    with pytest.raises(ValidationError):
        set_notice_days(db, 0)
    assert notice_days(db) == 3


def test_the_migration_fills_the_column(db) -> None:
    from desktop.store.deadlines import fill_next_deadlines

    patient = _patient(db, "BUP", "2026-12", row="2026-12-05")
    db.execute("UPDATE patients SET next_deadline = '', next_deadline_kind = ''")
    assert fill_next_deadlines(db) == 1
    assert store.patient_summary(db, patient).next_deadline == "2026-12-05"
    assert store.patient_summary(db, patient).next_deadline_kind == KIND_ROW
