"""The main window driven like a user: first start, search as you type, new and edited patients
through the dialog (synthetic test-registry numbers only)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from desktop import __version__, paths, store
from desktop.demo import fill_demo
from desktop.models.patient_list_model import PatientListModel
from desktop.records import Patient
from desktop.views.shell.patient_dialog import PatientDialog

FNR = "14838516573"  # synthetic: born 14.03.1985, month + 80
FNR_OTHER = "02910498579"  # synthetic: born 02.11.2004


def names(window) -> list[str]:
    model = window.model
    return [model.data(model.index(r, PatientListModel.COL_NAME)) for r in range(model.rowCount())]


def test_first_start_on_an_empty_machine(app_session, data_dir, qtbot):
    assert not data_dir.exists()
    window = app_session.start()
    assert paths.database_path(data_dir).is_file()
    qtbot.waitUntil(lambda: window.count_label.text() == "0 pasienter")
    assert window.workspace.stack.currentWidget() is window.workspace.empty
    assert "Ny pasient" in window.workspace.empty.text()
    assert window.current_patient_id() is None
    assert not window.edit_patient_action.isEnabled()


def test_search_as_you_type(app_session, qtbot):
    window = app_session.start()
    fill_demo(app_session.db, 60, today=dt.date(2026, 11, 20))
    store.add_patient(app_session.db, Patient(name="Søren Prøvesen", id_number=FNR))
    window.reload_list()
    qtbot.waitUntil(lambda: window.count_label.text() == "61 pasienter")

    window.search_action.trigger()
    assert QApplication.focusWidget() is window.search
    qtbot.keyClicks(window.search, "søren prø")
    qtbot.waitUntil(lambda: names(window) == ["Søren Prøvesen"], timeout=1000)
    qtbot.waitUntil(lambda: window.count_label.text() == "1 treff")

    window.search.clear()
    qtbot.keyClicks(window.search, "14.03.1985")
    qtbot.waitUntil(lambda: names(window) == ["Søren Prøvesen"], timeout=1000)
    window.search.clear()
    qtbot.keyClicks(window.search, FNR[:8])
    qtbot.waitUntil(lambda: names(window) == ["Søren Prøvesen"], timeout=1000)

    qtbot.keyClick(window.search, Qt.Key.Key_Return)  # Enter opens the first match
    qtbot.waitUntil(lambda: window.workspace.header.name.text() == "Søren Prøvesen")
    assert window.edit_patient_action.isEnabled()

    window.search.clear()
    qtbot.keyClicks(window.search, "ingen slik person")
    qtbot.waitUntil(lambda: window.count_label.text() == "Ingen treff")
    assert names(window) == []


def fill_dialog(qtbot, dialog: PatientDialog, name: str, number: str) -> None:
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClicks(dialog.id_number, number)
    qtbot.keyClicks(dialog.address, "Fjordgata 3, 2317 Hamar")
    qtbot.keyClicks(dialog.phone, "900 00 000")
    dialog.department.setCurrentText("Voksenpsykiatri")
    qtbot.keyClicks(dialog.municipality, "Hamar")


def test_new_patient_through_the_dialog_is_found_after_restart(app_session, qtbot, modal_dialog):
    window = app_session.start()
    shown = {}

    def interact(dialog):
        shown["title"] = dialog.windowTitle()
        fill_dialog(qtbot, dialog, "Kari Prøve Nordmann", FNR)
        shown["born"] = dialog.birth_date.text()
        shown["message"] = dialog.id_message.text()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    modal_dialog(lambda: qtbot.keyClick(window, Qt.Key.Key_N,
                                                    Qt.KeyboardModifier.ControlModifier),
                      interact)
    assert shown == {"title": "Ny pasient", "born": "14.03.1985",
                     "message": "Gyldig fødselsnummer"}
    assert window.workspace.header.name.text() == "Kari Prøve Nordmann"
    assert "Fødselsnummer 148385 16573" in window.workspace.header.details.text()
    assert names(window) == ["Kari Prøve Nordmann"]

    window = app_session.restart()
    qtbot.keyClicks(window.search, "kari")
    qtbot.waitUntil(lambda: names(window) == ["Kari Prøve Nordmann"], timeout=1000)
    patient = store.find_patient(app_session.db, FNR)
    assert (patient.birth_date, patient.address, patient.department, patient.municipality) == (
        "1985-03-14", "Fjordgata 3, 2317 Hamar", "Voksenpsykiatri", "Hamar")


def test_invalid_and_duplicate_numbers_are_refused(app_session, qtbot, modal_dialog):
    window = app_session.start()
    store.add_patient(app_session.db, Patient(name="Første Pasient", id_number=FNR))
    window.reload_list()
    seen = {}

    def interact(dialog: PatientDialog):
        qtbot.keyClicks(dialog.name, "Andre Pasient")
        dialog.department.setCurrentText("Rusbehandling")
        qtbot.keyClicks(dialog.id_number, FNR[:-1] + "4")  # wrong check digit
        seen["inline"] = dialog.id_message.text()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["after_wrong"] = (dialog.isVisible(), dialog.error.text())
        dialog.id_number.clear()
        qtbot.keyClicks(dialog.id_number, FNR)  # a number another patient has
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["after_duplicate"] = (dialog.isVisible(), dialog.error.text())
        dialog.id_number.clear()
        dialog.name.clear()
        seen["ok_without_name"] = dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                         Qt.MouseButton.LeftButton)

    modal_dialog(window.new_patient_action.trigger, interact)
    assert seen["inline"] == "Kontrollsifrene stemmer ikke. Sjekk fødselsnummeret en gang til."
    assert seen["after_wrong"] == (True, seen["inline"])
    assert seen["after_duplicate"] == (
        True, "Det finnes allerede en pasient med dette fødselsnummeret.")
    assert seen["ok_without_name"] is False
    assert store.count_patients(app_session.db) == 1
    assert names(window) == ["Første Pasient"]


def test_edit_patient_updates_header_and_list(app_session, qtbot, modal_dialog):
    window = app_session.start()
    patient = store.add_patient(app_session.db, Patient(name="Ola Endre", id_number=FNR_OTHER))
    window.reload_list()
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.current_patient_id() == patient.id)

    def interact(dialog: PatientDialog):
        assert dialog.windowTitle() == "Rediger pasient"
        assert dialog.birth_date.text() == "02.11.2004"
        dialog.name.selectAll()
        qtbot.keyClicks(dialog.name, "Ola Endret Nordmann")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    modal_dialog(window.edit_patient_action.trigger, interact)
    assert window.workspace.header.name.text() == "Ola Endret Nordmann"
    assert names(window) == ["Ola Endret Nordmann"]
    assert window.windowTitle().startswith("Ola Endret Nordmann")


def test_about_shows_the_version(app_session, message_boxes):
    window = app_session.start()
    window.about_action.trigger()
    assert __version__ in message_boxes.abouts[0]


def test_list_fetches_more_rows_when_scrolled(app_session, qtbot):
    window = app_session.start()
    fill_demo(app_session.db, 450, today=dt.date(2026, 11, 20))
    window.reload_list()
    assert window.model.rowCount() == 200
    qtbot.waitUntil(lambda: window.count_label.text() == "450 pasienter")
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() > 200, timeout=2000)

    window.table.scrollToTop()
    window._count_timer.setInterval(60_000)  # hold the pause, to see the label before it
    qtbot.keyClicks(window.search, "e")  # a broad search: counted once typing pauses
    qtbot.waitUntil(lambda: window.model.search_text() == "e")
    expected = store.count_patients(app_session.db, "e")
    assert expected > 200
    assert window.count_label.text() == "Mer enn 200 treff"
    assert window._count_timer.isActive()
    window._count_timer.setInterval(10)
    window._count_timer.start()
    qtbot.waitUntil(lambda: window.count_label.text() == f"{expected} treff", timeout=2000)


def test_wheel_over_a_state_does_not_change_it_while_scrolling(app_session, qtbot):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    window = app_session.start()
    store.add_patient(app_session.db, Patient(name="Rulle Hjul"))
    window.reload_list()
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.current_patient_id() is not None)
    combo = window.workspace.checklist.start_box.rows[0].state
    window.table.setFocus()
    event = QWheelEvent(QPointF(5, 5), QPointF(combo.mapToGlobal(QPoint(5, 5))), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, event)
    assert combo.currentText() == "Ikke utført"


def test_a_patient_shown_from_elsewhere_repaints_the_rows_it_moves_between(app_session, qtbot):
    """show_patient marks the patient in the list without repainting the whole list: the
    screen must still show the new row selected and the old one not (the backing store, what
    the screen shows, against a fresh rendering)."""
    from desktop.models.patient_list_model import PatientIdRole

    window = app_session.start()
    for name in ("Rad En", "Rad To", "Rad Tre", "Rad Fire"):
        store.add_patient(app_session.db, Patient(name=name))
    window.reload_list()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.workspace.pages_built, timeout=20_000)
    viewport = window.table.viewport()
    area = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
    for row in (0, 3, 1):
        window.show_patient(window.model.index(row, 0).data(PatientIdRole))
        qtbot.wait(50)
        on_screen = window.screen().grabWindow(window.winId()).toImage().copy(area)
        assert on_screen == window.grab().toImage().copy(area), row
