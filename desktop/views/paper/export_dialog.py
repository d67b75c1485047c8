"""Hand the plan over: the consent's state (an export without consent to share needs a typed
reason), who gets it (the participants, put on the kopiliste), which plan version (the newest
signed one unless a draft is chosen), the package or the PDF alone, a generated or an agreed
passphrase, where to save; then the generated passphrase is shown once, large, with a copy
button."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import palette, records, store
from desktop.exchange import exporter, passphrase
from desktop.exchange.errors import ExchangeRefused
from desktop.records import format_partial_date
from desktop.reports.minutes import meetings_with_minutes
from desktop.store.policy import export_consent_refusal
from desktop.store.session import Session, as_session
from desktop.views.common.file_dialogs import save_file_name
from desktop.views.common.style import ERROR_STYLE
from desktop.views.paper.recipients_box import RecipientsBox


def choose_export_path(parent: QWidget, title: str, suggested: str, fmt: str) -> str:
    """Ask where to save; "" when cancelled. Tests replace this function."""
    pattern = "Kryptert pakke (*.zip)" if fmt == exporter.FORMAT_PACKAGE else "PDF (*.pdf)"
    return save_file_name(parent, title, suggested, pattern)


class ExportDialog(QDialog):
    def __init__(self, session: Session | sqlite_utils.Database, patient_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = as_session(session)
        db = self.db = self.session.db
        self.patient_id = patient_id
        self.patient = store.get_patient(db, patient_id)
        self.setWindowTitle(self.tr("Overfør planen – {name}").format(name=self.patient.name))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choices_page())
        self.pages.addWidget(self._done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(620, self._fitting_height())

    def _fitting_height(self) -> int:
        """The dialog's natural height, or the screen's when that is less (the choices scroll:
        on a 1366x768 screen the dialog would otherwise reach below the taskbar)."""
        wanted = self.sizeHint().height() + self.choices.widget().sizeHint().height()
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().height() - 60 if screen else wanted
        return max(320, min(wanted, room))

    # ------------------------------------------------------------ page 1: choices

    def _choices_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr(
            "Planen lagres kryptert (AES-256), slik at den trygt kan gis til kommunen på "
            "minnepinne eller med sikker e-post. Uten passordet kan ingen åpne filen."), page)
        intro.setWordWrap(True)
        consent_box = self._consent_box(page)
        versions_box = self._versions_box(page)
        self.recipients = RecipientsBox(self.session, self.patient_id, self.tr(
            "Hvem får planen (føres på kopilisten)"), page, preselect_copies=True)

        format_box = QGroupBox(self.tr("Hva skal lagres?"), page)
        self.package_button = QRadioButton(self.tr(
            "Pakke (.zip) med utskriften og en FHIR-fil – åpnes med 7-Zip eller med dette "
            "programmet"), format_box)
        self.pdf_button = QRadioButton(self.tr("Bare utskriften som kryptert PDF – åpnes i "
                                               "alle PDF-lesere"), format_box)
        self.package_button.setChecked(True)
        minutes = len(meetings_with_minutes(self.db, self.patient_id))
        self.minutes_box = QCheckBox(self.tr("Legg ved møtereferatene ({n}) i pakken").format(
            n=minutes), format_box)
        self.minutes_box.setEnabled(bool(minutes))
        self.package_button.toggled.connect(lambda on: self.minutes_box.setEnabled(
            on and bool(minutes)))
        format_layout = QVBoxLayout(format_box)
        for button in (self.package_button, self.pdf_button):
            format_layout.addWidget(_wrapping(button))
        format_layout.addWidget(self.minutes_box)
        self.format_group = QButtonGroup(format_box)  # the wrapped buttons have own parents
        self.format_group.addButton(self.package_button)
        self.format_group.addButton(self.pdf_button)
        self.with_mappings = QCheckBox(self.tr("Ta med kartlegging (livsområdene) i FHIR-filen"),
                                       format_box)
        format_layout.addWidget(self.with_mappings)
        self.pdf_button.toggled.connect(lambda pdf: self.with_mappings.setEnabled(not pdf))

        secret_box = QGroupBox(self.tr("Passord"), page)
        self.generate_button = QRadioButton(self.tr(
            "Lag et passord av {n} ord som er lett å lese opp (ca. {bits} biter tilfeldighet)"
            ).format(n=passphrase.WORD_COUNT, bits=round(passphrase.entropy_bits())), secret_box)
        self.agreed_button = QRadioButton(self.tr("Bruk et passord vi har avtalt med "
                                                  "mottakeren:"), secret_box)
        self.generate_button.setChecked(True)
        self.agreed_edit = QLineEdit(secret_box)
        self.agreed_edit.setPlaceholderText(self.tr("minst {n} tegn").format(
            n=passphrase.MIN_TYPED_LENGTH))
        self.agreed_edit.setEnabled(False)
        self.agreed_button.toggled.connect(self.agreed_edit.setEnabled)
        self.agreed_button.toggled.connect(lambda on: on and self.agreed_edit.setFocus())
        self.secret_group = QButtonGroup(secret_box)
        self.secret_group.addButton(self.generate_button)
        self.secret_group.addButton(self.agreed_button)
        secret_layout = QVBoxLayout(secret_box)
        secret_layout.addWidget(_wrapping(self.generate_button))
        secret_layout.addWidget(self.agreed_button)
        secret_layout.addWidget(self.agreed_edit)

        self.message = QLabel(page)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.save_button = QPushButton(self.tr("Lagre…"), page)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Avbryt"), page)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)

        choices = QWidget(page)
        choices_layout = QVBoxLayout(choices)
        choices_layout.setContentsMargins(0, 0, 0, 0)
        for part in (intro, consent_box, versions_box, self.recipients, format_box, secret_box):
            choices_layout.addWidget(part)
        choices_layout.addStretch(1)
        self.choices = QScrollArea(page)  # the buttons stay in sight below it
        self.choices.setWidget(choices)
        self.choices.setWidgetResizable(True)
        self.choices.setFrameShape(QScrollArea.Shape.NoFrame)
        self.choices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.choices.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the choices in it
        layout = QVBoxLayout(page)
        layout.addWidget(self.choices, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        return page

    def _consent_box(self, page: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Samtykke"), page)
        consent = store.load_consent(self.db, self.patient_id)
        state = records.consent_state(consent, store.load_checklist(self.db,
                                                                    self.patient_id).declined)
        self.consent_problem = export_consent_refusal(self.db, self.patient_id)
        self.consent_label = QLabel(records.consent_state_label(state), box)
        tone = records.consent_tone(state) if self.consent_problem else records.TONE_OK
        self.consent_label.setStyleSheet(palette.chip(tone, bold=True))
        self.consent_label.setMargin(4)
        self.consent_label.setMinimumHeight(self.consent_label.sizeHint().height())
        self.consent_why = QLabel(self.consent_problem, box)
        self.consent_why.setWordWrap(True)
        self.reason_edit = QLineEdit(box)
        self.reason_edit.setPlaceholderText(self.tr(
            "Hvorfor planen likevel skal overføres (logges)"))
        self.reason_edit.setAccessibleName(self.tr("Grunn til å overføre uten samtykke"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.consent_label, 0, Qt.AlignmentFlag.AlignLeft)
        if self.consent_problem:
            layout.addWidget(self.consent_why)
            layout.addWidget(QLabel(self.tr("Overfør likevel bare med en grunn:"), box))
            layout.addWidget(self.reason_edit)
        else:
            self.reason_edit.hide()
        return box

    def _versions_box(self, page: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Planversjon"), page)
        versions, chosen = exporter.export_versions(self.db, self.patient_id)
        self.version_combo = QComboBox(box)
        self.version_combo.setAccessibleName(self.tr("Planversjon som sendes"))
        if chosen is None and versions:
            self.version_combo.addItem(self.tr("Velg versjon …"), None)
        for version in reversed(versions):  # newest first
            if version.signature is not None:
                text = self.tr("Versjon {n} – signert {date}").format(
                    n=version.number,
                    date=format_partial_date(version.signature.signed_date))
            else:
                text = self.tr("Versjon {n} – utkast (merkes «UTKAST – ikke signert»)").format(
                    n=version.number)
            self.version_combo.addItem(text, version.number)
        index = self.version_combo.findData(chosen) if chosen is not None else 0
        self.version_combo.setCurrentIndex(max(index, 0))
        layout = QFormLayout(box)
        layout.addRow(self.tr("Send:"), self.version_combo)
        return box

    def chosen_version(self) -> int | None:
        return self.version_combo.currentData()

    def format(self) -> str:
        return exporter.FORMAT_PACKAGE if self.package_button.isChecked() else exporter.FORMAT_PDF

    def save(self) -> None:
        self.message.clear()
        reason = self.reason_edit.text().strip()
        if self.consent_problem and not reason and self.version_combo.count():
            self.message.setText(self.tr("Skriv hvorfor planen overføres uten samtykke til "
                                         "deling, eller avbryt."))
            self.reason_edit.setFocus()
            return
        if self.version_combo.count() and self.chosen_version() is None:
            self.message.setText(self.tr("Planen har ingen signert versjon: velg versjonen "
                                         "som skal sendes."))
            return
        reasons = self.recipients.reasons()
        if reasons is None:
            self.message.setText(self.tr("Planen er ikke overført: en reservert mottaker trenger "
                                         "en begrunnelse."))
            return
        generated = self.generate_button.isChecked()
        try:
            secret = passphrase.generate() if generated else passphrase.checked(
                self.agreed_edit.text())
        except ExchangeRefused as refusal:
            self.message.setText(str(refusal))
            return
        fmt = self.format()
        suggested = exporter.suggested_file_name(self.patient.name, self.patient.birth_date, fmt)
        chosen = choose_export_path(self, self.tr("Lagre den krypterte filen"), suggested, fmt)
        if not chosen:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = exporter.export_patient(self.session, self.patient_id, chosen, secret, fmt,
                                             version=self.chosen_version(),
                                             consent_reason=reason,
                                             recipients=self.recipients.chosen(),
                                             reasons=reasons,
                                             with_minutes=self.minutes_box.isChecked()
                                             and fmt == exporter.FORMAT_PACKAGE,
                                             with_mappings=self.with_mappings.isChecked())
        except ExchangeRefused as refusal:
            self.message.setText(str(refusal))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._show_done(result.path, secret if generated else "")

    # ------------------------------------------------------------ page 2: the passphrase, once

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.saved_label = QLabel(page)
        self.saved_label.setWordWrap(True)
        self.secret_heading = QLabel(self.tr("Passordet:"), page)
        self.secret_label = QLabel(page)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.secret_label.setFont(font)
        self.secret_label.setWordWrap(True)
        self.secret_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Kopier"), page)
        self.copy_button.clicked.connect(self.copy_secret)
        self.note = QLabel(page)
        self.note.setWordWrap(True)
        close = QPushButton(self.tr("Lukk"), page)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret_label, 1)
        secret_row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(page)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.secret_heading)
        layout.addLayout(secret_row)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _show_done(self, path: Path, secret: str) -> None:
        self.saved_label.setText(self.tr("Lagret {file} i {folder}.").format(
            file=path.name, folder=path.parent))
        shown = bool(secret)
        self.secret_label.setText(secret)
        for widget in (self.secret_heading, self.secret_label, self.copy_button):
            widget.setVisible(shown)
        if shown:
            self.note.setText(self.tr(
                "Gi passordet til mottakeren på telefon eller på en annen kanal – aldri i "
                "samme e-post eller på samme minnepinne som filen. Programmet lagrer ikke "
                "passordet, og det vises bare nå."))
        else:
            self.note.setText(self.tr("Filen er kryptert med passordet dere har avtalt."))
        self.pages.setCurrentIndex(1)

    def copy_secret(self) -> None:
        QGuiApplication.clipboard().setText(self.secret_label.text())
        self.copy_button.setText(self.tr("Kopiert"))

    def done(self, result: int) -> None:
        self.secret_label.clear()  # shown once: nothing of it stays in the dialog
        self.agreed_edit.clear()
        super().done(result)


def _wrapping(button: QRadioButton) -> QWidget:
    """A radio button whose long text wraps (QRadioButton itself never wraps)."""
    holder = QWidget(button.parentWidget())
    text = button.text()
    button.setText("")
    label = QLabel(text, holder)
    label.setWordWrap(True)
    label.setBuddy(button)
    label.mousePressEvent = lambda _event: button.setChecked(True)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(label, 1)
    button.setAccessibleName(text)
    return holder
