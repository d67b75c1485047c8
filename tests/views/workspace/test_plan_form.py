"""The plan page driven like a user would: typing, the period and its open end, the rows table
with its buttons, keys and cell editors, and the consent banner."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPlainTextEdit

from desktop.demo import demo_patient, demo_plan
from desktop.models.plan_rows_model import PlanRowsModel
from desktop.records import Checklist, Consent, DecisionRow, Patient, Plan, PlanRow
from desktop.views.workspace.plan_form import PlanForm

TODAY = dt.date(2025, 3, 1)


@pytest.fixture
def page(qtbot) -> PlanForm:
    form = PlanForm(parent=None)
    qtbot.addWidget(form)
    form.resize(1280, 800)
    form.show()
    qtbot.waitExposed(form)
    return form


@pytest.fixture
def patient(rng) -> Patient:
    return demo_patient(rng, TODAY)


def _editor(page: PlanForm, kind: type):
    editors = [w for w in page.rows.table.viewport().findChildren(kind) if w.isVisible()]
    assert len(editors) == 1, "exactly one cell editor should be open"
    return editors[0]


def _edit_cell(qtbot, page: PlanForm, row: int, column: int, keys: str, commit: str = "ctrl"):
    table = page.rows.table
    index = page.rows.model.index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    is_date = page.rows.model.columns[column].is_date
    editor = _editor(page, QLineEdit if is_date else QPlainTextEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, keys)
    if is_date:  # one line: Enter commits
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    elif commit == "ctrl":
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
    # The delegate commits and closes the editor through the event loop.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def test_load_then_write_round_trips_and_keeps_decisions(qtbot, page, rng, patient):
    plan = demo_plan(rng, patient, dt.date(2025, 1, 13), 4)
    with qtbot.assertNotEmitted(page.edited):
        page.load_document(plan)
        page.context_changed(patient, {"consent": Consent(given=True), "checklist": Checklist()})
    assert page.write_to(plan) == plan
    other = Plan(decisions=[DecisionRow(decision="Kriseplan")])
    written = page.write_to(other)
    assert written.decisions == [DecisionRow(decision="Kriseplan")]
    assert written.rows == plan.rows
    assert page.rows.model.rowCount() == 4


def test_typing_in_the_header_and_texts_is_written_and_reported(qtbot, page, patient):
    page.load_document(Plan())
    page.context_changed(patient, {})
    assert page.patient_fields["name"].text() == patient.name
    with qtbot.waitSignal(page.edited):
        qtbot.keyClicks(page.prepared_by, "Siri Kvam, Voksenpsykiatri")
    qtbot.keyClicks(page.municipality, "Løten")
    qtbot.keyClicks(page.situation, "Liker å gå tur.")
    qtbot.keyClick(page.situation, Qt.Key.Key_Return)
    qtbot.keyClicks(page.situation, "Trenger hjelp med bolig.")
    qtbot.keyClicks(page.overall_goal, "«Jeg vil bo for meg selv.»")
    qtbot.keyClicks(page.coordinators.fields[0]["name"], "Tore Skaug")
    with qtbot.waitSignal(page.edited):
        qtbot.keyClicks(page.coordinators.fields[1]["email"], "ke@kommune.example")
    plan = page.write_to(Plan())
    assert plan.prepared_by == "Siri Kvam, Voksenpsykiatri"
    assert plan.municipality == "Løten"
    assert plan.situation == "Liker å gå tur.\nTrenger hjelp med bolig."
    assert plan.overall_goal == "«Jeg vil bo for meg selv.»"
    assert plan.hospital_coordinator.name == "Tore Skaug"
    assert plan.municipal_coordinator.email == "ke@kommune.example"
    assert plan.municipal_coordinator.name == ""


def test_period_dates_accept_partial_dates_and_refuse_bad_ones(qtbot, page):
    page.load_document(Plan(valid_from="2025-01-13", valid_to="2026-01", evaluation_date="2025"))
    assert not page.open_end.isChecked()
    assert page.valid_to.text() == "01.2026"
    line = page.valid_from.line
    line.clear()
    with qtbot.waitSignal(page.edited):
        qtbot.keyClicks(line, "7.2012")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert line.text() == "07.2012"
    assert page.write_to(Plan()).valid_from == "2012-07"

    line = page.evaluation_date.line
    line.clear()
    qtbot.keyClicks(line, "31.02.2025")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert page.evaluation_date.error.isVisible()
    assert "finnes ikke" in page.evaluation_date.error.text()
    # The refused text is not stored: the document keeps its date, the other fields save.
    written = page.write_to(Plan(evaluation_date="2025"))
    assert written.evaluation_date == "2025"
    assert written.valid_from == "2012-07"
    line.clear()
    qtbot.keyClicks(line, "15.09.2025")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert not page.evaluation_date.error.isVisible()
    assert page.write_to(Plan()).evaluation_date == "2025-09-15"


def test_open_end_until_evaluation(qtbot, page):
    page.load_document(Plan(valid_from="2025-01", valid_to=""))
    assert page.open_end.isChecked()
    assert not page.valid_to.isEnabled()
    page.load_document(Plan(valid_from="2025-01", valid_to="2025-12-31"))
    assert not page.open_end.isChecked() and page.valid_to.isEnabled()
    with qtbot.waitSignal(page.edited):
        qtbot.mouseClick(page.open_end, Qt.MouseButton.LeftButton)
    assert page.open_end.isChecked()
    assert page.write_to(Plan(valid_to="2025-12-31")).valid_to == ""
    qtbot.mouseClick(page.open_end, Qt.MouseButton.LeftButton)  # untick: the date comes back
    assert page.write_to(Plan()).valid_to == "2025-12-31"


def test_rows_are_added_typed_moved_and_removed(qtbot, page):
    page.load_document(Plan())
    with qtbot.waitSignal(page.edited):
        qtbot.mouseClick(page.rows.add_button, Qt.MouseButton.LeftButton)
    # The new row's first cell opens for writing: Enter is a new line, Ctrl+Enter commits.
    editor = _editor(page, QPlainTextEdit)
    qtbot.keyClicks(editor, "Bolig:")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "egen leilighet")
    with qtbot.waitSignal(page.edited):
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _edit_cell(qtbot, page, 0, PlanRowsModel.COL_MEASURES, "Søknad om bolig", commit="tab")
    _edit_cell(qtbot, page, 0, PlanRowsModel.COL_START, "15.07.2012")
    qtbot.mouseClick(page.rows.add_button, Qt.MouseButton.LeftButton)
    _edit_cell(qtbot, page, 1, PlanRowsModel.COL_GOAL, "Arbeid")
    qtbot.mouseClick(page.rows.add_button, Qt.MouseButton.LeftButton)
    _edit_cell(qtbot, page, 2, PlanRowsModel.COL_GOAL, "Fritid")

    rows = page.write_to(Plan()).rows
    assert rows[0] == PlanRow(goal="Bolig:\negen leilighet", measures="Søknad om bolig",
                              start="2012-07-15")
    assert [r.goal for r in rows] == ["Bolig:\negen leilighet", "Arbeid", "Fritid"]
    table = page.rows.table
    assert table.rowHeight(0) > table.rowHeight(1)  # two lines of text: a taller row

    table.setCurrentIndex(page.rows.model.index(2, 0))
    qtbot.mouseClick(page.rows.up_button, Qt.MouseButton.LeftButton)
    assert [r.goal for r in page.write_to(Plan()).rows] == ["Bolig:\negen leilighet", "Fritid",
                                                            "Arbeid"]
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [r.goal for r in page.write_to(Plan()).rows][0] == "Fritid"
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [r.goal for r in page.write_to(Plan()).rows][1] == "Fritid"
    assert table.currentIndex().row() == 1

    with qtbot.waitSignal(page.edited):
        qtbot.mouseClick(page.rows.remove_button, Qt.MouseButton.LeftButton)
    assert [r.goal for r in page.write_to(Plan()).rows] == ["Bolig:\negen leilighet", "Arbeid"]
    table.setCurrentIndex(page.rows.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [r.goal for r in page.write_to(Plan()).rows] == ["Arbeid"]
    qtbot.keyClick(table, Qt.Key.Key_Insert)  # a new row under the current one, open to write
    assert [r.goal for r in page.write_to(Plan()).rows] == ["Arbeid", ""]
    assert table.state() == QAbstractItemView.State.EditingState


def test_a_bad_date_in_a_cell_is_kept_and_explained(qtbot, page):
    page.load_document(Plan(rows=[PlanRow(goal="Helse", start="2012-07")]))
    with qtbot.waitSignal(page.edited):
        _edit_cell(qtbot, page, 0, PlanRowsModel.COL_START, "32.07.2012")
    assert page.rows.error_label.isVisible()
    assert page.rows.error_label.text().startswith("Rad 1, «Dato for oppstart»:")
    assert page.write_to(Plan()).rows[0].start == "2012-07"  # the date it had
    assert page.rows.model.data(page.rows.model.index(0, PlanRowsModel.COL_START)) == (
        "32.07.2012")  # what was typed, to be corrected
    _edit_cell(qtbot, page, 0, PlanRowsModel.COL_ENDED, "2013")
    assert not page.rows.error_label.isVisible()
    assert page.write_to(Plan()).rows[0].ended == "2013"


def test_load_clears_rows_and_errors_without_edited(qtbot, page):
    page.load_document(Plan(rows=[PlanRow(goal="A")]))
    _edit_cell(qtbot, page, 0, PlanRowsModel.COL_START, "nei")
    assert page.rows.error_label.isVisible()
    with qtbot.assertNotEmitted(page.edited):
        page.load_document(dataclasses.replace(Plan(), rows=[PlanRow(goal="B")]))
    assert not page.rows.error_label.isVisible()
    assert [r.goal for r in page.write_to(Plan()).rows] == ["B"]


@pytest.mark.parametrize(("documents", "visible", "words"), [
    ({"consent": Consent(given=True, valid_to="2099-12-31")}, False, ""),
    ({"consent": Consent(given=True, valid_to="2026-01-01", withdrawn_date="2025-02-20")},
     True, "trukket tilbake 20.02.2025"),
    ({"consent": Consent(given=True, valid_to="2024-12")}, True, "12.2024 og er utløpt"),
    ({}, True, "ikke registrert"),
    ({"consent": Consent(), "checklist": Checklist(declined=True, declined_date="2025-01-05")},
     True, "nei til individuell plan 05.01.2025"),
])
def test_consent_banner(qtbot, page, patient, documents, visible, words):
    with qtbot.assertNotEmitted(page.edited):
        page.context_changed(patient, documents)
    assert page.banner.isVisible() is visible
    assert words in page.banner.text()


def test_a_period_ending_before_it_starts_is_flagged(qtbot, page):
    """Issue 16 item 8: the end date says so when it is before the start; the dates stay."""
    page.load_document(Plan(valid_from="2025-03-01", valid_to="2026-01"))
    assert page.valid_to.error.isHidden()
    line = page.valid_to.line
    line.clear()
    qtbot.keyClicks(line, "jan. 2025")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert line.text() == "01.2025"
    assert page.valid_to.error.isVisible()
    assert "Perioden slutter (01.2025) før den begynner (01.03.2025)" in \
        page.valid_to.error.text()
    assert page.write_to(Plan()).valid_to == "2025-01"  # flagged, not thrown away
    line.clear()
    qtbot.keyClicks(line, "mars 2025")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert page.valid_to.error.isHidden()
    page.load_document(Plan(valid_from="2025-03-01", valid_to="2024"))  # shown on opening too
    assert page.valid_to.error.isVisible()
