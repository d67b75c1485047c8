"""The export dialog: format and passphrase choices, the save location, the passphrase shown
once with a copy button, refusals in the dialog, and a screenshot to look at."""

from __future__ import annotations

import dataclasses
import json

import pikepdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop import store
from desktop.demo import fill_demo
from desktop.exchange.package import read_package
from desktop.exchange.wordlist import WORDS
from desktop.store import log
from desktop.views.paper import export_dialog
from desktop.views.paper.export_dialog import ExportDialog


@pytest.fixture
def patient_id(db) -> int:
    # export sends the newest signed version by default (a draft only by explicit choice)
    for patient in fill_demo(db, 10):
        if any(v.frozen for v in store.plan_versions(db, patient.id)):
            consent = dataclasses.replace(store.load_consent(db, patient.id), given=True,
                                          withdrawn_date="", valid_to="2099-12",
                                          share_with_team=True)
            store.save_consent(db, patient.id, consent)
            return patient.id
    raise AssertionError("no demo patient with a signed plan")


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    chosen: dict = {"path": tmp_path / "ut.zip", "asked": []}

    def choose(_parent, _title, suggested, fmt):
        chosen["asked"].append((suggested, fmt))
        return str(chosen["path"]) if chosen["path"] else ""

    monkeypatch.setattr(export_dialog, "choose_export_path", choose)
    return chosen


def test_generated_passphrase_is_shown_once_and_opens_the_package(qtbot, db, patient_id,
                                                                  save_to, tmp_path) -> None:
    dialog = ExportDialog(db, patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    suggested, fmt = save_to["asked"][0]
    assert suggested.endswith("-individuell-plan.zip") and fmt == "zip"
    assert dialog.pages.currentIndex() == 1
    secret = dialog.secret_label.text()
    assert len(secret.split("-")) == 7 and all(w in WORDS for w in secret.split("-"))
    assert dialog.secret_label.isVisible() and dialog.copy_button.isVisible()
    assert "telefon" in dialog.note.text() and "lagrer ikke" in dialog.note.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == secret
    assert read_package(save_to["path"].read_bytes(), secret).pdf.startswith(b"%PDF")
    (entry,) = log.entries(db, patient_id, log.EXPORT)
    assert json.loads(entry.detail)["file"] == "ut.zip" and secret not in entry.detail
    dialog.grab().save(str(tmp_path / "export_done.png"))
    dialog.accept()
    assert dialog.secret_label.text() == ""


def test_agreed_passphrase_and_pdf_only(qtbot, db, patient_id, save_to, tmp_path) -> None:
    save_to["path"] = tmp_path / "plan.pdf"
    dialog = ExportDialog(db, patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pdf_button.setChecked(True)
    assert not dialog.package_button.isChecked()
    dialog.agreed_button.setChecked(True)
    assert not dialog.generate_button.isChecked() and dialog.agreed_edit.isEnabled()
    qtbot.keyClicks(dialog.agreed_edit, "kort")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "minst 12 tegn" in dialog.message.text() and not save_to["asked"]
    dialog.agreed_edit.clear()
    qtbot.keyClicks(dialog.agreed_edit, "avtalt på telefon i går")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert save_to["asked"][0][1] == "pdf"
    assert dialog.pages.currentIndex() == 1 and not dialog.secret_label.isVisibleTo(dialog)
    with pikepdf.open(save_to["path"], password="avtalt på telefon i går") as pdf:
        assert pdf.encryption.R == 6


def test_cancelled_save_writes_nothing(qtbot, db, patient_id, save_to, tmp_path) -> None:
    save_to["path"] = None
    dialog = ExportDialog(db, patient_id)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 0 and log.entries(db, patient_id, log.EXPORT) == []


def test_a_patient_without_plan_gets_one_clear_message(qtbot, db, save_to, tmp_path) -> None:
    from desktop.records import Patient

    patient = store.add_patient(db, Patient(name="Uten Plan", birth_date="1980"))
    dialog = ExportDialog(db, patient.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "ingen plan" in dialog.message.text()
    assert not save_to["path"].exists()
    dialog.grab().save(str(tmp_path / "export_choices.png"))


def _withdraw(db, patient_id) -> None:
    consent = dataclasses.replace(store.load_consent(db, patient_id),
                                  withdrawn_date="2026-01-05")
    store.save_consent(db, patient_id, consent)


def test_withdrawn_consent_is_shown_and_needs_a_typed_reason(qtbot, db, patient_id,
                                                              save_to, tmp_path) -> None:
    _withdraw(db, patient_id)
    dialog = ExportDialog(db, patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.consent_label.text() == "Trukket tilbake"
    assert "trukket samtykket tilbake" in dialog.consent_why.text()
    assert dialog.reason_edit.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Skriv hvorfor" in dialog.message.text()
    assert not save_to["path"].exists() and not log.entries(db, patient_id, log.EXPORT)
    dialog.reason_edit.setText("Kommunen overtar oppfølgingen i morgen")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1 and save_to["path"].exists()
    (entry,) = log.entries(db, patient_id, log.EXPORT)
    assert json.loads(entry.detail)["consent_override"] == (
        "Kommunen overtar oppfølgingen i morgen")


def test_versions_are_listed_and_the_newest_signed_is_chosen(qtbot, db, patient_id,
                                                             save_to) -> None:
    versions = store.plan_versions(db, patient_id)
    signed = [v.number for v in versions if v.frozen][-1]
    store.save_plan(db, patient_id, versions[-1].plan)  # a newer draft after the signed one
    dialog = ExportDialog(db, patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    numbers = [dialog.version_combo.itemData(i) for i in range(dialog.version_combo.count())]
    assert sorted(numbers) == [v.number for v in store.plan_versions(db, patient_id)]
    assert dialog.chosen_version() == signed
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (entry,) = log.entries(db, patient_id, log.EXPORT)
    assert json.loads(entry.detail)["plan_version"] == signed
    assert json.loads(entry.detail)["draft"] is False


def test_screenshot_with_withdrawn_consent(qtbot, db, patient_id, tmp_path) -> None:
    _withdraw(db, patient_id)
    dialog = ExportDialog(db, patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grab().save(str(tmp_path / "export-consent.png"))
