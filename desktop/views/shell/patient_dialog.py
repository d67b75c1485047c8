"""New or edit patient: name, fødselsnummer/D-nummer (birth date follows it), address, phone,
department and home municipality, with the messages shown in the dialog. The department is
chosen from the user's own active departments on the administrator's list (store/departments),
never typed, so a typo cannot put a patient where nobody sees it; a department outside the
user's own is chosen only after a question saying the patient leaves their list."""

from __future__ import annotations

import dataclasses
import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop import store
from desktop.palette import OK_STYLE
from desktop.records import (
    ID_DNR,
    Patient,
    ValidationError,
    check_id_number,
    format_partial_date,
)
from desktop.store import access, departments
from desktop.store.session import Session, as_session
from desktop.views.common.style import (
    ERROR_STYLE,
    HINT_STYLE,
    MessageLabel,
    error_label,
    ok_cancel_buttons,
)

if TYPE_CHECKING:
    import sqlite_utils


def leaves_list(parent: QWidget, title: str, text: str) -> bool:
    """Ask before the patient goes where the user cannot see it; tests replace this."""
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


class PatientDialog(QDialog):
    """``exec()`` stores the patient; ``patient`` is then the stored record with its id."""

    def __init__(self, session: Session | sqlite_utils.Database, patient: Patient | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = as_session(session)
        self.db = self.session.db
        self.original = patient
        self.patient: Patient | None = None
        self.setWindowTitle(self.tr("Rediger pasient") if patient else self.tr("Ny pasient"))
        self.setMinimumWidth(520)

        self.name = QLineEdit(self)
        self.id_number = QLineEdit(self)
        self.id_number.setPlaceholderText(self.tr("11 siffer"))
        self.id_number.setMaxLength(13)
        self.id_message = MessageLabel(self)
        self.birth_date = QLineEdit(self)
        self.birth_date.setPlaceholderText(self.tr("dd.mm.åååå, mm.åååå eller åååå"))
        self.address = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.department = QComboBox(self)  # from the list only: no free text
        offered = departments.offered(self.session, patient.department if patient else "")
        self.department.addItems(offered)
        self.department.setCurrentIndex(0 if len(offered) == 1 else -1)
        self.department.setPlaceholderText(self.tr("Velg avdeling"))
        self.department.setAccessibleName(self.tr("Avdeling"))
        self.department_note = QLabel(self.tr(
            "Du er ikke knyttet til noen aktiv avdeling. Be en administrator om å legge deg til "
            "i en avdeling.") if not offered else "", self)
        self.department_note.setWordWrap(True)
        self.department_note.setStyleSheet(HINT_STYLE)
        self.department_note.setVisible(not offered)
        self.municipality = QLineEdit(self)

        form = QFormLayout()
        form.addRow(self.tr("Navn:"), self.name)
        form.addRow(self.tr("Fødselsnummer/D-nummer:"), self.id_number)
        form.addRow("", self.id_message)
        form.addRow(self.tr("Født:"), self.birth_date)
        form.addRow(self.tr("Adresse:"), self.address)
        form.addRow(self.tr("Telefon:"), self.phone)
        form.addRow(self.tr("Avdeling:"), self.department)
        form.addRow("", self.department_note)
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
        self.ok_button.setEnabled(bool(self.name.text().strip()) and self.department.count() > 0)

    def entered(self) -> Patient:
        base = self.original or Patient()
        return dataclasses.replace(
            base, name=self.name.text(), id_number=self.id_number.text(),
            birth_date=self.birth_date.text(), address=self.address.text(),
            phone=self.phone.text(), department=self.department.currentText(),
            municipality=self.municipality.text())

    def _department_refusal(self, patient: Patient) -> str:
        """Why the chosen department cannot be stored ("" when it can); asks first when the
        patient would leave the user's list."""
        before = self.original.department if self.original else None
        if not patient.department:
            return self.tr("Velg avdelingen pasienten hører til.") if before is None else ""
        if patient.department == before:
            return ""
        visible = access.visible_departments(self.session)
        if visible is None or patient.department in visible:
            return ""
        text = (self.tr("Avdeling {department} er ikke en av dine avdelinger. Pasienten "
                        "forsvinner fra listen din, og du kan ikke åpne pasienten igjen uten "
                        "nødtilgang. Flytte pasienten dit?") if self.original else
                self.tr("Avdeling {department} er ikke en av dine avdelinger. Pasienten vil "
                        "ikke vises i listen din. Opprette pasienten der?"))
        if leaves_list(self, self.windowTitle(), text.format(department=patient.department)):
            return ""
        return self.tr("Pasienten er ikke lagret. Velg en annen avdeling.")

    def accept(self) -> None:
        """Store the patient; a refused value keeps the dialog open with the reason shown."""
        patient = self.entered()
        try:
            patient.validated()  # the record's own checks before the department's question
            refusal = self._department_refusal(patient)
        except ValidationError as error:
            refusal = str(error)
        if refusal:
            self.error.setText(refusal)
            self.error.show()
            return
        try:
            if patient.id is None:
                self.patient = store.add_patient(self.session, patient)
            else:
                self.patient = store.update_patient(self.session, patient)
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
