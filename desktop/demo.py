"""Synthetic demo patients in every stage of the IP process (no real people: test-registry
fødselsnumre with month + 80)."""

from __future__ import annotations

import datetime as dt
import random

import sqlite_utils

from desktop import demo_process, store
from desktop.demo_measures import enrich_plan
from desktop.demo_names import FAMILY_NAMES, GIVEN_NAMES, STAFF, _phone
from desktop.records import (
    CHECKLIST_EXISTING,
    CHECKLIST_START,
    CONSENT_ITEM,
    DEPARTMENTS,
    STATE_DONE,
    STATE_NOT_RELEVANT,
    Checklist,
    ChecklistItem,
    Consent,
    Coordinator,
    DecisionRow,
    Patient,
    Plan,
    PlanRow,
    Signature,
    check_digits,
)
from desktop.records_process import IP_ENDED, IP_TRANSFERRED, NOTICE_EXISTING, NOTICE_IP

MUNICIPALITIES = ("Hamar", "Løten", "Stange", "Ringsaker", "Elverum", "Åmot", "Våler", "Gjøvik",
                  "Østre Toten", "Lillehammer", "Kautokeino", "Tynset")
STREETS = ("Storgata", "Skolevegen", "Bjørkeveien", "Fjordgata", "Kirkebakken", "Løkkevegen",
           "Ringvegen", "Sjøgata", "Øvre Torg", "Åsvegen")
SUB_GOALS = (
    ("Bolig: Jeg vil bo i egen leilighet med litt hjelp.",
     "Søknad om kommunal bolig med oppfølging; hjemmebesøk to ganger i uka.",
     "Boligkontoret og miljøtjenesten i kommunen"),
    ("Arbeid og aktivitet: Jeg vil ha noe å gå til på dagtid.",
     "Kontakt med NAV om arbeidstrening; avklare tilrettelagt arbeid.",
     "NAV-veileder"),
    ("Helse: Bedre søvn og færre innleggelser.",
     "Poliklinisk oppfølging hver 14. dag; gjennomgang av medisiner.",
     "DPS poliklinikk, behandlende lege"),
    ("Familie og nettverk: Mer kontakt med barna mine.",
     "Familiesamtaler; hjelp til å planlegge samvær.",
     "Familieterapeut, barneverntjenesten ved behov"),
    ("Økonomi: Ha oversikt over regningene.",
     "Frivillig forvaltning; ukentlig gjennomgang med støttekontakt.",
     "NAV økonomisk rådgiver"),
    ("Fritid: Begynne å svømme igjen.",
     "Støttekontakt to timer i uka; ledsagerbevis.",
     "Kulturtjenesten i kommunen"),
    ("Skole: Fullføre videregående.",
     "Tilrettelagt undervisning og PP-tjenesten; møte med skolen før oppstart.",
     "Rådgiver ved skolen, PPT"),
    ("Mobilitet: Gå til butikken selv.",
     "Fysioterapi to ganger i uka; vurdere rullator og trygghetsalarm.",
     "Fysioterapeut, hjelpemiddelsentralen"),
)
DECISIONS = (
    ("Vedtak om hjemmesykepleie", "Hjemmesykepleien, sone nord"),
    ("Vedtak om praktisk bistand", "Tildelingskontoret"),
    ("Kriseplan", "DPS poliklinikk"),
    ("Avtale om støttekontakt", "Kulturtjenesten"),
    ("Individuell opplæringsplan (IOP)", "Skolen ved rektor"),
    ("Legemiddelplan", "Fastlegen"),
)
OVERALL_GOALS = (
    "«Jeg vil klare meg selv hjemme og ha folk rundt meg som jeg stoler på.»",
    "«Jeg vil tilbake i jobb og kunne være en god far.»",
    "«At hverdagen blir forutsigbar, og at jeg slipper å fortelle alt på nytt hver gang.»",
    "«Jeg drømmer om å ta lappen og flytte nærmere søsteren min.»",
)
SITUATIONS = (
    "Innlagt etter forverring. Har god støtte fra søster og en nabo. Trenger hjelp med "
    "bolig, økonomi og oppfølging etter utskriving. Liker å lage mat og gå tur.",
    "Har vært innlagt i flere perioder siste år. Ressurser: sterk motivasjon, musikk, "
    "et godt forhold til fastlegen. Tjenestebehov: koordinert oppfølging mellom DPS og kommunen.",
    "Bor med foreldre. Skole og fritid er viktig. Trenger samordning mellom habilitering, "
    "skole og kommunens tjenester.",
)


def synthetic_id_number(born: dt.date, rng: random.Random, d_number: bool = False) -> str:
    """A test-registry fødselsnummer (month + 80) with valid check digits; a D-nummer (day + 40)
    when asked."""
    day = born.day + 40 if d_number else born.day
    while True:
        individual = rng.randint(0, 499) if born.year < 2000 else rng.randint(500, 999)
        base = f"{day:02d}{born.month + 80:02d}{born.year % 100:02d}{individual:03d}"
        digits = check_digits(base)
        if digits is not None:
            return base + digits


def _date(day: dt.date, precision: str = "day") -> str:
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def _coordinator(rng: random.Random, workplace: str, municipality: str) -> Coordinator:
    name = f"{rng.choice(GIVEN_NAMES)} {rng.choice(FAMILY_NAMES)}"
    handle = name.lower().replace(" ", ".")
    for a, b in (("æ", "ae"), ("ø", "o"), ("å", "a"), ("á", "a")):
        handle = handle.replace(a, b)
    domain = "sykehuset" if "Sykehus" in workplace else "kommune"
    return Coordinator(name=name, workplace=workplace,
                       address=f"{rng.choice(STREETS)} {rng.randint(1, 90)}, {municipality}",
                       phone=_phone(rng), email=f"{handle}@{domain}.example")


def demo_patient(rng: random.Random, today: dt.date) -> Patient:
    born = dt.date(rng.randint(1935, 2016), rng.randint(1, 12), rng.randint(1, 28))
    municipality = rng.choice(MUNICIPALITIES)
    return Patient(
        name=f"{rng.choice(GIVEN_NAMES)} {rng.choice(FAMILY_NAMES)}",
        birth_date=born.isoformat(),
        id_number=synthetic_id_number(born, rng),
        address=f"{rng.choice(STREETS)} {rng.randint(1, 120)}, {rng.randint(1000, 9990)} "
                f"{municipality}",
        phone=_phone(rng),
        department=rng.choice(DEPARTMENTS),
        municipality=municipality,
    )


def demo_plan(rng: random.Random, patient: Patient, start: dt.date, rows: int) -> Plan:
    goals = rng.sample(SUB_GOALS, k=min(rows, len(SUB_GOALS)))
    while len(goals) < rows:
        goals.append(rng.choice(SUB_GOALS))
    plan_rows = []
    for i, (goal, measures, responsible) in enumerate(goals):
        begun = start + dt.timedelta(days=7 * i)
        precision = rng.choice(("day", "day", "month", "year"))
        ended = _date(begun + dt.timedelta(days=90), "month") if rng.random() < 0.2 else ""
        plan_rows.append(PlanRow(
            goal=goal, measures=measures, start=_date(begun, precision), responsible=responsible,
            evaluation=_date(begun + dt.timedelta(days=120)),
            comment=rng.choice(("", "Godt i gang.", "Må justeres etter samtale med pasienten.\n"
                                "Ny vurdering etter ferien.")),
            ended=ended))
    decisions = [DecisionRow(decision=d, responsible=r, period_from=_date(start, "month"),
                             period_to=_date(start + dt.timedelta(days=365), "month"),
                             evaluation=_date(start + dt.timedelta(days=180)),
                             comment=rng.choice(("", "Revideres ved endring.")))
                 for d, r in rng.sample(DECISIONS, k=rng.randint(1, 4))]
    open_end = rng.random() < 0.3
    return Plan(
        prepared_by=f"{rng.choice(STAFF)}, {patient.department}",
        municipality=patient.municipality,
        valid_from=start.isoformat(),
        valid_to="" if open_end else (start + dt.timedelta(days=365)).isoformat(),
        evaluation_date=(start + dt.timedelta(days=rng.choice((90, 120, 180)))).isoformat(),
        situation=rng.choice(SITUATIONS),
        hospital_coordinator=_coordinator(rng, f"Sykehuset, {patient.department}",
                                          "Hamar"),
        municipal_coordinator=_coordinator(rng, f"Koordinerende enhet, {patient.municipality}",
                                           patient.municipality),
        overall_goal=rng.choice(OVERALL_GOALS),
        rows=plan_rows,
        decisions=decisions,
    )


def _checklist(rng: random.Random, start: dt.date, done: int, existing: bool) -> Checklist:
    checklist = Checklist(has_existing_plan=existing)
    for i in range(min(done, len(CHECKLIST_START))):
        state = STATE_NOT_RELEVANT if i == 2 and rng.random() < 0.2 else STATE_DONE
        checklist.start[i] = ChecklistItem(state=state, date=_date(start + dt.timedelta(days=i)),
                                           done_by=rng.choice(STAFF))
    if existing:
        for i in range(len(CHECKLIST_EXISTING)):
            if rng.random() < 0.7:
                checklist.existing[i] = ChecklistItem(
                    state=STATE_DONE, date=_date(start + dt.timedelta(days=i + 3)),
                    done_by=rng.choice(STAFF))
    checklist.user_involvement = rng.choice((
        "Pasienten deltok i alle møter og formulerte målene selv.",
        "Pasienten ønsker korte møter; har med støttekontakt.", ""))
    if rng.random() < 0.6:
        checklist.next_of_kin_involved = True
        checklist.next_of_kin = rng.choice(("Søster", "Mor og far", "Samboer", "Sønn"))
    return checklist


def _consent(rng: random.Random, patient: Patient, start: dt.date) -> Consent:
    return Consent(
        given=True, valid_from=start.isoformat(),
        valid_to=(start + dt.timedelta(days=365)).isoformat(), place="Hamar",
        date=(start + dt.timedelta(days=4)).isoformat(), signed_by=patient.name,
        guardian="Foresatte: " + rng.choice(FAMILY_NAMES) if patient.birth_date > "2008" else "",
        companion=rng.choice(("", "Søster", "Støttekontakt")), share_with_team=True,
        share_confidential=rng.random() < 0.8,
        reservations=rng.choice(("", "", "Ønsker ikke at tidligere arbeidsgiver involveres.")),
        info_given_by=rng.choice(STAFF),
        info_given_date=(start + dt.timedelta(days=3)).isoformat())


STAGES = ("new", "assessing", "declined", "consented", "draft", "signed", "revised",
          "existing", "withdrawn", "expired", "notified", "overdue", "reminded", "waiting",
          "transferred")
NOTICE_STAGES = ("consented", "draft", "signed", "revised", "existing", "withdrawn", "expired",
                 "notified", "overdue", "reminded", "transferred")
NOTIFY_ITEM, MUNICIPAL_ITEM = 5, 6  # checklist items 6 and 7 follow the notice and its reply


def _start(rng: random.Random, today: dt.date, stage: str) -> dt.date:
    """The day the ward began; the notice stages are placed so that their reply is waiting,
    overdue or reminded on ``today``."""
    start = today - dt.timedelta(days=rng.randint(5, 300))
    if stage == "expired":
        start = today - dt.timedelta(days=400 + rng.randint(0, 300))
    waiting = {"notified": (1, 12), "overdue": (16, 40), "reminded": (18, 40)}.get(stage)
    if waiting is not None:  # days since the notice was sent
        start = today - dt.timedelta(days=rng.randint(*waiting) + NOTIFY_ITEM)
    return start


def add_demo_patient(db: sqlite_utils.Database, rng: random.Random, today: dt.date,
                     stage: str) -> Patient:
    """One synthetic patient at the given stage of the process, with its process events."""
    patient = store.add_patient(db, demo_patient(rng, today))
    assert patient.id is not None  # stored
    start = _start(rng, today, stage)
    if stage == "new":
        return patient
    steps = random.Random(patient.id_number)  # the process draws apart from the forms
    staff = steps.choice(STAFF)
    demo_process.demo_units(db, MUNICIPALITIES)
    demo_process.begin(db, steps, patient, start, staff, waiting=stage == "waiting")
    done = {"assessing": 3, "declined": 4, "waiting": 1, "notified": 5, "overdue": 5,
            "reminded": 5, "consented": 6}.get(stage, 10)
    checklist = _checklist(rng, start, done, existing=stage == "existing")
    if stage in NOTICE_STAGES:  # done when the notice is sent and the reply comes
        checklist.start[NOTIFY_ITEM] = checklist.start[MUNICIPAL_ITEM] = ChecklistItem()
    if stage == "declined":
        checklist.declined = True
        checklist.declined_date = (start + dt.timedelta(days=3)).isoformat()
        checklist.declined_written_info = True
        checklist.declined_unit_name = f"Koordinerende enhet, {patient.municipality}"
        checklist.declined_unit_phone = f"62 {rng.randint(10, 99)} {rng.randint(10, 99)} 00"
        checklist.declined_note = "Vil tenke på det; vet at hun kan be om plan senere."
    store.save_checklist(db, patient.id, checklist)
    if stage in ("assessing", "declined", "waiting"):
        demo_process.confirm(db, patient, start + dt.timedelta(days=3), staff,
                             {"declined": "declined", "waiting": "waiting"}.get(stage),
                             demo_process.WAIT_REASONS[0] if stage == "waiting" else "")
        return patient
    sent = start + dt.timedelta(days=NOTIFY_ITEM)
    notice = demo_process.notify(db, steps, patient, sent, staff,
                                 NOTICE_EXISTING if stage == "existing" else NOTICE_IP)
    if stage == "reminded":
        demo_process.remind(db, notice, dt.date.fromisoformat(notice.due_date)
                            + dt.timedelta(days=steps.randint(1, 3)), staff)
    if stage in ("notified", "overdue", "reminded"):
        demo_process.confirm(db, patient, sent, staff)
        return patient
    consent = _consent(rng, patient, start)
    if stage == "withdrawn":
        consent.withdrawn_date = min(start + dt.timedelta(days=60), today).isoformat()
        consent.withdrawn_recorded_by = rng.choice(STAFF)
    store.save_consent(db, patient.id, consent)
    checklist.start[CONSENT_ITEM] = ChecklistItem(STATE_DONE, consent.date,
                                                  consent.info_given_by)
    store.save_checklist(db, patient.id, checklist)
    replied = sent + dt.timedelta(days=steps.randint(1, 2))
    if stage == "consented":
        demo_process.appoint(db, steps, patient, notice, replied, staff, fill_plan=False)
        demo_process.confirm(db, patient, replied, staff)
        return patient
    plan = demo_plan(rng, patient, start, rows=rng.randint(3, 8))
    enrich_plan(plan, patient, start)
    store.save_plan(db, patient.id, plan)
    demo_process.appoint(db, steps, patient, notice, replied, staff, fill_plan=True)
    plan = store.load_plan(db, patient.id).plan
    signed = min(start + dt.timedelta(days=14), today)
    if stage in ("signed", "revised", "expired", "withdrawn", "transferred"):
        store.sign_version(db, patient.id, Signature(
            patient_name=patient.name, guardian_name=consent.guardian,
            coordinator_name=plan.municipal_coordinator.name,
            signed_date=signed.isoformat(),
            recorded_by=rng.choice(STAFF)))
    if stage == "revised":
        plan.rows[0].comment = "Evaluert: målet er nådd, nytt delmål avtalt."
        plan.rows.append(PlanRow(goal="Nytt delmål: Delta i en turgruppe.",
                                 measures="Påmelding via frivilligsentralen.",
                                 start=_date(today, "month"), responsible="Frivilligsentralen"))
        store.save_plan(db, patient.id, plan)
    if stage == "withdrawn":
        demo_process.confirm(db, patient, dt.date.fromisoformat(consent.withdrawn_date), staff,
                             IP_ENDED,
                             "Pasienten trakk samtykket tilbake.")
    elif stage == "transferred":
        demo_process.confirm(db, patient, min(signed + dt.timedelta(days=10), today), staff,
                             IP_TRANSFERRED)
    else:
        demo_process.confirm(db, patient, signed, staff)
    return patient


def fill_demo(db: sqlite_utils.Database, count: int = 40, seed: int = 2026,
              today: dt.date | None = None) -> list[Patient]:
    """Add ``count`` synthetic patients spread over every stage, in one transaction, with the
    people around them, their meetings and kopiliste (desktop/demo_people.py)."""
    from desktop.demo_measures import add_demo_measures
    from desktop.demo_people import add_demo_people

    rng = random.Random(seed)
    today = today or dt.date.today()
    added = []
    with db.atomic():
        from desktop.store.departments import ensure_departments

        ensure_departments(db, DEPARTMENTS)  # the synthetic wards are on the list
        for i in range(count):
            stage = STAGES[i % len(STAGES)]
            while True:
                try:
                    added.append(add_demo_patient(db, rng, today, stage))
                    break
                except ValueError:  # an id number drawn twice: draw another patient
                    continue
            add_demo_people(db, added[-1], stage, today)
            add_demo_measures(db, added[-1], stage, today)
    return added
