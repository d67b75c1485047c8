"""The patient dialog's department: only the user's own active departments from the list, no
free text (a typo cannot make a vanishing patient), preset when there is one, and a question
before a patient goes where the user cannot see it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop import store
from desktop.records import Patient
from desktop.store import access, accounts, departments
from desktop.store.session import Session
from desktop.views.shell import patient_dialog
from desktop.views.shell.patient_dialog import PatientDialog

VOP, RUS = "Voksenpsykiatri", "Rusbehandling"


@pytest.fixture
def admin(db, fast_hash) -> Session:
    return Session(db, accounts.create_first_admin(db, "sjef", "Sjef", "kanel-tromme-vindu-lys"))


def _staff(admin: Session, *wards: str) -> Session:
    user = accounts.add_user(admin.db, admin.user, "nils", "Nils", "kanel-tromme-vindu-lys",
                             departments=list(wards))
    return Session(admin.db, user)


def _items(dialog: PatientDialog) -> list[str]:
    return [dialog.department.itemText(i) for i in range(dialog.department.count())]


def test_slagenheten_typo_cannot_create_a_vanishing_patient(qtbot, admin):
    session = _staff(admin, VOP)
    dialog = PatientDialog(session)
    qtbot.addWidget(dialog)
    assert not dialog.department.isEditable()
    assert _items(dialog) == [VOP] and dialog.department.currentText() == VOP  # preset
    qtbot.keyClicks(dialog.name, "Kari Nordmann")
    qtbot.keyClicks(dialog.department, "Slagenheten")  # typing only searches the list
    assert _items(dialog) == [VOP]
    dialog.accept()
    assert dialog.patient is not None and dialog.patient.department == VOP
    assert access.may_see(session, dialog.patient.id)  # it is in the nurse's list


def test_two_departments_are_not_guessed(qtbot, admin):
    dialog = PatientDialog(_staff(admin, VOP, RUS, "Nedlagt post"))
    qtbot.addWidget(dialog)
    assert _items(dialog) == [RUS, VOP]  # "Nedlagt post" is not on the list
    assert dialog.department.currentIndex() == -1
    qtbot.keyClicks(dialog.name, "Kari Nordmann")
    dialog.accept()
    assert dialog.patient is None and dialog.error.text() == (
        "Velg avdelingen pasienten hører til.")
    assert store.count_patients(admin.db) == 0


def test_inactive_departments_are_not_offered(qtbot, admin):
    departments.set_active(admin, RUS, False)
    dialog = PatientDialog(admin)  # an administrator without departments: every active one
    qtbot.addWidget(dialog)
    assert RUS not in _items(dialog) and VOP in _items(dialog)


def test_a_user_without_departments_is_told_and_cannot_save(qtbot, admin):
    dialog = PatientDialog(_staff(admin))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Kari Nordmann")
    assert not dialog.ok_button.isEnabled()
    assert "ikke knyttet til noen aktiv avdeling" in dialog.department_note.text()


def test_creating_outside_ones_own_departments_asks_first(qtbot, admin, monkeypatch):
    asked: list[str] = []
    answer = {"yes": False}
    monkeypatch.setattr(patient_dialog, "leaves_list",
                        lambda _p, _t, text: asked.append(text) or answer["yes"])
    dialog = PatientDialog(admin)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Kari Nordmann")
    dialog.department.setCurrentText(VOP)
    dialog.accept()
    assert "ikke vises i listen din" in asked[0] and dialog.patient is None
    answer["yes"] = True
    dialog.accept()
    assert dialog.patient is not None and dialog.patient.department == VOP


def test_moving_a_patient_out_of_ones_list_asks_and_says_so(qtbot, admin, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(patient_dialog, "leaves_list",
                        lambda _p, _t, text: asked.append(text) or False)
    patient = store.add_patient(admin.db, Patient(name="Ola Flytt", department=VOP))
    dialog = PatientDialog(admin, patient)
    qtbot.addWidget(dialog)
    assert dialog.department.currentText() == VOP
    dialog.accept()  # unchanged department: no question
    assert asked == [] and dialog.patient is not None
    dialog = PatientDialog(admin, patient)
    qtbot.addWidget(dialog)
    dialog.department.setCurrentText(RUS)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "forsvinner fra listen din" in asked[0]
    assert store.get_patient(admin.db, patient.id).department == VOP  # the answer was no
