"""The export dialog: format and passphrase choices, the save location, the passphrase shown
once with a copy button, refusals in the dialog, and a screenshot to look at."""

from __future__ import annotations

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
