"""FHIR R4 -> the people around the patient (the other direction of ``fhir_people``), read
leniently: the participants from our CareTeam (or any CareTeam whose members carry our kind
codes), meetings from Appointments with their minutes (DocumentReference) and actions (Task),
the kopiliste from Communications. A bundle without them (an older one, another system's)
gives empty records. The participants' ids are their positions (1, 2, …): the meetings and
copies refer to them until the store gives them their own."""

from __future__ import annotations

import base64
import dataclasses
from typing import Any

from desktop.exchange import fhir_access as fa
from desktop.exchange.errors import ExchangeRefused
from desktop.exchange.fhir_people import (
    CS_CHANNEL,
    CS_COPY_WHAT,
    CS_DOCUMENT,
    CS_MEETING_KIND,
    CS_MEETING_PARTICIPATION,
    CS_PARTICIPANT_KIND,
    CS_TASK,
    EXT_COPY,
    EXT_MEETING,
    EXT_PARTICIPANT,
    TEAM_NAME,
    PeopleRecords,
)
from desktop.i18n import translate
from desktop.records import ValidationError
from desktop.records_people import (
    CHANNEL_PAPER,
    CHANNELS,
    KIND_NEXT_OF_KIN,
    KIND_PATIENT,
    KIND_PROVIDER,
    MEETING_KINDS,
    PARTICIPANT_KINDS,
    WHAT_LETTER,
    WHAT_MINUTES,
    WHAT_PLAN,
    Copy,
    Meeting,
    MeetingAction,
    Participant,
)

# Limits of one import, far beyond any real patient (a handful of people, a few meetings a
# year), so that a hostile or broken file cannot fill the store.
MAX_PARTICIPANTS = 1_000
MAX_MEETINGS = 2_000
MAX_COPIES = 20_000

_s, _l, _d = fa.string, fa.as_list, fa.as_dict
_MEMBER_KINDS = {"Patient": KIND_PATIENT, "RelatedPerson": KIND_NEXT_OF_KIN,
                 "Practitioner": KIND_PROVIDER, "PractitionerRole": KIND_PROVIDER}


def _code(concept: Any, system: str) -> str:
    return next((code for sys, code in fa.codes(concept) if sys == system), "")


def _parts(resource: dict, url: str) -> dict[str, Any]:
    """The sub-extensions of our complex extension ``url``: name -> value."""
    found: dict[str, Any] = {}
    for part in _l(fa.ext(resource, url).get("extension")):
        part = _d(part)
        for key, value in part.items():
            if key.startswith("value"):
                found[_s(part.get("url"))] = value
    return found


def _flag(value: Any) -> bool:
    return value is True


def _invalid(error: ValidationError) -> ExchangeRefused:
    return ExchangeRefused(translate(
        "exchange", "Deltakerne eller møtene i filen er ugyldige: {error}").format(error=error))


def local_moment(value: Any, date_only: bool = False) -> str:
    """The store's "2026-03-14T13:00" (or "2026-03-14") from a FHIR dateTime or instant."""
    text = fa.local_time(value)
    if "T" not in text or date_only:
        return text.split("T")[0]
    return text[:16]


# ---------------------------------------------------------------- participants

def _team(ix: Any) -> dict | None:
    teams = ix.of_type("CareTeam")
    return next((t for t in teams if _s(t.get("name")) == TEAM_NAME), None) or next(
        (t for t in teams if any(_code(_first_role(p), CS_PARTICIPANT_KIND)
                                 for p in _l(t.get("participant")))), None)


def _first_role(member: Any) -> dict:
    return fa.first(_d(member).get("role"))


def _participant(ix: Any, member: dict, number: int) -> tuple[Participant, dict | None]:
    role = _first_role(member)
    target = ix.resolve(member.get("member"))
    parts = _parts(member, EXT_PARTICIPANT)
    kind = _s(parts.get("kind")) or _code(role, CS_PARTICIPANT_KIND)
    if kind not in PARTICIPANT_KINDS:
        kind = _MEMBER_KINDS.get(_s((target or {}).get("resourceType")), KIND_PROVIDER)
    period = _d(member.get("period"))
    person = Participant(
        id=number, kind=kind, role=_s(role.get("text")),
        in_group=_flag(parts.get("ansvarsgruppe")), contributes=_s(parts.get("contributes")),
        gets_copy=_flag(parts.get("gets-copy")), when_to_call=_s(parts.get("when-to-call")),
        note=_s(parts.get("note")), organisation=_s(parts.get("organisation"))
        or ix.display(member.get("onBehalfOf")),
        from_date=fa.date(period.get("start")), to_date=fa.date(period.get("end")))
    if kind == KIND_PATIENT or target is None:
        person.name = _s(parts.get("name")) or ix.display(member.get("member"))
        person.phone, person.email = _s(parts.get("phone")), _s(parts.get("email"))
        person.address = _s(parts.get("address"))
    else:
        person.name = fa.name_of(target.get("name")) or ix.display(member.get("member"))
        person.phone = fa.telecom(target.get("telecom"), "phone")
        person.email = fa.telecom(target.get("telecom"), "email")
        person.address = fa.address(target.get("address"))[0]
        if not person.role and target.get("resourceType") == "RelatedPerson":
            person.role = next((_s(_d(r).get("text")) for r in _l(target.get("relationship"))
                                if _s(_d(r).get("text"))), "")
    try:
        return dataclasses.replace(person.validated(), id=number), target
    except ValidationError as error:
        raise _invalid(error) from None


# ---------------------------------------------------------------- meetings

def _meeting(ix: Any, appointment: dict, ids: dict[int, int], minutes: dict[int, str],
             actions: dict[int, list[MeetingAction]]) -> Meeting | None:
    parts = _parts(appointment, EXT_MEETING)
    kind = _code(appointment.get("appointmentType"), CS_MEETING_KIND)
    start = local_moment(appointment.get("start"), _flag(parts.get("date-only")))
    if not start:  # a meeting without a time is not one the program can keep
        return None
    meeting = Meeting(kind=kind if kind in MEETING_KINDS else "samarbeidsmote", starts_at=start,
                      video=_flag(parts.get("video")), agenda=_s(appointment.get("description")),
                      invitation_sent=fa.date(parts.get("invitation-sent")),
                      next_meeting=local_moment(parts.get("next-meeting")),
                      minutes=minutes.get(id(appointment), ""),
                      actions=actions.get(id(appointment), []))
    for person in _l(appointment.get("participant")):
        person = _d(person)
        roles = {_code(t, CS_MEETING_PARTICIPATION) for t in _l(person.get("type"))}
        target = ix.resolve(person.get("actor"))
        if "place" in roles or (target or {}).get("resourceType") == "Location":
            meeting.place = ix.display(person.get("actor"))
            continue
        pid = ids.get(id(target)) if target is not None else None
        if pid is None or "subject" in roles:  # "subject": only there because FHIR wants one
            continue
        if not roles & {"invited", "present"}:  # another system's: invited, present if accepted
            roles = {"invited", *(["present"] if _s(person.get("status")) == "accepted" else [])}
        if "invited" in roles:
            meeting.invited.append(pid)
        if "present" in roles:
            meeting.present.append(pid)
    try:
        return meeting.validated()
    except ValidationError as error:
        raise _invalid(error) from None


def _minutes(ix: Any) -> dict[int, str]:
    found: dict[int, str] = {}
    for document in ix.of_type("DocumentReference"):
        if _code(document.get("type"), CS_DOCUMENT) != "minutes":
            continue
        related = [ix.resolve(r, "Appointment") for r in _l(_d(document.get("context"))
                                                           .get("related"))]
        attachment = _d(fa.first(document.get("content")).get("attachment"))
        data = _s(attachment.get("data"))
        text = base64.b64decode(data, validate=True).decode("utf-8") if data else ""
        for appointment in related:
            if appointment is not None:
                found[id(appointment)] = fa.clean_text(text).strip()
    return found


def _actions(ix: Any) -> dict[int, list[MeetingAction]]:
    found: dict[int, list[MeetingAction]] = {}
    for task in ix.of_type("Task"):
        appointment = ix.resolve(task.get("focus"), "Appointment")
        if appointment is None or _code(task.get("code"), CS_TASK) != "meeting-action":
            continue
        found.setdefault(id(appointment), []).append(MeetingAction(
            what=_s(task.get("description")), who=ix.display(task.get("owner")),
            due=fa.date(_d(_d(task.get("restriction")).get("period")).get("end")),
            done=fa.date(_d(task.get("executionPeriod")).get("end"))))
    return found


# ---------------------------------------------------------------- the kopiliste

def _copy(ix: Any, communication: dict, ids: dict[int, int]) -> Copy | None:
    parts = _parts(communication, EXT_COPY)
    what = _s(parts.get("what")) or next(
        (_code(c, CS_COPY_WHAT) for c in _l(communication.get("category"))), "")
    channel = next((_code(m, CS_CHANNEL) for m in _l(communication.get("medium"))), "")
    recipient = fa.first(communication.get("recipient"))
    target = ix.resolve(recipient)
    name = ix.display(recipient)
    given_on = fa.date(communication.get("sent"))
    if what not in (WHAT_PLAN, WHAT_LETTER, WHAT_MINUTES) or not (name and len(given_on) == 10):
        return None  # not one of our copies
    version = parts.get("version", 0)
    return Copy(participant_id=ids.get(id(target)) if target is not None else None,
                recipient=name, what=what, version_number=version if type(version) is int else 0,
                title=_s(parts.get("title")),
                channel=channel if channel in CHANNELS else CHANNEL_PAPER, given_on=given_on,
                given_by=ix.display(communication.get("sender")))


# ---------------------------------------------------------------- entry point

def read_people(ix: Any) -> PeopleRecords:
    """The people records of a bundle (``ix``: fhir_read's index), or ExchangeRefused."""
    team = _team(ix)
    members = _l((team or {}).get("participant"))
    appointments = ix.of_type("Appointment")
    communications = ix.of_type("Communication")
    if len(members) > MAX_PARTICIPANTS:
        raise fa.too_much(translate("exchange", "deltakere"), MAX_PARTICIPANTS)
    if len(appointments) > MAX_MEETINGS:
        raise fa.too_much(translate("exchange", "møter"), MAX_MEETINGS)
    if len(communications) > MAX_COPIES:
        raise fa.too_much(translate("exchange", "kopier på kopilisten"), MAX_COPIES)
    people = PeopleRecords()
    ids: dict[int, int] = {}  # the resource (by id()) -> the participant's number
    for number, member in enumerate(members, start=1):
        person, target = _participant(ix, _d(member), number)
        people.participants.append(person)
        if target is not None:
            ids.setdefault(id(target), number)
    minutes, actions = _minutes(ix), _actions(ix)
    people.meetings = [m for m in (_meeting(ix, a, ids, minutes, actions) for a in appointments)
                       if m is not None]
    people.copies = [c for c in (_copy(ix, c, ids) for c in communications) if c is not None]
    return people
