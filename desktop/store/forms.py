"""The four forms: checklist and consent per patient, and the plan (with existing decisions)
in numbered versions, where a signed version is frozen and the next edit starts a new one."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.i18n import translate
from desktop.records import (
    CHECKLIST_EXISTING,
    CHECKLIST_START,
    CONSENT_EXPIRED,
    CONSENT_GIVEN,
    Checklist,
    ChecklistItem,
    Consent,
    Plan,
    PlanVersion,
    Signature,
    ValidationError,
    from_dict,
    to_dict,
)
from desktop.records_process import ConsentVersion, version_state
from desktop.store import consents, event_rules
from desktop.store.clock import now
from desktop.store.queries_ui import forget_staff_names
from desktop.store.seals import seal_version
from desktop.store.session import Session, as_session

if TYPE_CHECKING:
    import sqlite_utils


def _dump(record: object) -> str:
    return json.dumps(to_dict(record), ensure_ascii=False, sort_keys=True)


def _load(text: str | None) -> dict:
    return json.loads(text) if text else {}


def _fit(items: list[ChecklistItem], size: int) -> list[ChecklistItem]:
    return (items + [ChecklistItem() for _ in range(size)])[:size]


# ---------------------------------------------------------------- checklist and consent

def load_checklist(db: sqlite_utils.Database, patient_id: int) -> Checklist:
    row = db.execute("SELECT content FROM checklists WHERE patient_id = ?",
                     [patient_id]).fetchone()
    checklist = from_dict(Checklist, _load(row[0] if row else None))
    checklist.start = _fit(checklist.start, len(CHECKLIST_START))
    checklist.existing = _fit(checklist.existing, len(CHECKLIST_EXISTING))
    return checklist


def load_consent(db: sqlite_utils.Database, patient_id: int) -> Consent:
    """The newest consent version (store/consents.py keeps the older ones)."""
    newest = consents.newest_version(db, patient_id)
    return newest.consent if newest else Consent()


def _upsert(db: sqlite_utils.Database, table: str, patient_id: int, record: object) -> None:
    db.execute(
        f"INSERT INTO {table} (patient_id, content, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(patient_id) DO UPDATE SET content = excluded.content, "
        "updated_at = excluded.updated_at",
        [patient_id, _dump(record), now()])


def save_checklist(db: sqlite_utils.Database, patient_id: int, checklist: Checklist) -> None:
    """Save the checklist and, in the same transaction, the events its new dates cause."""
    with db.atomic():
        before = load_checklist(db, patient_id)
        _upsert(db, "checklists", patient_id, checklist)
        event_rules.write(db, patient_id, event_rules.checklist_events(before, checklist))
        refresh_summary(db, patient_id)
    forget_staff_names(db)


def save_consent(db: sqlite_utils.Database, patient_id: int, consent: Consent) -> None:
    """Save into the newest consent version (version 1 when there is none yet)."""
    with db.atomic():
        newest = consents.newest_version(db, patient_id)
        consents.write_version(db, patient_id, newest.number if newest else 1, consent)
        refresh_summary(db, patient_id)


# ---------------------------------------------------------------- plan versions

def _version(row: tuple) -> PlanVersion:
    number, content, signature, created, updated = row
    return PlanVersion(
        number=number,
        plan=from_dict(Plan, _load(content)),
        signature=from_dict(Signature, _load(signature)) if signature else None,
        created_at=created,
        updated_at=updated,
    )


_VERSION_SELECT = ("SELECT v.number, v.content, v.signature, v.created_at, v.updated_at "
                   "FROM plan_versions v JOIN plans p ON p.id = v.plan_id WHERE p.patient_id = ?")


def current_version(db: sqlite_utils.Database, patient_id: int) -> PlanVersion | None:
    row = db.execute(_VERSION_SELECT + " ORDER BY v.number DESC LIMIT 1", [patient_id]).fetchone()
    return _version(row) if row else None


def load_plan(db: sqlite_utils.Database, patient_id: int) -> PlanVersion:
    """The version to show and edit: the newest, or an empty first draft."""
    return current_version(db, patient_id) or PlanVersion(number=1)


def plan_versions(db: sqlite_utils.Database, patient_id: int) -> list[PlanVersion]:
    rows = db.execute(_VERSION_SELECT + " ORDER BY v.number", [patient_id]).fetchall()
    return [_version(row) for row in rows]


def get_version(db: sqlite_utils.Database, patient_id: int, number: int) -> PlanVersion | None:
    row = db.execute(_VERSION_SELECT + " AND v.number = ?", [patient_id, number]).fetchone()
    return _version(row) if row else None


def _written_version(db: sqlite_utils.Database, patient_id: int, number: int) -> PlanVersion:
    """The version this transaction has just written (it exists)."""
    version = get_version(db, patient_id, number)
    assert version is not None
    return version


def _plan_id(db: sqlite_utils.Database, patient_id: int) -> int:
    row = db.execute("SELECT id FROM plans WHERE patient_id = ?", [patient_id]).fetchone()
    if row:
        return row[0]
    plan_id = db.execute("INSERT INTO plans (patient_id, created_at) VALUES (?, ?)",
                         [patient_id, now()]).lastrowid
    assert plan_id is not None
    return plan_id


def save_plan(db: sqlite_utils.Database, patient_id: int, plan: Plan) -> PlanVersion:
    """Save the plan into the current draft; if the newest version is signed, start a new one."""
    with db.atomic():
        plan_id = _plan_id(db, patient_id)
        current = current_version(db, patient_id)
        stamp = now()
        if current is None or current.frozen:
            number = 1 if current is None else current.number + 1
            db.execute(
                "INSERT INTO plan_versions (plan_id, number, content, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?)", [plan_id, number, _dump(plan), stamp, stamp])
        else:
            number = current.number
            db.execute("UPDATE plan_versions SET content = ?, updated_at = ? "
                       "WHERE plan_id = ? AND number = ?", [_dump(plan), stamp, plan_id, number])
        refresh_summary(db, patient_id)
    return _written_version(db, patient_id, number)


def add_plan_version(session: Session | sqlite_utils.Database, patient_id: int, plan: Plan,
                     signature: Signature | None = None) -> PlanVersion:
    """Append a new version whatever the state of the current one (used by import); the
    previous versions stay in the history untouched. A signed one is sealed in the session's
    user's name."""
    session = as_session(session)
    db = session.db
    with db.atomic():
        plan_id = _plan_id(db, patient_id)
        current = current_version(db, patient_id)
        number = 1 if current is None else current.number + 1
        stamp = now()
        db.execute(
            "INSERT INTO plan_versions (plan_id, number, content, signature, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            [plan_id, number, _dump(plan), _dump(signature) if signature else None, stamp, stamp])
        if signature is not None:  # an imported signed version: sealed like one signed here
            seal_version(db, patient_id, number, {"signed_date": signature.signed_date,
                                                  "channel": "import"}, user=session.username)
        refresh_summary(db, patient_id)
    return _written_version(db, patient_id, number)


def sign_version(session: Session | sqlite_utils.Database, patient_id: int,
                 signature: Signature) -> PlanVersion:
    """Record the paper signatures on the current draft; this freezes it, and the signing is
    logged in the session's user's name with the version's seal (store/seals.py) in the same
    transaction."""
    session = as_session(session)
    db = session.db
    with db.atomic():
        current = current_version(db, patient_id)
        if current is None:
            current = save_plan(db, patient_id, Plan())
        if current.frozen:
            raise ValidationError(translate("records", "Denne versjonen er allerede signert."))
        if not signature.signed_date:
            raise ValidationError(translate("records", "Skriv datoen planen ble signert."))
        if not signature.recorded_at:
            signature.recorded_at = now()
        db.execute("UPDATE plan_versions SET signature = ?, updated_at = ? "
                   "WHERE plan_id = ? AND number = ?",
                   [_dump(signature), now(), _plan_id(db, patient_id), current.number])
        event_rules.write(db, patient_id, [event_rules.signature_event(signature,
                                                                       current.number)])
        seal_version(db, patient_id, current.number, {"signed_date": signature.signed_date},
                     user=session.username)
        refresh_summary(db, patient_id)
    return _written_version(db, patient_id, current.number)


# ---------------------------------------------------------------- the list's summary columns

SummaryHook = Callable[["sqlite_utils.Database", int], None]
SUMMARY_HOOKS: list[SummaryHook] = []  # more list columns kept by other modules (deadlines)


def refresh_summary(db: sqlite_utils.Database, patient_id: int) -> None:
    """Copy what the patient list shows from the forms into the patient row (same transaction);
    then let every hook in SUMMARY_HOOKS refresh its own columns."""
    consent = load_consent(db, patient_id)
    checklist = load_checklist(db, patient_id)
    version = current_version(db, patient_id)
    state = version_state(consent, checklist.declined)  # a tick without a date: incomplete
    if state == CONSENT_EXPIRED:  # expiry is judged when shown, against the day's date
        state = CONSENT_GIVEN
    plan = version.plan if version else Plan()
    db.execute(
        "UPDATE patients SET consent_state = ?, consent_to = ?, plan_from = ?, plan_to = ?, "
        "evaluation_date = ?, plan_status = ?, plan_version = ?, updated_at = ? WHERE id = ?",
        [state, consent.valid_to, plan.valid_from, plan.valid_to, plan.evaluation_date,
         version.status if version else "", version.number if version else 0, now(),
         patient_id])
    for hook in SUMMARY_HOOKS:
        hook(db, patient_id)


# ---------------------------------------------------------------- consent versions

def save_consent_version(db: sqlite_utils.Database, patient_id: int, number: int,
                         consent: Consent) -> ConsentVersion:
    """Save an edit of any existing version (a withdrawal of an older one stays on it)."""
    with db.atomic():
        if consents.get_consent_version(db, patient_id, number) is None:
            raise LookupError(number)
        consents.write_version(db, patient_id, number, consent)
        refresh_summary(db, patient_id)
    return consents.stored(consents.get_consent_version(db, patient_id, number))


def new_consent_version(db: sqlite_utils.Database, patient_id: int,
                        consent: Consent | None = None) -> ConsentVersion:
    """Start the next numbered version (for a new plan period); it becomes the newest."""
    with db.atomic():
        newest = consents.newest_version(db, patient_id)
        number = newest.number + 1 if newest else 1
        consents.write_version(db, patient_id, number, consent or Consent())
        refresh_summary(db, patient_id)
    return consents.stored(consents.get_consent_version(db, patient_id, number))
