"""Print snapshots: the first print of a signed plan version fixes its print date, patient block
and logo, so a reprint of that version is the same document, byte for byte."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.records import Patient, from_dict, to_dict
from desktop.store.clock import now
from desktop.store.seals import seal_snapshot

if TYPE_CHECKING:
    import sqlite_utils


@dataclass
class PrintSnapshot:
    printed_on: str  # ISO date printed on every page of the version
    patient: Patient
    logo: bytes | None  # None: the program's neutral default logo


def get_snapshot(db: sqlite_utils.Database, patient_id: int,
                 version_number: int) -> PrintSnapshot | None:
    row = db.execute("SELECT printed_on, patient, logo FROM print_snapshots "
                     "WHERE patient_id = ? AND version_number = ?",
                     [patient_id, version_number]).fetchone()
    if row is None:
        return None
    printed_on, patient, logo = row
    return PrintSnapshot(printed_on, from_dict(Patient, json.loads(patient)),
                         bytes(logo) if logo is not None else None)


def snapshot_for_print(db: sqlite_utils.Database, patient_id: int, version_number: int,
                       patient: Patient, logo: bytes | None,
                       today: dt.date | None = None) -> PrintSnapshot:
    """The stored snapshot of this signed version, written now from ``patient`` and ``logo``
    when the version has never been printed since it was signed."""
    existing = get_snapshot(db, patient_id, version_number)
    if existing is not None:
        return existing
    printed_on = (today or dt.date.today()).isoformat()
    content = json.dumps(to_dict(patient), ensure_ascii=False, sort_keys=True)
    try:
        with db.atomic():
            db.execute("INSERT INTO print_snapshots (patient_id, version_number, printed_on, "
                       "patient, logo, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                       [patient_id, version_number, printed_on, content, logo, now()])
            seal_snapshot(db, patient_id, version_number)
    except sqlite3.IntegrityError:  # another window printed it first: use theirs
        existing = get_snapshot(db, patient_id, version_number)
        if existing is not None:
            return existing
        raise
    return PrintSnapshot(printed_on, from_dict(Patient, json.loads(content)), logo)
