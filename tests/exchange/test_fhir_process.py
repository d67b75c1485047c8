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
    Consent,
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


def _resources(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


@pytest.fixture
def in_process(db, notified_patient):
    """A notified patient (reply with a coordinator) with two consent versions, a plan signed
    and transferred to the municipality."""
    from desktop.records import Signature
    from desktop.records_process import IP_TRANSFERRED, IpState
    from desktop.store import process

    patient_id, _notice_id = notified_patient(db)
    store.save_consent(db, patient_id, Consent(given=True, date="2025-01-10", place="Hamar",
                                               valid_to="2025-12-31"))
    store.new_consent_version(db, patient_id, Consent(given=True, date="2026-02-01",
                                                      place="Gjøvik", share_with_team=True))
    store.save_plan(db, patient_id, Plan(valid_from="2026-02-01",
                                         hospital_coordinator=Coordinator(name="Tore Skaug")))
    store.sign_version(db, patient_id, Signature(patient_name="Åse Nordmann",
                                                 coordinator_name="Tore Skaug",
                                                 signed_date="2026-02-02"))
    process.set_ip_state(db, patient_id, IpState(state=IP_TRANSFERRED, date="2026-11-20",
                                                 by="Siri Kvam"))
    return patient_id


def test_process_resources_are_valid_r4(db, in_process) -> None:
    bundle = json.loads(json.dumps(build_bundle(load_document(db, in_process))))
    Bundle.model_validate(bundle)
    consents = _resources(bundle, "Consent")
    assert len(consents) == 3  # the newest, the older version, the consent to notify
    assert consents[0]["dateTime"] == "2026-02-01"
    assert consents[1]["dateTime"] == "2025-01-10"
    assert consents[2]["category"][0]["text"] == "Samtykke til å kontakte kommunen"
    (request,) = _resources(bundle, "ServiceRequest")
    (task,) = _resources(bundle, "Task")
    organization = next(e for e in bundle["entry"]
                        if e["fullUrl"] == request["performer"][0]["reference"])
    assert organization["resource"]["resourceType"] == "Organization"
    assert task["restriction"]["period"]["end"] == "2026-11-16"
    flags = sorted(f["code"]["text"] for f in _resources(bundle, "Flag"))
    assert flags == ["Individuell plan foreligger: ja",
                     "Koordinator oppnevnt: ja – Kari Berg, Eksempelvik kommune, "
                     "+47 000 00 002, kari.berg@eksempelvik.example"]
    (care_plan,) = [c for c in _resources(bundle, "CarePlan") if c["title"] == "Individuell plan"]
    assert care_plan["status"] == "completed"  # overført til kommunen
    consent_section = next(s for s in bundle["entry"][0]["resource"]["section"]
                           if s["code"]["coding"][0]["code"] == "consent")
    assert len(consent_section["entry"]) == 3 + 1 + 2  # consents, the notice, the flags


def test_process_round_trips_through_an_empty_database(db, in_process, kit, tmp_path) -> None:
    from desktop import paths
    from desktop.exchange import importer
    from desktop.exchange.fhir_process import load_process

    first = build_bundle(load_document(db, in_process))
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(first), encoding="utf-8")
    empty = store.open_db(paths.database_path(tmp_path / "other"))
    try:
        found = importer.preview(empty, path)  # the department the file names, as the dialog
        result = importer.apply(empty, found, importer.NEW_PATIENT,  # presets it
                                department=store.get_patient(db, in_process).department)
        mine, theirs = load_process(db, in_process), load_process(empty, result.patient_id)
        for records in (mine, theirs):
            for notice in records.notices:
                notice.id = notice.patient_id = notice.ke_id = notice.recipient.id = None
        assert theirs == mine
        assert len(theirs.older_consents) == 1 and theirs.notices[0].reply_coordinator.name
        assert store.load_consent(empty, result.patient_id).place == "Gjøvik"
        assert kit.stored(empty, result.patient_id) == kit.stored(db, in_process)
        again = build_bundle(load_document(empty, result.patient_id))
        assert _normalised(again) == _normalised(first)
    finally:
        empty.close()


def _normalised(bundle: dict) -> dict:
    import re

    order: dict[str, str] = {}
    text = re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                  lambda m: order.setdefault(m.group(0), f"id-{len(order)}"), json.dumps(bundle))
    out = json.loads(text)
    out.pop("timestamp")
    out["entry"][0]["resource"].pop("date")
    for entry in out["entry"]:
        entry["resource"].pop("created", None)
    return out
