"""The FHIR R4 mapping: strict writing validated by the R4 structure models (fhir.resources
R4B), the fixed fields of shared/spec/exchange.md, lenient reading and the refusals."""

from __future__ import annotations

import copy
import datetime as dt
import json
import random
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from desktop import store
from desktop.demo import fill_demo, synthetic_id_number
from desktop.exchange.errors import ExchangeRefused
from desktop.exchange.fhir import (
    DNR_SYSTEM,
    EXT_EVALUATION,
    FNR_SYSTEM,
    build_bundle,
    load_document,
)
from desktop.exchange.fhir_read import read_bundle
from desktop.records import Patient, Plan, PlanRow

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "example-bundle.json"


def _by_type(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def _resolve(bundle: dict, ref: dict) -> dict:
    return next(e["resource"] for e in bundle["entry"] if e["fullUrl"] == ref["reference"])


def test_bundle_validates_against_the_r4_models(db, full_patient) -> None:
    bundle = build_bundle(load_document(db, full_patient), "Siri Kvam")
    Bundle.model_validate(bundle)  # raises on any element R4 does not allow


def test_demo_patients_validate_and_read_back_unchanged(db, kit) -> None:
    for patient in fill_demo(db, 20, today=dt.date(2026, 3, 1)):
        doc = load_document(db, patient.id)
        if not doc.versions:
            continue
        bundle = json.loads(json.dumps(build_bundle(doc, "Siri Kvam")))
        Bundle.model_validate(bundle)
        assert kit.comparable(read_bundle(bundle)) == kit.comparable(doc)


def test_every_field_reads_back_unchanged(db, full_patient, kit) -> None:
    doc = load_document(db, full_patient)
    back = read_bundle(json.loads(json.dumps(build_bundle(doc))))
    assert kit.comparable(back) == kit.comparable(doc)
    assert len(back.versions) == 2 and back.versions[0].frozen and not back.versions[1].frozen


def test_the_fixed_fields_of_the_spec(db, full_patient) -> None:
    doc = load_document(db, full_patient)
    bundle = build_bundle(doc, "Siri Kvam")
    assert bundle["type"] == "document"
    composition = bundle["entry"][0]["resource"]
    assert composition["resourceType"] == "Composition"
    assert composition["type"]["coding"][0] == {
        "system": "urn:oid:2.16.578.1.12.4.1.1.9602", "code": "A02-2",
        "display": "Individuell plan"}
    assert {"subject", "title", "date", "author", "section"} <= set(composition)
    assert all(e["fullUrl"].startswith("urn:uuid:") for e in bundle["entry"])
    assert len(composition["section"]) >= 4
    (patient,) = _by_type(bundle, "Patient")
    assert _resolve(bundle, composition["subject"]) is patient
    assert patient["name"][0]["text"] == doc.patient.name
    assert patient["name"][0]["family"] == doc.patient.name.split()[-1]
    assert patient["birthDate"] == "1961-04-09"
    assert patient["address"][0]["text"] == doc.patient.address
    assert patient["address"][0]["postalCode"] and patient["address"][0]["city"]
    assert patient["telecom"] == [{"system": "phone", "value": doc.patient.phone}]
    assert patient["identifier"] == [{"system": FNR_SYSTEM, "value": doc.patient.id_number}]
    current = doc.current.plan
    plans = [c for c in _by_type(bundle, "CarePlan") if c.get("title") == "Individuell plan"]
    main = next(c for c in plans if c["status"] != "revoked")
    assert main["intent"] == "plan" and _resolve(bundle, main["subject"]) is patient
    assert main["period"]["start"] == current.valid_from
    assert main["period"]["end"] == current.valid_to
    assert {"url": EXT_EVALUATION, "valueDate": current.evaluation_date} in main["extension"]
    assert main["description"] == current.situation
    assert main["author"]["display"] == current.prepared_by
    assert _resolve(bundle, main["contributor"][0])["name"] == current.municipality
    team = _resolve(bundle, main["careTeam"][0])
    roles = [p["role"][0]["text"] for p in team["participant"]]
    assert roles == ["Koordinator i spesialisthelsetjenesten",
                     "Koordinator i kommunen"]
    member = _resolve(bundle, team["participant"][0]["member"])
    coordinator = current.hospital_coordinator
    assert member["name"][0]["text"] == coordinator.name
    assert {"system": "email", "value": coordinator.email} in member["telecom"]
    assert member["address"][0]["text"] == coordinator.address
    assert _resolve(bundle, team["participant"][0]["onBehalfOf"])["name"] == coordinator.workplace
    goals = [_resolve(bundle, ref) for ref in main["goal"]]
    assert goals[0]["category"][0]["text"] == "Overordnet målsetting"
    assert goals[0]["description"]["text"] == current.overall_goal
    assert [g["category"][0]["text"] for g in goals[1:]] == ["Delmål"] * len(current.rows)
    for activity, row in zip(main["activity"], current.rows, strict=True):
        detail = activity["detail"]
        assert detail["description"] == row.measures
        assert _resolve(bundle, detail["goal"][0])["description"]["text"] == row.goal
        assert detail["scheduledPeriod"] == {"start": row.start, "end": row.ended}
        assert detail["performer"][0]["display"] == row.responsible
        assert detail["extension"] == [{"url": EXT_EVALUATION, "valueDate": row.evaluation}]
        assert activity["progress"][0]["text"] == row.comment
        assert detail["status"] == "completed"
    (consent,) = _by_type(bundle, "Consent")
    assert consent["status"] == "inactive"  # withdrawn
    assert consent["scope"]["coding"][0]["code"] == "treatment"
    assert consent["scope"]["coding"][0]["system"] == (
        "http://terminology.hl7.org/CodeSystem/consentscope")
    assert consent["category"][0]["coding"][0]["code"] == "59284-0"
    assert consent["dateTime"] == "2025-11-01"
    assert consent["provision"]["period"] == {"start": "2025-11-01", "end": "2026-10"}
    assert _resolve(bundle, consent["performer"][0]) is patient


def _d_number(born: dt.date) -> str:
    """A synthetic D-nummer (day + 40, month + 80) with valid check digits."""
    return synthetic_id_number(born, random.Random(0), d_number=True)


def test_partial_birth_date_and_d_number(db, kit) -> None:
    partial = store.add_patient(db, Patient(name="Ola Nordmann", birth_date="1943"))
    store.save_plan(db, partial.id, Plan(rows=[PlanRow(goal="Bo hjemme", start="1990")]))
    bundle = build_bundle(load_document(db, partial.id))
    assert _by_type(bundle, "Patient")[0]["birthDate"] == "1943"
    assert read_bundle(bundle).patient.birth_date == "1943"
    d_number = _d_number(dt.date(1990, 5, 17))
    dpatient = store.add_patient(db, Patient(name="Kari Dnummer", id_number=d_number))
    store.save_plan(db, dpatient.id, Plan())
    bundle = build_bundle(load_document(db, dpatient.id))
    assert _by_type(bundle, "Patient")[0]["identifier"][0]["system"] == DNR_SYSTEM
    assert read_bundle(bundle).patient.id_number == d_number


def test_consent_status_follows_the_forms(db, full_patient) -> None:
    consent = store.load_consent(db, full_patient)
    consent.withdrawn_date = ""
    store.save_consent(db, full_patient, consent)
    bundle = build_bundle(load_document(db, full_patient))
    assert _by_type(bundle, "Consent")[0]["status"] == "active"
    consent.given = False
    store.save_consent(db, full_patient, consent)  # the checklist says the patient said no
    bundle = build_bundle(load_document(db, full_patient))
    assert _by_type(bundle, "Consent")[0]["status"] == "rejected"


def test_a_foreign_collection_is_read_leniently() -> None:
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [
        {"fullUrl": "http://kommune.example/fhir/Patient/p1",
         "resource": {"resourceType": "Patient", "id": "p1",
                      "name": [{"family": "Nordmann", "given": ["Kari", "Ann"]}],
                      "birthDate": "1950-02",
                      "address": [{"line": ["Storgata 1"], "postalCode": "2317",
                                   "city": "Hamar"}]}},
        {"fullUrl": "http://kommune.example/fhir/Goal/g1",
         "resource": {"resourceType": "Goal", "id": "g1", "lifecycleStatus": "active",
                      "description": {"text": "Klare meg selv"},
                      "subject": {"reference": "Patient/p1"}}},
        {"fullUrl": "http://kommune.example/fhir/CarePlan/c1",
         "resource": {"resourceType": "CarePlan", "id": "c1", "status": "active",
                      "intent": "plan", "subject": {"reference": "Patient/p1"},
                      "period": {"start": "2024-01-05T10:00:00+01:00"},
                      "goal": [{"reference": "Goal/g1"}],
                      "activity": [{"detail": {"status": "in-progress",
                                               "code": {"text": "Hjemmesykepleie"}}}]}},
    ]}
    doc = read_bundle(bundle)
    assert doc.patient.name == "Kari Ann Nordmann"
    assert doc.patient.address == "Storgata 1, 2317 Hamar"
    assert doc.patient.birth_date == "1950-02"
    plan = doc.current.plan
    assert plan.valid_from == "2024-01-05"
    assert [(r.goal, r.measures) for r in plan.rows] == [("", "Hjemmesykepleie"),
                                                           ("Klare meg selv", "")]


def _minimal(db, full_patient) -> dict:
    return json.loads(json.dumps(build_bundle(load_document(db, full_patient))))


@pytest.mark.parametrize("breakage, words", [
    (lambda b: b.update(resourceType="Patient"), "ikke en gyldig FHIR R4"),
    (lambda b: b.update(type="transaction"), "document"),
    (lambda b: b.update(entry="nei"), "ikke en gyldig FHIR R4"),
    (lambda b: b["entry"].__setitem__(1, {"resource": {"name": "x"}}), "ikke en gyldig"),
    (lambda b: b.update(entry=[e for e in b["entry"]
                               if e["resource"]["resourceType"] != "Patient"]), "henvisninger"),
    (lambda b: b.update(entry=[e for e in b["entry"]
                               if e["resource"]["resourceType"] != "CarePlan"]), "henvisninger"),
    (lambda b: b["entry"][0]["resource"].update(subject={"reference": "urn:uuid:nowhere"}),
     "henvisninger"),
])
def test_broken_bundles_are_refused(db, full_patient, breakage, words) -> None:
    bundle = _minimal(db, full_patient)
    breakage(bundle)
    with pytest.raises(ExchangeRefused, match=words):
        read_bundle(bundle)


def test_a_bundle_without_patient_or_careplan_is_refused(db, full_patient) -> None:
    bundle = _minimal(db, full_patient)
    no_plan = {"resourceType": "Bundle", "type": "collection", "entry": [
        e for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient"]}
    with pytest.raises(ExchangeRefused, match="CarePlan"):
        read_bundle(no_plan)
    no_patient = copy.deepcopy(no_plan)
    no_patient["entry"][0]["resource"] = {"resourceType": "CarePlan", "status": "active",
                                          "intent": "plan", "subject": {"display": "x"}}
    with pytest.raises(ExchangeRefused, match="Patient"):
        read_bundle(no_patient)


def test_bad_dates_and_numbers_are_refused(db, full_patient) -> None:
    bundle = _minimal(db, full_patient)
    patient = next(e["resource"] for e in bundle["entry"]
                   if e["resource"]["resourceType"] == "Patient")
    patient["identifier"][0]["value"] = "01010112345"
    with pytest.raises(ExchangeRefused, match="Pasientopplysningene"):
        read_bundle(bundle)
    bundle = _minimal(db, full_patient)
    plan = next(e["resource"] for e in bundle["entry"]
                if e["resource"]["resourceType"] == "CarePlan")
    plan["period"]["start"] = "2025-13-45"
    with pytest.raises(ExchangeRefused, match="2025-13-45"):
        read_bundle(bundle)


def test_the_documented_example_is_valid_and_readable() -> None:
    bundle = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    Bundle.model_validate(bundle)
    doc = read_bundle(bundle)
    assert doc.patient.id_number[2:4] >= "81"  # synthetic: month + 80
    assert doc.current.plan.rows and doc.consent.given


def test_the_old_label_of_the_hospital_coordinator_is_still_read(db, full_patient) -> None:
    doc = load_document(db, full_patient)
    bundle = build_bundle(doc)
    for team in _by_type(bundle, "CareTeam"):
        for participant in team["participant"]:
            if participant["role"][0]["text"] == "Koordinator i spesialisthelsetjenesten":
                participant["role"][0]["text"] = "Midlertidig koordinator"
    back = read_bundle(bundle)
    assert back.current.plan.hospital_coordinator == doc.current.plan.hospital_coordinator
