"""Brev: a letter to or about the open patient merged from one of the ward's templates. Choose
the template (and the meeting, when it uses møte fields) and the recipients among the patient
and the participants, see the letter, then print it or save it as an encrypted PDF. Each is
logged and put on the kopiliste for every recipient (reports/letter.issue_letter); a reserved
recipient needs a typed reason, and without the consent to share only the patient can get it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import palette
from desktop.exchange import passphrase
from desktop.records import ValidationError
from desktop.records_people import (
    CHANNEL_ENCRYPTED_FILE,
    CHANNEL_PAPER,
    CHANNEL_POST,
    channel_label,
    format_moment,
    meeting_kind_label,
)
from desktop.reports.letter import issue_letter, patient_letter, template_fields
from desktop.store import letters, meetings
from desktop.store.patients import get_patient
from desktop.store.session import Session
from desktop.views.common.file_dialogs import save_file_name
from desktop.views.paper.pdf_preview import preview_dialog_layout
from desktop.views.paper.print_dialog import print_pages, run_print_dialog
from desktop.views.paper.recipients_box import RecipientsBox


def choose_letter_path(parent: QWidget, title: str, suggested: str) -> str:
    """Ask where to save; "" when cancelled. Tests replace this function."""
    return save_file_name(parent, title, suggested, "PDF (*.pdf)")


class PrintFailed(ValidationError):
    """The printer could not be started: nothing is logged or put on the kopiliste."""


class LetterDialog(QDialog):
    def __init__(self, session: Session, patient_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.patient_id = session, patient_id
        db = session.db
        patient = get_patient(db, patient_id)
        self.setWindowTitle(self.tr("Brev – {name}").format(name=patient.name if patient else ""))
        self.resize(1000, 720)

        self.template = QComboBox(self)
        self.template.setAccessibleName(self.tr("Brevmal"))
        for item in letters.list_templates(db):
            self.template.addItem(item.name, item.name)
        self.meeting = QComboBox(self)
        self.meeting.setAccessibleName(self.tr("Møte"))
        coming = meetings.next_meeting(db, patient_id)
        for meeting in meetings.list_meetings(db, patient_id):
            self.meeting.addItem(f"{format_moment(meeting.starts_at)} – "
                                 f"{meeting_kind_label(meeting.kind)}", meeting.id)
        if coming is not None:
            self.meeting.setCurrentIndex(max(0, self.meeting.findData(coming.id)))
        elif self.meeting.count():
            self.meeting.setCurrentIndex(self.meeting.count() - 1)  # the latest one
        self.meeting_label = QLabel(self.tr("&Møte:"), self)
        self.meeting_label.setBuddy(self.meeting)
        self.recipients = RecipientsBox(session, patient_id, self.tr("Mottakere"), self,
                                        patient_ticked=True)
        self.channel = QComboBox(self)
        self.channel.setAccessibleName(self.tr("Hvordan brevet gis"))
        for channel in (CHANNEL_PAPER, CHANNEL_POST):
            self.channel.addItem(channel_label(channel), channel)
        self.meeting.setPlaceholderText(self.tr("Ingen møter er registrert"))
        form = QVBoxLayout()  # labels above: the long template names keep their width
        template_label = QLabel(self.tr("&Brevmal:"), self)
        template_label.setBuddy(self.template)
        for widget in (template_label, self.template, self.meeting_label, self.meeting):
            form.addWidget(widget)

        self.print_button = QPushButton(self.tr("Skriv ut…"), self)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button = QPushButton(self.tr("Lagre som kryptert PDF…"), self)
        self.save_button.clicked.connect(self.save_encrypted)
        close_button = QPushButton(self.tr("Lukk"), self)
        close_button.clicked.connect(self.reject)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.secret = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.secret.setFont(font)
        self.secret.setWordWrap(True)
        self.secret.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.recipients, 1)
        print_row = QHBoxLayout()
        print_row.addWidget(self.channel, 1)
        print_row.addWidget(self.print_button)
        side.addLayout(print_row)
        side.addWidget(self.save_button)
        side.addWidget(self.message)
        side.addWidget(self.secret)
        side.addStretch(1)
        side.addWidget(close_button)
        self.view, self._timer = preview_dialog_layout(self, side, 340, self.refresh_preview)
        self.template.currentIndexChanged.connect(self._timer.start)
        self.meeting.currentIndexChanged.connect(self._timer.start)
        self.refresh_preview()

    def template_name(self) -> str:
        return self.template.currentData() or ""

    def meeting_id(self) -> int | None:
        return self.meeting.currentData() if self._uses_meeting() else None

    def _uses_meeting(self) -> bool:
        template = letters.get_template(self.session.db, self.template_name())
        return template is not None and any(
            name.startswith("møte.") for name in template_fields(template.body))

    def refresh_preview(self) -> None:
        self._timer.stop()
        uses_meeting = self._uses_meeting()
        self.meeting_label.setVisible(uses_meeting)
        self.meeting.setVisible(uses_meeting)
        if not self.template_name():
            self.view.show_pdf(b"")
            self._say(self.tr("Det finnes ingen brevmaler ennå: en administrator lager dem "
                              "under Innstillinger."), error=True)
            self.print_button.setEnabled(False)
            self.save_button.setEnabled(False)
            return
        try:
            _text, pdf = patient_letter(self.session.db, self.patient_id, self.template_name(),
                                        meeting_id=self.meeting_id())
        except ValidationError as error:
            self.view.show_pdf(b"")
            self._say(str(error), error=True)
            return
        self.view.show_pdf(pdf)
        self._say("")

    # ------------------------------------------------------------ out

    def _issue(self, channel: str, **how) -> bool:
        """Issue the letter to the ticked recipients; False (and the reason shown) if refused."""
        self.secret.clear()
        chosen = self.recipients.chosen()
        if not chosen:
            self._say(self.tr("Velg minst én mottaker."), error=True)
            return False
        reasons = self.recipients.reasons()
        if reasons is None:
            self._say(self.tr("Brevet er ikke gitt: en reservert mottaker trenger en "
                              "begrunnelse."), error=True)
            return False
        try:
            issue_letter(self.session, self.patient_id, self.template_name(), channel=channel,
                         recipients=chosen, meeting_id=self.meeting_id(), reasons=reasons,
                         **how)
        except ValidationError as refusal:  # no consent to share, a failed file or printer
            self._say(str(refusal), error=True)
            return False
        return True

    def print_letter(self, printer: QPrinter | None = None) -> None:
        if not self.view.pdf_bytes:
            return
        printer = printer if isinstance(printer, QPrinter) else QPrinter(
            QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.template_name())
        if not run_print_dialog(printer, self):
            return

        def send(_pdf: bytes) -> None:
            if print_pages(self.view.document, printer) == 0:
                raise PrintFailed(self.tr("Skriveren kunne ikke startes."))

        if self._issue(self.channel.currentData(), target="printer", deliver=send):
            self._say(self.tr("Sendt til skriveren og ført på kopilisten."))

    def save_encrypted(self) -> None:
        if not self.view.pdf_bytes:
            return
        suggested = str(Path.home() / (self.template_name().lower().replace(" ", "-") + ".pdf"))
        path = choose_letter_path(self, self.tr("Lagre brevet kryptert"), suggested)
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        secret = passphrase.generate()
        if self._issue(CHANNEL_ENCRYPTED_FILE, passphrase=secret, target="pdf", path=target):
            self._say(self.tr("Lagret kryptert i {path} og ført på kopilisten. Passordet (gi "
                              "det på telefon eller en annen kanal, aldri sammen med filen; "
                              "det vises bare nå):").format(path=target))
            self.secret.setText(secret)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(palette.ERROR_STYLE if error else palette.OK_STYLE)

    def done(self, result: int) -> None:
        self.secret.clear()  # shown once
        super().done(result)
