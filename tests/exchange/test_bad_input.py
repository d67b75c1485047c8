"""Bad input gets one clear sentence and nothing written (issue 16, items 17, 18 and 21):
ASCII digits only, control characters and lone surrogates, whitespace-only names, the limits
of one import, the linear ordering of plan versions, and a plan marked final without a
signature record."""

from __future__ import annotations

import copy
import json

import pytest

from desktop import store
from desktop.exchange import fhir_read, importer
from desktop.exchange.errors import ExchangeRefused
from desktop.exchange.exporter import export_patient
from desktop.exchange.fhir import build_bundle, load_document
from desktop.exchange.fhir_read import read_bundle
from desktop.records import Patient, Plan, PlanRow, ValidationError, check_id_number
from desktop.store.patients import find_patient


@pytest.fixture
def bundle(db, full_patient) -> dict:
    return build_bundle(load_document(db, full_patient))


def _resources(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def _write(tmp_path, bundle: dict, name: str = "plan.json"):
    path = tmp_path / name
    path.write_text(json.dumps(bundle), encoding="utf-8")
    return path


# ---------------------------------------------------------------- item 17

@pytest.mark.parametrize("shift", [0xFF10 - ord("0"), 0x0660 - ord("0"), 0x06F0 - ord("0")])
def test_only_ascii_digits_make_a_fodselsnummer(db, full_patient, bundle, kit, tmp_path,
                                                shift) -> None:
    number = store.get_patient(db, full_patient).id_number
    other = "".join(chr(ord(c) + shift) for c in number)  # fullwidth / Arabic-Indic digits
    assert other.isdigit() and int(other) == int(number)  # what fooled the old check
    with pytest.raises(ValidationError, match="11 siffer"):
        check_id_number(other)
    with pytest.raises(ValidationError):
        Patient(name="Ola", birth_date="١٩٦١").validated()
    assert find_patient(db, other) is None and find_patient(db, str(full_patient)) is not None
    (patient,) = _resources(bundle, "Patient")
    patient["identifier"][0]["value"] = other
    before = kit.snapshot(db)
    with pytest.raises(ExchangeRefused, match="11 siffer"):
        importer.preview(db, _write(tmp_path, bundle))
    assert kit.snapshot(db) == before


def test_control_characters_are_removed_from_imported_text(db, bundle, tmp_path) -> None:
    (patient,) = _resources(bundle, "Patient")
    patient["name"] = [{"text": "Ola\x1b[2J\x07 Nord\x00mann\x9b"}]
    plan = _resources(bundle, "CarePlan")[0]
    plan["description"] = "Linje 1\r\nLinje 2\rLinje 3\tmed tab\x08"
    other = store.open_db(tmp_path / "other.sqlite")
    try:
        found = importer.preview(other, _write(tmp_path, bundle))
        assert found.document.patient.name == "Ola[2J Nordmann"
        result = importer.apply(other, found, importer.NEW_PATIENT)
        saved = store.get_patient(other, result.patient_id)
        assert saved.name == "Ola[2J Nordmann"
        assert store.plan_versions(other, result.patient_id)[0].plan.situation == (
            "Linje 1\nLinje 2\nLinje 3\tmed tab")
    finally:
        other.close()


def test_a_lone_surrogate_is_refused_in_norwegian(db, bundle, kit, tmp_path) -> None:
    (patient,) = _resources(bundle, "Patient")
    patient["address"][0]["text"] = "SURROGATE"
    text = json.dumps(bundle).replace("SURROGATE", "Gate 1\\ud800")
    assert "\\ud800" in text
    path = tmp_path / "plan.json"
    path.write_text(text, encoding="utf-8")
    before = kit.snapshot(db)
    with pytest.raises(ExchangeRefused, match="ugyldige tegn"):
        importer.preview(db, path)
    assert kit.snapshot(db) == before


def test_whitespace_only_names_do_not_crash_export(db, kit, tmp_path) -> None:
    patient = store.add_patient(db, Patient(name="Kari Nordmann", birth_date="1970"))
    plan = Plan(situation="Utkast", prepared_by="   ")
    plan.hospital_coordinator.name = "   "
    plan.municipal_coordinator.name = " \t "
    plan.rows.append(PlanRow(goal="Mål", responsible="  "))
    store.save_plan(db, patient.id, plan)
    db.execute("UPDATE patients SET name = '   ' WHERE id = ?", [patient.id])  # an old row
    result = export_patient(db, patient.id, tmp_path / "x.zip", kit.PASS, version=1,
        consent_reason=kit.REASON)
    assert result.version == 1 and (tmp_path / "x.zip").exists()


# ---------------------------------------------------------------- item 18

def _many_versions(bundle: dict, count: int, numbered: bool) -> dict:
    """``count`` plan versions chained by ``replaces``, listed newest first."""
    out = copy.deepcopy(bundle)
    plans = _resources(out, "CarePlan")
    template = next(p for p in plans if p.get("title") == "Individuell plan")
    keep = [e for e in out["entry"] if e["resource"]["resourceType"] in (
        "Composition", "Patient")]
    entries = []
    for i in range(count):
        plan = {"resourceType": "CarePlan", "id": f"v{i}", "status": "revoked",
                "intent": "plan", "title": "Individuell plan", "subject": template["subject"],
                "description": f"Versjon {i + 1}"}
        if numbered:
            plan["extension"] = [{"url": fhir_read.EXT_PLAN_VERSION, "valueInteger": i + 1}]
        if i:
            plan["replaces"] = [{"reference": f"CarePlan/v{i - 1}"}]
        entries.append({"fullUrl": f"urn:uuid:00000000-0000-0000-0000-{i:012d}",
                        "resource": plan})
    composition = keep[0]["resource"]
    composition["section"] = []
    out["entry"] = keep + list(reversed(entries))
    return out


def test_version_order_by_replaces_is_linear(bundle, monkeypatch) -> None:
    calls = []
    resolve = fhir_read._Index.resolve

    def counted(self, reference, kind=None):
        calls.append(1)
        return resolve(self, reference, kind)

    monkeypatch.setattr(fhir_read._Index, "resolve", counted)
    for count in (50, 400):
        calls.clear()
        doc = read_bundle(_many_versions(bundle, count, numbered=False))
        assert [v.plan.situation for v in doc.versions] == [
            f"Versjon {i + 1}" for i in range(count)]
        assert len(calls) < 40 * count  # the old ordering resolved O(n²) references


def test_limits_of_one_import_are_refused_in_norwegian(bundle, monkeypatch) -> None:
    too_many = _many_versions(bundle, fhir_read.MAX_VERSIONS + 1, numbered=True)
    with pytest.raises(ExchangeRefused, match="mer enn 5 000 planversjoner"):
        read_bundle(too_many)
    rows = copy.deepcopy(bundle)
    plan = next(p for p in _resources(rows, "CarePlan") if p.get("title") == "Individuell plan"
                and p["status"] != "revoked")
    plan["activity"] = [{"detail": {"description": "Tiltak"}}] * (fhir_read.MAX_ROWS + 1)
    with pytest.raises(ExchangeRefused, match="rader i én plan"):
        read_bundle(rows)
    long = copy.deepcopy(bundle)
    _resources(long, "CarePlan")[0]["description"] = "x" * (fhir_read.MAX_FIELD_CHARS + 1)
    with pytest.raises(ExchangeRefused, match="mer enn 100 000 tegn"):
        read_bundle(long)
    _resources(long, "CarePlan")[0]["description"] = "x" * fhir_read.MAX_FIELD_CHARS
    assert read_bundle(long).versions


# ---------------------------------------------------------------- item 21

@pytest.mark.parametrize("how", ["careplan-active", "careplan-completed", "composition-final"])
def test_a_plan_marked_final_stays_signed_without_a_signature_record(db, bundle, kit,
                                                                     tmp_path, how) -> None:
    gone = {e["fullUrl"] for e in bundle["entry"]
            if e["resource"]["resourceType"] == "Provenance"}
    bundle["entry"] = [e for e in bundle["entry"] if e["fullUrl"] not in gone]
    composition = bundle["entry"][0]["resource"]
    composition["section"] = [s for s in composition["section"]
                              if not {r["reference"] for r in s.get("entry", [])} & gone]
    plans = [p for p in _resources(bundle, "CarePlan") if p.get("title") == "Individuell plan"]
    for plan in plans:
        plan["status"] = "revoked"
    current = max(plans, key=lambda p: p["extension"][0]["valueInteger"])
    if how == "composition-final":
        current["status"] = "draft"
        bundle["entry"][0]["resource"]["status"] = "final"
    else:
        current["status"] = how.split("-")[1]
        bundle["entry"][0]["resource"]["status"] = "preliminary"
    other = store.open_db(tmp_path / "other.sqlite")
    try:
        found = importer.preview(other, _write(tmp_path, bundle))
        assert found.document.current.frozen
        assert [v.frozen for v in found.document.versions[:-1]] == [False]
        result = importer.apply(other, found, importer.NEW_PATIENT)
        assert store.current_version(other, result.patient_id).frozen
        again = build_bundle(load_document(other, result.patient_id))
        plans = [p for p in _resources(again, "CarePlan") if p.get("title") == "Individuell plan"]
        assert plans[-1]["status"] == "active" and again["entry"][0]["resource"]["status"] == (
            "final")
        assert read_bundle(again).current.frozen  # and so on, round after round
    finally:
        other.close()
