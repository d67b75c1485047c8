"""Consent versions: every consent to the plan is its own numbered version (a new plan period
gets a new one); the newest is the one the list and the header show, and a withdrawal stays on
the version it belongs to. ``forms.load_consent`` / ``forms.save_consent`` work on the newest."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from desktop.records import Consent, from_dict, to_dict
from desktop.records_process import ConsentVersion
from desktop.store import event_rules
from desktop.store.clock import now

if TYPE_CHECKING:
    import sqlite_utils

_SELECT = "SELECT number, content, created_at, updated_at FROM consent_versions"


def _version(row: tuple) -> ConsentVersion:
    number, content, created, updated = row
    return ConsentVersion(number=number, consent=from_dict(Consent, json.loads(content)),
                          created_at=created, updated_at=updated)


def consent_versions(db: sqlite_utils.Database, patient_id: int) -> list[ConsentVersion]:
    """Every consent version of the patient, oldest first."""
    rows = db.execute(f"{_SELECT} WHERE patient_id = ? ORDER BY number", [patient_id])
    return [_version(row) for row in rows]


def newest_version(db: sqlite_utils.Database, patient_id: int) -> ConsentVersion | None:
    row = db.execute(f"{_SELECT} WHERE patient_id = ? ORDER BY number DESC LIMIT 1",
                     [patient_id]).fetchone()
    return _version(row) if row else None


def version_at(db: sqlite_utils.Database, patient_id: int, stamp: str) -> ConsentVersion | None:
    """The consent version that was the newest at ``stamp`` (a store timestamp): the newest
    one made before it, else the oldest. A signed plan prints the consent of its own period,
    so a new consent version for a new plan period leaves its reprint as it was."""
    versions = consent_versions(db, patient_id)
    before = [v for v in versions if v.created_at < stamp]
    return before[-1] if before else (versions[0] if versions else None)


def get_consent_version(db: sqlite_utils.Database, patient_id: int,
                        number: int) -> ConsentVersion | None:
    row = db.execute(f"{_SELECT} WHERE patient_id = ? AND number = ?",
                     [patient_id, number]).fetchone()
    return _version(row) if row else None


def write_version(db: sqlite_utils.Database, patient_id: int, number: int,
                  consent: Consent) -> None:
    """Insert or replace version ``number`` and write the events its new dates cause (inside
    the caller's transaction; the caller refreshes the patient's list columns)."""
    old = get_consent_version(db, patient_id, number)
    content = json.dumps(to_dict(consent), ensure_ascii=False, sort_keys=True)
    stamp = now()
    db.execute(
        "INSERT INTO consent_versions (patient_id, number, content, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(patient_id, number) DO UPDATE SET "
        "content = excluded.content, updated_at = excluded.updated_at",
        [patient_id, number, content, stamp, stamp])
    event_rules.write(db, patient_id, event_rules.consent_events(
        old.consent if old else Consent(), consent, number))


def stored(version: ConsentVersion | None) -> ConsentVersion:
    """The version just written (it is there: the caller wrote it in this transaction)."""
    assert version is not None
    return version
