"""Access on a need of service: which patients a session's user may see (those of their
departments), and nødtilgang (emergency access with a reason, logged as such) to any other.
Who is logged in is the caller's store.session.Session, never a global.

Administrators get no patient access by their role alone. A database without any account
(before the first administrator exists) and a demo database used without a user have no
restriction; the window always has a user.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.i18n import translate
from desktop.records_base import PatientSummary, ValidationError
from desktop.store import accounts, policy, settings
from desktop.store.list_filters import NO_FILTER, ListFilter
from desktop.store.log import EMERGENCY, OPEN_PATIENT, REFUSED
from desktop.store.patients import count_patients, find_patient, get_patient, search_patients
from desktop.store.session import Session

if TYPE_CHECKING:
    import sqlite_utils

    from desktop.records_patient import Patient

MIN_REASON_LENGTH = 10


class AccessDenied(ValidationError):
    """The user may not see this patient (without nødtilgang); one Bokmål sentence."""


def visible_departments(session: Session) -> tuple[str, ...] | None:
    """The departments whose patients the session's user sees; None means all. Without a
    user: all on a database without accounts or a demo database (the command line without
    --user), none otherwise."""
    db, user = session.reading, session.user  # reads only (see store/session.py)
    if user is None:
        return None if not accounts.has_accounts(db) or policy.is_demo(db) else ()
    return user.departments


def may_see(session: Session, patient_id: int) -> bool:
    departments = visible_departments(session)
    if departments is None or session.emergency(patient_id) is not None:
        return True
    row = session.reading.execute("SELECT department FROM patients WHERE id = ?",
                                  [patient_id]).fetchone()
    return row is not None and row[0] in departments


def search_visible(session: Session, text: str = "",
                   order: str = "name", descending: bool = False, limit: int = 200,
                   offset: int = 0, quick: ListFilter = NO_FILTER) -> list[PatientSummary]:
    """store.search_patients limited to the user's departments."""
    departments = visible_departments(session)
    if departments == ():
        return []
    return search_patients(session.reading, text, order, descending, limit, offset, departments,
                           quick)


def count_visible(session: Session, text: str = "", cap: int | None = None,
                  quick: ListFilter = NO_FILTER) -> int:
    """store.count_patients limited to the user's departments (``cap``: stop counting there)."""
    departments = visible_departments(session)
    return (0 if departments == ()
            else count_patients(session.reading, text, departments, cap=cap, quick=quick))


def neutral_refusal() -> str:
    """The one sentence for every refused reach for a patient: the same whether the patient
    exists in another department or not at all, so it tells nobody which."""
    return translate("access", "Fant ingen pasient du har tilgang til med dette nummeret. "
                               "Trenger du en pasient i en annen avdeling, bruk nødtilgang i "
                               "vinduet med en begrunnelse.")


def log_refusal(session: Session, action: str, patient_id: int | None, **detail: str) -> None:
    """Log a refused reach in the session's user's name: what was tried, and the patient's id
    when the patient exists ("ukjent" otherwise; never the typed number, never a password).
    Commits on its own when no transaction is open."""
    entry = {"action": action, **detail}
    if patient_id is None:
        entry["patient"] = "ukjent"
    session.log(REFUSED, patient_id, entry)


def _patient(db: sqlite_utils.Database, patient_id: int) -> Patient:
    patient = get_patient(db, patient_id)
    if patient is None:
        raise AccessDenied(translate("access", "Fant ingen pasient med id {id}.").format(
            id=patient_id))
    return patient


def open_patient(session: Session, patient_id: int) -> Patient:
    """Open a patient of the user's departments and log it; anyone else needs nødtilgang. A
    refusal (another department's patient, or none) is logged and says the neutral sentence."""
    patient = get_patient(session.db, patient_id)
    if patient is None or not may_see(session, patient_id):
        log_refusal(session, "open", patient.id if patient else None)
        raise AccessDenied(neutral_refusal())
    session.log(OPEN_PATIENT, patient_id, {"department": patient.department})
    return patient


def _clean_reason(reason: str) -> str:
    return " ".join(reason.split())


def _reason_missing() -> AccessDenied:
    return AccessDenied(translate(
        "access", "Skriv en begrunnelse for nødtilgangen (minst {n} tegn).").format(
            n=MIN_REASON_LENGTH))


def emergency_open(session: Session, patient_id: int, reason: str) -> Patient:
    """Nødtilgang: open any patient with a written reason; logged as an emergency access, and
    the patient stays open to this user until the window locks or logs out, or for the hours an
administrator set (settings.EMERGENCY_HOURS), whichever comes first. Without a reason the
    refusal is logged."""
    reason = _clean_reason(reason)
    if len(reason) < MIN_REASON_LENGTH:
        log_refusal(session, "emergency_no_reason",
                    patient_id if get_patient(session.db, patient_id) else None)
        raise _reason_missing()
    patient = _patient(session.db, patient_id)
    hours = int(settings.EMERGENCY_HOURS.read(session.db))
    session.log(EMERGENCY, patient_id, {"reason": reason, "department": patient.department,
                                        "hours": hours})
    session.grant_emergency(patient_id, reason, hours)
    return patient


def reach_by_number(session: Session, number: str, reason: str) -> Patient:
    """The nødtilgang dialog: the patient with this fødselsnummer, directly when the user may
    see them, otherwise through nødtilgang. Without a reason the refusal is the same whether
    the number belongs to another department's patient or to nobody; every refusal is
    logged."""
    patient = find_patient(session.db, number)
    patient_id = patient.id if patient is not None else None
    if patient is not None and patient_id is not None and may_see(session, patient_id):
        return patient
    if len(_clean_reason(reason)) < MIN_REASON_LENGTH:
        log_refusal(session, "emergency_no_reason", patient_id)
        raise _reason_missing()
    if patient_id is None:
        log_refusal(session, "emergency", None)
        raise AccessDenied(translate("access", "Fant ingen pasient med dette "
                                               "fødselsnummeret."))
    return emergency_open(session, patient_id, reason)
