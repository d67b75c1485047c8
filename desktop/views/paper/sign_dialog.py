"""Record the paper signatures of the current plan version (patient or guardian, responsible
coordinator, date). Recording freezes the version; the next change starts a new one."""

from __future__ import annotations

import datetime as dt

import sqlite_utils
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import store
from desktop.records import (
    Signature,
    ValidationError,
    format_partial_date,
    parse_partial_date,
    responsible_coordinator,
)
from desktop.store.session import Session, as_session
from desktop.views.common.style import error_label, ok_cancel_buttons


class SignDialog(QDialog):
    """``exec()`` records the signatures; ``signed`` is then the frozen PlanVersion."""

    def __init__(self, session: Session | sqlite_utils.Database, patient_id: int,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.session = as_session(session)
        db = self.db = self.session.db
        self.patient_id = patient_id
        self.today = today or dt.date.today()
        self.signed = None
        self.version = store.current_version(db, patient_id)
        patient = store.get_patient(db, patient_id)
        consent = store.load_consent(db, patient_id)
        self.setWindowTitle(self.tr("Registrer underskrifter"))
        self.setMinimumWidth(560)

        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.patient_name = QLineEdit(patient.name if patient else "", self)
        self.guardian_name = QLineEdit(consent.guardian, self)
        self.guardian_name.setPlaceholderText(self.tr("Bare når verge eller foresatte signerte"))
        coordinator = responsible_coordinator(self.version.plan).name if self.version else ""
        self.coordinator_name = QLineEdit(coordinator, self)
        self.signed_date = QLineEdit(format_partial_date(self.today.isoformat()), self)
        self.signed_date.setPlaceholderText(self.tr("dd.mm.åååå"))

        form = QFormLayout()
        form.addRow(self.tr("Pasient (bruker):"), self.patient_name)
        form.addRow(self.tr("Verge/foresatte:"), self.guardian_name)
        form.addRow(self.tr("Ansvarlig koordinator:"), self.coordinator_name)
        form.addRow(self.tr("Dato signert:"), self.signed_date)

        self.error = error_label(self)
        self.buttons, self.ok_button = ok_cancel_buttons(
            self, self.tr("Registrer og lås versjonen"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if self.version is None:
            self.explanation.setText(self.tr("Det finnes ingen plan å signere ennå. Skriv "
                                             "planen først, og skriv den ut til underskrift."))
            self._disable()
        elif self.version.frozen:
            self.explanation.setText(self.tr(
                "Versjon {n} er allerede signert {date}. Når planen endres, lagres endringene "
                "som en ny versjon, som kan skrives ut og signeres.").format(
                    n=self.version.number,
                    date=format_partial_date(self.version.signature.signed_date)))
            self._disable()
        else:
            self.explanation.setText(self.tr(
                "Fyll inn hvem som signerte den utskrevne planen (versjon {n}) og når. "
                "Når underskriftene er registrert, låses versjon {n}: den kan alltid vises og "
                "skrives ut likt, men ikke endres. Senere endringer blir versjon {next}."
            ).format(n=self.version.number, next=self.version.number + 1))

    def _disable(self) -> None:
        for field in (self.patient_name, self.guardian_name, self.coordinator_name,
                      self.signed_date):
            field.setEnabled(False)
        self.ok_button.setEnabled(False)

    def signature(self) -> Signature:
        """The signature as typed, or ValidationError with a message for the user."""
        patient = " ".join(self.patient_name.text().split())
        guardian = " ".join(self.guardian_name.text().split())
        coordinator = " ".join(self.coordinator_name.text().split())
        if not patient and not guardian:
            raise ValidationError(self.tr("Skriv navnet til pasienten eller vergen som "
                                          "signerte."))
        if not coordinator:
            raise ValidationError(self.tr("Skriv navnet til koordinatoren som signerte."))
        text = self.signed_date.text()
        if not text.strip():
            raise ValidationError(self.tr("Skriv datoen planen ble signert."))
        when = parse_partial_date(text)
        if len(when) != 10:
            raise ValidationError(self.tr("Skriv hele datoen planen ble signert, for "
                                          "eksempel 15.03.2026."))
        if dt.date.fromisoformat(when) > self.today:
            raise ValidationError(self.tr("Signeringsdatoen kan ikke være etter i dag."))
        return Signature(patient_name=patient, guardian_name=guardian,
                         coordinator_name=coordinator, signed_date=when,
                         recorded_by=self.session.username)

    def accept(self) -> None:
        try:
            signature = self.signature()
            self.signed = store.sign_version(self.session, self.patient_id, signature)
        except ValidationError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        super().accept()
