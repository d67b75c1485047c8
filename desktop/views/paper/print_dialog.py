"""Print or save as PDF: choose forms and paper size, see the pages, then print on a real
printer or save the PDF. Every print and every saved PDF is logged."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop import reports, store
from desktop.records import ValidationError, format_partial_date
from desktop.records_people import CHANNEL_PAPER, WHAT_PLAN
from desktop.store import distribution
from desktop.store.outbox import DeliveryFailed, deliver
from desktop.store.session import Session, as_session
from desktop.store.user_prefs import get_pref, set_pref
from desktop.views.common.file_dialogs import save_file_name
from desktop.views.common.style import ERROR_STYLE
from desktop.views.paper.pdf_preview import preview_dialog_layout
from desktop.views.paper.recipients_box import RecipientsBox

MAX_PRINT_DPI = 300  # enough for text; higher only costs memory (an A4 page at 600 dpi is 140 MB)


def choose_save_path(parent: QWidget, title: str, suggested: str) -> str:
    """Ask where to save; "" when cancelled. Tests replace this function."""
    return save_file_name(parent, title, suggested, "PDF (*.pdf)")


def run_print_dialog(printer: QPrinter, parent: QWidget) -> bool:
    """The system's print dialog; True when the user chose to print. Tests replace this."""
    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def print_pages(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint each page of ``document`` onto ``printer`` at its paper size; returns pages."""
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(page, QSize(round(points.width() * dpi / 72),
                                                round(points.height() * dpi / 72)))
            target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            target.moveTo(0, 0)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return document.pageCount()


class PrintDialog(QDialog):
    """``version_number`` None shows the current plan version; a number shows that version."""

    def __init__(self, session: Session | sqlite_utils.Database, patient_id: int,
                 parent: QWidget | None = None,
                 version_number: int | None = None) -> None:
        super().__init__(parent)
        self.session = as_session(session)
        db = self.db = self.session.db
        self.patient_id = patient_id
        patient = store.get_patient(db, patient_id)
        version = (store.get_version(db, patient_id, version_number) if version_number
                   else None) or store.load_plan(db, patient_id)
        self.version_number = version.number  # logged with each print
        self._requested = version_number  # None: the current version (or the empty form)
        self.pdf_bytes = b""
        self.setWindowTitle(self.tr("Skriv ut – {name}").format(name=patient.name if patient
                                                                 else ""))
        self.resize(980, 760)

        self.form_boxes: dict[str, QCheckBox] = {}
        forms_box = QGroupBox(self.tr("Skjemaer"), self)
        forms_layout = QVBoxLayout(forms_box)
        labels = {"plan": self.tr("Individuell plan"),
                  "decisions": self.tr("Eksisterende vedtak, planer og avtaler"),
                  "consent": self.tr("Samtykke"), "checklist": self.tr("Sjekkliste"),
                  "participants": self.tr("Deltakere i planarbeidet"),
                  "contacts": self.tr("Kontaktliste for pasienten"),
                  "evaluation": self.tr("Evaluering av tiltak"),
                  "mapping": self.tr("Kartlegging av livsområder"),
                  "crisis": self.tr("Kriseplan"),
                  "crisis-card": self.tr("Kriseplan som kort")}
        for form in reports.ALL_FORMS:
            box = QCheckBox(labels[form], forms_box)
            box.setChecked(form in ("plan", "decisions"))
            box.toggled.connect(self.schedule_preview)
            forms_layout.addWidget(box)
            self.form_boxes[form] = box

        paper_box = QGroupBox(self.tr("Papir"), self)
        paper_layout = QVBoxLayout(paper_box)
        self.paper_group = QButtonGroup(self)
        self.paper_buttons: dict[str, QRadioButton] = {}
        for name in reports.PAPER_SIZES:
            button = QRadioButton(name, paper_box)
            button.setChecked(name == "A4")
            button.toggled.connect(self.schedule_preview)
            self.paper_group.addButton(button)
            paper_layout.addWidget(button)
            self.paper_buttons[name] = button

        # a print handed out: to whom (optional), put on the kopiliste with the version
        self.handed_to = RecipientsBox(self.session, patient_id, self.tr("Utlevert til"), self)
        self.handed_to.setCheckable(True)
        self.handed_to.setChecked(False)
        self.handed_to.toggled.connect(self._show_handed_to)
        self._show_handed_to(False)

        if version.signature is not None:
            about = self.tr("Planversjon {n}, signert {date}. En ny utskrift blir lik den "
                            "første.").format(n=version.number, date=format_partial_date(
                                version.signature.signed_date))
        elif store.current_version(db, patient_id) is None:
            about = self.tr("Planen er tom: skjemaet skrives ut med linjer å skrive på.")
        else:
            about = self.tr("Planversjon {n}, ikke signert.").format(n=version.number)
        self.version_label = QLabel(about, self)
        self.version_label.setWordWrap(True)
        self.pages_label = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        self.print_button = QPushButton(self.tr("Skriv ut…"), self)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Lagre som PDF…"), self)
        self.save_button.clicked.connect(self.save_pdf)
        close_button = QPushButton(self.tr("Lukk"), self)
        close_button.clicked.connect(self.reject)

        side = QVBoxLayout()
        side.addWidget(forms_box)
        side.addWidget(paper_box)
        side.addWidget(self.handed_to)
        side.addWidget(self.version_label)
        side.addWidget(self.pages_label)
        side.addWidget(self.message)
        side.addStretch(1)
        side.addWidget(self.print_button)
        side.addWidget(self.save_button)
        # a PDF saved for printing is not encrypted: it is no way to hand the plan over
        self.save_hint = QLabel(self.tr("En PDF lagret her er ukryptert og bare for utskrift, "
                                        "ikke for å gi planen videre: bruk «Overfør til "
                                        "kommunen» (kryptert) til det."), self)
        self.save_hint.setWordWrap(True)
        side.addWidget(self.save_hint)
        side.addWidget(close_button)
        self.view, self._timer = preview_dialog_layout(self, side, None, self.refresh_preview)
        self.document = self.view.document
        self._restore_choices()
        self.refresh_preview()

    # ------------------------------------------------------------ choices and preview

    def _restore_choices(self) -> None:
        """The forms and paper this user chose last time (per user)."""
        chosen = get_pref(self.session, "print")
        forms, paper = chosen.get("forms"), chosen.get("paper")
        if isinstance(forms, list) and set(forms) & set(self.form_boxes):
            for form, box in self.form_boxes.items():
                box.setChecked(form in forms)
        if paper in self.paper_buttons:
            self.paper_buttons[paper].setChecked(True)

    def _remember_choices(self) -> None:
        set_pref(self.session, "print", {"forms": list(self.forms()), "paper": self.paper()})

    def forms(self) -> tuple[str, ...]:
        return tuple(form for form, box in self.form_boxes.items() if box.isChecked())

    def paper(self) -> str:
        return next(name for name, button in self.paper_buttons.items() if button.isChecked())

    def schedule_preview(self) -> None:
        self._timer.start()

    def refresh_preview(self) -> None:
        """Render the chosen forms and show the pages (about 0.1 s for a usual plan)."""
        self._timer.stop()
        forms = self.forms()
        self.message.clear()
        if not forms:
            self._show(b"")
            self._fail(self.tr("Velg minst ett skjema."))
            return
        try:
            data = reports.render_patient_pdf(self.db, self.patient_id, forms=forms,
                                              paper=self.paper(),
                                              version_number=self._requested)
        except ValueError as error:
            self._show(b"")
            self._fail(str(error))
            return
        self._show(data)
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def _fail(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)

    def _show(self, data: bytes) -> None:
        self.pdf_bytes = data
        pages = self.view.show_pdf(data)
        if pages == 1:
            self.pages_label.setText(self.tr("1 side"))
        else:
            self.pages_label.setText(self.tr("{n} sider").format(n=pages) if pages else "")

    # ------------------------------------------------------------ output

    def save_pdf(self) -> None:
        suggested = str(Path.home() / self.tr("individuell-plan-versjon-{n}.pdf").format(
            n=self.version_number))
        path = choose_save_path(self, self.tr("Lagre som PDF"), suggested)
        if not path or not self.pdf_bytes:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        forms, paper = self.forms(), self.paper()
        try:  # the log entry commits before the file gets its name
            deliver(self.db, target, self.pdf_bytes, lambda: reports.log_print(
                self.session, self.patient_id, forms, paper, self.version_number, "pdf"))
        except DeliveryFailed as failed:
            self._fail(str(failed))
            self.save_button.setEnabled(True)
            self.print_button.setEnabled(True)
            return
        self._remember_choices()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Lagret i {path}.").format(path=target))

    def _show_handed_to(self, on: bool) -> None:
        self.handed_to.setFlat(not on)  # folded away: no empty frame
        self.handed_to.list.setVisible(on)
        self.handed_to.note.setVisible(on and bool(self.handed_to.note.text()))

    def _handed_to(self) -> tuple[list[int | None], dict[int, str]] | None:
        """The recipients of a print handed out and the reasons for reserved ones; None when a
        reason was not given (nothing is printed then)."""
        if not self.handed_to.isChecked():
            return [], {}
        reasons = self.handed_to.reasons()
        if reasons is None:
            return None
        return self.handed_to.chosen(), reasons

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = QPageSize.PageSizeId.A5 if self.paper() == "A5" else QPageSize.PageSizeId.A4
        printer.setPageSize(QPageSize(size))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setDocName(self.windowTitle())
        return printer

    def print_document(self, printer: QPrinter | None = None) -> None:
        if not self.pdf_bytes:
            return
        handed = self._handed_to()
        if handed is None:
            self._fail(self.tr("Ikke skrevet ut: en reservert mottaker trenger en begrunnelse."))
            self.print_button.setEnabled(True)
            self.save_button.setEnabled(True)
            return
        printer = printer if isinstance(printer, QPrinter) else self.make_printer()
        if not run_print_dialog(printer, self):
            return
        if print_pages(self.document, printer) == 0:
            self._fail(self.tr("Skriveren kunne ikke startes."))
            self.save_button.setEnabled(True)
            return
        self._remember_choices()
        recipients, reasons = handed
        try:
            with self.db.atomic():
                reports.log_print(self.session, self.patient_id, self.forms(), self.paper(),
                                  self.version_number, "printer")
                if recipients:
                    distribution.record_copies(self.session, self.patient_id, recipients,
                                               CHANNEL_PAPER, what=WHAT_PLAN,
                                               version_number=self.version_number,
                                               reasons=reasons)
        except ValidationError as refused:  # printed, but the copy could not be recorded
            reports.log_print(self.session, self.patient_id, self.forms(), self.paper(),
                              self.version_number, "printer")
            self._fail(str(refused))
            self.print_button.setEnabled(True)
            self.save_button.setEnabled(True)
            return
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Sendt til skriveren og ført på kopilisten.") if recipients
                             else self.tr("Sendt til skriveren."))
