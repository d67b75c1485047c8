"""Access on a need of service: which patients a session's user may see (those of their
departments), and nødtilgang (emergency access with a reason, logged as such) to any other.
Who is logged in is the caller's store.session.Session, never a global.

Administrators get no patient access by their role alone. A database without any account
(before the first administrator exists) and a demo database used without a user have no
restriction; the window always has a user.
"""

from __future__ import annotations

import sqlite_utils

from desktop.i18n import translate
from desktop.records import Patient, PatientSummary, ValidationError
from desktop.store import accounts, policy
from desktop.store.log import EMERGENCY, OPEN_PATIENT
from desktop.store.patients import count_patients, get_patient, search_patients
from desktop.store.session import Session

MIN_REASON_LENGTH = 10


class AccessDenied(ValidationError):
    """The user may not see this patient (without nødtilgang); one Bokmål sentence."""


def visible_departments(session: Session) -> tuple[str, ...] | None:
    """The departments whose patients the session's user sees; None means all. Without a
    user: all on a database without accounts or a demo database (the command line without
    --user), none otherwise."""
    db, user = session.db, session.user
    if user is None:
        return None if not accounts.has_accounts(db) or policy.is_demo(db) else ()
    return user.departments


def may_see(session: Session, patient_id: int) -> bool:
    departments = visible_departments(session)
    if departments is None or patient_id in session.emergency_patients:
        return True
    row = session.db.execute("SELECT department FROM patients WHERE id = ?",
                             [patient_id]).fetchone()
    return row is not None and row[0] in departments


def search_visible(session: Session, text: str = "",
                   order: str = "name", descending: bool = False, limit: int = 200,
                   offset: int = 0) -> list[PatientSummary]:
    """store.search_patients limited to the user's departments."""
    departments = visible_departments(session)
    if departments == ():
        return []
    return search_patients(session.db, text, order, descending, limit, offset, departments)


def count_visible(session: Session, text: str = "", cap: int | None = None) -> int:
    """store.count_patients limited to the user's departments (``cap``: stop counting there)."""
    departments = visible_departments(session)
    return 0 if departments == () else count_patients(session.db, text, departments, cap=cap)


def _patient(db: sqlite_utils.Database, patient_id: int) -> Patient:
    patient = get_patient(db, patient_id)
    if patient is None:
        raise AccessDenied(translate("access", "Fant ingen pasient med id {id}.").format(
            id=patient_id))
    return patient


def open_patient(session: Session, patient_id: int) -> Patient:
    """Open a patient of the user's departments and log it; anyone else needs nødtilgang."""
    patient = _patient(session.db, patient_id)
    if not may_see(session, patient_id):
        raise AccessDenied(translate(
            "access", "Pasienten hører til en avdeling du ikke har tilgang til. Bruk "
                      "nødtilgang hvis du har tjenstlig behov."))
    session.log(OPEN_PATIENT, patient_id, {"department": patient.department})
    return patient


def emergency_open(session: Session, patient_id: int, reason: str) -> Patient:
    """Nødtilgang: open any patient with a written reason; logged as an emergency access, and
    the patient stays open to this user for the rest of the session."""
    reason = " ".join(reason.split())
    if len(reason) < MIN_REASON_LENGTH:
        raise AccessDenied(translate(
            "access", "Skriv en begrunnelse for nødtilgangen (minst {n} tegn).").format(
                n=MIN_REASON_LENGTH))
    patient = _patient(session.db, patient_id)
    session.log(EMERGENCY, patient_id, {"reason": reason, "department": patient.department})
    session.emergency_patients.add(patient_id)
    return patient
