"""Mappings through a handover (issue 13, items 3 and 7): left out unless asked for; with «Ta
med kartlegging» they travel, and an import keeps them (as a new patient and as a new version,
not twice); a foreign mapping without the reason a differing view asks for still imports."""

from __future__ import annotations

import dataclasses

from desktop import store
from desktop.exchange import exporter, importer
from desktop.records import Patient, Plan, PlanRow
from desktop.records_measures import AGREE_NO, AREA_MAPPED
from desktop.store import mapping

PASS = "kanel-fjord-sykkel-hest-tromme"


def _mapped_patient(db):
    patient = store.add_patient(db, Patient(name="Kari Kartlegging", birth_date="1961-04-09",
                                            id_number="09846106828"))
    store.save_plan(db, patient.id, Plan(valid_from="2026-01-01", rows=[PlanRow(goal="Bolig")]))
    made = mapping.new_mapping(db, patient.id, date="2026-02-01", made_by="Vera Voksen")
    made.areas[0] = dataclasses.replace(made.areas[0], status=AREA_MAPPED, goal="Egen leilighet",
                                        need_patient="Søke bolig", need_professional="Bofellesskap",
                                        agreement=AGREE_NO, comment="Prøver begge")
    mapping.save_mapping(db, made)
    return patient


def _export(db, patient_id, path, with_mappings):
    exporter.export_patient(db, patient_id, path, PASS, version=1, consent_reason="test",
                            with_mappings=with_mappings)


def test_the_round_trip_keeps_mappings_only_when_ticked(db, tmp_path):
    patient = _mapped_patient(db)
    _export(db, patient.id, tmp_path / "uten.zip", False)
    _export(db, patient.id, tmp_path / "med.zip", True)
    other = store.open_db(tmp_path / "other.sqlite")
    try:
        found = importer.preview(other, tmp_path / "uten.zip", PASS)
        assert found.document.mappings == []
        found = importer.preview(other, tmp_path / "med.zip", PASS)
        result = importer.apply(other, found, importer.NEW_PATIENT)
        (back,) = mapping.list_mappings(other, result.patient_id)
        (original,) = mapping.list_mappings(db, patient.id)
        assert back.areas == original.areas
        assert (back.date, back.made_by) == ("2026-02-01", "Vera Voksen")
        store.save_plan(other, result.patient_id, Plan(rows=[PlanRow(goal="Endret")]))
        again = importer.preview(other, tmp_path / "med.zip", PASS)
        importer.apply(other, again, importer.NEW_VERSION, patient_id=result.patient_id)
        assert len(mapping.list_mappings(other, result.patient_id)) == 1  # not twice
    finally:
        other.close()


def test_a_foreign_mapping_without_a_reason_still_imports(db, tmp_path):
    patient = _mapped_patient(db)
    (stored,) = mapping.list_mappings(db, patient.id)
    stored.areas[0].comment = ""
    ids = mapping.import_mappings(db, patient.id, [stored], "import")
    assert len(ids) == 1
    assert mapping.get_mapping(db, ids[0]).areas[0].need_professional == "Bofellesskap"
