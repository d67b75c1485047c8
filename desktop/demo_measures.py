"""Demo measures: stages, scope and life areas on the plan rows, evaluations with both views,
crisis plans (mostly on the psychiatric wards), mappings and a revised plan period. Each patient
draws from a generator of its own, so the rest of the demo stays as it was."""

from __future__ import annotations

import datetime as dt
import random

import sqlite_utils

from desktop.records import Patient, Plan
from desktop.records_measures import (
    ACHIEVEMENTS,
    AGREE_NO,
    AGREE_YES,
    AREA_MAPPED,
    CONCLUSIONS,
    CRISIS_ROW_TITLE,
    DEFAULT_LIFE_AREAS,
    STAGES,
    CrisisContact,
    CrisisHelper,
    CrisisPlan,
    Evaluation,
)
from desktop.store import mapping, measures

PSYCHIATRY = ("Voksenpsykiatri", "Barne- og ungdomspsykiatri", "Rusbehandling")
SCOPES = ("2 timer i uka", "hver 14. dag", "daglig", "1 gang i måneden", "")
VIEWS = (("Det går bedre enn jeg trodde.", "Pasienten møter fast og har tatt i bruk tiltaket."),
         ("Jeg trenger mer hjelp om kvelden.", "Tiltaket virker, men omfanget bør økes."),
         ("Jeg vil prøve selv nå.", "Målet er nådd; tiltaket kan avsluttes."))


def _rng(patient: Patient) -> random.Random:
    return random.Random(f"measures-{patient.id}")


def enrich_plan(plan: Plan, patient: Patient, start: dt.date) -> None:
    """Give the rows stages (every stage occurs across the demo), scope, life area, applied to
    and follow-up, and psychiatric patients a crisis plan; before the plan is first saved."""
    rng = _rng(patient)
    for i, row in enumerate(plan.rows):
        row.stage = STAGES[(i + (patient.id or 0)) % len(STAGES)]
        row.stage_date = (start + dt.timedelta(days=7 * i)).isoformat()
        row.scope = rng.choice(SCOPES)
        row.life_area = row.goal.split(":")[0] if ":" in row.goal else rng.choice(
            DEFAULT_LIFE_AREAS)
        row.applied_to = row.responsible.split(",")[0]
        row.follow_up = plan.hospital_coordinator.name
    if patient.department in PSYCHIATRY and rng.random() < 0.8:
        plan.crisis = CrisisPlan(
            warning_signs="Sover dårlig, trekker meg unna, slutter å svare på telefonen.",
            self_help="Går en tur, ringer en venn, tar kveldsmedisinen til fast tid.",
            helpers=[CrisisHelper("Familien", "Tar kontakt og blir med til legevakten"),
                     CrisisHelper("Hjemmetjenesten", "Ringer daglig i dårlige perioder")],
            contacts=[CrisisContact(plan.hospital_coordinator.name, "Midlertidig koordinator",
                                    plan.hospital_coordinator.phone, "Hverdager 08–15"),
                      CrisisContact("Akutteamet", "Ambulant akutteam", "62 00 00 00",
                                    "Hele døgnet"),
                      CrisisContact("Legevakten", "Legevakt", "116 117", "Hele døgnet")],
            medication="Behovsmedisin etter avtale med behandlende lege.",
            how_to_meet="Rolig, én person av gangen, si hva som skal skje.",
            admission="Akuttpost ved sykehuset, helst samme post som sist.",
            made_with=plan.hospital_coordinator.name, date=start.isoformat(),
            review_date=(start + dt.timedelta(days=180)).isoformat())
        # the crisis plan is now its own row of the decisions: no stored label beside it
        plan.decisions = [d for d in plan.decisions if d.decision != CRISIS_ROW_TITLE]


def add_demo_measures(db: sqlite_utils.Database, patient: Patient, stage: str,
                      today: dt.date) -> None:
    """After the patient's plan is stored: evaluations on a draft, a mapping, and for the
    expired stage a new plan period."""
    assert patient.id is not None
    rng = _rng(patient)
    version = measures.forms.current_version(db, patient.id)
    if version is None:
        return
    if stage in ("draft", "revised"):
        for index in range(min(2, len(version.plan.rows))):
            patient_view, professional_view = VIEWS[(index + patient.id) % len(VIEWS)]
            day = today - dt.timedelta(days=10 * (index + 1))
            measures.record_evaluation(db, patient.id, index, Evaluation(
                date=day.isoformat(), achievement=ACHIEVEMENTS[index % len(ACHIEVEMENTS)],
                patient_view=patient_view, professional_view=professional_view,
                next_of_kin_view="Mor er enig." if index else "",
                conclusion=CONCLUSIONS[(index + patient.id) % len(CONCLUSIONS)],
                next_date=(day + dt.timedelta(days=120)).isoformat(),
                recorded_by=version.plan.hospital_coordinator.name))
    if stage in ("draft", "signed", "revised"):
        made = mapping.new_mapping(db, patient.id, date=version.plan.valid_from,
                                   made_by=version.plan.hospital_coordinator.name)
        for area in made.areas[:rng.randint(2, 5)]:
            area.status, area.goal = AREA_MAPPED, f"Jeg vil klare {area.area.lower()} bedre."
            area.need_patient = "Litt hjelp i starten."
            area.need_professional = "Fast oppfølging i en periode."
            area.agreement = rng.choice((AGREE_YES, AGREE_NO))
            if area.agreement == AGREE_NO:
                area.comment = "Pasienten vil prøve selv først; vi ser på det igjen om en måned."
        mapping.save_mapping(db, made)
    if stage == "expired":
        measures.revise_plan(db, patient.id, valid_from=today.isoformat(),
                             evaluation_date=(today + dt.timedelta(days=180)).isoformat(),
                             note="Ny planperiode: boligmålet er nådd, arbeid og helse videre.")
