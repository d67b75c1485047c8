"""The indicator report as CSV and FHIR R4 MeasureReports, and the merge of several wards."""

from __future__ import annotations

import json

import pytest

from desktop import store
from desktop.records import Patient
from desktop.reports import indicator_files as files
from desktop.reports import indicators as ind
from desktop.store import events as ev

BUP, VOP = "Barne- og ungdomspsykiatri", "Voksenpsykiatri"


def _ward(db, department: str, dates: list[str]) -> None:
    for on in dates:
        pid = store.add_patient(db, Patient(name="Ola Tenkt", department=department)).id
        with db.atomic():
            ev.record_event(db, pid, ev.INFORMED, on)
            ev.record_event(db, pid, ev.CONSENT_GIVEN, on)
            ev.record_event(db, pid, ev.NOTICE_SENT, on)


WARD_A = (BUP, ["2026-01-10", "2026-05-10", "2026-05-11", "2026"])
WARD_B = (VOP, ["2026-02-10", "2026-10-10", "2025-10-10"])


def test_csv_has_one_line_per_category_tertial_and_indicator(db):
    _ward(db, *WARD_A)
    text = files.to_csv(ind.count(db, 2026, indicators=("I1", "I7")))
    lines = text.splitlines()
    assert lines[0] == "category;tertial;indicator;count"
    assert f"{BUP};T2;I1;<5" in lines
    assert "Totalt;uten tertial;I7;<5" in lines
    assert len(lines) == 1 + 2 * 6 * 4
    assert f"{BUP};T2;I1;2" in files.to_csv(ind.count(db, 2026), suppress=False).splitlines()


def test_measure_reports_validate_as_fhir_r4(db):
    from fhir.resources.R4B.bundle import Bundle
    from fhir.resources.R4B.measurereport import MeasureReport

    _ward(db, *WARD_A)
    text = files.to_fhir(db, ind.count(db, 2026))
    bundle = Bundle.model_validate_json(text)
    reports = [entry.resource for entry in bundle.entry]
    assert len(reports) == 10 * 4
    for resource in reports:
        MeasureReport.model_validate(resource.model_dump())
        assert resource.type == "summary"
    assert "Ola" not in text


def _files(tmp_path, *wards):
    from desktop.store.db import open_db

    paths = []
    for n, ward in enumerate(wards):
        db = open_db(tmp_path / f"ward{n}.db")
        _ward(db, *ward)
        path = tmp_path / f"ward{n}.json"
        path.write_text(files.to_fhir(db, ind.count(db, 2026)), encoding="utf-8")
        paths.append(path)
        db.close()
    return paths


def test_merging_two_wards_equals_one_database_with_both(db, tmp_path):
    merged = files.merge(_files(tmp_path, WARD_A, WARD_B))
    _ward(db, *WARD_A)
    _ward(db, *WARD_B)
    one = ind.count(db, 2026)
    assert merged.columns == one.columns
    for indicator in ind.INDICATORS:
        for category in (*ind.CATEGORIES, ind.TOTAL):
            for tertial in one.columns:
                assert (merged.tables[indicator].count(category, tertial)
                        == one.tables[indicator].count(category, tertial))
    assert files.to_csv(merged) == files.to_csv(one)


def test_merge_refuses_twice_other_year_other_definition_and_strangers(db, tmp_path):
    first, = _files(tmp_path, WARD_A)
    with pytest.raises(files.MergeRefused, match="allerede talt med"):
        files.merge([first, first])
    data = json.loads(first.read_text(encoding="utf-8"))
    for entry in data["entry"]:
        entry["resource"]["period"] = {"start": "2025-01-01", "end": "2025-04-30"}
        entry["resource"]["identifier"][0]["value"] = "annen"
    other_year = tmp_path / "other_year.json"
    other_year.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(files.MergeRefused, match="gjelder 2025"):
        files.merge([first, other_year])
    for entry in data["entry"]:
        entry["resource"]["measure"] = entry["resource"]["measure"].replace(
            f":v{ind.DEFINITION_VERSION}", ":v9")
    other_definition = tmp_path / "v9.json"
    other_definition.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(files.MergeRefused, match="annen definisjon"):
        files.merge([other_definition])
    stranger = tmp_path / "plan.json"
    stranger.write_text('{"resourceType": "Patient"}', encoding="utf-8")
    with pytest.raises(files.MergeRefused, match="ikke en indikatorrapport"):
        files.merge([stranger])
    broken = tmp_path / "broken.json"
    broken.write_bytes(b"\xff\x00")
    with pytest.raises(files.MergeRefused, match="ikke en indikatorrapport"):
        files.merge([broken])
