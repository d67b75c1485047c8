"""The open deadlines of the patients a session may see (records_deadlines does the judging).

``patient_records`` gathers one patient's forms for the sources; ``patient_deadlines`` gives
that patient's open deadlines and ``visible_deadlines`` those of every patient the logged-in
user may see, filtered by how far ahead and by kind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.i18n import translate
from desktop.records import ValidationError
from desktop.records_deadlines import (
    DEFAULT_NOTICE_DAYS,
    Deadline,
    PatientRecords,
    open_deadlines,
)
from desktop.records_process import NOTICE_REMINDED, NOTICE_SENT
from desktop.store import access
from desktop.store.coordinator_users import resolve_username
from desktop.store.forms import SUMMARY_HOOKS, current_version, load_checklist, load_consent
from desktop.store.list_filters import name_key
from desktop.store.meetings import list_meetings
from desktop.store.notices import patient_notices
from desktop.store.process import load_assessment, load_ip_state
from desktop.store.session import Session, as_session
from desktop.store.settings import get_setting, set_setting

if TYPE_CHECKING:
    import sqlite_utils

KEY_NOTICE_DAYS = "deadlines.notice_days"


def notice_days(db: sqlite_utils.Database) -> int:
    """Days after the assessment the notice to the municipality is due (the region's rule)."""
    text = get_setting(db, KEY_NOTICE_DAYS)
    return int(text) if text.isdigit() and int(text) > 0 else DEFAULT_NOTICE_DAYS


def set_notice_days(db: sqlite_utils.Database, days: int) -> None:
    if not 1 <= days <= 365:
        raise ValidationError(translate(
            "deadlines", "Fristen for meldingen må være mellom 1 og 365 dager."))
    set_setting(db, KEY_NOTICE_DAYS, str(days))


def patient_records(db: sqlite_utils.Database, patient_id: int,
                    days: int | None = None) -> PatientRecords:
    version = current_version(db, patient_id)
    return PatientRecords(
        patient_id=patient_id, plan=version.plan if version else None,
        checklist=load_checklist(db, patient_id), consent=load_consent(db, patient_id),
        assessment=load_assessment(db, patient_id), notices=patient_notices(db, patient_id),
        meetings=list_meetings(db, patient_id), ip_state=load_ip_state(db, patient_id).state,
        notice_days=notice_days(db) if days is None else days)


def patient_deadlines(db: sqlite_utils.Database, patient_id: int,
                      today: dt.date | None = None) -> list[Deadline]:
    return open_deadlines(patient_records(db, patient_id), today or dt.date.today())


# ---------------------------------------------------------------- kept for the list and the view

_ALWAYS = dt.date.max  # judged as if every warning window had opened: the due date is stored
_INSERT = ("INSERT INTO patient_deadlines (patient_id, due, kind, text, form, field, row, "
           "item_id, responsible, department) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


@dataclass(frozen=True)
class _Kept:
    """What the schema already holds of what this module keeps (migrations call it before
    0019 made patient_deadlines and before 0026 added patients.coordinator_user)."""
    table: bool
    users: bool


def _kept(db: sqlite_utils.Database) -> _Kept:
    table, users = db.execute(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' "
        "AND name = 'patient_deadlines'), EXISTS (SELECT 1 FROM pragma_table_info('patients') "
        "WHERE name = 'coordinator_user')").fetchone()
    return _Kept(bool(table), bool(users))


def _store(db: sqlite_utils.Database, records: PatientRecords, kept: _Kept) -> None:
    """The patient row's next_deadline and next_deadline_kind (the list's column, its quick
    filters and its sort) and, once migration 0019 made it, the patient's rows in
    patient_deadlines (the Frister view): every deadline as if every warning window had opened
    (the consent's end is held back until its window opens when read)."""
    found = open_deadlines(records, _ALWAYS)
    first = found[0] if found else None
    db.execute("UPDATE patients SET next_deadline = ?, next_deadline_kind = ? WHERE id = ?",
               [first.due.isoformat() if first else "", first.kind if first else "",
                records.patient_id])
    if not kept.table:
        return
    plan = records.plan
    coordinator = plan.hospital_coordinator.name if plan is not None else ""
    waiting = any(n.state in (NOTICE_SENT, NOTICE_REMINDED) for n in records.notices)
    picked_sql = "coordinator_user" if kept.users else "''"
    row = db.execute(f"SELECT department, {picked_sql} FROM patients WHERE id = ?",
                     [records.patient_id]).fetchone()
    department, picked = row if row else ("", "")
    values = [name_key(coordinator), int(waiting)]
    if kept.users:  # migration 0026: who the coordinator is among the users
        values.append(resolve_username(db, coordinator, picked))
    db.execute("UPDATE patients SET coordinator_key = ?, awaiting_reply = ?"
               f"{', coordinator_user = ?' if kept.users else ''} WHERE id = ?",
               [*values, records.patient_id])
    db.execute("DELETE FROM patient_deadlines WHERE patient_id = ?", [records.patient_id])
    db.conn.executemany(_INSERT, [
        (records.patient_id, d.due.isoformat(), d.kind, d.text, d.form, d.field, d.row,
         d.item_id, d.responsible or coordinator, department) for d in found])


def refresh_next_deadline(db: sqlite_utils.Database, patient_id: int) -> None:
    """Keep what the list and the Frister view read in step with the records; called from
    refresh_summary in the same transaction as every save."""
    _store(db, patient_records(db, patient_id), _kept(db))


def fill_next_deadlines(db: sqlite_utils.Database) -> int:
    """Compute the column (and the table, once there) for every patient (the migrations); the
    number of patients."""
    days, kept = notice_days(db), _kept(db)
    ids = [row[0] for row in db.execute("SELECT id FROM patients")]
    for patient_id in ids:
        _store(db, patient_records(db, patient_id, days), kept)
    return len(ids)


SUMMARY_HOOKS.append(refresh_next_deadline)


def _visible_ids(session: Session, departments: Iterable[str] | None) -> list[int]:
    seen = access.visible_departments(session)
    wanted = None if departments is None else tuple(departments)
    if seen is not None:
        wanted = seen if wanted is None else tuple(d for d in wanted if d in seen)
    if wanted is None:
        rows = session.db.execute("SELECT id FROM patients ORDER BY id")
    else:
        rows = session.db.execute(
            f"SELECT id FROM patients WHERE department IN ({', '.join('?' * len(wanted))}) "
            "ORDER BY id", list(wanted))
    return [row[0] for row in rows]


def visible_deadlines(session_or_db: Session | sqlite_utils.Database,
                      today: dt.date | None = None, within: int | None = None,
                      overdue: bool = False, kinds: Iterable[str] | None = None,
                      departments: Iterable[str] | None = None) -> list[Deadline]:
    """The open deadlines of every patient the user may see, soonest first. ``within``: only
    those due within so many days of today (overdue ones included); ``overdue``: only those
    past due; ``kinds``: only these kinds; ``departments``: only these departments."""
    session = as_session(session_or_db)
    day = today or dt.date.today()
    days = notice_days(session.db)
    wanted = None if kinds is None else set(kinds)
    found: list[Deadline] = []
    for patient_id in _visible_ids(session, departments):
        for deadline in open_deadlines(patient_records(session.db, patient_id, days), day):
            if wanted is not None and deadline.kind not in wanted:
                continue
            if overdue and not deadline.overdue(day):
                continue
            if within is not None and deadline.due > day + dt.timedelta(days=within):
                continue
            found.append(deadline)
    found.sort(key=lambda d: (d.due, d.patient_id or 0, d.kind))
    return found
