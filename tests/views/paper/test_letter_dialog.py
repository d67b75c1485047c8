"""The letter dialog with real widgets: the four shipped templates are offered, a meeting
template asks for the meeting, the preview shows the merged letter with "[mangler: …]" for an
empty field; printing and saving encrypted are logged and put on the kopiliste; a reserved
recipient needs a reason, and without the consent to share only the patient can get it."""

from __future__ import annotations

import datetime as dt
import io
import json

import pikepdf
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop import store
from desktop.records import Consent, Patient
from desktop.records_people import (
    CHANNEL_ENCRYPTED_FILE,
    CHANNEL_PAPER,
    KIND_NEXT_OF_KIN,
    KIND_PROVIDER,
    WHAT_LETTER,
    Meeting,
    Participant,
)
from desktop.store import distribution, log, meetings, participants
from desktop.store.session import Session
from desktop.views.paper import letter_dialog
from desktop.views.paper.letter_dialog import LetterDialog

TODAY = dt.date.today()
SHIPPED = {"Innkalling til møte", "Referat", "Melding om behov for individuell plan",
           "Informasjon til pasient som ikke ønsker individuell plan"}


def _share(**extra) -> Consent:
    return Consent(given=True, valid_from=(TODAY - dt.timedelta(days=30)).isoformat(),
                   valid_to=(TODAY + dt.timedelta(days=300)).isoformat(), share_with_team=True,
                   **extra)


@pytest.fixture
def people(db):
    patient = store.add_patient(db, Patient(name="Ola Brev", department="Voksenpsykiatri"))
    store.save_consent(db, patient.id, _share())
    kari = participants.save_participant(db, Participant(
        patient_id=patient.id, kind=KIND_NEXT_OF_KIN, name="Kari Hansen", role="mor"))
    siri = participants.save_participant(db, Participant(
        patient_id=patient.id, kind=KIND_PROVIDER, name="Siri Miljø", in_group=True))
    meeting = meetings.save_meeting(db, Meeting(
        patient_id=patient.id, starts_at=(TODAY + dt.timedelta(days=10)).isoformat() + "T13:00",
        place="Møterom 2", invited=[kari.id, siri.id]))
    return patient, kari, siri, meeting


def _dialog(qtbot, db, patient) -> LetterDialog:
    widget = LetterDialog(Session(db), patient.id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _choose(dialog, name: str) -> None:
    dialog.template.setCurrentIndex(dialog.template.findData(name))
    dialog.refresh_preview()


def test_the_shipped_templates_and_the_meeting(qtbot, db, people) -> None:
    patient, _kari, _siri, meeting = people
    dialog = _dialog(qtbot, db, patient)
    names = {dialog.template.itemData(n) for n in range(dialog.template.count())}
    assert SHIPPED <= names
    _choose(dialog, "Innkalling til møte")
    assert dialog.meeting.isVisible() and dialog.meeting_id() == meeting.id
    text = _text(dialog.view.pdf_bytes)
    assert "Ola Brev" in text and "Møterom 2" in text
    assert "[mangler: koordinator.navn]" in text  # the plan names no coordinator yet
    _choose(dialog, "Informasjon til pasient som ikke ønsker individuell plan")
    assert not dialog.meeting.isVisible() and dialog.meeting_id() is None


def test_printing_is_logged_and_put_on_the_kopiliste(qtbot, db, people, monkeypatch) -> None:
    patient, kari, _siri, _meeting = people
    dialog = _dialog(qtbot, db, patient)
    _choose(dialog, "Innkalling til møte")
    printed: list[int] = []
    monkeypatch.setattr(letter_dialog, "run_print_dialog", lambda printer, parent: True)
    monkeypatch.setattr(letter_dialog, "print_pages",
                        lambda document, printer: printed.append(document.pageCount()) or 1)
    dialog.recipients.set_checked(kari.id, True)
    dialog.print_letter()
    assert printed and "kopilisten" in dialog.message.text()
    copies = distribution.list_copies(db, patient.id, what=WHAT_LETTER)
    assert [(c.recipient, c.channel, c.title) for c in copies] == [
        ("Ola Brev", CHANNEL_PAPER, "Innkalling til møte"),
        ("Kari Hansen", CHANNEL_PAPER, "Innkalling til møte")]
    (entry,) = log.entries(db, patient.id, log.PRINT)
    assert json.loads(entry.detail)["letter"] == "Innkalling til møte"
    # a printer that does not start: nothing logged, nothing on the kopiliste
    monkeypatch.setattr(letter_dialog, "print_pages", lambda document, printer: 0)
    dialog.print_letter()
    assert "Skriveren" in dialog.message.text()
    assert len(distribution.list_copies(db, patient.id)) == 2
    assert len(log.entries(db, patient.id, log.PRINT)) == 1


def test_saving_encrypted_gives_a_passphrase_once(qtbot, db, people, monkeypatch,
                                                  tmp_path) -> None:
    patient, _kari, _siri, _meeting = people
    dialog = _dialog(qtbot, db, patient)
    _choose(dialog, "Referat")
    target = tmp_path / "referat"
    monkeypatch.setattr(letter_dialog, "choose_letter_path", lambda *args: str(target))
    dialog.save_encrypted()
    saved = tmp_path / "referat.pdf"
    secret = dialog.secret.text()
    assert saved.exists() and secret
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(saved)
    with pikepdf.open(saved, password=secret) as pdf:
        assert len(pdf.pages) >= 1
    (copy,) = distribution.list_copies(db, patient.id, what=WHAT_LETTER)
    assert copy.channel == CHANNEL_ENCRYPTED_FILE and copy.recipient == "Ola Brev"
    dialog.accept()
    assert dialog.secret.text() == ""


def test_a_reserved_recipient_needs_a_reason(qtbot, db, people, monkeypatch) -> None:
    patient, kari, _siri, _meeting = people
    store.save_consent(db, patient.id, _share(reservations="Kari Hansen"))
    dialog = _dialog(qtbot, db, patient)
    monkeypatch.setattr(letter_dialog, "run_print_dialog", lambda printer, parent: True)
    monkeypatch.setattr(letter_dialog, "print_pages", lambda document, printer: 1)
    dialog.recipients.set_checked(kari.id, True)
    dialog.recipients.ask_reason = lambda question: ""
    dialog.print_letter()
    assert "begrunnelse" in dialog.message.text()
    assert distribution.list_copies(db, patient.id) == []
    assert dialog.recipients.chosen() == [None]  # she is unticked again
    dialog.recipients.set_checked(kari.id, True)
    dialog.recipients.ask_reason = lambda question: "Pasienten ba om det."
    dialog.print_letter()
    assert [c.recipient for c in distribution.list_copies(db, patient.id)] == [
        "Ola Brev", "Kari Hansen"]
    (entry,) = log.entries(db, patient.id, log.RESERVATION_OVERRIDE)
    assert json.loads(entry.detail)["reason"] == "Pasienten ba om det."


def test_without_consent_to_share_only_the_patient(qtbot, db, people, monkeypatch) -> None:
    patient, kari, _siri, _meeting = people
    store.save_consent(db, patient.id, Consent(given=True, share_with_team=False))
    dialog = _dialog(qtbot, db, patient)
    assert "bare pasienten" in dialog.recipients.note.text()
    rows = dialog.recipients.list
    assert rows.item(0).flags() & Qt.ItemFlag.ItemIsEnabled  # the patient
    assert not rows.item(1).flags() & Qt.ItemFlag.ItemIsEnabled  # Kari cannot be ticked
    monkeypatch.setattr(letter_dialog, "run_print_dialog", lambda printer, parent: True)
    monkeypatch.setattr(letter_dialog, "print_pages", lambda document, printer: 1)
    dialog.recipients.set_checked(kari.id, True)  # even if ticked somehow: refused, nothing out
    dialog.print_letter()
    assert "samtykket" in dialog.message.text() and distribution.list_copies(db, patient.id) == []
    dialog.recipients.set_checked(kari.id, False)
    dialog.print_letter()
    assert [c.recipient for c in distribution.list_copies(db, patient.id)] == ["Ola Brev"]
