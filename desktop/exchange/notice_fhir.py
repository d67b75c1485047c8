"""The notice to the municipality as FHIR R4 resources (docs/fhir-mapping.md, "The notice"):
a ServiceRequest whose performer is the KE's Organization, a Task for the follow-up with the
reply's due date in restriction.period.end, and the Patient. The notice package carries them
as a collection Bundle beside the letter."""

from __future__ import annotations

import datetime as dt

from desktop.exchange.fhir import PREFIX, _Builder, _patient, _prune, _ref, _text, instant
from desktop.records import Patient
from desktop.records_process import (
    NOTICE_ANSWERED,
    NOTICE_CLOSED,
    NOTICE_DRAFT,
    NOTICE_KINDS,
    REPLY_APPOINTED,
    REPLY_OUTCOMES,
    KEUnit,
    Notice,
)

HER_SYSTEM = "urn:oid:2.16.578.1.12.4.1.2"  # the national address register's HER-id
KOMMUNENUMMER_SYSTEM = "urn:oid:2.16.578.1.12.4.1.1.3402"  # kommunenummer (SSB)
CS_NOTICE_KIND = PREFIX + "CodeSystem:notice-kind"
CS_REPLY = PREFIX + "CodeSystem:notice-reply"

_REQUEST_STATUS = {NOTICE_DRAFT: "draft", NOTICE_CLOSED: "completed"}
_TASK_STATUS = {NOTICE_DRAFT: "draft", NOTICE_ANSWERED: "completed", NOTICE_CLOSED: "completed"}


def _organization(unit: KEUnit) -> dict:
    identifiers = [{"system": KOMMUNENUMMER_SYSTEM, "value": unit.kommunenummer}
                   if unit.kommunenummer else None,
                   {"system": HER_SYSTEM, "value": unit.her_id} if unit.her_id else None]
    return {"resourceType": "Organization", "identifier": identifiers,
            "name": ", ".join(v for v in (unit.unit_name, unit.municipality) if v) or None,
            "telecom": [{"system": "phone", "value": unit.phone} if unit.phone else None,
                        {"system": "email", "value": unit.email} if unit.email else None],
            "address": [{"text": unit.address}] if unit.address else []}


def notice_resources(b: _Builder, patient_url: str, notice: Notice, unit: KEUnit) -> str:
    """Add the notice's ServiceRequest and Task to ``b``; returns the ServiceRequest's URL."""
    ke = b.add(_organization(unit))
    notes = [("Aktuelle tjenester og varighet", notice.services),
             ("Pasientens aktivitet i dag", notice.activity),
             ("Formålet med individuell plan", notice.purpose)]
    suggested = notice.suggested
    if suggested.name:
        notes.append(("Forslag til koordinator", ", ".join(
            v for v in (suggested.name, suggested.workplace, suggested.phone) if v)))
    request = b.add({
        "resourceType": "ServiceRequest",
        "status": _REQUEST_STATUS.get(notice.state, "active"),
        "intent": "order" if notice.sent_date else "proposal",
        "code": {"coding": [{"system": CS_NOTICE_KIND, "code": notice.kind,
                             "display": NOTICE_KINDS[notice.kind]}],
                 "text": NOTICE_KINDS[notice.kind]},
        "subject": _ref(patient_url),
        "authoredOn": _text(notice.sent_date),
        "requester": {"display": notice.sent_by} if notice.sent_by else None,
        "performer": [_ref(ke, unit.unit_name or unit.municipality)],
        "note": [{"text": f"{title}: {text}"} for title, text in notes if text],
    })
    outputs = []
    if notice.reply_outcome:
        outputs.append({"type": {"coding": [{"system": CS_REPLY, "code": notice.reply_outcome,
                                             "display": REPLY_OUTCOMES[notice.reply_outcome]}]},
                        "valueString": ", ".join(v for v in (
                            notice.reply_coordinator.name, notice.reply_coordinator.workplace,
                            notice.reply_coordinator.phone, notice.reply_coordinator.email,
                            notice.reply_note) if v) or REPLY_OUTCOMES[notice.reply_outcome]})
    b.add({
        "resourceType": "Task",
        "status": _TASK_STATUS.get(notice.state, "requested"),
        "intent": "order",
        "description": "Oppfølging av svar fra kommunen",
        "focus": _ref(request),
        "for": _ref(patient_url),
        "authoredOn": _text(notice.sent_date),
        "owner": _ref(ke),
        "restriction": {"period": {"end": _text(notice.due_date)}},
        "note": [{"text": f"Purret {notice.reminder_date} ({notice.reminder_how or '–'})"}
                 if notice.reminder_date else None],
        "output": outputs,
        "businessStatus": {"text": "Koordinator oppnevnt"}
        if notice.reply_outcome == REPLY_APPOINTED else None,
    })
    return request


def notice_bundle(patient: Patient, notice: Notice, unit: KEUnit,
                  now: dt.datetime | None = None) -> dict:
    """A collection Bundle: the Patient, the KE's Organization, the ServiceRequest, the Task."""
    b = _Builder()
    notice_resources(b, b.add(_patient(patient)), notice, unit)
    return _prune({"resourceType": "Bundle", "type": "collection",
                   "timestamp": instant(now or dt.datetime.now()), "entry": b.entries})
