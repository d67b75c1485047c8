"""Error text in dialogs is never clipped (issue 16 item 14): each dialog's message label
wraps, and with the longest sentence it may show the label is as tall as its wrapped text
needs and lies inside the dialog, at a 1366x768 screen's size at most."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from desktop import store
from desktop.demo import add_demo_patient
from desktop.store.session import Session
from desktop.views.paper.export_dialog import ExportDialog
from desktop.views.paper.import_dialog import ImportDialog
from desktop.views.paper.letter_dialog import LetterDialog
from desktop.views.paper.pdf_preview_dialog import PdfPreviewDialog
from desktop.views.paper.print_dialog import PrintDialog
from desktop.views.shell.patient_dialog import PatientDialog
from desktop.views.trust.login_dialog import LoginDialog
from desktop.views.trust.settings_dialog import SettingsDialog

SCREEN = (1366, 768)
# longer than any refusal the dialogs show (the longest carry a file name and the system's
# own reason)
LONGEST = ("Planen er ikke overført: filen /home/sykepleier/Dokumenter/Individuell plan/"
           "Overføringer til kommunen/2026-12-01 Åse Kristine Haugen-Bjørnstad.ipplan kan "
           "ikke skrives fordi disken er full eller mappen er skrivebeskyttet (No space left "
           "on device). Velg en annen mappe, eller be IT om mer plass, og prøv igjen. Det som "
           "er skrevet i skjemaene, er lagret og går ikke tapt.")


def _dialogs(db, patient_id: int) -> dict[str, tuple[QDialog, QLabel]]:
    session = Session(db)
    made: dict[str, tuple[QDialog, QLabel]] = {}
    export = ExportDialog(session, patient_id)
    made["export"] = (export, export.message)
    importer = ImportDialog(session)
    made["import"] = (importer, importer.message)
    letter = LetterDialog(session, patient_id)
    made["letter"] = (letter, letter.message)
    printer = PrintDialog(session, patient_id)
    made["print"] = (printer, printer.message)
    preview = PdfPreviewDialog("Forhåndsvisning", b"", lambda: None)
    made["preview"] = (preview, preview.message)
    patient = PatientDialog(session, store.get_patient(db, patient_id))
    made["patient"] = (patient, patient.id_message)
    made["patient/error"] = (patient, patient.error)
    login = LoginDialog(db)
    made["login"] = (login, login.error)
    settings = SettingsDialog(session)
    for page in settings.pages:
        label = getattr(page, "message", None)
        if isinstance(label, QLabel):
            made[f"settings/{type(page).__name__}"] = (settings, label)
    return made


@pytest.fixture
def dialogs(db, rng, qtbot):
    patient = add_demo_patient(db, rng, dt.date(2026, 3, 14), "draft")
    made = _dialogs(db, patient.id)
    for dialog, _label in made.values():
        qtbot.addWidget(dialog)
    return made


def test_the_longest_error_of_every_dialog_is_shown_whole(dialogs, qtbot) -> None:
    problems = []
    for name, (dialog, label) in dialogs.items():
        if isinstance(dialog, SettingsDialog):
            dialog.tabs.setCurrentWidget(next(p for p in dialog.pages
                                              if getattr(p, "message", None) is label))
        dialog.show()
        qtbot.waitExposed(dialog)
        before = dialog.height()
        label.setText(LONGEST)
        label.show()
        QApplication.processEvents()
        width, height = dialog.width(), dialog.height()
        if (width > SCREEN[0] or height > SCREEN[1]) and height > before:
            problems.append(f"{name}: the message made the dialog {width}x{height}")
        if not label.wordWrap():
            problems.append(f"{name}: the label does not wrap")
        needed = label.heightForWidth(label.width())
        if label.height() < needed:
            problems.append(f"{name}: {label.height()} px high, its text needs {needed}")
        if label.width() < 200:
            problems.append(f"{name}: only {label.width()} px wide")
        corner = label.mapTo(dialog, label.rect().bottomRight())
        if corner.x() > dialog.width() or corner.y() > dialog.height():
            problems.append(f"{name}: the label reaches outside the dialog")
        dialog.hide()
    assert problems == [], "\n".join(problems)
