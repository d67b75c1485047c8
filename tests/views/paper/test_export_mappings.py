"""«Ta med kartlegging» in the export dialog (issue 13, items 3 and 7): off by default, so the
FHIR file carries no mapping; ticked, the mapping travels as a QuestionnaireResponse; not
offered for a bare PDF."""

from __future__ import annotations

import dataclasses
import json

import pytest
from PySide6.QtCore import Qt

from desktop import store
from desktop.exchange.package import read_package
from desktop.records import Consent, Patient, Plan, PlanRow, Signature
from desktop.records_measures import AREA_MAPPED
from desktop.store import mapping
from desktop.views.paper import export_dialog
from desktop.views.paper.export_dialog import ExportDialog


@pytest.fixture
def patient_id(db) -> int:
    patient = store.add_patient(db, Patient(name="Eksport Kartlagt", birth_date="1970"))
    store.save_consent(db, patient.id, Consent(given=True, date="2026-01-01", valid_to="2099-12",
                                               share_with_team=True))
    store.save_plan(db, patient.id, Plan(valid_from="2026-01-01", rows=[PlanRow(goal="Bolig")]))
    store.sign_version(db, patient.id, Signature(signed_date="2026-01-05"))
    made = mapping.new_mapping(db, patient.id, date="2026-01-03", made_by="Vera Voksen")
    made.areas[0] = dataclasses.replace(made.areas[0], status=AREA_MAPPED, goal="Egen bolig")
    mapping.save_mapping(db, made)
    return patient.id


def _export(qtbot, db, patient_id, path, monkeypatch, tick: bool) -> dict:
    monkeypatch.setattr(export_dialog, "choose_export_path", lambda *_a: str(path))
    dialog = ExportDialog(db, patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.with_mappings.isChecked()  # off unless the user ticks it
    dialog.with_mappings.setChecked(tick)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    package = read_package(path.read_bytes(), dialog.secret_label.text())
    return json.loads(package.fhir)


def _responses(bundle: dict) -> list[dict]:
    return [e["resource"] for e in bundle["entry"]
            if e["resource"]["resourceType"] == "QuestionnaireResponse"
            and "kartlegging" in e["resource"].get("questionnaire", "")]


def test_mappings_travel_only_when_ticked(qtbot, db, patient_id, tmp_path, monkeypatch):
    assert _responses(_export(qtbot, db, patient_id, tmp_path / "a.zip", monkeypatch,
                              False)) == []
    (response,) = _responses(_export(qtbot, db, patient_id, tmp_path / "b.zip", monkeypatch,
                                     True))
    assert "Egen bolig" in json.dumps(response, ensure_ascii=False)


def test_not_offered_for_a_pdf(qtbot, db, patient_id):
    dialog = ExportDialog(db, patient_id)
    qtbot.addWidget(dialog)
    dialog.pdf_button.setChecked(True)
    assert not dialog.with_mappings.isEnabled()
