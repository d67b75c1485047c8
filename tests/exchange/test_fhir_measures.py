"""FHIR for issue 13: the stage -> activity status table, measure fields, evaluations with their
authors, goal achievement, the crisis plan CarePlan; the round trip holds and older bundles
(without any of it) still read."""

from __future__ import annotations

import json

import pytest
from fhir.resources.R4B.bundle import Bundle

from desktop import store
from desktop.exchange.fhir import build_bundle, load_document
from desktop.exchange.fhir_measures import CRISIS_CATEGORY, EXT_STAGE
from desktop.exchange.fhir_read import read_bundle
from desktop.records import Patient, Plan, PlanRow
from desktop.records_measures import STAGES, CrisisContact, CrisisHelper, CrisisPlan, Evaluation
from desktop.store import measures

STATUS = {"ønsket": "not-started", "søkt": "not-started", "innvilget": "scheduled",
          "avslått": "cancelled", "igangsatt": "in-progress", "på vent": "on-hold",
          "avsluttet": "completed"}


@pytest.fixture
def measured(db):
    patient = store.add_patient(db, Patient(name="Mona Mål", birth_date="1980-05-05"))
    rows = [PlanRow(goal=f"Delmål {i}" if i % 2 == 0 else "", measures=f"Tiltak {i}",
                    stage=stage, stage_date="2026-02-01", scope="2 timer i uka",
                    life_area="Helse", applied_to="NAV", follow_up="Vera Voksen")
            for i, stage in enumerate(STAGES)]
    store.save_plan(db, patient.id, Plan(valid_from="2026-01-01", rows=rows))
    measures.record_evaluation(db, patient.id, 0, Evaluation(
        date="2026-03-01", achievement="nådd", patient_view="Jeg synes det går greit",
        professional_view="Fremgang", next_of_kin_view="Enig", conclusion="fortsette",
        next_date="2026-06", recorded_by="Vera Voksen"))
    measures.record_evaluation(db, patient.id, 0, Evaluation(
        date="2026-03-10", achievement="delvis nådd", conclusion="endre"))
    measures.save_crisis(db, patient.id, CrisisPlan(
        warning_signs="Sover lite", self_help="Går tur", medication="Behovsmedisin",
        how_to_meet="Rolig", admission="Post 2", made_with="Vera Voksen", date="2026-02-01",
        review_date="2026-08-01", helpers=[CrisisHelper("Søster", "Ringer")],
        contacts=[CrisisContact("Akutteamet", "Ambulant akutteam", "12345678", "Døgnet")]))
    return patient.id


def _resources(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_stage_status_table_and_extensions(db, measured):
    bundle = json.loads(json.dumps(build_bundle(load_document(db, measured))))
    Bundle.model_validate(bundle)
    main = next(c for c in _resources(bundle, "CarePlan") if c.get("title") == "Individuell plan")
    for activity, stage in zip(main["activity"], STAGES, strict=True):
        detail = activity["detail"]
        assert detail["status"] == STATUS[stage]
        assert {"url": EXT_STAGE, "valueString": stage} in detail["extension"]
    progress = main["activity"][0]["progress"]
    assert progress[0]["authorReference"]["reference"].startswith("urn:uuid:")
    assert progress[1]["authorString"] == "Vera Voksen" and progress[1]["time"] == "2026-03-01"
    assert main["activity"][0]["outcomeCodeableConcept"][0]["text"] == "endre"
    goal = next(g for g in _resources(bundle, "Goal")
                if g["description"]["text"] == "Delmål 0")
    assert goal["achievementStatus"]["coding"][0]["code"] == "improving"
    assert any(c.get("text") == "Helse" for c in goal["category"])
    crisis = next(c for c in _resources(bundle, "CarePlan")
                  if c.get("category", [{}])[0].get("text") == CRISIS_CATEGORY)
    assert crisis["partOf"][0]["reference"] == next(
        e["fullUrl"] for e in bundle["entry"] if e["resource"] is main)


def test_round_trip_holds(db, measured, kit):
    doc = load_document(db, measured)
    back = read_bundle(json.loads(json.dumps(build_bundle(doc))))
    assert kit.comparable(back) == kit.comparable(doc)
    plan = back.current.plan
    assert plan.decisions == [] and plan.crisis.contacts[0].phone == "12345678"
    assert plan.rows[0].evaluations[0].next_of_kin_view == "Enig"


def test_an_older_bundle_reads_with_defaults(db, measured):
    bundle = json.loads(json.dumps(build_bundle(load_document(db, measured))))
    for entry in bundle["entry"]:
        resource = entry["resource"]
        if resource["resourceType"] == "CarePlan":
            for activity in resource.get("activity", []):
                activity["detail"].pop("extension", None)
                activity.pop("outcomeCodeableConcept", None)
                activity["progress"] = [p for p in activity.get("progress", [])
                                        if "extension" not in p]
    gone = {e["fullUrl"] for e in bundle["entry"] if e["resource"].get("title") == "Kriseplan"}
    bundle["entry"] = [e for e in bundle["entry"] if e["fullUrl"] not in gone]
    for section in bundle["entry"][0]["resource"]["section"]:
        section["entry"] = [r for r in section.get("entry", []) if r["reference"] not in gone]
    plan = read_bundle(bundle).current.plan
    assert plan.crisis is None and plan.rows[0].stage == "" and plan.rows[0].evaluations == []


def test_the_mapping_travels_only_when_asked(db, measured):
    from desktop.store import mapping

    made = mapping.new_mapping(db, measured, date="2026-02-01", made_by="Vera")
    made.areas[0].status, made.areas[0].goal = "kartlagt", "Bo selv"
    saved = mapping.save_mapping(db, made)
    plain = build_bundle(load_document(db, measured))
    assert not any(e["resource"]["resourceType"] == "QuestionnaireResponse"
                   and "kartlegging" in e["resource"]["questionnaire"] for e in plain["entry"])
    bundle = json.loads(json.dumps(build_bundle(load_document(db, measured,
                                                              with_mappings=True))))
    Bundle.model_validate(bundle)
    (back,) = read_bundle(bundle).mappings
    assert (back.areas, back.date, back.made_by) == (saved.areas, saved.date, saved.made_by)
