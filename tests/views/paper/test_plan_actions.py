"""The print, sign, history, export and import actions of the main window: they save what is
typed before a dialog reads the database, and the window shows the result afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop import store
from desktop.demo import fill_demo
from desktop.exchange.exporter import export_patient
from desktop.views.paper import import_dialog


def _open_first_patient(app_session, qtbot):
    window = app_session.start()
    fill_demo(app_session.db, 3)
    window.reload_list()
    patient_id = window.model.summary(0).id
    assert window.open_patient(patient_id)
    return window, patient_id


def test_patient_actions_need_an_open_patient_and_have_shortcuts(app_session, qtbot):
    window = app_session.start()
    actions = window.plan_actions
    shortcuts = {a.text(): a.shortcut().toString() for a in (
        actions.print_action, actions.sign_action, actions.history_action,
        actions.export_action, actions.import_action)}
    assert shortcuts["Skriv ut…"] == "Ctrl+P"
    assert shortcuts["Overfør til kommunen…"] == "Ctrl+Shift+E"
    assert shortcuts["Hent inn plan…"] == "Ctrl+I"
    assert not actions.print_action.isEnabled() and not actions.export_action.isEnabled()
    assert actions.import_action.isEnabled()
    assert actions.import_action in window.file_menu.actions()
    fill_demo(app_session.db, 1)
    window.reload_list()
    window.open_patient(window.model.summary(0).id)
    assert actions.print_action.isEnabled() and actions.export_action.isEnabled()
    assert actions.print_action in window.patient_menu.actions()


def test_print_saves_what_was_just_typed_before_the_dialog_reads_it(app_session, qtbot,
                                                                     modal_dialog):
    window, patient_id = _open_first_patient(app_session, qtbot)
    window.workspace.show_tab("plan")
    goal = window.workspace.plan.overall_goal
    goal.setFocus()
    goal.selectAll()
    qtbot.keyClicks(goal, "«Hjem før jul»")
    seen = {}

    def interact(dialog):
        seen["title"] = dialog.windowTitle()
        seen["goal"] = store.load_plan(app_session.db, patient_id).plan.overall_goal

    modal_dialog(lambda: qtbot.keyClick(window, Qt.Key.Key_P,
                                        Qt.KeyboardModifier.ControlModifier), interact)
    assert seen["title"].startswith("Skriv ut")
    assert seen["goal"] == "«Hjem før jul»"


def test_recording_signatures_freezes_the_version_and_the_header_says_so(app_session, qtbot,
                                                                         modal_dialog):
    window, patient_id = _open_first_patient(app_session, qtbot)
    store.save_plan(app_session.db, patient_id, store.load_plan(app_session.db, patient_id).plan)
    version = store.current_version(app_session.db, patient_id)
    if version.frozen:  # a demo patient may already have a signed plan: edit to get a draft
        version = store.save_plan(app_session.db, patient_id, version.plan)
    window.refresh_patient(patient_id)

    def interact(dialog):
        for field, text in ((dialog.patient_name, "Kari Nordmann"),
                            (dialog.coordinator_name, "Hilde Brå"),
                            (dialog.signed_date, "01.11.2026")):
            field.clear()
            qtbot.keyClicks(field, text)
        dialog.accept()

    modal_dialog(window.plan_actions.sign, interact)
    signed = store.current_version(app_session.db, patient_id)
    assert signed.number == version.number and signed.frozen
    header = window.workspace.header
    qtbot.waitUntil(lambda: "signert 01.11.2026" in header.version.text())


def test_import_opens_the_imported_patient(app_session, qtbot, modal_dialog, tmp_path,
                                          monkeypatch):
    other = store.open_db(tmp_path / "other.sqlite")
    source = fill_demo(other, 6)[5]  # a patient with a signed plan, from another ward's database
    package = tmp_path / "pakke.zip"
    export_patient(other, source.id, package, "kanel-fjord-sykkel-hest-tromme")
    other.close()
    window, _patient_id = _open_first_patient(app_session, qtbot)
    monkeypatch.setattr(import_dialog, "choose_import_path", lambda *_a: str(package))
    monkeypatch.setattr(import_dialog, "confirm", lambda *_a: True)

    def interact(dialog):
        dialog.browse()
        qtbot.keyClicks(dialog.secret_edit, "kanel-fjord-sykkel-hest-tromme")
        qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.reading)
        assert dialog.new_patient_button.isChecked()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    modal_dialog(window.plan_actions.import_action.trigger, interact)
    opened = window.current_patient_id()
    assert window.workspace.patient.name == source.name
    assert window.model.row_of(opened) >= 0
    assert store.current_version(app_session.db, opened).frozen
