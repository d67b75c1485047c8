"""Koordinator i spesialisthelsetjenesten (appointed with or without a plan) and the state of
the IP work: the program suggests the next state (store.ip_work.suggested_ip_state) and the
user confirms it with date and, for avventer and avsluttet, a reason."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import translate
from desktop.records import ValidationError
from desktop.records_process import (
    IP_STATES,
    STATES_WITH_REASON,
    HospitalCoordinator,
    IpState,
)
from desktop.store import ip_work, process
from desktop.store.session import Session
from desktop.views.workspace.process_box import choices, date_text, error_label, iso_date


class StateBox(QWidget):
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.patient_id: int | None = None
        self._loading = False
        self.error = error_label(self)

        hospital = QGroupBox(self.tr("Koordinator i spesialisthelsetjenesten"), self)
        self.coordinator = [QLineEdit(hospital) for _ in range(4)]
        self.appointed_date = QLineEdit(hospital)
        self.appointed_date.setPlaceholderText(self.tr("dd.mm.åååå"))
        self.appointed_by = QLineEdit(hospital)
        form = QFormLayout(hospital)
        for label, edit in zip((self.tr("Navn"), self.tr("Arbeidssted"), self.tr("Telefon"),
                                self.tr("E-post")), self.coordinator, strict=True):
            form.addRow(label, edit)
        form.addRow(self.tr("Oppnevnt (dato)"), self.appointed_date)
        form.addRow(self.tr("Oppnevnt av"), self.appointed_by)
        for edit in (*self.coordinator, self.appointed_date, self.appointed_by):
            edit.editingFinished.connect(self._save_coordinator)

        work = QGroupBox(self.tr("Tilstand for IP-arbeidet"), self)
        self.current = QLabel(work)
        self.state = QComboBox(work)
        choices(self.state, IP_STATES)
        self.reason = QLineEdit(work)
        self.reason.setPlaceholderText(self.tr("Begrunnelse (for avventer og avsluttet)"))
        self.confirm = QPushButton(self.tr("Bekreft tilstand"), work)
        self.confirm.clicked.connect(self.confirm_state)
        form = QFormLayout(work)
        form.addRow(self.tr("Nå"), self.current)
        form.addRow(self.tr("Ny tilstand"), self.state)
        form.addRow(self.tr("Begrunnelse"), self.reason)
        form.addRow("", self.confirm)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.error)
        column.addWidget(hospital)
        column.addWidget(work)

    def load(self, patient_id: int) -> None:
        self.patient_id = patient_id
        self._loading = True
        db = self.session.db
        found = process.load_hospital_coordinator(db, patient_id)
        for edit, value in zip(self.coordinator, (found.name, found.workplace, found.phone,
                                                  found.email), strict=True):
            edit.setText(value)
        self.appointed_date.setText(date_text(found.appointed_date))
        self.appointed_by.setText(found.appointed_by)
        self._loading = False
        self.show_state()

    def show_state(self) -> None:
        """The confirmed state, and the suggested one preselected for the user to confirm."""
        if self.patient_id is None:
            return
        db = self.session.db
        state = process.load_ip_state(db, self.patient_id)
        text = translate("process", IP_STATES[state.state])
        if state.reason:
            text += f" ({state.reason})"
        if state.date:
            text += " " + self.tr("fra {date}, {by}").format(date=date_text(state.date),
                                                             by=state.by)
        self.current.setText(text)
        suggested = ip_work.suggested_ip_state(db, self.patient_id)
        self.state.setCurrentIndex(max(0, self.state.findData(suggested)))
        self.reason.setText(state.reason if suggested == state.state else "")

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _save_coordinator(self) -> None:
        if self._loading or self.patient_id is None:
            return
        name, workplace, phone, email = (edit.text().strip() for edit in self.coordinator)
        try:
            date = iso_date(self.appointed_date.text())
            by = self.appointed_by.text().strip()
            if date and not by:
                by = self.session.display_name
                self.appointed_by.setText(by)
            process.save_hospital_coordinator(self.session.db, self.patient_id,
                                              HospitalCoordinator(name, workplace, phone, email,
                                                                  date, by))
        except (ValidationError, sqlite3.Error) as error:
            self.show_error(str(error))
            return
        self.show_error("")
        self.changed.emit()

    def confirm_state(self) -> None:
        if self.patient_id is None:
            return
        if self.state.currentData() in STATES_WITH_REASON and not self.reason.text().strip():
            self.show_error(self.tr("Skriv hvorfor arbeidet avventer eller er avsluttet."))
            return
        try:
            process.set_ip_state(self.session.db, self.patient_id, IpState(
                self.state.currentData(), self.reason.text().strip(), "",
                self.session.display_name))
        except (ValidationError, sqlite3.Error) as error:
            self.show_error(str(error))
            return
        self.show_error("")
        self.show_state()
        self.changed.emit()
