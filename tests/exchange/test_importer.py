"""Import: preview and differences, the two choices, history kept, one transaction, refusals."""

from __future__ import annotations

import json

import pytest

from desktop import store
from desktop.exchange import importer
from desktop.exchange.errors import ExchangeRefused, NothingToImport
from desktop.exchange.exporter import export_patient
from desktop.exchange.fhir import build_bundle, load_document
from desktop.records import Patient
from desktop.store import log


@pytest.fixture
def package(db, full_patient, kit, tmp_path):
    path = tmp_path / "inn.zip"
    export_patient(db, full_patient, path, kit.PASS, version=2,
        consent_reason=kit.REASON)  # the current draft
    return path


def test_preview_matches_by_fodselsnummer_and_writes_nothing(db, full_patient, package,
                                                            kit) -> None:
    before = kit.snapshot(db)
    found = importer.preview(db, package, kit.PASS)
    assert kit.snapshot(db) == before
    assert found.kind == importer.KIND_PACKAGE and found.match.id == full_patient
    assert found.match_by == importer.MATCH_ID_NUMBER and not found.may_be_new_patient
    assert found.differences == []  # the same content as in the database


def test_differences_are_listed(db, full_patient, package, kit) -> None:
    plan = store.load_plan(db, full_patient).plan
    plan.rows[0].measures = "Noe annet"
    plan.rows.pop()
    store.save_plan(db, full_patient, plan)
    patient = store.get_patient(db, full_patient)
    patient.phone = "400 00 000"
    store.update_patient(db, patient)
    found = importer.preview(db, package, kit.PASS)
    shown = {(d.area, d.field): (d.existing, d.incoming) for d in found.differences}
    assert shown[("Pasient", "Telefon")][0] == "400 00 000"
    assert shown[("Plan", "Rad 1: Tiltak")][0] == "Noe annet"
    assert shown[("Plan", "Antall rader")][0] == str(len(plan.rows))


def test_match_by_name_and_birth_date_needs_the_user(db, full_patient, package, kit,
                                                    tmp_path) -> None:
    other = store.open_db(tmp_path / "other.sqlite")
    try:
        incoming = importer.preview(other, package, kit.PASS).document.patient
        twin = store.add_patient(other, Patient(name=incoming.name.upper(),
                                                birth_date=incoming.birth_date))
        found = importer.preview(other, package, kit.PASS)
        assert found.match.id == twin.id and found.match_by == importer.MATCH_NAME_BIRTH
        assert found.may_be_new_patient
    finally:
        other.close()


def test_reimporting_an_identical_file_writes_nothing(db, full_patient, package, kit,
                                                       tmp_path) -> None:
    before = kit.snapshot(db)
    found = importer.preview(db, package, kit.PASS)
    with pytest.raises(NothingToImport, match="Ingen endringer"):
        importer.apply(db, found, importer.NEW_VERSION)
    assert kit.snapshot(db) == before  # no version, no log entry
    # the signed version 1 differs from the current draft: added once, then "ingen endringer"
    signed = tmp_path / "signert.zip"
    export_patient(db, full_patient, signed, kit.PASS,
        consent_reason=kit.REASON)
    assert importer.apply(db, importer.preview(db, signed, kit.PASS),
                          importer.NEW_VERSION).versions == [3]
    after = kit.snapshot(db)
    with pytest.raises(NothingToImport):
        importer.apply(db, importer.preview(db, signed, kit.PASS), importer.NEW_VERSION)
    assert kit.snapshot(db) == after and store.current_version(db, full_patient).frozen


def test_new_version_keeps_history_checklist_and_consent(db, full_patient, package,
                                                         kit) -> None:
    exported = store.load_plan(db, full_patient).plan
    plan = store.load_plan(db, full_patient).plan
    plan.situation += " Endret etter eksporten."
    store.save_plan(db, full_patient, plan)
    history = store.plan_versions(db, full_patient)
    checklist = store.load_checklist(db, full_patient)
    consent = store.load_consent(db, full_patient)
    consent.place = "Gjøvik"
    store.save_consent(db, full_patient, consent)
    found = importer.preview(db, package, kit.PASS)
    result = importer.apply(db, found, importer.NEW_VERSION)
    assert result.patient_id == full_patient and result.versions == [3]
    after = store.plan_versions(db, full_patient)
    assert after[:2] == history
    assert after[2].plan == exported
    assert store.load_consent(db, full_patient).place == "Gjøvik"
    assert store.load_checklist(db, full_patient) == checklist
    (entry,) = log.entries(db, full_patient, log.IMPORT)
    detail = json.loads(entry.detail)
    assert detail["file"] == "inn.zip" and detail["as"] == importer.NEW_VERSION
    assert detail["plan_versions"] == [3]


def test_new_patient_is_refused_for_a_known_fodselsnummer(db, package, kit) -> None:
    found = importer.preview(db, package, kit.PASS)
    before = kit.snapshot(db, log=False)
    with pytest.raises(ExchangeRefused, match="fødselsnummeret"):
        importer.apply(db, found, importer.NEW_PATIENT)
    assert kit.snapshot(db, log=False) == before
    refused = log.entries(db, kind=log.REFUSED)  # the refusal is logged, after the rollback
    assert [(e.patient_id, '"import"' in e.detail) for e in refused] == [(found.match.id, True)]


def test_a_failure_half_way_writes_nothing(db, package, kit, tmp_path, monkeypatch) -> None:
    other = store.open_db(tmp_path / "other.sqlite")
    try:
        found = importer.preview(other, package, kit.PASS)
        before = kit.snapshot(other)
        calls = []

        def failing(db_, patient_id, plan, signature=None):
            calls.append(plan)
            if len(calls) == 2:
                raise RuntimeError("disk full")
            return original(db_, patient_id, plan, signature)

        original = store.add_plan_version
        monkeypatch.setattr(store, "add_plan_version", failing)
        with pytest.raises(RuntimeError):
            importer.apply(other, found, importer.NEW_PATIENT)
        assert len(calls) == 2 and kit.snapshot(other) == before
    finally:
        other.close()


def test_a_plain_bundle_file_is_imported(db, full_patient, kit, tmp_path) -> None:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(build_bundle(load_document(db, full_patient))), encoding="utf-8")
    other = store.open_db(tmp_path / "other.sqlite")
    try:
        found = importer.preview(other, path)
        assert found.kind == importer.KIND_BUNDLE and found.manifest == {}
        result = importer.apply(other, found, importer.NEW_PATIENT, department="Rusbehandling")
        assert kit.stored(other, result.patient_id) == kit.stored(db, full_patient)
        assert store.get_patient(other, result.patient_id).department == "Rusbehandling"
    finally:
        other.close()


@pytest.mark.parametrize("content, words", [
    (b"%PDF-1.7 ...", "En PDF kan ikke importeres"),
    (b"not json at all", "ikke en gyldig FHIR R4"),
    (b'{"resourceType": "Patient"}', "ikke en gyldig FHIR R4"),
    (b"[1, 2, 3]", "ikke en gyldig FHIR R4"),
    (b"[" * 100000, "ikke en gyldig FHIR R4"),
    (b"\xff\xfe\x00", "ikke en gyldig FHIR R4"),
])
def test_files_that_are_not_plans_are_refused(db, kit, tmp_path, content, words) -> None:
    path = tmp_path / "fil"
    path.write_bytes(content)
    before = kit.snapshot(db)
    with pytest.raises(ExchangeRefused, match=words):
        importer.preview(db, path, "")
    assert kit.snapshot(db) == before


def test_a_package_needs_its_passphrase(db, package, kit) -> None:
    with pytest.raises(ExchangeRefused, match="Skriv passordet"):
        importer.preview(db, package, "")
    with pytest.raises(ExchangeRefused, match="Feil passord"):
        importer.preview(db, package, "feil-feil-feil-feil")
