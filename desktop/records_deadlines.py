"""What is due for one patient (shared/spec/process.md, "Deadlines"), Qt-free and SQL-free.

A source is a function ``(PatientRecords, today) -> Iterable[Deadline]`` added to ``SOURCES``
with ``@source``; ``open_deadlines`` asks every source, so a new kind of deadline (the crisis
plan's review, the measures' evaluation) plugs in here without touching the screens. A
month-precision date is due on the month's last day, a year-only date on 31 December. A
deadline ends when the thing is done (the row ended, the reply recorded), never by hiding.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from desktop.i18n import translatable, translate
from desktop.records import (
    CHECKLIST_EXISTING,
    CHECKLIST_START,
    STATE_OPEN,
    Checklist,
    ChecklistItem,
    Consent,
    Plan,
    format_partial_date,
    partial_date_last_day,
)
from desktop.records_measures import crisis_review_due, row_evaluation_due
from desktop.records_people import Meeting
from desktop.records_process import (
    ASSESS_CHILD,
    ASSESS_COORDINATOR,
    ASSESS_IP,
    IP_DECLINED,
    NOTICE_REMINDED,
    NOTICE_SENT,
    STATES_WITHOUT_ALARMS,
    Assessment,
    Notice,
)

KIND_PLAN = "plan_evaluation"
KIND_ROW = "row_evaluation"
KIND_DECISION = "decision_evaluation"
KIND_DECISION_END = "decision_end"
KIND_CONSENT = "consent_end"
KIND_REPLY = "municipal_reply"
KIND_CHECKLIST = "checklist_item"
KIND_NOTICE_SOON = "notice_due"
KIND_ACTION = "meeting_action"  # the same keys as store.meetings
KIND_NEXT_MEETING = "next_meeting"
KIND_CRISIS = "crisis_review"

KIND_LABELS = {
    KIND_PLAN: translatable("deadlines", "Evaluering av planen"),
    KIND_ROW: translatable("deadlines", "Evaluering av delmål"),
    KIND_DECISION: translatable("deadlines", "Evaluering av vedtak"),
    KIND_DECISION_END: translatable("deadlines", "Vedtaksperiode slutter"),
    KIND_CONSENT: translatable("deadlines", "Samtykket går ut"),
    KIND_REPLY: translatable("deadlines", "Svar fra kommunen"),
    KIND_CHECKLIST: translatable("deadlines", "Sjekkliste"),
    KIND_NOTICE_SOON: translatable("deadlines", "Melding til kommunen"),
    KIND_ACTION: translatable("deadlines", "Oppgave fra møte"),
    KIND_NEXT_MEETING: translatable("deadlines", "Neste møte"),
    KIND_CRISIS: translatable("deadlines", "Gjennomgang av kriseplanen"),
}

KINDS_WHEN_MUTED = (KIND_CONSENT,)  # the consent's end matters even when the plan is not ours
CONSENT_WARNING_DAYS = 30  # the consent's end shows this many days before
DEFAULT_NOTICE_DAYS = 7  # the region's "snarest": the notice is due this long after assessment
NOTICE_ITEM = 5  # "Etablere kontakt med kommune / samarbeidspartnere" (store.notices.NOTIFY_ITEM)
_NOTICE_OUTCOMES = (ASSESS_IP, ASSESS_COORDINATOR, ASSESS_CHILD)


def kind_label(kind: str) -> str:
    return translate("deadlines", KIND_LABELS.get(kind, kind))


@dataclass(frozen=True)
class Deadline:
    """One open deadline: when, what, and where in the patient's forms it lives."""
    due: dt.date
    kind: str
    text: str  # a short sentence in the user's language
    patient_id: int | None = None
    form: str = ""  # the workspace page: checklist, consent, plan, notice, meetings
    field: str = ""  # the field on that page (e.g. "evaluation_date", "rows.evaluation")
    row: int | None = None  # the row in a table (plan rows, decisions, checklist items)
    item_id: int | None = None  # a notice's or a meeting's id
    responsible: str = ""  # who is to do it, where the forms say (else the coordinator)

    def overdue(self, today: dt.date) -> bool:
        return self.due < today


@dataclass
class PatientRecords:
    """What the sources read: one patient's forms and process records."""
    patient_id: int | None = None
    plan: Plan | None = None
    checklist: Checklist = field(default_factory=Checklist)
    consent: Consent = field(default_factory=Consent)
    assessment: Assessment = field(default_factory=Assessment)
    notices: list[Notice] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    ip_state: str = ""
    notice_days: int = DEFAULT_NOTICE_DAYS


Source = Callable[[PatientRecords, dt.date], Iterable[Deadline]]
SOURCES: list[Source] = []


def source(function: Source) -> Source:
    """Register a source of deadlines."""
    SOURCES.append(function)
    return function


def _day(text: str) -> dt.date | None:
    """The day a (partial) date is due on; None when empty or not a date."""
    try:
        return partial_date_last_day(text[:10]) if text else None
    except ValueError:
        return None


def open_deadlines(records: PatientRecords, today: dt.date) -> list[Deadline]:
    """Every open deadline of one patient, soonest first. A plan overført or avsluttet keeps
    only the consent's end."""
    muted = records.ip_state in STATES_WITHOUT_ALARMS
    found = [d for produce in SOURCES for d in produce(records, today)
             if not muted or d.kind in KINDS_WHEN_MUTED]
    found.sort(key=lambda d: (d.due, d.kind, d.row if d.row is not None else -1))
    return found


def _short(text: str, size: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[:size - 1] + "…"


@source
def plan_deadlines(records: PatientRecords, today: dt.date) -> Iterable[Deadline]:
    plan, pid = records.plan, records.patient_id
    if plan is None:
        return
    due = _day(plan.evaluation_date)
    if due:
        yield Deadline(due, KIND_PLAN, translate("deadlines", "Planen skal evalueres"), pid,
                       "plan",
                       "evaluation_date")
    for index, row in enumerate(plan.rows):  # an evaluation moves it to the next date
        due = _day(row_evaluation_due(row))
        if due:
            what = (_short(row.goal or row.measures)
                    or translate("deadlines", "rad {n}").format(n=index + 1))
            text = translate("deadlines", "Evaluer delmål: {what}").format(what=what)
            yield Deadline(due, KIND_ROW, text, pid,
                           "plan", "rows.evaluation", index, responsible=row.responsible)
    for index, decision in enumerate(plan.decisions):
        what = (_short(decision.decision)
                or translate("deadlines", "rad {n}").format(n=index + 1))
        due = _day(decision.evaluation)
        if due:
            text = translate("deadlines", "Evaluer vedtak: {what}").format(what=what)
            yield Deadline(due, KIND_DECISION, text,
                           pid, "plan", "decisions.evaluation", index,
                           responsible=decision.responsible)
        end = _day(decision.period_to)
        if end:
            yield Deadline(end, KIND_DECISION_END,
                           translate("deadlines", "Vedtaket gjelder til {date}: {what}").format(
                               date=format_partial_date(decision.period_to), what=what),
                           pid, "plan", "decisions.period_to", index,
                           responsible=decision.responsible)


@source
def consent_deadline(records: PatientRecords, today: dt.date) -> Iterable[Deadline]:
    consent = records.consent
    end = _day(consent.valid_to)
    if not consent.given or consent.withdrawn_date or end is None:
        return
    if today >= end - dt.timedelta(days=CONSENT_WARNING_DAYS):
        yield Deadline(end, KIND_CONSENT, translate(
            "deadlines", "Samtykket gjelder til {date}").format(
            date=format_partial_date(consent.valid_to)), records.patient_id, "consent",
            "valid_to")


@source
def reply_deadlines(records: PatientRecords, today: dt.date) -> Iterable[Deadline]:
    for notice in records.notices:
        due = _day(notice.due_date)
        if due and notice.state in (NOTICE_SENT, NOTICE_REMINDED):
            unit = notice.recipient.unit_name or notice.recipient.municipality
            text = (translate("deadlines", "Svar fra {unit} på meldingen").format(unit=unit)
                    if unit
                    else translate("deadlines", "Svar fra kommunen på meldingen"))
            yield Deadline(due, KIND_REPLY, text, records.patient_id, "notice", "reply_date",
                           item_id=notice.id)


@source
def checklist_deadlines(records: PatientRecords, today: dt.date) -> Iterable[Deadline]:
    checklist, pid = records.checklist, records.patient_id
    lists: list[tuple[str, tuple[str, ...], list[ChecklistItem]]] = [
        ("start", CHECKLIST_START, checklist.start)]
    if checklist.has_existing_plan:
        lists.append(("existing", CHECKLIST_EXISTING, checklist.existing))
    for name, texts, items in lists:
        for index, item in enumerate(items):
            due = _day(item.due)
            if due and item.state == STATE_OPEN and index < len(texts):
                yield Deadline(due, KIND_CHECKLIST, translate("records", texts[index]), pid,
                               "checklist", f"{name}.due", index)
    # the region's rule: once the need is assessed, the notice goes "snarest"
    notice_item = checklist.start[NOTICE_ITEM] if len(checklist.start) > NOTICE_ITEM else None
    assessed = _day(records.assessment.date)
    if (notice_item is None or notice_item.state != STATE_OPEN or notice_item.due
            or assessed is None
            or records.assessment.outcome not in _NOTICE_OUTCOMES
            # a patient who does not want an IP is owed a notice only for a coordinator
            or (records.ip_state == IP_DECLINED
                and records.assessment.outcome != ASSESS_COORDINATOR)
            or any(notice.sent_date for notice in records.notices)):
        return
    yield Deadline(assessed + dt.timedelta(days=records.notice_days), KIND_NOTICE_SOON,
                   translate("deadlines", "Send melding om behov til kommunen"), pid,
                   "notice", "sent_date")


@source
def meeting_deadlines(records: PatientRecords, today: dt.date) -> Iterable[Deadline]:
    meetings = records.meetings
    days = [m.day for m in meetings if m.starts_at]
    for meeting in meetings:
        for index, action in enumerate(meeting.actions):
            due = _day(action.due)
            if due and not action.done:
                text = f"{action.what} ({action.who})" if action.who else action.what
                yield Deadline(due, KIND_ACTION, _short(text, 60), records.patient_id,
                               "meetings", "actions.due", index, meeting.id, action.who)
        agreed = _day(meeting.next_meeting)
        if agreed and not any(day is not None and day >= agreed for day in days):
            yield Deadline(agreed, KIND_NEXT_MEETING,
                           translate("deadlines", "Neste møte er ikke satt opp"),
                           records.patient_id, "meetings", "next_meeting", item_id=meeting.id)


@source
def crisis_deadline(records: PatientRecords, today: dt.date) -> Iterable[Deadline]:
    due = _day(crisis_review_due(records.plan)) if records.plan is not None else None
    if due:
        yield Deadline(due, KIND_CRISIS, translate("deadlines", "Kriseplanen skal gjennomgås"),
                       records.patient_id, "plan", "crisis.review_date")
