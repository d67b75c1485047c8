"""Patients: add, update, find, and the fast search behind the patient list."""

from __future__ import annotations

from collections.abc import Sequence

import sqlite_utils

from desktop.i18n import translate
from desktop.records import Patient, PatientSummary, ValidationError, format_partial_date
from desktop.store.db import now

# Norwegian alphabetical order: æ, ø, å after z (SQLite's binary order would put å first).
_SORT_MAP = str.maketrans({"æ": "{", "ø": "|", "å": "}", "ä": "{", "ö": "|", "é": "e", "ü": "y"})

SORT_COLUMNS = {
    "name": "sort_name",
    "birth_date": "birth_date",
    "department": "department",
    "consent": "consent_state",
    "plan_from": "plan_from",
    "evaluation_date": "evaluation_date",
    "plan_status": "plan_status",
    "ip_state": "ip_state",
    "next_deadline": "next_deadline",
}

_SUMMARY_COLUMNS = ("id, name, birth_date, id_number, department, consent_state, consent_to, "
                    "plan_from, plan_to, evaluation_date, plan_status, plan_version, ip_state, "
                    "next_deadline, next_deadline_kind")
_PATIENT_FIELDS = ("name", "birth_date", "id_number", "address", "phone", "department",
                   "municipality")


def sort_key(name: str) -> str:
    return name.casefold().translate(_SORT_MAP)


def search_text(patient: Patient) -> str:
    """What search-as-you-type matches: name, birth date both ways, and the id number."""
    return " ".join([patient.name.casefold(), patient.birth_date,
                     format_partial_date(patient.birth_date), patient.id_number])


def _row(patient: Patient) -> dict:
    row = {name: getattr(patient, name) for name in _PATIENT_FIELDS}
    row["sort_name"] = sort_key(patient.name)
    row["search_text"] = search_text(patient)
    row["updated_at"] = now()
    return row


def _check_unique_number(db: sqlite_utils.Database, patient: Patient) -> None:
    if not patient.id_number:
        return
    clash = db.execute("SELECT id FROM patients WHERE id_number = ? AND id IS NOT ?",
                       [patient.id_number, patient.id]).fetchone()
    if clash:
        raise ValidationError(translate(
            "records", "Det finnes allerede en pasient med dette fødselsnummeret."))


def add_patient(db: sqlite_utils.Database, patient: Patient) -> Patient:
    """Validate and insert; returns the stored patient with its id."""
    patient = patient.validated()
    with db.atomic():
        _check_unique_number(db, patient)
        row = _row(patient)
        row["created_at"] = row["updated_at"]
        cursor = db.execute(
            f"INSERT INTO patients ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()))
    patient.id = cursor.lastrowid
    return patient


def update_patient(db: sqlite_utils.Database, patient: Patient) -> Patient:
    patient = patient.validated()
    with db.atomic():
        _check_unique_number(db, patient)
        row = _row(patient)
        db.execute(f"UPDATE patients SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
                   [*row.values(), patient.id])
    return patient


def get_patient(db: sqlite_utils.Database, patient_id: int) -> Patient | None:
    row = db.execute(f"SELECT id, {', '.join(_PATIENT_FIELDS)} FROM patients WHERE id = ?",
                     [patient_id]).fetchone()
    if row is None:
        return None
    return Patient(*row)


def find_patient(db: sqlite_utils.Database, key: str) -> Patient | None:
    """A patient by the program's id or by fødselsnummer / D-nummer."""
    key = key.strip()
    if not (key.isascii() and key.isdigit()):  # isdigit() alone accepts "１２" and "١٢"
        return None
    if len(key) == 11:
        row = db.execute("SELECT id FROM patients WHERE id_number = ?", [key]).fetchone()
        return get_patient(db, row[0]) if row else None
    return get_patient(db, int(key))


def _like(word: str) -> str:
    """A LIKE pattern matching ``word`` anywhere, with LIKE's own characters escaped."""
    for char in ("\\", "%", "_"):
        word = word.replace(char, "\\" + char)
    return f"%{word}%"


def _where(text: str, departments: Sequence[str] | None = None) -> tuple[str, list[str]]:
    """The WHERE clause for every word of ``text`` and, when given, the departments."""
    words = text.casefold().split()
    clauses = ["search_text LIKE ? ESCAPE '\\'" for _ in words]
    params = [_like(word) for word in words]
    if departments is not None:
        clauses.append(f"department IN ({', '.join('?' * len(departments))})")
        params.extend(departments)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def search_patients(db: sqlite_utils.Database, text: str = "", order: str = "name",
                    descending: bool = False, limit: int = 200, offset: int = 0,
                    departments: Sequence[str] | None = None) -> list[PatientSummary]:
    """One page of the patient list, matching every word of ``text`` (and, when given, only
    patients of ``departments``)."""
    where, params = _where(text, departments)
    column = SORT_COLUMNS.get(order, "sort_name")
    direction = "DESC" if descending else "ASC"
    ordering = f"ORDER BY {column} {direction}, sort_name {direction}, id LIMIT ? OFFSET ?"
    if not text.split():  # the whole list: walk the index of the sort column
        rows = db.execute(f"SELECT {_SUMMARY_COLUMNS} FROM patients {where} {ordering}",
                          [*params, limit, offset]).fetchall()
        return [PatientSummary(*row) for row in rows]
    # a search: scan the narrow covering index for the page's ids, then read those rows
    ids = [row[0] for row in db.execute(
        f"SELECT id FROM patients INDEXED BY patients_search {where} {ordering}",
        [*params, limit, offset])]
    if not ids:
        return []
    rows = db.execute(f"SELECT {_SUMMARY_COLUMNS} FROM patients "
                      f"WHERE id IN ({', '.join('?' * len(ids))})", ids).fetchall()
    by_id = {row[0]: PatientSummary(*row) for row in rows}
    return [by_id[i] for i in ids]


def count_patients(db: sqlite_utils.Database, text: str = "",
                   departments: Sequence[str] | None = None) -> int:
    where, params = _where(text, departments)
    hint = "INDEXED BY patients_search" if text.split() else ""
    return db.execute(f"SELECT COUNT(*) FROM patients {hint} {where}", params).fetchone()[0]


def patient_summary(db: sqlite_utils.Database, patient_id: int) -> PatientSummary | None:
    row = db.execute(f"SELECT {_SUMMARY_COLUMNS} FROM patients WHERE id = ?",
                     [patient_id]).fetchone()
    return PatientSummary(*row) if row else None
