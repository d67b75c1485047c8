"""Fixtures for the exchange tests: a synthetic patient with every field of every form filled,
two plan versions (the first signed), and helpers to compare what two databases hold."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from desktop import store
from desktop.demo import demo_patient, demo_plan, synthetic_id_number
from desktop.exchange.fhir import PlanDocument, load_document
from desktop.records import (
    CHECKLIST_EXISTING,
    CHECKLIST_START,
    STATE_DONE,
    STATE_NOT_RELEVANT,
    Checklist,
    ChecklistItem,
    Consent,
    PlanRow,
    Signature,
)

PASS = "kanel-fjord-sykkel-hest-tromme"
TINY_PDF = b"%PDF-1.7\n% a small stand-in for the printed plan\n%%EOF\n"


def fill_everything(db, rng: random.Random, today: dt.date = dt.date(2026, 3, 14)) -> int:
    """A synthetic patient with every field of every form filled; returns the patient id."""
    patient = demo_patient(rng, today)
    patient.birth_date = "1961-04-09"
    patient.id_number = synthetic_id_number(dt.date(1961, 4, 9), rng)
    patient = store.add_patient(db, patient)
    checklist = Checklist(
        start=[ChecklistItem(STATE_NOT_RELEVANT if i == 2 else STATE_DONE,
                             ("2025-11", "2025", "2025-11-0" + str(i % 9 + 1))[i % 3],
                             f"Hilde Brå {i}", f"Notat {i}\nmed to linjer")
               for i in range(len(CHECKLIST_START))],
        existing=[ChecklistItem(STATE_DONE, f"2025-12-{i + 10}", "Tore Skaug", f"Merknad {i}")
                  for i in range(len(CHECKLIST_EXISTING))],
        has_existing_plan=True, user_involvement="Deltok i alle møter; skrev målene selv.",
        next_of_kin_involved=True, next_of_kin="Søster Åse",
        declined=True, declined_date="2025-10", declined_written_info=True,
        declined_unit_name="Koordinerende enhet, Løten", declined_unit_phone="62 59 40 00",
        declined_note="Ombestemte seg etter en uke.")
    store.save_checklist(db, patient.id, checklist)
    consent = Consent(
        given=True, valid_from="2025-11-01", valid_to="2026-10", place="Hamar",
        date="2025-11-01", signed_by=patient.name, guardian="Verge: Kåre Ødegård",
        companion="Støttekontakt Liv", share_with_team=True, share_confidential=True,
        reservations="Tidligere arbeidsgiver", info_given_by="Siri Kvam",
        info_given_date="2025-10-28", withdrawn_date="2026-02-01",
        withdrawn_recorded_by="Arne Ødegaard")
    store.save_consent(db, patient.id, consent)
    plan = demo_plan(rng, patient, dt.date(2025, 11, 3), rows=6)
    plan.valid_to = "2026-11"
    for i, row in enumerate(plan.rows):
        row.comment = row.comment or f"Kommentar {i}"
        row.ended = row.ended or ("2026-02", "2026", "2026-01-31")[i % 3]
    for decision in plan.decisions:
        decision.comment = decision.comment or "Revideres ved endring."
    store.save_plan(db, patient.id, plan)
    store.sign_version(db, patient.id, Signature(
        patient_name=patient.name, guardian_name="Kåre Ødegård",
        coordinator_name=plan.hospital_coordinator.name, signed_date="2025-11-20",
        recorded_by="Lene Haugsbø"))
    plan.rows.append(PlanRow(goal="Nytt delmål: Turgruppe «Ut på tur».", measures="Påmelding.",
                             start="2026-03", responsible="Frivilligsentralen",
                             evaluation="2026-06-01", comment="Avtalt i møte.",
                             ended="2026-09"))
    store.save_plan(db, patient.id, plan)
    return patient.id


class Kit:
    """Helpers for the exchange tests (conftest modules are not importable by name)."""
    PASS = PASS
    TINY_PDF = TINY_PDF
    fill_everything = staticmethod(fill_everything)
    # fill_everything's consent is withdrawn (every field filled): an export needs a reason
    REASON = "Kommunen trenger planen for å følge opp; avtalt med pasienten."

    @staticmethod
    def consent_in_force(db, patient_id: int) -> None:
        """Let the patient's plan be shared: consent given, not withdrawn, valid long."""
        consent = dataclasses.replace(store.load_consent(db, patient_id), given=True,
                                      withdrawn_date="", withdrawn_recorded_by="",
                                      valid_to="2099-12", share_with_team=True)
        store.save_consent(db, patient_id, consent)

    @staticmethod
    def comparable(doc: PlanDocument) -> PlanDocument:
        """What must survive a round trip: every form's content (not database ids, the ward's
        department, or the timestamps the store gives each new version)."""
        patient = dataclasses.replace(doc.patient, id=None, department="")
        versions = [dataclasses.replace(v, created_at="", updated_at="") for v in doc.versions]
        return PlanDocument(patient=patient, checklist=doc.checklist, consent=doc.consent,
                            versions=versions)

    @staticmethod
    def stored(db, patient_id: int) -> PlanDocument:
        return Kit.comparable(load_document(db, patient_id))

    @staticmethod
    def snapshot(db, log: bool = True) -> str:
        """Everything in the database, to show that a refusal wrote nothing (``log`` False:
        leaving out the access log, where a refusal is written)."""
        lines = db.conn.iterdump()
        if not log:
            lines = (line for line in lines
                     if 'INSERT INTO "access_log"' not in line and "'log.head'" not in line)
        return "\n".join(lines)


@pytest.fixture
def kit() -> type[Kit]:
    return Kit


@pytest.fixture
def full_patient(db, rng) -> int:
    return fill_everything(db, rng)
