"""Dates are never thrown away (issue 16 item 8): what the nurse typed into a date field or a
date cell stays, marked when the program cannot read it, after a switch to another patient and
back and after the program is closed and started again on the same data folder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop import palette, store
from desktop.records import Patient
from tests.views.workspace.test_plan_in_window import _type_cell, _type_date

START = 2  # "Dato for oppstart" in the plan's rows
ENDED = 6


def _cell(editor, row: int, column: int):
    return editor.model.index(row, column)


def _check(window, patient_id: int) -> None:
    assert window.open_patient(patient_id)
    window.workspace.show_tab("plan")  # a page is filled when it is shown
    plan = window.workspace.plan
    assert plan.valid_from.text() == "07.2012"  # "Juli 2012": read, shown the Norwegian way
    assert plan.evaluation_date.text() == "blah"  # not a date: kept, marked, explained
    assert plan.evaluation_date.error.isVisibleTo(plan.evaluation_date)
    assert "ikke en dato" in plan.evaluation_date.line.toolTip()
    assert plan.valid_to.text() == "Juli/august 2012"
    model = plan.rows.model
    assert model.data(_cell(plan.rows, 0, START)) == "Juli/august 2012"
    assert model.data(_cell(plan.rows, 0, ENDED)) == "blah"
    assert model.data(_cell(plan.rows, 0, ENDED),
                      Qt.ItemDataRole.BackgroundRole) == QColor(palette.RED_BACKGROUND)
    window.workspace.tabs.setCurrentWidget(window.workspace.decisions)
    decisions = window.workspace.decisions.rows
    assert decisions.model.data(_cell(decisions, 0, 2)) == "07.2012"
    assert decisions.model.data(_cell(decisions, 0, 3)) == "uke 32"


def test_dates_as_typed_survive_a_patient_switch_and_a_restart(app_session, qtbot):
    window = app_session.start()
    patient = store.add_patient(app_session.db, Patient(name="Sølvi Løvås", birth_date="1976"))
    other = store.add_patient(app_session.db, Patient(name="Aslak Eira", birth_date="1980"))
    window.reload_list()
    assert window.open_patient(patient.id)
    workspace = window.workspace
    workspace.show_tab("plan")
    plan = workspace.plan
    _type_date(qtbot, plan.valid_from, "Juli 2012")
    if plan.open_end.isChecked():  # a new plan runs "til etter evaluering"
        qtbot.mouseClick(plan.open_end, Qt.MouseButton.LeftButton)
    _type_date(qtbot, plan.valid_to, "Juli/august 2012")
    _type_date(qtbot, plan.evaluation_date, "blah")
    assert plan.valid_to.text() == "Juli/august 2012"  # leaving the field keeps the span
    qtbot.mouseClick(plan.rows.add_button, Qt.MouseButton.LeftButton)
    _type_cell(qtbot, plan.rows, 0, 0, "Bolig")
    _type_cell(qtbot, plan.rows, 0, START, "Juli/august 2012")
    _type_cell(qtbot, plan.rows, 0, ENDED, "blah")
    assert "ikke en dato" in plan.rows.error_label.text()
    decisions = workspace.decisions
    workspace.tabs.setCurrentWidget(decisions)
    qtbot.mouseClick(decisions.rows.add_button, Qt.MouseButton.LeftButton)
    _type_cell(qtbot, decisions.rows, 0, 0, "BPA")
    _type_cell(qtbot, decisions.rows, 0, 2, "jul. 2012")
    _type_cell(qtbot, decisions.rows, 0, 3, "uke 32")

    assert window.open_patient(other.id)
    workspace.show_tab("plan")
    assert workspace.plan.evaluation_date.text() == ""
    _check(window, patient.id)

    window = app_session.restart()
    _check(window, patient.id)
    stored = store.load_plan(app_session.db, patient.id).plan
    assert (stored.valid_from, stored.valid_to, stored.evaluation_date) == ("2012-07",
                                                                           "2012-07", "")
    assert stored.typed == {"valid_to": "Juli/august 2012", "evaluation_date": "blah"}
    assert stored.rows[0].typed == {"start": "Juli/august 2012", "ended": "blah"}
