"""The people around the demo patients: next of kin, GP, service providers and the coordinators
(the ansvarsgruppe), past and coming meetings with minutes and actions, and a kopiliste. Kept
apart from desktop/demo.py with its own random numbers, so the demo patients stay as they were."""

from __future__ import annotations

import datetime as dt
import random

import sqlite_utils

from desktop import store
from desktop.demo_names import FAMILY_NAMES, GIVEN_NAMES, STAFF, _phone
from desktop.records import Patient
from desktop.records_people import (
    CHANNEL_PAPER,
    CHANNEL_POST,
    CHANNEL_SECURE_MAIL,
    KIND_GP,
    KIND_HOSPITAL_COORDINATOR,
    KIND_MUNICIPAL_COORDINATOR,
    KIND_NEXT_OF_KIN,
    KIND_PROVIDER,
    Meeting,
    MeetingAction,
    Participant,
)
from desktop.store import distribution, meetings, participants

RELATIONS = ("mor", "far", "søster", "bror", "samboer", "datter", "sønn")
PROVIDERS = (
    ("miljøterapeut", "Psykisk helse og rus, {kommune} kommune",
     "Samtaler hver uke og hjelp med struktur i hverdagen", "Mandag–fredag 08–15"),
    ("NAV-veileder", "NAV {kommune}", "Arbeidstrening og økonomi", "Tirsdag og torsdag 09–14"),
    ("hjemmesykepleier", "Hjemmesykepleien, {kommune} kommune",
     "Medisiner og tilsyn morgen og kveld", "Hele døgnet"),
    ("behandler", "DPS poliklinikk, Sykehuset Innlandet",
     "Poliklinisk behandling hver 14. dag", "Hverdager 08–15.30"),
    ("fysioterapeut", "Fysio- og ergoterapitjenesten, {kommune} kommune",
     "Trening to ganger i uka", "Hverdager 08–15"),
)


def _name(rng: random.Random, family: str | None = None) -> str:
    return f"{rng.choice(GIVEN_NAMES)} {family or rng.choice(FAMILY_NAMES)}"


def _people(db: sqlite_utils.Database, rng: random.Random, patient: Patient) -> list[Participant]:
    assert patient.id is not None
    plan = store.load_plan(db, patient.id).plan
    kommune = plan.municipality or patient.municipality
    family = patient.name.split()[-1]
    people = [Participant(patient_id=patient.id, kind=KIND_NEXT_OF_KIN, name=_name(rng, family),
                          role=rng.choice(RELATIONS), phone=_phone(rng),
                          contributes="Praktisk støtte og følger til møter", in_group=True,
                          when_to_call="Når som helst"),
              Participant(patient_id=patient.id, kind=KIND_GP, name="Dr. " + _name(rng),
                          role="fastlege", organisation=f"{kommune} legesenter",
                          phone=f"62 {rng.randint(10, 99)} {rng.randint(10, 99)} 00",
                          contributes="Medisinsk oppfølging og legemiddelliste",
                          when_to_call="Hverdager 08–15.30", gets_copy=True)]
    for role, where, contributes, when in rng.sample(PROVIDERS, rng.randint(1, 3)):
        people.append(Participant(patient_id=patient.id, kind=KIND_PROVIDER, name=_name(rng),
                                  role=role, organisation=where.format(kommune=kommune),
                                  phone=_phone(rng), contributes=contributes, in_group=True,
                                  when_to_call=when))
    for kind, coordinator in ((KIND_HOSPITAL_COORDINATOR, plan.hospital_coordinator),
                              (KIND_MUNICIPAL_COORDINATOR, plan.municipal_coordinator)):
        if coordinator.name:
            people.append(Participant(
                patient_id=patient.id, kind=kind, name=coordinator.name, role="koordinator",
                organisation=coordinator.workplace, phone=coordinator.phone,
                email=coordinator.email, address=coordinator.address, in_group=True,
                gets_copy=True, contributes="Samordner planen og kaller inn til møter",
                when_to_call="Hverdager 08–15"))
    return [participants.save_participant(db, p) for p in people]


def _meetings(db: sqlite_utils.Database, rng: random.Random, patient: Patient,
              people: list[Participant], today: dt.date) -> None:
    group = [p.id for p in people if p.in_group and p.id is not None]
    held = today - dt.timedelta(days=rng.randint(10, 40))
    coming = today + dt.timedelta(days=rng.randint(3, 30))
    who = [p.name for p in people if p.in_group]
    meetings.save_meeting(db, Meeting(
        patient_id=patient.id, kind="ansvarsgruppemote", starts_at=f"{held.isoformat()}T13:00",
        place="Møterom 2, DPS", invited=group, present=group[:-1] if len(group) > 2 else group,
        invitation_sent=(held - dt.timedelta(days=14)).isoformat(),
        agenda="1. Hvordan går det?\n2. Bolig\n3. Aktivitet på dagtid\n4. Neste møte",
        minutes=f"{patient.name.split()[0]} forteller at søvnen er bedre. Søknad om bolig er "
                "sendt. Ønsker å prøve arbeidstrening fra neste måned.",
        actions=[MeetingAction("Sende søknad om kommunal bolig", rng.choice(who),
                               (held + dt.timedelta(days=7)).isoformat(),
                               (held + dt.timedelta(days=5)).isoformat()),
                 MeetingAction("Avklare arbeidstrening med NAV", rng.choice(who),
                               (today + dt.timedelta(days=rng.randint(-3, 20))).isoformat())],
        next_meeting=coming.isoformat()))
    if rng.random() < 0.7:  # the coming meeting is in the calendar (now and then late notice)
        sent = coming - dt.timedelta(days=rng.choice((3, 10, 14)))
        meetings.save_meeting(db, Meeting(
            patient_id=patient.id, kind="ansvarsgruppemote",
            starts_at=f"{coming.isoformat()}T10:00", place="Video (Teams)", video=True,
            invited=group, invitation_sent=min(sent, today).isoformat(),
            agenda="1. Status siden sist\n2. Arbeidstrening\n3. Evaluering av planen"))


def _earlier_meeting(db: sqlite_utils.Database, rng: random.Random, patient: Patient,
                     people: list[Participant], today: dt.date) -> None:
    """The samarbeidsmøte that started the cooperation, months back (so the indicators' I9
    has meetings in every tertial of the last two years, not only the last weeks)."""
    group = [p.id for p in people if p.in_group and p.id is not None]
    held = today - dt.timedelta(days=rng.randint(60, 700))
    meetings.save_meeting(db, Meeting(
        patient_id=patient.id, kind="samarbeidsmote", starts_at=f"{held.isoformat()}T09:00",
        place="Møterom 1", invited=group, present=group,
        invitation_sent=(held - dt.timedelta(days=10)).isoformat(),
        agenda="1. Behovet for koordinerte tjenester\n2. Hvem gjør hva\n3. Individuell plan",
        minutes="Enige om å melde behov for individuell plan til kommunen."))


def add_demo_people(db: sqlite_utils.Database, patient: Patient, stage: str,
                    today: dt.date) -> None:
    """Participants, meetings and a kopiliste for a demo patient with a plan in the works."""
    if stage in ("new", "assessing", "declined", "consented"):
        return
    assert patient.id is not None
    rng = random.Random(f"people-{patient.id_number}")
    people = _people(db, rng, patient)
    _meetings(db, rng, patient, people, today)
    _earlier_meeting(db, rng, patient, people, today)
    signed_versions = [v for v in store.plan_versions(db, patient.id) if v.frozen]
    if not signed_versions or not distribution.may_share(db, patient.id, today):
        return
    version = signed_versions[-1]
    assert version.signature is not None  # frozen versions are signed
    signed = dt.date.fromisoformat(version.signature.signed_date)
    given_on = min(signed, today)
    distribution.record_copy(db, patient.id, None, CHANNEL_PAPER, version_number=version.number,
                             given_by=rng.choice(STAFF), today=given_on)
    for person in people:
        if person.gets_copy:
            channel = CHANNEL_POST if person.kind == KIND_GP else CHANNEL_SECURE_MAIL
            distribution.record_copy(db, patient.id, person.id, channel,
                                     version_number=version.number,
                                     given_by=rng.choice(STAFF), today=given_on)
