"""The workspace's promises: nothing typed is lost (switching patient, closing, a failing disk),
undo with Ctrl+Z from inside text fields, and the plan version in the header."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop import store
from desktop.records import Patient, Plan, Signature
from desktop.store import access, log


def start_with(app_session, qtbot, *names: str):
    window = app_session.start()
    patients = [store.add_patient(app_session.db, Patient(name=name)) for name in names]
    window.reload_list()
    return window, patients


def select(window, qtbot, patient) -> None:
    window.table.selectRow(window.model.row_of(patient.id))
    qtbot.waitUntil(lambda: window.current_patient_id() == patient.id)


def undo(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def redo(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def test_save_state_and_access_log(app_session, qtbot):
    window, (anne,) = start_with(app_session, qtbot, "Anne Lagre")
    select(window, qtbot, anne)
    assert [e.kind for e in log.entries(app_session.db, anne.id)] == [log.OPEN_PATIENT]
    note = window.workspace.checklist.start_box.rows[0].note
    qtbot.keyClicks(note, "Skrevet")
    assert window.workspace.header.save_state.text() == "Ikke lagret ennå…"
    qtbot.waitUntil(lambda: window.workspace.header.save_state.text().startswith("Lagret "),
                    timeout=2000)
    assert store.load_checklist(app_session.db, anne.id).start[0].note == "Skrevet"


def test_switching_patient_mid_typing_loses_nothing(app_session, qtbot):
    window, (anne, bjorn) = start_with(app_session, qtbot, "Anne Bytte", "Bjørn Bytte")
    select(window, qtbot, anne)
    qtbot.keyClicks(window.workspace.checklist.user_involvement, "Anne vil ha korte møter")
    select(window, qtbot, bjorn)  # at once, well inside the save pause
    assert window.workspace.checklist.user_involvement.toPlainText() == ""
    assert store.load_checklist(app_session.db, anne.id).user_involvement == \
        "Anne vil ha korte møter"
    select(window, qtbot, anne)
    assert window.workspace.checklist.user_involvement.toPlainText() == \
        "Anne vil ha korte møter"


def test_closing_right_after_typing_saves(app_session, qtbot):
    window, (anne,) = start_with(app_session, qtbot, "Anne Lukke")
    select(window, qtbot, anne)
    window.workspace.show_tab("consent")  # a page is filled when it is shown
    qtbot.keyClicks(window.workspace.consent.place, "Gjøvik")
    window = app_session.restart()
    select(window, qtbot, anne)
    window.workspace.show_tab("consent")
    assert window.workspace.consent.place.text() == "Gjøvik"


def test_ctrl_z_undoes_from_inside_text_fields(app_session, qtbot):
    window, (anne,) = start_with(app_session, qtbot, "Anne Angre")
    select(window, qtbot, anne)
    rows = window.workspace.checklist.start_box.rows
    first, second = rows[0].note, rows[1].done_by
    first.setFocus()
    qtbot.keyClicks(first, "Første merknad")
    second.setFocus()
    qtbot.keyClicks(second, "Siri")
    involvement = window.workspace.checklist.user_involvement
    involvement.setFocus()
    qtbot.keyClicks(involvement, "Tekst i et stort felt")

    undo(qtbot, involvement)
    assert involvement.toPlainText() == ""
    assert second.text() == "Siri"  # one step per field: the whole word went at once
    undo(qtbot, involvement)
    assert second.text() == ""
    assert first.text() == "Første merknad"
    assert window.undo_action.text() == "Angre endring i sjekkliste"
    redo(qtbot, involvement)
    assert second.text() == "Siri"
    stored = store.load_checklist(app_session.db, anne.id)  # undo and redo save at once
    assert (stored.start[0].note, stored.start[1].done_by, stored.user_involvement) == (
        "Første merknad", "Siri", "")

    undo(qtbot, first)
    undo(qtbot, first)
    assert first.text() == ""
    assert not window.undo_action.isEnabled()
    assert store.load_checklist(app_session.db, anne.id).start[0].note == ""


def test_undo_history_belongs_to_one_patient(app_session, qtbot):
    window, (anne, bjorn) = start_with(app_session, qtbot, "Anne En", "Bjørn To")
    select(window, qtbot, anne)
    window.workspace.show_tab("consent")  # a page is filled when it is shown
    qtbot.keyClicks(window.workspace.consent.place, "Hamar")
    select(window, qtbot, bjorn)
    assert not window.undo_action.isEnabled()
    undo(qtbot, window.workspace.consent.place)
    assert store.load_consent(app_session.db, anne.id).place == "Hamar"


def test_search_field_keeps_its_own_undo(app_session, qtbot):
    window, (anne,) = start_with(app_session, qtbot, "Anne Søk")
    select(window, qtbot, anne)
    qtbot.keyClicks(window.workspace.consent.place, "Elverum")
    window.search.setFocus()
    qtbot.keyClicks(window.search, "xyz")
    undo(qtbot, window.search)
    assert window.search.text() == ""
    assert window.workspace.consent.place.text() == "Elverum"


def test_save_error_keeps_the_text_and_retries(app_session, qtbot, message_boxes):
    window, (anne, bjorn) = start_with(app_session, qtbot, "Anne Feil", "Bjørn Feil")
    select(window, qtbot, anne)
    app_session.db.execute("PRAGMA query_only = ON")  # writes now fail like a read-only disk
    note = window.workspace.checklist.start_box.rows[2].note
    qtbot.keyClicks(note, "Viktig")
    qtbot.waitUntil(lambda: window.workspace.header.error.isVisible(), timeout=2000)
    message = window.workspace.header.error.text()
    assert message.startswith("Endringene er ikke lagret: databasen kan ikke skrives til")
    assert "står fortsatt i skjemaet" in message
    assert note.text() == "Viktig"
    assert window.workspace.header.save_state.text() == "Ikke lagret ennå…"

    message_boxes.answer = QMessageBox.StandardButton.No
    select_row = window.model.row_of(bjorn.id)
    window.table.selectRow(select_row)
    assert window.current_patient_id() == anne.id  # stayed: the text would have been lost
    assert len(message_boxes.questions) == 1
    assert not window.close()  # and the same question before quitting
    assert len(message_boxes.questions) == 2

    app_session.db.execute("PRAGMA query_only = OFF")
    qtbot.keyClicks(note, "!")
    qtbot.waitUntil(lambda: not window.workspace.header.error.isVisible(), timeout=2000)
    assert store.load_checklist(app_session.db, anne.id).start[2].note == "Viktig!"


def test_signed_version_shows_that_changes_start_a_new_one(app_session, qtbot):
    window, (anne,) = start_with(app_session, qtbot, "Anne Signert")
    store.save_plan(app_session.db, anne.id, Plan(prepared_by="Hilde Brå"))
    store.sign_version(app_session.db, anne.id, Signature(signed_date="2026-11-01"))
    select(window, qtbot, anne)
    header = window.workspace.header.version
    assert header.text() == ("Versjon 1 – signert 01.11.2026. Endringer lagres som ny versjon.")
    window.workspace.show_tab("plan")
    qtbot.keyClicks(window.workspace.plan.prepared_by, ", sengepost 3")
    assert window.workspace.flush()
    assert header.text() == "Versjon 2 – utkast"
    versions = store.plan_versions(app_session.db, anne.id)
    assert [v.plan.prepared_by for v in versions] == ["Hilde Brå", "Hilde Brå, sengepost 3"]
    assert versions[0].frozen and not versions[1].frozen


def test_each_tick_is_its_own_undo_step(app_session, qtbot):
    window, (anne,) = start_with(app_session, qtbot, "Anne Kryss")
    select(window, qtbot, anne)
    window.workspace.show_tab("consent")  # a page is filled when it is shown
    box = window.workspace.consent.share_with_team
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    undo(qtbot, box)
    assert box.isChecked()
    undo(qtbot, box)
    assert not box.isChecked()
    assert not window.undo_action.isEnabled()


def test_patient_action_hook(app_session, qtbot):
    from PySide6.QtGui import QAction

    window, (anne,) = start_with(app_session, qtbot, "Anne Krok")
    printed = []
    action = QAction("Skriv ut …", window)
    action.triggered.connect(lambda: printed.append(window.current_patient_id()))
    window.add_patient_action(action)
    assert not action.isEnabled()
    assert action in window.patient_menu.actions()
    assert action in window.workspace.header.actions_bar.actions()
    select(window, qtbot, anne)
    assert action.isEnabled()
    action.trigger()
    assert printed == [anne.id]


def test_opening_and_changing_a_form_are_logged_once_a_visit(app_session, qtbot):
    window, (anne, _bjorn) = start_with(app_session, qtbot, "Anne Logg", "Bjørn Logg")
    select(window, qtbot, anne)
    note = window.workspace.checklist.start_box.rows[0].note
    qtbot.keyClicks(note, "Første")
    assert window.workspace.flush()
    qtbot.keyClicks(note, " og andre")
    assert window.workspace.flush()
    kinds = [(e.kind, e.detail) for e in log.entries(app_session.db, patient_id=anne.id)]
    assert kinds == [("open_patient", '{"department": ""}'), ("change", '{"form": "checklist"}')]


def test_a_patient_of_another_department_does_not_open(app_session, qtbot, monkeypatch):
    window, (anne, _bjorn) = start_with(app_session, qtbot, "Anne Avdeling", "Bjørn Avdeling")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: warnings.append(text))
    monkeypatch.setattr(access, "may_see", lambda *_a: False)
    assert not window.open_patient(anne.id)
    assert window.current_patient_id() is None
    assert "nødtilgang" in warnings[0]
    assert [e.kind for e in log.entries(app_session.db, patient_id=anne.id)] == [log.REFUSED]
