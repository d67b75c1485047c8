"""The demo's process around the plan: the KE directory, the assessment, the hospital
coordinator, the consent to notify, notices with their reminders and replies, and the confirmed
state, in a believable order (informed before consent, consent to notify before the notice,
replies after notices). Fictional phone numbers and addresses only."""

from __future__ import annotations

import datetime as dt
import random

import sqlite_utils

from desktop.records import Patient
from desktop.records_process import (
    ASSESS_IP,
    ASSESS_WAITING,
    BEHALF_PARENTS,
    NOTICE_IP,
    REPLY_APPOINTED,
    Assessment,
    Contact,
    HospitalCoordinator,
    IpState,
    KEUnit,
    Notice,
    NotifyConsent,
)
from desktop.store import ip_work, notices, process

SERVICES = ("Hjemmesykepleie og praktisk bistand, trolig i mer enn ett år.",
            "Oppfølging fra DPS og kommunal psykisk helsetjeneste, minst seks måneder.",
            "Habilitering, spesialpedagogisk hjelp og avlastning gjennom skoleåret.")
ACTIVITIES = ("Bor alene, går tur daglig og handler selv med litt hjelp.",
              "Går på skole med assistent; trener fotball en kveld i uka.",
              "Arbeider 50 % og har god kontakt med familien.")
PURPOSES = ("Samordne tjenestene før utskriving, så pasienten slipper å fortelle alt på nytt.",
            "Én koordinator som har oversikt, og en plan pasienten selv eier.")
WAIT_REASONS = ("Venter på utredning før behovet kan vurderes.",
                "Pasienten vil tenke på det til neste samtale.")



def _pid(patient: Patient) -> int:
    """A stored demo patient's id."""
    assert patient.id is not None
    return patient.id


def _nid(notice: Notice) -> int:
    """A stored notice's id."""
    assert notice.id is not None
    return notice.id

def _phone(n: int) -> str:
    return f"+47 000 {n // 100 % 100:02d} {n % 100:03d}"


def demo_units(db: sqlite_utils.Database, municipalities: tuple[str, ...]) -> None:
    """A fictional KE for every demo municipality (once)."""
    if notices.list_units(db):
        return
    for i, name in enumerate(municipalities, start=1):
        slug = name.lower().replace(" ", "-").replace("å", "a").replace("ø", "o")
        notices.save_unit(db, KEUnit(
            kommunenummer=f"99{i:02d}", municipality=name, unit_name="Koordinerende enhet",
            phone=_phone(100 + i), email=f"koordinerende.enhet@{slug}.example",
            address=f"Postboks {i}, 00{i:02d} {name}"))


def begin(db: sqlite_utils.Database, rng: random.Random, patient: Patient, start: dt.date,
          staff: str, waiting: bool = False) -> None:
    """The assessment (checklist item 1) and the hospital coordinator (item 2's day)."""
    outcome = ASSESS_WAITING if waiting else ASSESS_IP
    process.save_assessment(db, _pid(patient), Assessment(
        outcome, rng.choice(WAIT_REASONS) if waiting else "", start.isoformat(), staff))
    process.save_hospital_coordinator(db, _pid(patient), HospitalCoordinator(
        name=staff, workplace=f"Sykehuset, {patient.department}", phone=_phone(rng.randint(1, 99)),
        appointed_date=(start + dt.timedelta(days=1)).isoformat(), appointed_by="Avdelingsleder"))


def notify(db: sqlite_utils.Database, rng: random.Random, patient: Patient, sent: dt.date,
           staff: str, kind: str = NOTICE_IP) -> Notice:
    """The consent to notify (the day before) and the notice, sent on ``sent``."""
    child = patient.birth_date > "2008"
    process.save_notify_consent(db, _pid(patient), NotifyConsent(
        date=(sent - dt.timedelta(days=1)).isoformat(),
        given_by="Foreldrene" if child else patient.name,
        on_behalf=BEHALF_PARENTS if child else "", basis="Foreldreansvar" if child else "",
        recorded_by=staff))
    notice = notices.save_notice(db, _pid(patient), Notice(
        kind=kind, channel=rng.choice(("plo", "plo", "dialog", "letter")),
        services=rng.choice(SERVICES), activity=rng.choice(ACTIVITIES),
        purpose=rng.choice(PURPOSES), suggested=Contact(staff, f"Sykehuset, {patient.department}")))
    return notices.send_notice(db, _nid(notice), sent.isoformat(), staff)


def appoint(db: sqlite_utils.Database, rng: random.Random, patient: Patient, notice: Notice,
            on: dt.date, staff: str, fill_plan: bool) -> None:
    """The municipality's reply naming a coordinator; ``fill_plan`` puts them in the plan."""
    from desktop.demo_names import FAMILY_NAMES, GIVEN_NAMES

    name = f"{rng.choice(GIVEN_NAMES)} {rng.choice(FAMILY_NAMES)}"
    notices.record_reply(db, _nid(notice), on.isoformat(), REPLY_APPOINTED, Contact(
        name, f"Koordinerende enhet, {patient.municipality}", _phone(rng.randint(200, 299)),
        "koordinator@kommune.example"), by=staff)
    if fill_plan:
        notices.apply_reply_coordinator(db, _nid(notice), staff)


def remind(db: sqlite_utils.Database, notice: Notice, on: dt.date, staff: str) -> None:
    notices.record_reminder(db, _nid(notice), on.isoformat(), staff, "telefon")


def confirm(db: sqlite_utils.Database, patient: Patient, on: dt.date, staff: str,
            state: str | None = None, reason: str = "") -> None:
    """The state the user confirms: the suggested one unless ``state`` says otherwise."""
    process.set_ip_state(db, _pid(patient), IpState(
        state or ip_work.suggested_ip_state(db, _pid(patient)), reason, on.isoformat(), staff))
