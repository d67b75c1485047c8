"""The notice letter to the municipality from the window: its page in a preview, printed
(logged), or saved for sending as an AES-256 package (letter, the notice as FHIR, manifest) or an
AES-256 PDF through exchange/notice_export.py (written and logged as an export together). The
generated passphrase is shown once, with a copy button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from desktop import store
from desktop.exchange import exporter, passphrase
from desktop.exchange.errors import ExchangeRefused
from desktop.exchange.notice_export import export_notice
from desktop.records import ValidationError
from desktop.reports.notice import render_patient_notice
from desktop.store import log
from desktop.store.session import Session
from desktop.views.paper import export_dialog
from desktop.views.paper.pdf_preview_dialog import PdfPreviewDialog


class NoticeLetterDialog(PdfPreviewDialog):
    """Raises ValidationError (one sentence) when there is no letter to show."""

    def __init__(self, session: Session, patient_id: int, notice_id: int,
                 parent: QWidget | None = None) -> None:
        self.session = session
        self.patient_id = patient_id
        self.notice_id = notice_id
        patient = store.get_patient(session.db, patient_id)
        pdf = render_patient_notice(session.db, patient_id, notice_id)
        name = patient.name if patient else ""
        super().__init__(
            QApplication.translate("NoticeLetterDialog", "Melding til kommunen – {name}").format(
                name=name), pdf, lambda: self._log_print("printer"), parent,
            about=QApplication.translate(
                "NoticeLetterDialog", "Brevet til koordinerende enhet, med svarslipp. Lagres det "
                "for sending, blir filen kryptert (AES-256) med et passord du gir mottakeren "
                "på et annet vis."))
        self.package_button = QPushButton(self.tr("Lagre som kryptert pakke…"), self)
        self.package_button.clicked.connect(lambda: self.save(exporter.FORMAT_PACKAGE))
        self.pdf_button = QPushButton(self.tr("Lagre som kryptert PDF…"), self)
        self.pdf_button.clicked.connect(lambda: self.save(exporter.FORMAT_PDF))
        self.add_button(self.package_button)
        self.add_button(self.pdf_button)
        self.secret_label = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.secret_label.setFont(font)
        self.secret_label.setWordWrap(True)
        self.secret_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Kopier passordet"), self)
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.secret_label.text()))
        self.secret_label.hide()
        self.copy_button.hide()
        self.side.insertWidget(2, self.secret_label)
        self.side.insertWidget(3, self.copy_button)
        self._extra_at += 2

    def _log_print(self, target: str) -> None:
        self.session.log(log.PRINT, self.patient_id, {"forms": ["notice"],
                                                      "notice_id": self.notice_id,
                                                      "target": target})

    def save(self, fmt: str) -> None:
        """Ask where, write the encrypted file (logged as an export), show the passphrase."""
        suffix = ".zip" if fmt == exporter.FORMAT_PACKAGE else ".pdf"
        suggested = str(Path.home() / (self.tr("melding-til-kommunen") + suffix))
        chosen = export_dialog.choose_export_path(self, self.tr("Lagre den krypterte filen"),
                                                  suggested, fmt)
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        secret = passphrase.generate()
        try:
            result = export_notice(self.session, self.patient_id, target, secret, fmt,
                                   notice_id=self.notice_id)
        except (ExchangeRefused, ValidationError) as refusal:
            self.show_message(str(refusal), error=True)
            return
        self.show_message(self.tr("Lagret i {path}. Gi mottakeren passordet på et annet vis "
                                  "(for eksempel på telefon); det vises bare nå:").format(
                                      path=result.path))
        self.secret_label.setText(secret)
        self.secret_label.show()
        self.copy_button.show()
