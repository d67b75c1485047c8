"""A print handed out: "Utlevert til" (optional) asks who got the paper, puts them on the
kopiliste with the printed version, and the plan printed next ends with "Kopi til: …"."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from desktop import reports, store
from desktop.demo import add_demo_patient
from desktop.records_people import CHANNEL_PAPER, KIND_NEXT_OF_KIN, Participant
from desktop.store import distribution, participants
from desktop.views.paper import print_dialog
from desktop.views.paper.print_dialog import PrintDialog


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_a_print_handed_out_is_on_the_kopiliste(qtbot, db, rng, tmp_path, monkeypatch) -> None:
    patient = add_demo_patient(db, rng, dt.date.today(), "signed")
    consent = dataclasses.replace(store.load_consent(db, patient.id), given=True,
                                  withdrawn_date="", valid_to="2099-12", share_with_team=True,
                                  reservations="")
    store.save_consent(db, patient.id, consent)
    kari = participants.save_participant(db, Participant(
        patient_id=patient.id, kind=KIND_NEXT_OF_KIN, name="Kari Utlevert"))
    dialog = PrintDialog(db, patient.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.handed_to.isChecked() and not dialog.handed_to.list.isVisible()
    dialog.handed_to.setChecked(True)
    assert dialog.handed_to.list.isVisible()
    dialog.handed_to.set_checked(None, True)
    dialog.handed_to.set_checked(kari.id, True)

    def to_file(printer, _parent):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "ut.pdf"))
        return True

    monkeypatch.setattr(print_dialog, "run_print_dialog", to_file)
    dialog.print_button.click()
    assert "kopilisten" in dialog.message.text()
    copies = distribution.list_copies(db, patient.id, version_number=dialog.version_number)
    assert [(c.recipient, c.channel) for c in copies][-2:] == [
        (patient.name, CHANNEL_PAPER), ("Kari Utlevert", CHANNEL_PAPER)]
    plan = reports.render_patient_pdf(db, patient.id, forms=("plan",),
                                      version_number=dialog.version_number)
    assert "Kopi til:" in _text(plan) and "Kari Utlevert" in _text(plan)
