"""Round trip: export -> import into an empty database -> export again gives the same content
for every form (checklist, consent, plan rows, existing decisions, signatures, versions)."""

from __future__ import annotations

import json
import re

from desktop import paths, store
from desktop.exchange import importer
from desktop.exchange.exporter import export_patient
from desktop.exchange.package import read_package


def _normalised(fhir: bytes) -> dict:
    """The bundle without what differs by nature between two exports: the random uuids (kept
    as their order of appearance), the export time and the version timestamps."""
    text = fhir.decode("utf-8")
    order: dict[str, str] = {}
    text = re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                  lambda m: order.setdefault(m.group(0), f"id-{len(order)}"), text)
    bundle = json.loads(text)
    bundle.pop("timestamp")
    composition = bundle["entry"][0]["resource"]
    composition.pop("date")
    for entry in bundle["entry"]:
        entry["resource"].pop("created", None)
    return bundle


def test_round_trip_of_every_field(db, full_patient, kit, tmp_path) -> None:
    first = tmp_path / "first.zip"
    # the whole history goes along when the newest version (a draft) is chosen
    export_patient(db, full_patient, first, kit.PASS, exported_by="Siri Kvam", version=2,
        consent_reason=kit.REASON)
    empty = store.open_db(paths.database_path(tmp_path / "other"))
    try:
        found = importer.preview(empty, first, kit.PASS)
        assert found.match is None
        department = store.get_patient(db, full_patient).department
        assert department and found.document.patient.department == department  # the file names it
        result = importer.apply(empty, found, importer.NEW_PATIENT, department=department)
        assert result.versions == [1, 2]
        assert kit.stored(empty, result.patient_id) == kit.stored(db, full_patient)
        second = tmp_path / "second.zip"
        export_patient(empty, result.patient_id, second, kit.PASS, exported_by="Siri Kvam",
                       version=2,
                           consent_reason=kit.REASON)
        a = read_package(first.read_bytes(), kit.PASS)
        b = read_package(second.read_bytes(), kit.PASS)
        assert _normalised(a.fhir) == _normalised(b.fhir)
        assert a.manifest["patient"] == b.manifest["patient"]
    finally:
        empty.close()


def test_round_trip_of_the_demo_patients(db, kit, tmp_path) -> None:
    from desktop.demo import fill_demo

    empty = store.open_db(paths.database_path(tmp_path / "other"))
    try:
        for patient in fill_demo(db, 10):
            if not store.plan_versions(db, patient.id):
                continue
            path = tmp_path / f"{patient.id}.zip"
            export_patient(db, patient.id, path, kit.PASS,
                           version=store.current_version(db, patient.id).number,
                               consent_reason=kit.REASON)
            result = importer.apply(empty, importer.preview(empty, path, kit.PASS),
                                    importer.NEW_PATIENT)
            assert kit.stored(empty, result.patient_id) == kit.stored(db, patient.id)
    finally:
        empty.close()
