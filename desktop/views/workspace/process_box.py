"""The first steps before a notice: the assessment (checklist item 1's outcome) and the consent
to contact the municipality. Each change is saved at once through the Qt-free store."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from desktop import palette
from desktop.i18n import translate
from desktop.records import TONE_ALERT, ValidationError, format_partial_date, parse_partial_date
from desktop.records_process import (
    ASSESSMENT_LABELS,
    BEHALF_LABELS,
    Assessment,
    NotifyConsent,
)
from desktop.store import process
from desktop.store.session import Session

ERROR_STYLE = palette.boxed(TONE_ALERT, extra="padding: 4px;")


def date_text(iso: str) -> str:
    return format_partial_date(iso) if iso else ""


def iso_date(text: str) -> str:
    """The typed date as ISO; raises ValidationError with one sentence when it is no date."""
    text = text.strip()
    if not text:
        return ""
    iso = parse_partial_date(text)
    if not iso:
        raise ValidationError(translate("NoticePage", "Skriv datoen som dd.mm.åååå."))
    return iso


def error_label(parent: QWidget) -> QLabel:
    """A hidden box for the one sentence that says why a step was refused."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def choices(combo: QComboBox, labels: dict[str, str]) -> None:
    for key, label in labels.items():
        combo.addItem(translate("process", label), key)


class ProcessBox(QWidget):
    """Vurdering og samtykke til å kontakte kommunen, for one patient."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.patient_id: int | None = None
        self._loading = False
        self.error = error_label(self)

        assess = QGroupBox(self.tr("Vurdering av behov (sjekkliste punkt 1)"), self)
        self.outcome = QComboBox(assess)
        self.outcome.addItem(self.tr("Ikke vurdert"), "")
        choices(self.outcome, ASSESSMENT_LABELS)
        self.reason = QLineEdit(assess)
        self.reason.setPlaceholderText(self.tr("Hvorfor avventer dere? (eller en merknad)"))
        self.assess_date = QLineEdit(assess)
        self.assess_date.setPlaceholderText(self.tr("dd.mm.åååå"))
        self.assess_by = QLineEdit(assess)
        form = QFormLayout(assess)
        form.addRow(self.tr("Utfall"), self.outcome)
        form.addRow(self.tr("Begrunnelse"), self.reason)
        form.addRow(self.tr("Dato"), self.assess_date)
        form.addRow(self.tr("Vurdert av"), self.assess_by)

        notify = QGroupBox(self.tr("Samtykke til å kontakte kommunen"), self)
        self.notify_date = QLineEdit(notify)
        self.notify_date.setPlaceholderText(self.tr("dd.mm.åååå"))
        self.given_by = QLineEdit(notify)
        self.on_behalf = QComboBox(notify)
        choices(self.on_behalf, BEHALF_LABELS)
        self.basis = QLineEdit(notify)
        form = QFormLayout(notify)
        form.addRow(self.tr("Dato"), self.notify_date)
        form.addRow(self.tr("Gitt av"), self.given_by)
        form.addRow(self.tr("På vegne av pasienten"), self.on_behalf)
        form.addRow(self.tr("Grunnlag"), self.basis)

        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.error)
        layout.addRow(assess)
        layout.addRow(notify)
        self.outcome.currentIndexChanged.connect(self._save_assessment)
        for edit in (self.reason, self.assess_date, self.assess_by):
            edit.editingFinished.connect(self._save_assessment)
        self.on_behalf.currentIndexChanged.connect(self._save_notify)
        for edit in (self.notify_date, self.given_by, self.basis):
            edit.editingFinished.connect(self._save_notify)

    def load(self, patient_id: int) -> None:
        self.patient_id = patient_id
        self._loading = True
        db = self.session.db
        assessment = process.load_assessment(db, patient_id)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(assessment.outcome)))
        self.reason.setText(assessment.reason)
        self.assess_date.setText(date_text(assessment.date))
        self.assess_by.setText(assessment.by)
        consent = process.load_notify_consent(db, patient_id)
        self.notify_date.setText(date_text(consent.date))
        self.given_by.setText(consent.given_by)
        self.on_behalf.setCurrentIndex(max(0, self.on_behalf.findData(consent.on_behalf)))
        self.basis.setText(consent.basis)
        self._loading = False
        self.show_error("")

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _save_assessment(self) -> None:
        if self._loading or self.patient_id is None:
            return
        try:
            date = iso_date(self.assess_date.text())
            by = self.assess_by.text().strip()
            if date and not by:
                by = self.session.display_name
                self.assess_by.setText(by)
            process.save_assessment(self.session.db, self.patient_id, Assessment(
                outcome=self.outcome.currentData(), reason=self.reason.text().strip(),
                date=date, by=by))
        except (ValidationError, sqlite3.Error) as error:
            self.show_error(str(error))
            return
        self.show_error("")
        self.changed.emit()

    def _save_notify(self) -> None:
        if self._loading or self.patient_id is None:
            return
        try:
            process.save_notify_consent(self.session.db, self.patient_id, NotifyConsent(
                date=iso_date(self.notify_date.text()), given_by=self.given_by.text().strip(),
                on_behalf=self.on_behalf.currentData(), basis=self.basis.text().strip(),
                recorded_by=self.session.display_name))
        except (ValidationError, sqlite3.Error) as error:
            self.show_error(str(error))
            return
        self.show_error("")
        self.changed.emit()
