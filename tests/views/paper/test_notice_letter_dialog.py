"""The notice letter from the window (issue 10 item 4): «Brevet» on the notice page shows the
one-page letter, prints it (logged in the user's name), and saves it as an AES-256 package or an
AES-256 PDF (logged as an export, the passphrase shown once); refused without consent."""

from __future__ import annotations

import io
import json

import pikepdf
import pyzipper
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from desktop import store
from desktop.store import log
from desktop.views.paper import export_dialog, print_dialog


def _open(app_session, qtbot, notified_patient, consent=True):
    window = app_session.start()
    patient_id, notice_id = notified_patient(app_session.db, consent=consent)
    window.reload_list()
    window.table.selectRow(window.model.row_of(patient_id))
    qtbot.waitUntil(lambda: window.current_patient_id() == patient_id)
    window.workspace.show_notice()
    page = window.workspace.notice
    assert page.letter_button.isEnabled()
    qtbot.mouseClick(page.letter_button, Qt.MouseButton.LeftButton)
    assert page.letter is not None
    return window, patient_id, notice_id, page.letter


def test_preview_print_and_encrypted_saves(app_session, qtbot, notified_patient, tmp_path,
                                           monkeypatch):
    window, patient_id, notice_id, letter = _open(app_session, qtbot, notified_patient)
    db = app_session.db
    assert letter.page_count() == 1
    assert store.get_patient(db, patient_id).name in letter.windowTitle()

    monkeypatch.setattr(print_dialog, "run_print_dialog", lambda *_args: True)
    monkeypatch.setattr(print_dialog, "print_pages", lambda document, _printer: 1)
    letter.print_document(QPrinter())
    assert letter.message.text() == "Sendt til skriveren."
    (printed,) = log.entries(db, patient_id=patient_id, kind=log.PRINT)
    assert json.loads(printed.detail) == {"forms": ["notice"], "notice_id": notice_id,
                                          "target": "printer"}
    assert printed.user == window.workspace.session.username

    paths = iter([str(tmp_path / "melding"), str(tmp_path / "brev.pdf")])
    monkeypatch.setattr(export_dialog, "choose_export_path", lambda *_args: next(paths))
    qtbot.mouseClick(letter.package_button, Qt.MouseButton.LeftButton)
    secret = letter.secret_label.text()
    assert letter.secret_label.isVisible() and len(secret.split("-")) >= 4
    package = tmp_path / "melding.zip"
    with pyzipper.AESZipFile(package) as archive:
        archive.setpassword(secret.encode())
        names = archive.namelist()
        assert any(name.endswith(".pdf") for name in names)
        bundle = json.loads(archive.read(next(n for n in names if n.endswith(".json")
                                              and "manifest" not in n)))
    assert {e["resource"]["resourceType"] for e in bundle["entry"]} >= {"ServiceRequest",
                                                                        "Task"}
    qtbot.mouseClick(letter.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == secret

    qtbot.mouseClick(letter.pdf_button, Qt.MouseButton.LeftButton)
    second = letter.secret_label.text()
    assert second != secret
    with pikepdf.open(io.BytesIO((tmp_path / "brev.pdf").read_bytes()), password=second) as pdf:
        assert len(pdf.pages) == 1 and pdf.is_encrypted
    exports = log.entries(db, patient_id=patient_id, kind=log.EXPORT)
    assert len(exports) == 2
    assert all(entry.user == window.workspace.session.username for entry in exports)
    assert secret not in "".join(entry.detail for entry in exports)  # no password in the log


def test_saving_without_consent_to_notify_is_refused(app_session, qtbot, notified_patient,
                                                     tmp_path, monkeypatch):
    window, patient_id, _notice_id, letter = _open(app_session, qtbot, notified_patient,
                                                   consent=False)
    monkeypatch.setattr(export_dialog, "choose_export_path",
                        lambda *_args: str(tmp_path / "brev.pdf"))
    qtbot.mouseClick(letter.pdf_button, Qt.MouseButton.LeftButton)
    assert "samtykket" in letter.message.text()
    assert not (tmp_path / "brev.pdf").exists()
    assert letter.secret_label.isHidden()
    assert not log.entries(app_session.db, patient_id=patient_id, kind=log.EXPORT)
