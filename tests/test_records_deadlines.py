"""The deadline function with a fixed today: partial dates, muted states, the consent's
warning window, the municipality's reply, checklist items, meetings."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.records import (
    STATE_DONE,
    Checklist,
    ChecklistItem,
    Consent,
    DecisionRow,
    Plan,
    PlanRow,
)
from desktop.records_deadlines import (
    KIND_ACTION,
    KIND_CHECKLIST,
    KIND_CONSENT,
    KIND_CRISIS,
    KIND_DECISION,
    KIND_DECISION_END,
    KIND_NEXT_MEETING,
    KIND_NOTICE_SOON,
    KIND_PLAN,
    KIND_REPLY,
    KIND_ROW,
    SOURCES,
    Deadline,
    PatientRecords,
    open_deadlines,
    source,
)
from desktop.records_measures import CrisisPlan, Evaluation
from desktop.records_people import Meeting, MeetingAction
from desktop.records_process import (
    ASSESS_COORDINATOR,
    ASSESS_IP,
    ASSESS_NO_NEED,
    IP_ACTIVE,
    IP_DECLINED,
    IP_ENDED,
    IP_TRANSFERRED,
    Assessment,
    Notice,
)

TODAY = dt.date(2026, 3, 10)


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _consent(valid_to: str, withdrawn: str = "") -> Consent:
    return Consent(given=True, valid_from="2025-01-01", valid_to=valid_to,
                   withdrawn_date=withdrawn)


def _notice(due: str, sent: str = "2026-02-20", reply: str = "", reminder: str = "") -> Notice:
    return Notice(id=4, sent_date=sent, due_date=due, reply_date=reply, reminder_date=reminder)


CASES = [
    # (name, records, expected [(due, kind, form, field, row)])
    ("nothing", PatientRecords(), []),
    ("plan day", PatientRecords(plan=Plan(evaluation_date="2026-04-02")),
     [("2026-04-02", KIND_PLAN, "plan", "evaluation_date", None)]),
    ("plan month is due on its last day", PatientRecords(plan=Plan(evaluation_date="2026-02")),
     [("2026-02-28", KIND_PLAN, "plan", "evaluation_date", None)]),
    ("plan year is due on 31 December", PatientRecords(plan=Plan(evaluation_date="2026")),
     [("2026-12-31", KIND_PLAN, "plan", "evaluation_date", None)]),
    ("rows: an ended row has no deadline",
     PatientRecords(plan=Plan(rows=[PlanRow(goal="Bo selv", evaluation="2026-05"),
                                    PlanRow(goal="Jobb", evaluation="2026-01-02",
                                            ended="2026-01-02"),
                                    PlanRow(goal="Trening", evaluation="2024")])),
     [("2024-12-31", KIND_ROW, "plan", "rows.evaluation", 2),
      ("2026-05-31", KIND_ROW, "plan", "rows.evaluation", 0)]),
    ("row evaluated on its date: due at the evaluation's next date",
     PatientRecords(plan=Plan(rows=[PlanRow(goal="Bo", evaluation="2026-02-01", evaluations=[
         Evaluation(date="2026-02-03", conclusion="fortsette", next_date="2026-08")])])),
     [("2026-08-31", KIND_ROW, "plan", "rows.evaluation", 0)]),
    ("row evaluated without a next date: no deadline",
     PatientRecords(plan=Plan(rows=[PlanRow(goal="Bo", evaluation="2026-02", evaluations=[
         Evaluation(date="2026-02-20", conclusion="fortsette")])])), []),
    ("row evaluated before its date: still due on its date",
     PatientRecords(plan=Plan(rows=[PlanRow(goal="Bo", evaluation="2026-06-01", evaluations=[
         Evaluation(date="2026-01-10", conclusion="endre", next_date="2026-03-01")])])),
     [("2026-06-01", KIND_ROW, "plan", "rows.evaluation", 0)]),
    ("crisis plan review, month precision",
     PatientRecords(plan=Plan(crisis=CrisisPlan(review_date="2026-05"))),
     [("2026-05-31", KIND_CRISIS, "plan", "crisis.review_date", None)]),
    ("crisis plan without a review date: nothing",
     PatientRecords(plan=Plan(crisis=CrisisPlan(date="2026-01-01"))), []),
    ("crisis review muted when avsluttet",
     PatientRecords(plan=Plan(crisis=CrisisPlan(review_date="2026-03-01")), ip_state=IP_ENDED),
     []),
    ("decision evaluation and end of period",
     PatientRecords(plan=Plan(decisions=[DecisionRow(decision="BPA", period_to="2026-06",
                                                     evaluation="2026-04-15")])),
     [("2026-04-15", KIND_DECISION, "plan", "decisions.evaluation", 0),
      ("2026-06-30", KIND_DECISION_END, "plan", "decisions.period_to", 0)]),
    ("consent ends in 31 days: not yet flagged",
     PatientRecords(consent=_consent("2026-04-10")), []),
    ("consent ends in 30 days: flagged", PatientRecords(consent=_consent("2026-04-09")),
     [("2026-04-09", KIND_CONSENT, "consent", "valid_to", None)]),
    ("consent month-precision, within the window", PatientRecords(consent=_consent("2026-03")),
     [("2026-03-31", KIND_CONSENT, "consent", "valid_to", None)]),
    ("consent past its end stays (overdue)", PatientRecords(consent=_consent("2026-01-15")),
     [("2026-01-15", KIND_CONSENT, "consent", "valid_to", None)]),
    ("consent withdrawn: nothing", PatientRecords(consent=_consent("2026-03-20", "2026-02-01")),
     []),
    ("consent not given: nothing", PatientRecords(consent=Consent(valid_to="2026-03-20")), []),
    ("reply due tomorrow", PatientRecords(notices=[_notice("2026-03-11")]),
     [("2026-03-11", KIND_REPLY, "notice", "reply_date", None)]),
    ("reply due yesterday", PatientRecords(notices=[_notice("2026-03-09", reminder="2026-03-10")]),
     [("2026-03-09", KIND_REPLY, "notice", "reply_date", None)]),
    ("reply recorded: done", PatientRecords(notices=[_notice("2026-03-09", reply="2026-03-08")]),
     []),
    ("draft notice owes no reply", PatientRecords(notices=[_notice("", sent="")]), []),
    ("checklist item with a due date",
     PatientRecords(checklist=Checklist(start=[ChecklistItem(due="2026-03") if i == 1
                                               else ChecklistItem() for i in range(9)])),
     [("2026-03-31", KIND_CHECKLIST, "checklist", "start.due", 1)]),
    ("checklist item done: no deadline",
     PatientRecords(checklist=Checklist(start=[
         ChecklistItem(due="2026-03-01", state=STATE_DONE) if i == 1 else ChecklistItem()
         for i in range(9)])), []),
    ("notice snarest after the assessment",
     PatientRecords(assessment=Assessment(outcome=ASSESS_IP, date="2026-03-05"), notice_days=7),
     [("2026-03-12", KIND_NOTICE_SOON, "notice", "sent_date", None)]),
    ("declined IP: no notice owed",
     PatientRecords(assessment=Assessment(outcome=ASSESS_IP, date="2026-03-05"),
                    ip_state=IP_DECLINED), []),
    ("declined IP but a coordinator wanted: the notice is still owed",
     PatientRecords(assessment=Assessment(outcome=ASSESS_COORDINATOR, date="2026-03-05"),
                    ip_state=IP_DECLINED, notice_days=7),
     [("2026-03-12", KIND_NOTICE_SOON, "notice", "sent_date", None)]),
    ("no need: no notice owed",
     PatientRecords(assessment=Assessment(outcome=ASSESS_NO_NEED, date="2026-03-05")), []),
    ("notice sent: the snarest deadline ends",
     PatientRecords(assessment=Assessment(outcome=ASSESS_IP, date="2026-03-05"),
                    notices=[_notice("2026-03-20", sent="2026-03-06")]),
     [("2026-03-20", KIND_REPLY, "notice", "reply_date", None)]),
    ("meeting action open, done one gone, next meeting not set up",
     PatientRecords(meetings=[Meeting(id=3, starts_at="2026-02-01T10:00", next_meeting="2026-04-01",
                                      actions=[MeetingAction("Søke BPA", "Kari", "2026-03-15"),
                                               MeetingAction("Ringe NAV", "", "2026-03-01",
                                                             "2026-03-02")])]),
     [("2026-03-15", KIND_ACTION, "meetings", "actions.due", 0),
      ("2026-04-01", KIND_NEXT_MEETING, "meetings", "next_meeting", None)]),
    ("next meeting already in the calendar",
     PatientRecords(meetings=[Meeting(id=3, starts_at="2026-02-01", next_meeting="2026-04-01"),
                              Meeting(id=4, starts_at="2026-04-01T09:00")]), []),
    ("active plan: alarms on",
     PatientRecords(plan=Plan(evaluation_date="2026-03-01"), ip_state=IP_ACTIVE),
     [("2026-03-01", KIND_PLAN, "plan", "evaluation_date", None)]),
    ("overført: muted except the consent's end",
     PatientRecords(plan=Plan(evaluation_date="2026-03-01"), consent=_consent("2026-03-20"),
                    notices=[_notice("2026-03-01")], ip_state=IP_TRANSFERRED),
     [("2026-03-20", KIND_CONSENT, "consent", "valid_to", None)]),
    ("avsluttet: muted", PatientRecords(plan=Plan(evaluation_date="2026-03-01"),
                                        ip_state=IP_ENDED), []),
]


@pytest.mark.parametrize(("records", "expected"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_open_deadlines(records: PatientRecords, expected: list) -> None:
    found = open_deadlines(records, TODAY)
    assert [(d.due.isoformat(), d.kind, d.form, d.field, d.row) for d in found] == expected
    assert all(d.text for d in found)


def test_soonest_first_and_overdue() -> None:
    records = PatientRecords(plan=Plan(evaluation_date="2026-05-01",
                                       rows=[PlanRow(goal="Bo", evaluation="2026-03-09")]),
                             notices=[_notice("2026-03-11")])
    found = open_deadlines(records, TODAY)
    assert [d.kind for d in found] == [KIND_ROW, KIND_REPLY, KIND_PLAN]
    assert [d.overdue(TODAY) for d in found] == [True, False, False]
    assert "Bo" in found[0].text


def test_a_new_source_plugs_in() -> None:
    @source
    def review(records: PatientRecords, today: dt.date):
        yield Deadline(_d("2026-03-30"), "new_kind", "Noe nytt skal gjøres",
                       records.patient_id, "plan", "review")

    try:
        assert [d.kind for d in open_deadlines(PatientRecords(patient_id=1), TODAY)] == [
            "new_kind"]
    finally:
        SOURCES.remove(review)
