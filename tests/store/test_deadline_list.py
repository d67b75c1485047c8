"""The stored deadlines (patient_deadlines, kept with every save) as the Frister view reads them:
grouped by week, narrowed by kind, department and the user's departments; and the list's quick
filters on the precomputed column."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import store
from desktop.records import Consent, Coordinator, Patient, Plan, PlanRow
from desktop.records_deadlines import KIND_CONSENT, KIND_CRISIS, KIND_PLAN, KIND_ROW
from desktop.records_measures import CrisisPlan, Evaluation
from desktop.store import measures
from desktop.store.deadline_list import (
    GROUP_LATER,
    GROUP_NEXT_WEEK,
    GROUP_OVERDUE,
    GROUP_THIS_WEEK,
    DeadlineQuery,
    group_bounds,
)
from desktop.store.list_filters import ListFilter, deadline_counts
from desktop.store.session import Session

TODAY = dt.date(2026, 11, 18)  # a Wednesday


def _patient(db, name: str, department: str, evaluation: str, row: str = "") -> int:
    patient = store.add_patient(db, Patient(name=name, birth_date="1980-01-01",
                                            department=department))
    rows = [PlanRow(goal="Bo selv", evaluation=row, responsible="Kari Nav")] if row else []
    store.save_plan(db, patient.id, Plan(evaluation_date=evaluation, rows=rows,
                                         hospital_coordinator=Coordinator(name="Siri Kvam")))
    return patient.id


@pytest.mark.parametrize(("day", "group"), [
    ("2026-11-17", GROUP_OVERDUE), ("2026-11-18", GROUP_THIS_WEEK),
    ("2026-11-22", GROUP_THIS_WEEK), ("2026-11-23", GROUP_NEXT_WEEK),
    ("2026-11-29", GROUP_NEXT_WEEK), ("2026-11-30", GROUP_LATER)])
def test_groups_by_week(day: str, group: int) -> None:
    found = [g for g, (first, last) in enumerate(group_bounds(TODAY)) if first <= day <= last]
    assert found == [group]


def test_the_view_reads_what_the_saves_kept(db) -> None:
    adult = _patient(db, "Åse Voksen", "Voksenpsykiatri", "2026-12", row="2026-11-10")
    child = _patient(db, "Bo Barn", "BUP", "2026-11-20")
    query = DeadlineQuery(Session(db), TODAY)
    assert query.counts() == [1, 1, 0, 1]
    (overdue,) = query.page(GROUP_OVERDUE)
    assert (overdue.name, overdue.deadline.kind, overdue.deadline.row,
            overdue.deadline.responsible) == ("Åse Voksen", KIND_ROW, 0, "Kari Nav")
    (later,) = query.page(GROUP_LATER)
    assert (later.deadline.due, later.deadline.responsible) == (dt.date(2026, 12, 31),
                                                               "Siri Kvam")  # the coordinator
    assert [line.deadline.patient_id for line in query.page()] == [adult, child, adult]
    assert [line.name for line in query.page(order="name")] == ["Bo Barn", "Åse Voksen",
                                                                 "Åse Voksen"]
    assert [line.deadline.kind for line in DeadlineQuery(
        Session(db), TODAY, kinds=[KIND_PLAN]).page()] == [KIND_PLAN, KIND_PLAN]
    assert DeadlineQuery(Session(db), TODAY, departments=["BUP"]).counts() == [0, 1, 0, 0]


def test_an_evaluation_and_the_crisis_plan_move_the_column(db) -> None:
    patient = _patient(db, "Åse Voksen", "BUP", "", row="2026-11-10")
    assert store.patient_summary(db, patient).next_deadline == "2026-11-10"
    measures.record_evaluation(db, patient, 0, Evaluation(
        date="2026-11-12", conclusion="fortsette", patient_view="Bra", next_date="2027-02"))
    assert store.patient_summary(db, patient).next_deadline == "2027-02-28"
    measures.save_crisis(db, patient, CrisisPlan(review_date="2027-01-15"))
    summary = store.patient_summary(db, patient)
    assert (summary.next_deadline, summary.next_deadline_kind) == ("2027-01-15", KIND_CRISIS)
    assert [line.deadline.kind for line in DeadlineQuery(Session(db), TODAY).page()] == [
        KIND_CRISIS, KIND_ROW]


def test_the_consent_waits_for_its_window(db) -> None:
    patient = _patient(db, "Åse Voksen", "BUP", "")
    store.save_consent(db, patient, Consent(given=True, valid_from="2026-01-01",
                                            valid_to="2027-01-10"))
    assert DeadlineQuery(Session(db), TODAY).page() == []
    (line,) = DeadlineQuery(Session(db), dt.date(2026, 12, 15)).page()
    assert line.deadline.kind == KIND_CONSENT


def test_only_the_users_departments(db, fast_hash) -> None:
    from desktop.store import accounts

    _patient(db, "Åse Voksen", "Voksenpsykiatri", "2026-12-01")
    child = _patient(db, "Bo Barn", "BUP", "2026-12-01")
    admin = accounts.create_first_admin(db, "admin", "Admin", "furu-elv-lykt-stein-7")
    nurse = accounts.add_user(db, admin, "bup", "Berit Bup", "gran-sjø-fyr-3x", departments=["BUP"])
    lines = DeadlineQuery(Session(db, nurse), TODAY).page()
    assert [line.deadline.patient_id for line in lines] == [child]
    assert DeadlineQuery(Session(db, nurse), TODAY, departments=["Voksenpsykiatri"]).page() == []


def test_quick_filters_and_the_log_in_counts(db, notified_patient) -> None:
    late = _patient(db, "Åse Voksen", "BUP", "2026-11-01")
    soon = _patient(db, "Bo Barn", "BUP", "2026-11-25")
    _patient(db, "Cato Senere", "BUP", "2027-06-01")
    waiting, _notice = notified_patient(db, reply=False)

    def ids(quick: ListFilter) -> set[int]:
        return {s.id for s in store.search_patients(db, quick=quick)}

    assert ids(ListFilter(overdue=True, today=TODAY)) == {late, waiting}
    assert ids(ListFilter(soon=True, today=TODAY)) == {late, soon, waiting}
    assert ids(ListFilter(awaiting_reply=True, today=TODAY)) == {waiting}
    assert ids(ListFilter(overdue=True, awaiting_reply=True, today=TODAY)) == {waiting}
    assert store.count_patients(db, "bo", quick=ListFilter(soon=True, today=TODAY)) == 1
    short = ListFilter(overdue=True, today=TODAY)  # a short word walks the list's first pages
    found = [s.id for s in store.search_patients(db, "se", quick=short)]
    assert late in found and soon not in found
    for quick in (ListFilter(awaiting_reply=True), ListFilter(mine="Siri Kvam")):
        store.search_patients(db, "se", quick=quick)  # every filter's column is at hand
    assert soon in [s.id for s in store.search_patients(
        db, "bo", quick=ListFilter(soon=True, today=TODAY), order="next_deadline")]
    assert [s.id for s in store.search_patients(
        db, quick=ListFilter(soon=True, today=TODAY), order="next_deadline")][-1] == soon
    assert deadline_counts(db, None, TODAY) == (2, 1)
    assert deadline_counts(db, ("BUP",), TODAY) == (1, 1)


def test_mine_finds_the_coordinator_and_the_participants_by_my_name(db) -> None:
    from desktop.records_people import KIND_PROVIDER, Participant
    from desktop.store import participants

    coordinated = _patient(db, "Åse Voksen", "BUP", "2027-01-01")  # Siri Kvam coordinates
    joined = _patient(db, "Bo Barn", "BUP", "2027-01-01")
    other = store.add_patient(db, Patient(name="Cato Annen", department="BUP")).id
    store.save_plan(db, other, Plan(hospital_coordinator=Coordinator(name="Kari Nav")))
    participants.save_participant(db, Participant(patient_id=joined, kind=KIND_PROVIDER,
                                                  name="Siri  Kvam", role="sykepleier"))
    found = {s.id for s in store.search_patients(db, quick=ListFilter(mine="siri kvam"))}
    assert found == {coordinated, joined}
    assert store.count_patients(db, "åse", quick=ListFilter(mine="Siri Kvam")) == 1


def test_a_patient_moved_to_another_department_takes_the_deadlines_along(db) -> None:
    patient = _patient(db, "Åse Voksen", "BUP", "2026-11-20")
    moved = store.get_patient(db, patient)
    moved.department = "Voksenpsykiatri"
    store.update_patient(db, moved)
    assert DeadlineQuery(Session(db), TODAY, departments=["BUP"]).counts() == [0, 0, 0, 0]
    (line,) = DeadlineQuery(Session(db), TODAY, departments=["Voksenpsykiatri"]).page()
    assert line.department == "Voksenpsykiatri"


def test_the_departments_to_pick_from_are_those_with_patients_in_order(db) -> None:
    for department in ("Rus", "BUP", "", "Rus", "Akutt"):
        store.add_patient(db, Patient(name="Kari Nordmann", department=department))
    assert DeadlineQuery(Session(db)).departments_seen() == ["Akutt", "BUP", "Rus"]
