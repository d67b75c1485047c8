"""The kopiliste: which plan version, letter or minutes went to whom, when and how. A copy to
anyone but the patient needs the consent that the plan may be shared with the responsibility
group; a copy to a person the patient has reserved against needs a typed reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.i18n import translate
from desktop.records import CONSENT_GIVEN, ValidationError, consent_state
from desktop.records_people import CHANNELS, KIND_PATIENT, WHAT_PLAN, Copy, Participant
from desktop.store import log
from desktop.store.clock import now
from desktop.store.forms import load_checklist, load_consent
from desktop.store.participants import check_reservation, get_participant
from desktop.store.patients import get_patient
from desktop.store.session import Session, as_session

if TYPE_CHECKING:
    import sqlite_utils

_COLUMNS = ("id", "patient_id", "participant_id", "recipient", "what", "version_number",
            "title", "channel", "given_on", "given_by")


def may_share(db: sqlite_utils.Database, patient_id: int, today: dt.date | None = None) -> bool:
    """The consent is in force and lets the plan go to the responsibility group."""
    consent = load_consent(db, patient_id)
    state = consent_state(consent, load_checklist(db, patient_id).declined, today)
    return state == CONSENT_GIVEN and consent.share_with_team


def record_copy(session: Session | sqlite_utils.Database, patient_id: int,
                participant_id: int | None,
                channel: str, *, what: str = WHAT_PLAN, version_number: int = 0,
                title: str = "", reason: str = "", given_by: str | None = None,
                today: dt.date | None = None) -> Copy:
    """Put one copy on the kopiliste (and in the access log). Refused with one Norwegian
    sentence without the consent to share (the patient's own copy needs none; ``participant_id``
    None is the patient); a reserved person needs ``reason`` (participants.ReservationError)."""
    acting = as_session(session)
    db = acting.db
    if channel not in CHANNELS:
        raise ValidationError(translate("records", "Velg hvordan kopien ble gitt."))
    person: Participant | None
    if participant_id is None:
        patient = get_patient(db, patient_id)
        if patient is None:
            raise ValidationError(translate("records", "Fant ikke pasienten."))
        person = Participant(patient_id=patient_id, kind=KIND_PATIENT, name=patient.name)
    else:
        person = get_participant(db, participant_id)
    if person is None or person.patient_id != patient_id:
        raise ValidationError(translate("records", "Fant ikke deltakeren."))
    if person.kind != KIND_PATIENT and not may_share(db, patient_id, today):
        raise ValidationError(translate(
            "records", "Pasienten har ikke samtykket til at planen deles med ansvarsgruppen, "
                       "så ingen andre kan få kopi."))
    copy = Copy(patient_id=patient_id, participant_id=participant_id, recipient=person.name,
                what=what, version_number=version_number, title=title, channel=channel,
                given_on=(today or dt.date.today()).isoformat(),
                given_by=given_by or acting.username)
    with db.atomic():
        check_reservation(acting, patient_id, participant_id, "copy", reason)
        copy.id = db.execute(
            f"INSERT INTO copies ({', '.join(_COLUMNS[1:])}, created_at) "
            f"VALUES ({', '.join('?' * (len(_COLUMNS) - 1))}, ?)",
            [getattr(copy, c) for c in _COLUMNS[1:]] + [now()]).lastrowid
        acting.log(log.COPY, patient_id,
                   {"participant": participant_id, "what": what, "version": version_number,
                    "title": title, "channel": channel})
    return copy


def record_copies(session: Session | sqlite_utils.Database, patient_id: int,
                  participant_ids: Sequence[int | None], channel: str, *, what: str = WHAT_PLAN,
                  version_number: int = 0, title: str = "",
                  reasons: dict[int, str] | None = None, given_by: str | None = None,
                  today: dt.date | None = None) -> list[Copy]:
    """One copy to each of several recipients (an export or letter to the chosen
    participants), all or none: the first refusal leaves the kopiliste as it was."""
    acting = as_session(session)
    reasons = reasons or {}
    with acting.db.atomic():
        return [record_copy(acting, patient_id, pid, channel, what=what,
                            version_number=version_number, title=title,
                            reason=reasons.get(pid, "") if pid is not None else "",
                            given_by=given_by, today=today)
                for pid in dict.fromkeys(participant_ids)]


def list_copies(db: sqlite_utils.Database, patient_id: int,
                version_number: int | None = None, what: str | None = None) -> list[Copy]:
    """The kopiliste of a patient, oldest first; optionally one version or one kind."""
    clauses = ["patient_id = ?"]
    params: list[object] = [patient_id]
    if version_number is not None:
        clauses.append("version_number = ?")
        params.append(version_number)
    if what is not None:
        clauses.append("what = ?")
        params.append(what)
    rows = db.execute(f"SELECT {', '.join(_COLUMNS)} FROM copies WHERE {' AND '.join(clauses)} "
                      "ORDER BY given_on, id", params).fetchall()
    return [Copy(*row) for row in rows]


def copy_recipients(db: sqlite_utils.Database, patient_id: int,
                    version_number: int) -> list[str]:
    """Who got this plan version, each name once in the order given ("Kopi til: …")."""
    names = [c.recipient for c in list_copies(db, patient_id, version_number, WHAT_PLAN)]
    return list(dict.fromkeys(names))
