"""The plan's coordinators box in the running window (issue 10 item 6): who signs as ansvarlig
koordinator is chosen, saved with the plan, shown again after a restart and prefilled in the
sign dialog."""

from __future__ import annotations

from desktop import store
from desktop.records import RESPONSIBLE_HOSPITAL, Coordinator, Patient, Plan
from desktop.views.paper.sign_dialog import SignDialog


def test_the_responsible_coordinator_is_chosen_and_kept(app_session, qtbot):
    window = app_session.start()
    patient = store.add_patient(app_session.db, Patient(name="Rita Rolle"))
    store.save_plan(app_session.db, patient.id, Plan(
        hospital_coordinator=Coordinator(name="Tore Skaug"),
        municipal_coordinator=Coordinator(name="Kari Berg")))
    window.reload_list()
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.current_patient_id() == patient.id)
    window.workspace.show_tab("plan")
    box = window.workspace.plan.coordinators
    assert box.responsible.currentIndex() == 0  # the default: the municipality's when filled
    index = box.responsible.findData(RESPONSIBLE_HOSPITAL)
    box.responsible.setCurrentIndex(index)
    box.responsible.activated.emit(index)
    window.workspace.flush()
    assert store.load_plan(app_session.db, patient.id).plan.responsible == RESPONSIBLE_HOSPITAL
    dialog = SignDialog(app_session.db, patient.id, window)
    qtbot.addWidget(dialog)
    assert dialog.coordinator_name.text() == "Tore Skaug"

    window = app_session.restart()
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.current_patient_id() == patient.id)
    window.workspace.show_tab("plan")
    box = window.workspace.plan.coordinators
    assert box.responsible_key() == RESPONSIBLE_HOSPITAL
