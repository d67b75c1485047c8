"""Dated process events: one append-only row per step of the IP work (docs/architecture.md).

Every store function that records a step writes its event here in the same transaction. The
deadline overview and the indicator report (shared/spec/indicators.md I1-I10) read these rows;
the department is the patient's department when the event was written, so a patient who moves
is still counted where the step happened.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.store.clock import now

if TYPE_CHECKING:
    import sqlite_utils

# Kinds (stored as these keys). Detail JSON in brackets.
# I1: checklist item 4, the consent's information date, written information on declining
INFORMED = "informed"  # [source, version]
CONSENT_GIVEN = "consent_given"  # I2: a dated consent to the plan [version]
CONSENT_DECLINED = "consent_declined"  # the patient said no to notifying the municipality [consent]
CONSENT_WITHDRAWN = "consent_withdrawn"  # a consent version withdrawn [version]
NOTIFY_CONSENT_GIVEN = "notify_consent_given"  # I2: consent to notify the municipality [on_behalf]
NOTICE_SENT = "notice_sent"  # I2, I7 [notice_id, kind, channel, ke_id]
REMINDER = "reminder"  # [notice_id, how]
REPLY = "reply"  # [notice_id, outcome]
COORDINATOR_HOSPITAL = "coordinator_hospital"  # I8 hospital column [name]
COORDINATOR_MUNICIPAL = "coordinator_municipal"  # I2, I8 municipal column [name, source]
EXISTING_PLAN_OBTAINED = "existing_plan_obtained"  # I4 [source: checklist or import]
PLAN_SIGNED = "plan_signed"  # I5, I6 [version, by_patient, by_coordinator]
STATE_CHANGED = "state_changed"  # I3 (ended), I10 via declined [state, reason]
DECLINED_IP = "declined_ip"  # I10
CHECKLIST_DONE = "checklist_done"  # I5 item 10, I2 item 8 (cooperation meeting) [list, item]
KINDS = (INFORMED, CONSENT_GIVEN, CONSENT_DECLINED, CONSENT_WITHDRAWN, NOTIFY_CONSENT_GIVEN,
         NOTICE_SENT, REMINDER, REPLY, COORDINATOR_HOSPITAL, COORDINATOR_MUNICIPAL,
         EXISTING_PLAN_OBTAINED, PLAN_SIGNED, STATE_CHANGED, DECLINED_IP, CHECKLIST_DONE)


@dataclass
class ProcessEvent:
    """One recorded step of a patient's IP work, as the indicators count it."""

    id: int
    patient_id: int
    kind: str
    on_date: str  # ISO partial date: YYYY, YYYY-MM or YYYY-MM-DD
    department: str
    by_user: str | None
    detail: dict
    recorded_at: str


def record_event(db: sqlite_utils.Database, patient_id: int, kind: str, on_date: str,
                 detail: dict | None = None, by: str | None = None,
                 department: str | None = None) -> None:
    """Append one event (inside the caller's transaction); ``department`` defaults to the
    patient's department now."""
    if kind not in KINDS:
        raise ValueError(kind)
    if department is None:
        row = db.execute("SELECT department FROM patients WHERE id = ?", [patient_id]).fetchone()
        department = row[0] if row else ""
    db.execute(
        "INSERT INTO process_events (patient_id, kind, on_date, department, by_user, detail, "
        "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [patient_id, kind, on_date, department, by or None,
         json.dumps(detail or {}, ensure_ascii=False, sort_keys=True), now()])


# I2, "påbegynt IP": a patient's IP work began on the last of three firsts: the first time they
# were informed, the first consent (to the plan or to notify), and the first binding cooperation
# with the municipality (a notice sent, the municipal coordinator appointed, or the first
# checklist's cooperation meeting, item 8, done). Kept per patient in ip_started by a trigger.
STARTED_GROUPS = {INFORMED: 0, CONSENT_GIVEN: 1, NOTIFY_CONSENT_GIVEN: 1, NOTICE_SENT: 2,
                  COORDINATOR_MUNICIPAL: 2, CHECKLIST_DONE: 2}
COOPERATION_ITEM = 8


def _started_select(patient: str | None = None) -> str:
    """SQL of (patient_id, on_date, department) of each patient who has begun (only
    ``patient``, an SQL expression, when given): the latest of the three group firsts, with the
    department written on that event."""
    cases = " ".join(f"WHEN '{kind}' THEN {n}" for kind, n in STARTED_GROUPS.items())
    kinds = ", ".join(f"'{kind}'" for kind in STARTED_GROUPS)
    only = "" if patient is None else f"patient_id = {patient} AND "
    # SQLite's bare columns: with MIN() and MAX() the other columns come from that row
    return (
        "SELECT patient_id, MAX(first_date) AS on_date, first_department AS department FROM ("
        f"SELECT patient_id, CASE kind {cases} END AS grp, MIN(on_date) AS first_date, "
        "department AS first_department FROM process_events "
        f"WHERE {only}kind IN ({kinds}) "
        f"AND (kind != '{CHECKLIST_DONE}' OR (json_extract(detail, '$.list') = 'start' "
        f"AND json_extract(detail, '$.item') = {COOPERATION_ITEM})) GROUP BY patient_id, grp"
        ") GROUP BY patient_id HAVING COUNT(*) = 3")


def started_trigger_sql() -> str:
    """The trigger that keeps ip_started right as events are appended (events never change)."""
    kinds = ", ".join(f"'{kind}'" for kind in STARTED_GROUPS)
    return (
        "CREATE TRIGGER process_events_started AFTER INSERT ON process_events "
        f"WHEN NEW.kind IN ({kinds}) BEGIN "
        "DELETE FROM ip_started WHERE patient_id = NEW.patient_id; "
        "INSERT INTO ip_started (patient_id, on_date, department) "
        f"{_started_select('NEW.patient_id')}; "
        "END;")


def refill_started(db: sqlite_utils.Database) -> None:
    """Compute ip_started from every patient's events (the migration; a repair)."""
    db.execute("DELETE FROM ip_started")
    db.execute(f"INSERT INTO ip_started (patient_id, on_date, department) {_started_select()}")


def _event(row: tuple) -> ProcessEvent:
    event_id, patient_id, kind, on_date, department, by_user, detail, recorded = row
    return ProcessEvent(event_id, patient_id, kind, on_date, department, by_user,
                        json.loads(detail or "{}"), recorded)


_SELECT = ("SELECT id, patient_id, kind, on_date, department, by_user, detail, recorded_at "
           "FROM process_events")


def patient_events(db: sqlite_utils.Database, patient_id: int,
                   kind: str | None = None) -> list[ProcessEvent]:
    """One patient's events in the order they were written."""
    where = "WHERE patient_id = ?"
    params: list[object] = [patient_id]
    if kind:
        where, params = where + " AND kind = ?", [*params, kind]
    return [_event(row) for row in db.execute(f"{_SELECT} {where} ORDER BY id", params)]


def events_between(db: sqlite_utils.Database, kind: str, first: str,
                   last: str) -> list[ProcessEvent]:
    """Events of ``kind`` whose ISO date text lies from ``first`` to ``last`` inclusive
    (partial dates compare as text: the caller places "2026-05" and "2026" itself)."""
    rows = db.execute(f"{_SELECT} WHERE kind = ? AND on_date >= ? AND on_date <= ? "
                      "ORDER BY on_date, id", [kind, first, last])
    return [_event(row) for row in rows]
