"""Recording the paper signatures: validation of names and date, freezing the version, the log,
and the next edit starting a new version."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop import store
from desktop.demo import add_demo_patient
from desktop.records import responsible_coordinator
from desktop.store import log, seals
from desktop.views.paper.sign_dialog import SignDialog

TODAY = dt.date(2026, 3, 14)


@pytest.fixture
def draft(db, rng):
    return add_demo_patient(db, rng, TODAY, "draft")


def _dialog(qtbot, db, patient_id) -> SignDialog:
    dialog = SignDialog(db, patient_id, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type(qtbot, field, text: str) -> None:
    field.clear()
    if text:
        qtbot.keyClicks(field, text)


def test_recording_signatures_freezes_the_version_and_logs_it(qtbot, db, draft):
    dialog = _dialog(qtbot, db, draft.id)
    assert dialog.patient_name.text() == draft.name
    assert "låses versjon 1" in dialog.explanation.text()
    _type(qtbot, dialog.guardian_name, "Kari Verge")
    _type(qtbot, dialog.signed_date, "12.3.2026")
    dialog.ok_button.click()
    assert dialog.result() == SignDialog.DialogCode.Accepted
    version = store.current_version(db, draft.id)
    assert version.frozen and version.number == 1
    assert version.signature.signed_date == "2026-03-12"
    assert version.signature.guardian_name == "Kari Verge"
    assert version.signature.coordinator_name == responsible_coordinator(version.plan).name
    (entry,) = log.entries(db, patient_id=draft.id, kind=log.SIGN)
    detail = json.loads(entry.detail)
    assert detail.pop(seals.SEAL_KEY) == seals.stored_version_hash(db, draft.id, 1)
    assert detail == {"version": 1, "signed_date": "2026-03-12"}
    # a later edit starts version 2; version 1 keeps what was signed
    plan = version.plan
    plan.overall_goal = "Endret etter signering"
    assert store.save_plan(db, draft.id, plan).number == 2
    assert store.get_version(db, draft.id, 1).plan.overall_goal != "Endret etter signering"


@pytest.mark.parametrize("field, text, message", [
    ("signed_date", "", "Skriv datoen"),
    ("signed_date", "31.02.2026", "finnes ikke"),
    ("signed_date", "03.2026", "hele datoen"),
    ("signed_date", "15.03.2026", "etter i dag"),
    ("coordinator_name", "", "koordinatoren"),
])
def test_bad_input_is_explained_and_nothing_is_signed(qtbot, db, draft, field, text, message):
    dialog = _dialog(qtbot, db, draft.id)
    _type(qtbot, getattr(dialog, field), text)
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert message in dialog.error.text()
    assert not store.current_version(db, draft.id).frozen
    assert log.entries(db, kind=log.SIGN) == []


def test_patient_or_guardian_must_be_named(qtbot, db, draft):
    dialog = _dialog(qtbot, db, draft.id)
    _type(qtbot, dialog.patient_name, "")
    _type(qtbot, dialog.guardian_name, "")
    dialog.ok_button.click()
    assert "pasienten eller vergen" in dialog.error.text()
    _type(qtbot, dialog.guardian_name, "Foresatt Far")
    dialog.ok_button.click()
    assert store.current_version(db, draft.id).signature.guardian_name == "Foresatt Far"


def test_a_signed_version_cannot_be_signed_again(qtbot, db, rng):
    patient = add_demo_patient(db, rng, TODAY, "signed")
    dialog = _dialog(qtbot, db, patient.id)
    assert "allerede signert" in dialog.explanation.text()
    assert not dialog.ok_button.isEnabled() and not dialog.signed_date.isEnabled()


def test_without_a_plan_there_is_nothing_to_sign(qtbot, db, rng):
    patient = add_demo_patient(db, rng, TODAY, "consented")
    dialog = _dialog(qtbot, db, patient.id)
    assert "ingen plan" in dialog.explanation.text()
    assert not dialog.ok_button.isEnabled()
