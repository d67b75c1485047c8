"""The export asks who gets the plan: the participants who get a copy are ticked, two chosen
participants end up on the kopiliste with the version and "kryptert fil"; a reserved person
needs a typed reason (logged), and without the consent to share only the patient can be
chosen and the dialog says so."""

from __future__ import annotations

import dataclasses
import json

import pytest

from desktop import store
from desktop.demo import fill_demo
from desktop.records_people import CHANNEL_ENCRYPTED_FILE, KIND_GP, KIND_NEXT_OF_KIN, Participant
from desktop.store import distribution, log, participants
from desktop.views.paper import export_dialog
from desktop.views.paper.export_dialog import ExportDialog


@pytest.fixture
def patient_id(db) -> int:
    for patient in fill_demo(db, 10):
        if any(v.frozen for v in store.plan_versions(db, patient.id)):
            consent = dataclasses.replace(store.load_consent(db, patient.id), given=True,
                                          withdrawn_date="", valid_to="2099-12",
                                          share_with_team=True, reservations="")
            store.save_consent(db, patient.id, consent)
            for person in participants.list_participants(db, patient.id):
                participants.delete_participant(db, person.id)
            return patient.id
    raise AssertionError("no demo patient with a signed plan")


@pytest.fixture
def two(db, patient_id):
    kari = participants.save_participant(db, Participant(
        patient_id=patient_id, kind=KIND_NEXT_OF_KIN, name="Kari Hansen", gets_copy=True))
    per = participants.save_participant(db, Participant(
        patient_id=patient_id, kind=KIND_GP, name="Per Fastlege"))
    return kari, per


@pytest.fixture(autouse=True)
def save_to(monkeypatch, tmp_path):
    monkeypatch.setattr(export_dialog, "choose_export_path",
                        lambda *args: str(tmp_path / "ut.zip"))
    return tmp_path / "ut.zip"


def _dialog(qtbot, db, patient_id) -> ExportDialog:
    dialog = ExportDialog(db, patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_export_to_two_participants_puts_them_on_the_kopiliste(qtbot, db, patient_id, two,
                                                               save_to) -> None:
    kari, per = two
    dialog = _dialog(qtbot, db, patient_id)
    assert dialog.recipients.chosen() == [kari.id]  # she gets a copy: ticked already
    dialog.recipients.set_checked(per.id, True)
    dialog.save()
    assert save_to.exists() and dialog.pages.currentIndex() == 1
    (entry,) = log.entries(db, patient_id, log.EXPORT)
    sent = json.loads(entry.detail)["plan_version"]
    copies = distribution.list_copies(db, patient_id)[-2:]
    assert [(c.recipient, c.channel, c.version_number) for c in copies] == [
        ("Kari Hansen", CHANNEL_ENCRYPTED_FILE, sent), ("Per Fastlege", CHANNEL_ENCRYPTED_FILE,
                                                        sent)]


def test_a_reserved_recipient_needs_a_reason(qtbot, db, patient_id, two, save_to) -> None:
    kari, per = two
    consent = dataclasses.replace(store.load_consent(db, patient_id), reservations="Per Fastlege")
    store.save_consent(db, patient_id, consent)
    dialog = _dialog(qtbot, db, patient_id)
    dialog.recipients.set_checked(per.id, True)
    dialog.recipients.ask_reason = lambda question: None  # cancelled
    before = len(distribution.list_copies(db, patient_id))
    dialog.save()
    assert not save_to.exists() and "begrunnelse" in dialog.message.text()
    assert len(distribution.list_copies(db, patient_id)) == before
    dialog.recipients.set_checked(per.id, True)
    dialog.recipients.ask_reason = lambda question: "Fastlegen skal følge opp medisinene."
    dialog.save()
    assert save_to.exists()
    assert [c.recipient for c in distribution.list_copies(db, patient_id)[before:]] == [
        "Kari Hansen", "Per Fastlege"]
    (entry,) = log.entries(db, patient_id, log.RESERVATION_OVERRIDE)
    assert json.loads(entry.detail)["reason"] == "Fastlegen skal følge opp medisinene."


def test_without_consent_to_share_the_dialog_says_so(qtbot, db, patient_id, two) -> None:
    consent = dataclasses.replace(store.load_consent(db, patient_id), share_with_team=False)
    store.save_consent(db, patient_id, consent)
    dialog = _dialog(qtbot, db, patient_id)
    assert "bare pasienten" in dialog.recipients.note.text()
    assert dialog.recipients.chosen() == []  # Kari is not ticked without the consent


def test_the_minutes_can_go_with_the_package(qtbot, db, patient_id, save_to) -> None:
    import datetime as dt

    from desktop.exchange.package import read_package
    from desktop.records_people import Meeting
    from desktop.store import meetings

    day = (dt.date.today() - dt.timedelta(days=2)).isoformat()
    meetings.save_meeting(db, Meeting(patient_id=patient_id, starts_at=day,
                                      minutes="Planen ble gjennomgått."))
    dialog = _dialog(qtbot, db, patient_id)
    assert dialog.minutes_box.isEnabled() and "(" in dialog.minutes_box.text()
    dialog.minutes_box.setChecked(True)
    dialog.save()
    contents = read_package(save_to.read_bytes(), dialog.secret_label.text())
    assert contents.minutes.startswith(b"%PDF")
    dialog.pdf_button.setChecked(True)
    assert not dialog.minutes_box.isEnabled()  # the PDF alone carries no minutes
