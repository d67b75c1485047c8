"""The ward's process around the plan: the assessment (checklist item 1), the consent to notify
the municipality, the hospital coordinator, the state of the IP work (a column on the patient
for the list) and the two flags. Each step writes its process event in the same transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import TYPE_CHECKING

from desktop.records import STATE_DONE, ChecklistItem, from_dict, to_dict
from desktop.records_process import (
    IP_DECLINED,
    Assessment,
    HospitalCoordinator,
    IpState,
    NotifyConsent,
)
from desktop.store import events
from desktop.store.clock import now

if TYPE_CHECKING:
    import sqlite_utils

ASSESSMENT_ITEM = 0  # "Vurdere behov for langvarige og koordinerte tjenester"


def _load(db: sqlite_utils.Database, table: str, patient_id: int, cls: type):
    row = db.execute(f"SELECT content FROM {table} WHERE patient_id = ?",
                     [patient_id]).fetchone()
    return from_dict(cls, json.loads(row[0]) if row else {})


def _upsert(db: sqlite_utils.Database, table: str, patient_id: int, record: object) -> None:
    db.execute(
        f"INSERT INTO {table} (patient_id, content, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(patient_id) DO UPDATE SET content = excluded.content, "
        "updated_at = excluded.updated_at",
        [patient_id, json.dumps(to_dict(record), ensure_ascii=False, sort_keys=True), now()])


def _refresh(db: sqlite_utils.Database, patient_id: int) -> None:
    from desktop.store.forms import refresh_summary

    refresh_summary(db, patient_id)


def mark_item_done(db: sqlite_utils.Database, patient_id: int, index: int, date: str,
                   by: str, existing: bool = False) -> None:
    """Mark a checklist item done (unless it already is) through forms.save_checklist, so its
    checklist event is written like any other."""
    from desktop.store.forms import load_checklist, save_checklist

    checklist = load_checklist(db, patient_id)
    items = checklist.existing if existing else checklist.start
    if items[index].state == STATE_DONE and items[index].date:
        return
    items[index] = ChecklistItem(STATE_DONE, date, by, items[index].note)
    save_checklist(db, patient_id, checklist)


# ---------------------------------------------------------------- assessment

def load_assessment(db: sqlite_utils.Database, patient_id: int) -> Assessment:
    return _load(db, "assessments", patient_id, Assessment)


def save_assessment(db: sqlite_utils.Database, patient_id: int,
                    assessment: Assessment) -> Assessment:
    """Save the outcome; a dated outcome also marks checklist item 1 done."""
    assessment = assessment.validated()
    with db.atomic():
        _upsert(db, "assessments", patient_id, assessment)
        if assessment.outcome and assessment.date:
            mark_item_done(db, patient_id, ASSESSMENT_ITEM, assessment.date, assessment.by)
        _refresh(db, patient_id)  # the notice is due "snarest" after the assessment
    return assessment


# ---------------------------------------------------------------- consent to notify

def load_notify_consent(db: sqlite_utils.Database, patient_id: int) -> NotifyConsent:
    return _load(db, "notify_consents", patient_id, NotifyConsent)


def save_notify_consent(db: sqlite_utils.Database, patient_id: int,
                        consent: NotifyConsent) -> NotifyConsent:
    consent = consent.validated()
    with db.atomic():
        old = load_notify_consent(db, patient_id)
        _upsert(db, "notify_consents", patient_id, consent)
        was = (old.date, old.declined)
        if consent.date and (consent.date, consent.declined) != was:
            if consent.declined:
                events.record_event(db, patient_id, events.CONSENT_DECLINED, consent.date,
                                    {"consent": "notify"}, consent.recorded_by)
            else:
                events.record_event(db, patient_id, events.NOTIFY_CONSENT_GIVEN, consent.date,
                                    {"on_behalf": consent.on_behalf}, consent.recorded_by)
    return consent


# ---------------------------------------------------------------- the hospital coordinator

def load_hospital_coordinator(db: sqlite_utils.Database,
                              patient_id: int) -> HospitalCoordinator:
    return _load(db, "hospital_coordinators", patient_id, HospitalCoordinator)


def save_hospital_coordinator(db: sqlite_utils.Database, patient_id: int,
                              coordinator: HospitalCoordinator) -> HospitalCoordinator:
    """Koordinator i spesialisthelsetjenesten, with or without a plan; a new appointment date
    is an event."""
    coordinator = coordinator.validated()
    with db.atomic():
        old = load_hospital_coordinator(db, patient_id)
        _upsert(db, "hospital_coordinators", patient_id, coordinator)
        if coordinator.appointed_date and (coordinator.appointed_date, coordinator.name) != (
                old.appointed_date, old.name):
            events.record_event(db, patient_id, events.COORDINATOR_HOSPITAL,
                                coordinator.appointed_date, {"name": coordinator.name},
                                coordinator.appointed_by)
    return coordinator


# ---------------------------------------------------------------- the state of the IP work

def load_ip_state(db: sqlite_utils.Database, patient_id: int) -> IpState:
    state = _load(db, "ip_states", patient_id, IpState)
    row = db.execute("SELECT ip_state FROM patients WHERE id = ?", [patient_id]).fetchone()
    return dataclasses.replace(state, state=row[0]) if row and row[0] else state


def set_ip_state(db: sqlite_utils.Database, patient_id: int, state: IpState) -> IpState:
    """The user confirms a state (date, by, reason); a change is an event."""
    state = state.validated()
    if not state.date:
        state.date = dt.date.today().isoformat()
    with db.atomic():
        old = load_ip_state(db, patient_id)
        _upsert(db, "ip_states", patient_id, state)
        db.execute("UPDATE patients SET ip_state = ? WHERE id = ?", [state.state, patient_id])
        _refresh(db, patient_id)  # overført and avsluttet mute the deadlines
        if (state.state, state.reason) != (old.state, old.reason):
            events.record_event(db, patient_id, events.STATE_CHANGED, state.date,
                                {"state": state.state, "reason": state.reason}, state.by)
            if state.state == IP_DECLINED and not checklist_declined(db, patient_id):
                events.record_event(db, patient_id, events.DECLINED_IP, state.date, {},
                                    state.by)
    return state


def checklist_declined(db: sqlite_utils.Database, patient_id: int) -> bool:
    from desktop.store.forms import load_checklist

    checklist = load_checklist(db, patient_id)
    return checklist.declined and bool(checklist.declined_date)
