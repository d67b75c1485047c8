"""FHIR for issue 10's plan-level process fields: the coordinator chosen to sign the plan as
ansvarlig koordinator is a CarePlan extension, validated, and comes back on import."""

from __future__ import annotations

import json

import pytest
from fhir.resources.R4B.bundle import Bundle

from desktop import store
from desktop.exchange.fhir import build_bundle, load_document
from desktop.exchange.fhir_process import EXT_RESPONSIBLE
from desktop.exchange.fhir_read import read_bundle
from desktop.records import (
    RESPONSIBLE_DEFAULT,
    RESPONSIBLE_HOSPITAL,
    RESPONSIBLE_MUNICIPAL,
    Coordinator,
    Patient,
    Plan,
)


@pytest.mark.parametrize("responsible", [RESPONSIBLE_DEFAULT, RESPONSIBLE_HOSPITAL,
                                         RESPONSIBLE_MUNICIPAL])
def test_the_responsible_coordinator_round_trips(db, kit, responsible) -> None:
    patient = store.add_patient(db, Patient(name="Rita Rolle", birth_date="1980-05-05"))
    store.save_plan(db, patient.id, Plan(
        valid_from="2026-01-01", responsible=responsible,
        hospital_coordinator=Coordinator(name="Tore Skaug"),
        municipal_coordinator=Coordinator(name="Kari Berg")))
    doc = load_document(db, patient.id)
    bundle = json.loads(json.dumps(build_bundle(doc)))
    Bundle.model_validate(bundle)
    care_plan = next(e["resource"] for e in bundle["entry"]
                     if e["resource"]["resourceType"] == "CarePlan")
    marked = [e for e in care_plan.get("extension", []) if e["url"] == EXT_RESPONSIBLE]
    assert len(marked) == (0 if responsible == RESPONSIBLE_DEFAULT else 1)
    back = read_bundle(bundle)
    assert back.current.plan.responsible == responsible
    assert kit.comparable(back) == kit.comparable(doc)
