"""New or edit patient: name, fødselsnummer/D-nummer (birth date follows it), address, phone,
department and home municipality, with the messages shown in the dialog."""

from __future__ import annotations

import dataclasses
import sqlite3

import sqlite_utils
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import store
from desktop.palette import OK_STYLE
from desktop.records import (
    DEPARTMENTS,
    ID_DNR,
    Patient,
    ValidationError,
    check_id_number,
    format_partial_date,
)
from desktop.views.common.style import ERROR_STYLE, error_label, ok_cancel_buttons


class PatientDialog(QDialog):
    """``exec()`` stores the patient; ``patient`` is then the stored record with its id."""

    def __init__(self, db: sqlite_utils.Database, patient: Patient | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.original = patient
        self.patient: Patient | None = None
        self.setWindowTitle(self.tr("Rediger pasient") if patient else self.tr("Ny pasient"))
        self.setMinimumWidth(520)

        self.name = QLineEdit(self)
        self.id_number = QLineEdit(self)
        self.id_number.setPlaceholderText(self.tr("11 siffer"))
        self.id_number.setMaxLength(13)
        self.id_message = QLabel(self)
        self.id_message.setWordWrap(True)
        self.birth_date = QLineEdit(self)
        self.birth_date.setPlaceholderText(self.tr("dd.mm.åååå, mm.åååå eller åååå"))
        self.address = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.department = QComboBox(self)
        self.department.setEditable(True)
        self.department.addItems(DEPARTMENTS)
        self.department.setCurrentIndex(-1)
        self.department.lineEdit().setPlaceholderText(self.tr("Velg eller skriv"))
        self.municipality = QLineEdit(self)

        form = QFormLayout()
        form.addRow(self.tr("Navn:"), self.name)
        form.addRow(self.tr("Fødselsnummer/D-nummer:"), self.id_number)
        form.addRow("", self.id_message)
        form.addRow(self.tr("Født:"), self.birth_date)
        form.addRow(self.tr("Adresse:"), self.address)
        form.addRow(self.tr("Telefon:"), self.phone)
        form.addRow(self.tr("Avdeling:"), self.department)
        form.addRow(self.tr("Bostedskommune:"), self.municipality)

        self.error = error_label(self)
        self.buttons, self.ok_button = ok_cancel_buttons(self, self.tr("Lagre"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if patient:
            self.name.setText(patient.name)
            self.id_number.setText(patient.id_number)
            self.birth_date.setText(format_partial_date(patient.birth_date))
            self.address.setText(patient.address)
            self.phone.setText(patient.phone)
            self.department.setCurrentText(patient.department)
            self.municipality.setText(patient.municipality)
        self.name.textChanged.connect(self._update_ok)
        self.id_number.textChanged.connect(self._id_number_changed)
        self._id_number_changed(self.id_number.text())
        self._update_ok()

    def _id_number_changed(self, text: str) -> None:
        digits = "".join(text.split())
        if not digits:
            self.id_message.setText(self.tr("Kan stå tomt hvis nummeret ikke er kjent."))
            self.id_message.setStyleSheet("color: palette(placeholder-text);")
        elif len(digits) < 11 and digits.isdigit():
            self.id_message.setText(self.tr("{count} av 11 siffer").format(count=len(digits)))
            self.id_message.setStyleSheet("color: palette(placeholder-text);")
        else:
            try:
                kind, born = check_id_number(digits)
            except ValidationError as error:
                self.id_message.setText(str(error))
                self.id_message.setStyleSheet(ERROR_STYLE)
            else:
                label = self.tr("Gyldig D-nummer") if kind == ID_DNR else \
                    self.tr("Gyldig fødselsnummer")
                self.id_message.setText(label)
                self.id_message.setStyleSheet(OK_STYLE)
                self.birth_date.setText(format_partial_date(born))
        self.error.hide()
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.name.text().strip()))

    def entered(self) -> Patient:
        base = self.original or Patient()
        return dataclasses.replace(
            base, name=self.name.text(), id_number=self.id_number.text(),
            birth_date=self.birth_date.text(), address=self.address.text(),
            phone=self.phone.text(), department=self.department.currentText(),
            municipality=self.municipality.text())

    def accept(self) -> None:
        """Store the patient; a refused value keeps the dialog open with the reason shown."""
        patient = self.entered()
        try:
            if patient.id is None:
                self.patient = store.add_patient(self.db, patient)
            else:
                self.patient = store.update_patient(self.db, patient)
        except ValidationError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        except sqlite3.Error as error:
            self.error.setText(self.tr("Pasienten ble ikke lagret: {detail}").format(
                detail=error))
            self.error.show()
            return
        super().accept()
