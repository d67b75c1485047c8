"""Where a patient's IP work stands, read from what was recorded: the facts the next state is
suggested from, and the two flags hospital messages carry (Individuell plan foreligger,
Koordinator oppnevnt). Read-only; above store/process.py and store/notices.py, which it reads."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from desktop.records import Checklist, Plan, PlanVersion
from desktop.records_process import (
    IP_ACTIVE,
    IP_STARTED,
    IP_TRANSFERRED,
    REPLY_APPOINTED,
    Contact,
    HospitalCoordinator,
    Notice,
    ProcessFacts,
    suggest_state,
)
from desktop.store.forms import current_version
from desktop.store.notices import newest_notice, patient_notices
from desktop.store.process import (
    checklist_declined,
    load_assessment,
    load_hospital_coordinator,
    load_ip_state,
)

if TYPE_CHECKING:
    import sqlite_utils


def process_facts(db: sqlite_utils.Database, patient_id: int) -> ProcessFacts:
    return _facts_and_version(db, patient_id)[0]


# the current plan version and the checklist a caller has just read from the store (a patient's
# opening): the flags are read without parsing them again
JustRead = tuple[PlanVersion | None, Checklist]


def _facts_and_version(db: sqlite_utils.Database, patient_id: int, read: JustRead | None = None,
                       notices: list[Notice] | None = None
                       ) -> tuple[ProcessFacts, PlanVersion | None]:
    """The facts, and the current plan version they were read from (parsed once);
    ``notices``: the patient's notices, when the caller has read them."""
    if notices is None:
        notice = newest_notice(db, patient_id)
    else:
        notice = notices[-1] if notices else None
    if read is None:
        version, declined = current_version(db, patient_id), checklist_declined(db, patient_id)
    else:
        version, declined = read[0], read[1].declined and bool(read[1].declined_date)
    signed = db.execute(
        "SELECT 1 FROM plan_versions v JOIN plans p ON p.id = v.plan_id "
        "WHERE p.patient_id = ? AND v.signature IS NOT NULL LIMIT 1", [patient_id]).fetchone()
    return ProcessFacts(
        current=load_ip_state(db, patient_id).state,
        declined=declined,
        assessment=load_assessment(db, patient_id).outcome,
        notice_state=notice.state if notice else "",
        reply_outcome=notice.reply_outcome if notice else "",
        plan_started=version is not None and version.plan != Plan(),
        plan_signed=signed is not None), version


def suggested_ip_state(db: sqlite_utils.Database, patient_id: int) -> str:
    """The next state that what was recorded points to, for the user to confirm."""
    return suggest_state(process_facts(db, patient_id))


# ---------------------------------------------------------------- the two flags

FLAG_NO = "nei"
FLAG_STARTED = "påbegynt"
FLAG_YES = "ja"


@dataclasses.dataclass
class Flags:
    """Individuell plan foreligger (nei / påbegynt / ja) and Koordinator oppnevnt (None: nei)."""
    plan: str = FLAG_NO
    coordinator: Contact | None = None


def flags(db: sqlite_utils.Database, patient_id: int, read: JustRead | None = None) -> Flags:
    """``read``: the current version and checklist just read from the store, if at hand."""
    return flags_state_and_hospital(db, patient_id, read)[0]


def flags_state_and_hospital(db: sqlite_utils.Database, patient_id: int,
                             read: JustRead | None = None
                             ) -> tuple[Flags, str, HospitalCoordinator]:
    """The flags, the state of the IP work and the hospital's coordinator, each read once
    (the workspace's header shows all three at every opening of a patient)."""
    notices = patient_notices(db, patient_id)
    facts, version = _facts_and_version(db, patient_id, read, notices)
    if facts.plan_signed or facts.current in (IP_ACTIVE, IP_TRANSFERRED):
        plan = FLAG_YES
    elif facts.plan_started or facts.current == IP_STARTED:
        plan = FLAG_STARTED
    else:
        plan = FLAG_NO
    coordinator = None
    for notice in reversed(notices):
        if notice.reply_outcome == REPLY_APPOINTED and notice.reply_coordinator.name:
            coordinator = notice.reply_coordinator
            break
    if coordinator is None and version and version.plan.municipal_coordinator.name:
        c = version.plan.municipal_coordinator
        coordinator = Contact(c.name, c.workplace, c.phone, c.email)
    hospital = load_hospital_coordinator(db, patient_id)
    if coordinator is None and hospital.name:
        coordinator = Contact(hospital.name, hospital.workplace, hospital.phone, hospital.email)
    return Flags(plan, coordinator), facts.current, hospital
