"""Dates kept as typed (issue 16 item 8) travel in FHIR: the text rides on the date element as a
primitive extension (``_start``, ``_valueDate`` …) and comes back as typed, with the ISO date
beside it where there is one; validated by the R4B models and round-tripped through the store."""

from __future__ import annotations

import dataclasses
import json

from fhir.resources.R4B.bundle import Bundle

from desktop import paths, store
from desktop.exchange import importer
from desktop.exchange.exporter import export_patient
from desktop.exchange.fhir import build_bundle, load_document
from desktop.exchange.fhir_access import EXT_DATE_AS_TYPED
from desktop.exchange.fhir_read import read_bundle
from desktop.records_dates import date_text, with_typed_dates


def _type_dates(db, patient_id: int) -> None:
    """Dates typed as a span of months, a month in words and as text that is no date, in the
    plan, a row, an existing decision, the consent and the checklist."""
    version = store.current_version(db, patient_id)
    plan = with_typed_dates(version.plan, valid_from="Juli/august 2012")
    plan.rows[0] = with_typed_dates(plan.rows[0], start="uke 32", evaluation="Høsten 2026")
    plan.decisions[0] = with_typed_dates(plan.decisions[0], period_to="Juli/august 2027")
    store.save_plan(db, patient_id, plan)
    consent = with_typed_dates(store.load_consent(db, patient_id), info_given_date="i fjor",
                               valid_to="Juni/juli 2026")
    store.save_consent(db, patient_id, consent)
    checklist = store.load_checklist(db, patient_id)
    checklist.start[0] = with_typed_dates(checklist.start[0], date="etter jul")
    checklist = with_typed_dates(checklist, declined_date="Mars/april 2025")
    store.save_checklist(db, patient_id, checklist)


def test_typed_dates_are_primitive_extensions_and_come_back(db, full_patient, kit) -> None:
    _type_dates(db, full_patient)
    doc = load_document(db, full_patient)
    assert doc.current.plan.typed == {"valid_from": "Juli/august 2012"}
    assert doc.current.plan.rows[0].typed["start"] == "uke 32"
    bundle = json.loads(json.dumps(build_bundle(doc, "Siri Kvam")))
    Bundle.model_validate(bundle)
    section = bundle["entry"][0]["resource"]["section"][0]  # the plan: its newest version
    care_plan = next(e["resource"] for e in bundle["entry"]
                     if e["fullUrl"] == section["entry"][0]["reference"])
    assert care_plan["period"]["start"] == "2012-07"
    assert care_plan["period"]["_start"] == {"extension": [
        {"url": EXT_DATE_AS_TYPED, "valueString": "Juli/august 2012"}]}
    scheduled = care_plan["activity"][0]["detail"]["scheduledPeriod"]
    assert scheduled["_start"]["extension"][0]["valueString"] == "uke 32"
    back = read_bundle(bundle)
    assert kit.comparable(back) == kit.comparable(doc)
    assert date_text(back.current.plan, "valid_from") == "Juli/august 2012"
    assert date_text(back.current.plan.rows[0], "start") == "uke 32"
    assert date_text(back.consent, "info_given_date") == "i fjor"
    assert date_text(back.checklist.start[0], "date") == "etter jul"
    assert date_text(back.checklist, "declined_date") == "Mars/april 2025"


def test_typed_dates_round_trip_through_the_store(db, full_patient, kit, tmp_path) -> None:
    _type_dates(db, full_patient)
    path = tmp_path / "typed.zip"
    number = store.current_version(db, full_patient).number
    export_patient(db, full_patient, path, kit.PASS, version=number, consent_reason=kit.REASON)
    empty = store.open_db(paths.database_path(tmp_path / "other"))
    try:
        result = importer.apply(empty, importer.preview(empty, path, kit.PASS),
                                importer.NEW_PATIENT)
        assert kit.stored(empty, result.patient_id) == kit.stored(db, full_patient)
        plan = store.current_version(empty, result.patient_id).plan
        assert date_text(plan.decisions[0], "period_to") == "Juli/august 2027"
        assert date_text(plan.rows[0], "evaluation") == "Høsten 2026"
    finally:
        empty.close()


def test_a_bundle_without_typed_dates_reads_no_text(db, full_patient) -> None:
    doc = load_document(db, full_patient)
    back = read_bundle(json.loads(json.dumps(build_bundle(doc))))
    assert back.current.plan.typed == {} and back.consent.typed == {}
    assert all(row.typed == {} for row in back.current.plan.rows)
    assert dataclasses.replace(back.checklist).typed == {}
