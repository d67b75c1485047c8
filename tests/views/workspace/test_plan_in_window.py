"""The plan and the existing-decisions forms in the real window: a user fills them with the
keyboard and mouse, quits, starts the program again on the same data folder and finds every
field, row and cell again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPlainTextEdit

from desktop import store
from desktop.records import Patient


def _type_cell(qtbot, editor, row: int, column: int, text: str) -> None:
    """Open a cell's editor as a user would (select, F2), type and commit."""
    table = editor.table
    index = editor.model.index(row, column)
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    is_date = editor.model.columns[column].is_date
    kind = QLineEdit if is_date else QPlainTextEdit
    qtbot.waitUntil(lambda: any(w.isVisible() for w in table.viewport().findChildren(kind)))
    field = next(w for w in table.viewport().findChildren(kind) if w.isVisible())
    for number, line in enumerate(text.split("\n")):
        if number:  # Enter makes a new line in a text cell
            qtbot.keyClick(field, Qt.Key.Key_Return)
        qtbot.keyClicks(field, line)
    if is_date:
        qtbot.keyClick(field, Qt.Key.Key_Return)
    else:
        qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def _type_date(qtbot, field, text: str) -> None:
    field.line.setFocus()
    qtbot.keyClicks(field.line, text)
    qtbot.keyClick(field.line, Qt.Key.Key_Tab)


def test_plan_and_decisions_survive_a_restart(app_session, qtbot):
    window = app_session.start()
    patient = store.add_patient(app_session.db, Patient(name="Sølvi Løvås", birth_date="1976"))
    window.reload_list()
    assert window.open_patient(patient.id)
    workspace = window.workspace
    workspace.show_tab("plan")
    plan = workspace.plan
    qtbot.keyClicks(plan.prepared_by, "Siri Kvam, Voksenpsykiatri")
    qtbot.keyClicks(plan.municipality, "Kautokeino")
    _type_date(qtbot, plan.valid_from, "1.2.2026")
    qtbot.mouseClick(plan.open_end, Qt.MouseButton.LeftButton)
    _type_date(qtbot, plan.evaluation_date, "05.2026")
    qtbot.keyClicks(plan.situation, "Ressurser: søster og nabo.")
    qtbot.keyClick(plan.situation, Qt.Key.Key_Return)
    qtbot.keyClicks(plan.situation, "Behov: bolig og økonomi.")
    hospital, municipal = plan.coordinators.fields
    qtbot.keyClicks(hospital["name"], "Inger Somby")
    qtbot.keyClicks(municipal["email"], "koordinator@kommune.example")
    qtbot.keyClicks(plan.overall_goal, "«Jeg vil bo hjemme.»")
    qtbot.mouseClick(plan.rows.add_button, Qt.MouseButton.LeftButton)
    _type_cell(qtbot, plan.rows, 0, 0, "Bolig: egen leilighet")
    _type_cell(qtbot, plan.rows, 0, 1, "Søknad om bolig;\nhjemmebesøk")
    _type_cell(qtbot, plan.rows, 0, 2, "03.2026")
    qtbot.mouseClick(plan.rows.add_button, Qt.MouseButton.LeftButton)
    _type_cell(qtbot, plan.rows, 1, 0, "Arbeid")
    qtbot.mouseClick(plan.rows.up_button, Qt.MouseButton.LeftButton)  # "Arbeid" first

    workspace.show_tab("plan")
    decisions = workspace.decisions
    workspace.tabs.setCurrentWidget(decisions)
    qtbot.mouseClick(decisions.rows.add_button, Qt.MouseButton.LeftButton)
    _type_cell(qtbot, decisions.rows, 0, 0, "Kriseplan")
    _type_cell(qtbot, decisions.rows, 0, 1, "DPS poliklinikk")

    window = app_session.restart()  # closing saves what the half-second pause has not yet
    assert window.open_patient(patient.id)
    stored = store.load_plan(app_session.db, patient.id).plan
    assert stored.prepared_by == "Siri Kvam, Voksenpsykiatri"
    assert stored.municipality == "Kautokeino"
    assert (stored.valid_from, stored.valid_to, stored.evaluation_date) == \
        ("2026-02-01", "", "2026-05")
    assert stored.situation == "Ressurser: søster og nabo.\nBehov: bolig og økonomi."
    assert stored.hospital_coordinator.name == "Inger Somby"
    assert stored.municipal_coordinator.email == "koordinator@kommune.example"
    assert stored.overall_goal == "«Jeg vil bo hjemme.»"
    assert [(r.goal, r.measures, r.start) for r in stored.rows] == [
        ("Arbeid", "", ""), ("Bolig: egen leilighet", "Søknad om bolig;\nhjemmebesøk", "2026-03")]
    assert [(d.decision, d.responsible) for d in stored.decisions] == \
        [("Kriseplan", "DPS poliklinikk")]
    window.workspace.show_tab("plan")  # a page is filled when it is shown
    shown = window.workspace.plan
    assert shown.prepared_by.text() == "Siri Kvam, Voksenpsykiatri"
    assert shown.open_end.isChecked() and shown.valid_from.line.text() == "01.02.2026"
    assert shown.rows.model.rowCount() == 2
    window.workspace.tabs.setCurrentWidget(window.workspace.decisions)
    assert window.workspace.decisions.rows.model.rowCount() == 1


def test_a_month_written_out_survives_switch_and_restart(app_session, qtbot):
    """Issue 16 item 8: "Juli 2012", the paper form's own kind of date, is kept (as 07.2012) in
    a field and in a table cell, across a patient switch and a restart; today it emptied."""
    window = app_session.start()
    first = store.add_patient(app_session.db, Patient(name="Anne Juli", birth_date="1976"))
    other = store.add_patient(app_session.db, Patient(name="Bjørn Juli", birth_date="1980"))
    window.reload_list()
    assert window.open_patient(first.id)
    workspace = window.workspace
    workspace.show_tab("plan")
    plan = workspace.plan
    _type_date(qtbot, plan.valid_from, "Juli 2012")
    qtbot.mouseClick(plan.rows.add_button, Qt.MouseButton.LeftButton)
    _type_cell(qtbot, plan.rows, 0, 2, "Juli 2012")
    assert plan.valid_from.text() == "07.2012"
    assert plan.rows.model.rows()[0].start == "2012-07"

    assert window.open_patient(other.id)
    assert plan.valid_from.text() == ""
    assert window.open_patient(first.id)
    assert plan.valid_from.text() == "07.2012"
    window = app_session.restart()
    assert window.open_patient(first.id)
    window.workspace.show_tab("plan")  # a page is filled when it is shown
    plan = window.workspace.plan
    assert plan.valid_from.text() == "07.2012"
    assert plan.rows.model.rows()[0].start == "2012-07"
    assert plan.valid_from.error.isHidden()
