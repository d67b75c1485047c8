"""FHIR R4 for issue 12's people around the patient in the plan bundle, written
(docs/fhir-mapping.md, "The people around the patient"): the participants as one CareTeam whose
members are RelatedPerson (next of kin, others the patient wants along), Practitioner (the
professionals, the GP also in Patient.generalPractitioner) or the Patient; the consent's
reservations as deny actors; each meeting as an Appointment with its minutes as a
DocumentReference and its agreed actions as Tasks; the kopiliste as Communication resources.
Reading them back lives in ``fhir_people_read``. ``fhir`` calls ``add_people`` once; this
module imports neither ``fhir`` nor ``fhir_read``."""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from desktop.records_people import (
    KIND_GP,
    KIND_NEXT_OF_KIN,
    KIND_PATIENT,
    Copy,
    Meeting,
    Participant,
)

PREFIX = "urn:individuell-plan:fhir:"
EXT = PREFIX + "StructureDefinition:"
EXT_PARTICIPANT = EXT + "participant"  # on CareTeam.participant: kind details, contribution …
EXT_MEETING = EXT + "meeting"  # on Appointment: date-only, video, invitation-sent, next-meeting
EXT_COPY = EXT + "copy"  # on Communication: what, version, title
CS_PARTICIPANT_KIND = PREFIX + "CodeSystem:participant-kind"
CS_MEETING_KIND = PREFIX + "CodeSystem:meeting-kind"
CS_MEETING_PARTICIPATION = PREFIX + "CodeSystem:meeting-participation"  # invited, present, place
CS_DOCUMENT = PREFIX + "CodeSystem:document"  # minutes
CS_TASK = PREFIX + "CodeSystem:task"  # meeting-action
CS_COPY_WHAT = PREFIX + "CodeSystem:copy-what"
CS_CHANNEL = PREFIX + "CodeSystem:copy-channel"
TEAM_NAME = "Deltakere i planarbeidet"
MINUTES_TYPE = "Referat"
ACTION_TEXT = "Avtalt tiltak fra møte"
RESERVED_ROLE = "Skal ikke involveres"
RELATED_KINDS = (KIND_NEXT_OF_KIN, "companion")  # RelatedPerson; the professionals Practitioner
_V3_ROLE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"


@dataclass
class PeopleRecords:
    """The people around one patient as a handover carries them: participants (their ids are
    the references of the meetings and copies), meetings with actions, the kopiliste, and the
    ids of the participants the consent's reservations name (written, not read)."""
    participants: list[Participant] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    copies: list[Copy] = field(default_factory=list)
    reserved: list[int] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.participants or self.meetings or self.copies)


def load_people(db: sqlite_utils.Database, patient_id: int) -> PeopleRecords:
    from desktop.store import distribution, meetings, participants

    return PeopleRecords(
        participants=participants.list_participants(db, patient_id),
        meetings=meetings.list_meetings(db, patient_id),
        copies=distribution.list_copies(db, patient_id),
        reserved=[p.id for p in participants.reserved_participants(db, patient_id)
                  if p.id is not None])


# ---------------------------------------------------------------- small helpers

def _ref(url: str, display: str = "") -> dict:
    return {"reference": url, "display": display} if display else {"reference": url}


def _or_none(text: str) -> str | None:
    return text or None


def _coding(system: str, code: str) -> dict:
    return {"coding": [{"system": system, "code": code}]}


def _values(url: str, parts: list[tuple[str, str, Any]]) -> dict:
    """A complex extension: one sub-extension per (url, value type, value) that has a value."""
    return {"url": url, "extension": [{"url": name, kind: value} for name, kind, value in parts
                                      if value not in (None, "", False, 0)]}


def moment(iso: str) -> str:
    """A FHIR dateTime from the store's local "2026-03-14T13:00" (a date stays a date)."""
    if "T" not in iso:
        return iso
    return dt.datetime.fromisoformat(iso).astimezone().isoformat(timespec="seconds")


def _entry(b: Any, url: str) -> dict:
    resource: dict = next(e["resource"] for e in b.entries if e["fullUrl"] == url)
    return resource


def _telecom(person: Participant) -> list[dict]:
    return [point for point in ({"system": "phone", "value": person.phone} if person.phone
                                else None,
                                {"system": "email", "value": person.email} if person.email
                                else None) if point]


# ---------------------------------------------------------------- participants

def _member(b: Any, patient_url: str, person: Participant) -> tuple[str, dict]:
    """The participant's own resource (or the Patient) and its CareTeam.participant."""
    details = [("kind", "valueCode", person.kind), ("ansvarsgruppe", "valueBoolean",
                                                    person.in_group),
               ("contributes", "valueString", person.contributes),
               ("gets-copy", "valueBoolean", person.gets_copy),
               ("when-to-call", "valueString", person.when_to_call),
               ("note", "valueString", person.note)]
    onbehalf = None
    if person.kind == KIND_PATIENT:  # the Patient resource is the member; its row's own details
        url = patient_url
        details += [("name", "valueString", person.name), ("phone", "valueString", person.phone),
                    ("email", "valueString", person.email),
                    ("address", "valueString", person.address),
                    ("organisation", "valueString", person.organisation)]
    elif person.kind in RELATED_KINDS:
        url = b.add({
            "resourceType": "RelatedPerson", "patient": _ref(patient_url),
            "relationship": [
                {"coding": [{"system": _V3_ROLE, "code": "NOK", "display": "next of kin"}]}
                if person.kind == KIND_NEXT_OF_KIN else None,
                {"text": person.role} if person.role else None],
            "name": [{"text": person.name}], "telecom": _telecom(person),
            "address": [{"text": person.address}] if person.address else [],
            "period": {"start": _or_none(person.from_date), "end": _or_none(person.to_date)}})
        details.append(("organisation", "valueString", person.organisation))
    else:
        url = b.add({"resourceType": "Practitioner", "name": [{"text": person.name}],
                     "telecom": _telecom(person),
                     "address": [{"text": person.address}] if person.address else []})
        if person.organisation:
            onbehalf = _ref(b.add({"resourceType": "Organization",
                                   "name": person.organisation}), person.organisation)
    role = _coding(CS_PARTICIPANT_KIND, person.kind)
    if person.role:
        role["text"] = person.role
    return url, {"extension": [_values(EXT_PARTICIPANT, details)], "role": [role],
                 "member": _ref(url, person.name), "onBehalfOf": onbehalf,
                 "period": {"start": _or_none(person.from_date),
                            "end": _or_none(person.to_date)}}


def _reservations(b: Any, consent_url: str | None, reserved: list[tuple[str, str]]) -> None:
    """The consent's "not involved" provision also names the reserved participants' resources
    (its first actor stays the consent's own text)."""
    if not (consent_url and reserved):
        return
    consent = _entry(b, consent_url)
    for provision in consent.get("provision", {}).get("provision", []):
        codes = [c.get("code") for concept in provision.get("code", [])
                 for c in concept.get("coding", [])]
        if "reservations" in codes:
            provision["actor"] += [{"role": {"text": RESERVED_ROLE}, "reference": _ref(url, name)}
                                   for url, name in reserved]


# ---------------------------------------------------------------- meetings

def _appointment(b: Any, patient_url: str, meeting: Meeting, urls: dict[int, str],
                 names: dict[int, str]) -> str:
    start = moment(meeting.starts_at if "T" in meeting.starts_at
                   else meeting.starts_at + "T00:00")
    people = []
    for pid in dict.fromkeys(meeting.invited + meeting.present):
        if pid not in urls:
            continue
        roles = [code for code, ids in (("invited", meeting.invited),
                                        ("present", meeting.present)) if pid in ids]
        people.append({"type": [_coding(CS_MEETING_PARTICIPATION, code) for code in roles],
                       "actor": _ref(urls[pid], names[pid]),
                       "status": "accepted" if pid in meeting.present else "needs-action"})
    if meeting.place:
        place = b.add({"resourceType": "Location", "name": meeting.place, "mode": "instance"})
        people.append({"type": [_coding(CS_MEETING_PARTICIPATION, "place")],
                       "actor": _ref(place, meeting.place), "status": "accepted"})
    url = b.add({
        "resourceType": "Appointment",
        "extension": [_values(EXT_MEETING, [
            ("date-only", "valueBoolean", "T" not in meeting.starts_at),
            ("video", "valueBoolean", meeting.video),
            ("invitation-sent", "valueDate", meeting.invitation_sent),
            ("next-meeting", "valueDateTime", moment(meeting.next_meeting))])],
        "status": "fulfilled" if meeting.present or meeting.minutes else "booked",
        "appointmentType": {**_coding(CS_MEETING_KIND, meeting.kind), "text": meeting.kind},
        "description": _or_none(meeting.agenda),
        "start": start, "end": start,  # the program keeps no length of a meeting
        # FHIR wants at least one participant: without any, the patient the meeting is about
        "participant": people or [{"type": [_coding(CS_MEETING_PARTICIPATION, "subject")],
                                   "actor": _ref(patient_url), "status": "needs-action"}],
    })
    if meeting.minutes:
        b.add({"resourceType": "DocumentReference", "status": "current", "docStatus": "final",
               "type": {**_coding(CS_DOCUMENT, "minutes"), "text": MINUTES_TYPE},
               "subject": _ref(patient_url),
               "content": [{"attachment": {
                   "contentType": "text/plain; charset=utf-8", "title": MINUTES_TYPE,
                   "data": base64.b64encode(meeting.minutes.encode("utf-8")).decode("ascii")}}],
               "context": {"related": [_ref(url)]}})
    for action in meeting.actions:
        b.add({"resourceType": "Task", "status": "completed" if action.done else "requested",
               "intent": "plan", "code": {**_coding(CS_TASK, "meeting-action"),
                                          "text": ACTION_TEXT},
               "description": action.what, "focus": _ref(url), "for": _ref(patient_url),
               "owner": {"display": action.who} if action.who else None,
               "restriction": {"period": {"end": _or_none(action.due)}},
               "executionPeriod": {"end": _or_none(action.done)}})
    return url


# ---------------------------------------------------------------- the kopiliste

def _communication(b: Any, patient_url: str, copy: Copy, urls: dict[int, str]) -> str:
    known = copy.participant_id is not None and copy.participant_id in urls
    recipient = (_ref(urls[copy.participant_id], copy.recipient)  # type: ignore[index]
                 if known else {"display": copy.recipient})
    content = (f"Individuell plan, versjon {copy.version_number}" if copy.version_number
               else copy.title or copy.what)
    return str(b.add({
        "resourceType": "Communication", "status": "completed",
        "extension": [_values(EXT_COPY, [("what", "valueCode", copy.what),
                                         ("version", "valueInteger", copy.version_number),
                                         ("title", "valueString", copy.title)])],
        "category": [_coding(CS_COPY_WHAT, copy.what)],
        "medium": [_coding(CS_CHANNEL, copy.channel)],
        "subject": _ref(patient_url),
        "sent": _or_none(copy.given_on),
        "recipient": [recipient],
        "sender": {"display": copy.given_by} if copy.given_by else None,
        "payload": [{"contentString": content}],
    }))


# ---------------------------------------------------------------- the bundle

def add_people(b: Any, patient_url: str, people: PeopleRecords | None,
               consent_url: str | None) -> list[str]:
    """Add the people resources to the builder ``b`` (its ``add(resource) -> url`` and
    ``entries``); the URLs for the Composition's section (the CareTeam, the Appointments, the
    Communications). Nothing for a patient without participants, meetings and copies."""
    if not people:
        return []
    urls: dict[int, str] = {}
    names: dict[int, str] = {}
    members = []
    for person in people.participants:
        url, member = _member(b, patient_url, person)
        if person.id is not None:
            urls[person.id], names[person.id] = url, person.name
        members.append(member)
    section = []
    if members:
        section.append(b.add({"resourceType": "CareTeam", "status": "active", "name": TEAM_NAME,
                              "subject": _ref(patient_url), "participant": members}))
    gps = [(urls[p.id], p.name) for p in people.participants
           if p.kind == KIND_GP and p.id in urls]
    if gps:
        _entry(b, patient_url)["generalPractitioner"] = [_ref(url, name) for url, name in gps]
    _reservations(b, consent_url, [(urls[pid], names[pid]) for pid in people.reserved
                                   if pid in urls])
    section += [_appointment(b, patient_url, m, urls, names) for m in people.meetings]
    section += [_communication(b, patient_url, c, urls) for c in people.copies]
    return section
