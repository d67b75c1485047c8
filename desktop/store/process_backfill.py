"""Migration 0009's second half: process events from the data that already exists (checklists,
consents, signed plan versions) and each patient's suggested state of the IP work. Runs once,
inside the migration; the event rules are the same the forms use from then on."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from desktop.records import Checklist, Consent, Signature, from_dict
from desktop.store import event_rules
from desktop.store.ip_work import suggested_ip_state

if TYPE_CHECKING:
    import sqlite_utils


def backfill(db: sqlite_utils.Database) -> None:
    touched: set[int] = set()
    for patient_id, content in db.execute(
            "SELECT patient_id, content FROM checklists ORDER BY patient_id").fetchall():
        checklist = from_dict(Checklist, json.loads(content))
        event_rules.write(db, patient_id, event_rules.checklist_events(Checklist(), checklist))
        touched.add(patient_id)
    for patient_id, number, content in db.execute(
            "SELECT patient_id, number, content FROM consent_versions "
            "ORDER BY patient_id, number").fetchall():
        consent = from_dict(Consent, json.loads(content))
        event_rules.write(db, patient_id, event_rules.consent_events(Consent(), consent, number))
        touched.add(patient_id)
    for patient_id, number, signature in db.execute(
            "SELECT p.patient_id, v.number, v.signature FROM plan_versions v "
            "JOIN plans p ON p.id = v.plan_id WHERE v.signature IS NOT NULL "
            "ORDER BY p.patient_id, v.number").fetchall():
        signed = from_dict(Signature, json.loads(signature))
        if signed.signed_date:
            event_rules.write(db, patient_id, [event_rules.signature_event(signed, number)])
    for (patient_id,) in db.execute("SELECT patient_id FROM plans").fetchall():
        touched.add(patient_id)
    for patient_id in sorted(touched):
        db.execute("UPDATE patients SET ip_state = ? WHERE id = ?",
                   [suggested_ip_state(db, patient_id), patient_id])
