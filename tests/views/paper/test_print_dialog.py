"""The print dialog: choosing forms and paper changes the preview; saving writes the PDF the
user chose; printing paints every page onto the printer; both are logged."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from desktop.demo import add_demo_patient
from desktop.store import log
from desktop.views.paper import print_dialog
from desktop.views.paper.print_dialog import PrintDialog

TODAY = dt.date(2026, 3, 14)


@pytest.fixture
def patient(db, rng):
    return add_demo_patient(db, rng, TODAY, "draft")


@pytest.fixture
def dialog(qtbot, db, patient) -> PrintDialog:
    widget = PrintDialog(db, patient.id)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_preview_follows_the_chosen_forms_and_paper(qtbot, dialog, patient):
    assert dialog.document.pageCount() >= 1
    plan_only = dialog.document.pageCount()
    assert "Individuell plan" in _text(dialog.pdf_bytes)
    assert "Sjekkliste for god praksis" not in _text(dialog.pdf_bytes)
    dialog.form_boxes["checklist"].setChecked(True)
    qtbot.waitUntil(lambda: "Sjekkliste for god praksis" in _text(dialog.pdf_bytes))
    assert dialog.document.pageCount() > plan_only
    dialog.paper_buttons["A5"].setChecked(True)
    qtbot.waitUntil(lambda: round(dialog.document.pagePointSize(0).width()) == 420)
    assert str(dialog.document.pageCount()) in dialog.pages_label.text()


def test_no_form_chosen_disables_output(qtbot, dialog):
    for box in dialog.form_boxes.values():
        box.setChecked(False)
    qtbot.waitUntil(lambda: not dialog.save_button.isEnabled())
    assert not dialog.print_button.isEnabled()
    assert "Velg minst ett skjema" in dialog.message.text()
    dialog.form_boxes["consent"].setChecked(True)
    qtbot.waitUntil(dialog.save_button.isEnabled)


def test_save_as_pdf_writes_the_previewed_document_and_logs_it(qtbot, dialog, db, patient,
                                                               tmp_path, monkeypatch):
    target = tmp_path / "utskrift"  # without .pdf: the dialog adds it
    asked = []

    def choose(_parent, title, suggested):
        asked.append(title)
        return str(target)

    monkeypatch.setattr(print_dialog, "choose_save_path", choose)
    dialog.save_button.click()
    written = tmp_path / "utskrift.pdf"
    assert asked == ["Lagre som PDF"]
    assert written.read_bytes() == dialog.pdf_bytes
    assert patient.name in _text(written.read_bytes())
    assert "Lagret i" in dialog.message.text()
    (entry,) = log.entries(db, patient_id=patient.id, kind=log.PRINT)
    detail = json.loads(entry.detail)
    assert detail == {"forms": ["plan", "decisions"], "paper": "A4", "version": 1,
                      "target": "pdf"}


def test_cancelled_save_writes_and_logs_nothing(dialog, db, patient, tmp_path, monkeypatch):
    monkeypatch.setattr(print_dialog, "choose_save_path", lambda *_args: "")
    dialog.save_button.click()
    assert list(tmp_path.glob("*.pdf")) == []
    assert log.entries(db, kind=log.PRINT) == []


def test_print_paints_every_page_on_the_printer(dialog, db, patient, tmp_path, monkeypatch):
    out = tmp_path / "skriver.pdf"
    chosen = []

    def accept(printer, _parent):
        chosen.append(printer.pageLayout().pageSize().id())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a file instead of paper
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(print_dialog, "run_print_dialog", accept)
    dialog.paper_buttons["A5"].setChecked(True)
    dialog.refresh_preview()
    dialog.print_button.click()
    printed = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(printed.pages) == dialog.document.pageCount()
    assert round(float(printed.pages[0].mediabox.width)) == 420  # A5 paper
    assert chosen and "Sendt til skriveren" in dialog.message.text()
    (entry,) = log.entries(db, patient_id=patient.id, kind=log.PRINT)
    assert json.loads(entry.detail)["target"] == "printer"


def test_cancelled_print_logs_nothing(dialog, db, monkeypatch):
    monkeypatch.setattr(print_dialog, "run_print_dialog", lambda *_args: False)
    dialog.print_button.click()
    assert log.entries(db, kind=log.PRINT) == []


def test_patient_without_plan_previews_the_empty_form(qtbot, db, rng):
    patient = add_demo_patient(db, rng, TODAY, "new")
    widget = PrintDialog(db, patient.id)
    qtbot.addWidget(widget)
    assert widget.document.pageCount() >= 1
    assert "linjer å skrive på" in widget.version_label.text()
    assert widget.save_button.isEnabled()


def test_the_dialog_remembers_forms_and_paper(qtbot, dialog, db, patient, tmp_path,
                                              monkeypatch):
    """Issue 16 item 14: the next print dialog opens with this user's last forms and paper."""
    monkeypatch.setattr(print_dialog, "choose_save_path",
                        lambda *_args: str(tmp_path / "utskrift.pdf"))
    dialog.paper_buttons["A5"].setChecked(True)
    dialog.form_boxes["consent"].setChecked(True)
    dialog.form_boxes["decisions"].setChecked(False)
    dialog.refresh_preview()
    dialog.save_button.click()
    again = PrintDialog(db, patient.id)
    qtbot.addWidget(again)
    assert again.paper() == "A5"
    assert again.forms() == ("plan", "consent")


def test_paper_and_forms_are_remembered_per_user(qtbot, db, patient, tmp_path, monkeypatch,
                                                 fast_hash):
    """One user's A5 and forms do not become another's: each opens with their own last
    choice (or the defaults)."""
    from desktop.store import accounts
    from desktop.store.session import Session

    admin = accounts.create_first_admin(db, "admin", "Admin", "furu-elv-lykt-stein-7")
    kari = accounts.add_user(db, admin, "kari", "Kari", "gran-sjø-fyr-3x")
    ola = accounts.add_user(db, admin, "ola", "Ola", "bjørk-elv-fjell-9")
    monkeypatch.setattr(print_dialog, "choose_save_path",
                        lambda *_args: str(tmp_path / "utskrift.pdf"))
    first = PrintDialog(Session(db, kari), patient.id)
    qtbot.addWidget(first)
    defaults = (first.paper(), first.forms())
    first.paper_buttons["A5"].setChecked(True)
    first.form_boxes["checklist"].setChecked(True)
    first.refresh_preview()
    first.save_button.click()
    others = PrintDialog(Session(db, ola), patient.id)
    qtbot.addWidget(others)
    assert (others.paper(), others.forms()) == defaults
    again = PrintDialog(Session(db, kari), patient.id)
    qtbot.addWidget(again)
    assert again.paper() == "A5" and "checklist" in again.forms()
