"""The page of existing decisions, plans and agreements: it edits only Plan.decisions."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPlainTextEdit

from desktop.demo import demo_patient, demo_plan
from desktop.models.decision_rows_model import DecisionRowsModel
from desktop.records import Consent, DecisionRow, Plan, PlanRow
from desktop.views.workspace.decisions_form import DecisionsForm


@pytest.fixture
def page(qtbot) -> DecisionsForm:
    form = DecisionsForm(parent=None)
    qtbot.addWidget(form)
    form.resize(1280, 800)
    form.show()
    qtbot.waitExposed(form)
    return form


def _type_in_cell(qtbot, page: DecisionsForm, row: int, column: int, keys: str) -> None:
    table = page.rows.table
    index = page.rows.model.index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    is_date = page.rows.model.columns[column].is_date
    kind = QLineEdit if is_date else QPlainTextEdit
    (editor,) = [w for w in table.viewport().findChildren(kind) if w.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, keys)
    modifier = Qt.KeyboardModifier.NoModifier if is_date else Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(editor, Qt.Key.Key_Return, modifier)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def test_contract_basics(qtbot, page, rng):
    assert page.document_key == "plan"
    assert page.title() == "Vedtak, planer og avtaler"
    patient = demo_patient(rng, dt.date(2025, 3, 1))
    plan = demo_plan(rng, patient, dt.date(2025, 1, 13), 3)
    with qtbot.assertNotEmitted(page.edited):
        page.load_document(plan)
        page.context_changed(patient, {"consent": Consent(given=True)})
    assert page.write_to(plan) == plan
    assert page.rows.model.rowCount() == len(plan.decisions)
    # Only the decisions are written: every other field comes from the document given.
    other = Plan(overall_goal="«Hjem til jul.»", rows=[PlanRow(goal="Bolig")])
    written = page.write_to(other)
    assert written.overall_goal == "«Hjem til jul.»"
    assert written.rows == [PlanRow(goal="Bolig")]
    assert written.decisions == plan.decisions


def test_add_type_reorder_and_remove_decisions(qtbot, page):
    page.load_document(Plan())
    with qtbot.waitSignal(page.edited):
        qtbot.mouseClick(page.rows.add_button, Qt.MouseButton.LeftButton)
    # The new row opens its first cell for writing.
    (editor,) = [w for w in page.rows.table.viewport().findChildren(QPlainTextEdit)
                 if w.isVisible()]
    qtbot.keyClicks(editor, "Kriseplan")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.rows.table.state() != QAbstractItemView.State.EditingState)
    _type_in_cell(qtbot, page, 0, DecisionRowsModel.COL_RESPONSIBLE, "DPS poliklinikk")
    _type_in_cell(qtbot, page, 0, DecisionRowsModel.COL_PERIOD_FROM, "01.2025")
    _type_in_cell(qtbot, page, 0, DecisionRowsModel.COL_PERIOD_TO, "2026")
    _type_in_cell(qtbot, page, 0, DecisionRowsModel.COL_EVALUATION, "1.7.2025")
    qtbot.mouseClick(page.rows.add_button, Qt.MouseButton.LeftButton)
    _type_in_cell(qtbot, page, 1, DecisionRowsModel.COL_DECISION, "Vedtak om praktisk bistand")

    decisions = page.write_to(Plan()).decisions
    assert decisions[0] == DecisionRow(decision="Kriseplan", responsible="DPS poliklinikk",
                                       period_from="2025-01", period_to="2026",
                                       evaluation="2025-07-01")
    assert decisions[1].decision == "Vedtak om praktisk bistand"

    with qtbot.waitSignal(page.edited):
        qtbot.mouseClick(page.rows.up_button, Qt.MouseButton.LeftButton)
    assert [d.decision for d in page.write_to(Plan()).decisions] == [
        "Vedtak om praktisk bistand", "Kriseplan"]
    qtbot.mouseClick(page.rows.down_button, Qt.MouseButton.LeftButton)
    assert page.write_to(Plan()).decisions[1].decision == "Vedtak om praktisk bistand"
    qtbot.mouseClick(page.rows.remove_button, Qt.MouseButton.LeftButton)
    assert [d.decision for d in page.write_to(Plan()).decisions] == ["Kriseplan"]


def test_bad_period_date_is_kept_as_typed_and_changes_no_date(qtbot, page):
    page.load_document(Plan(decisions=[DecisionRow(decision="IOP", period_to="2026-06")]))
    with qtbot.waitSignal(page.edited):  # the text is kept, so it is saved
        _type_in_cell(qtbot, page, 0, DecisionRowsModel.COL_PERIOD_TO, "13.2026")
    assert page.rows.error_label.isVisible()
    assert page.rows.error_label.text() == (
        "Rad 1, «Gjelder til»: Måned 13 finnes ikke.")
    row = page.write_to(Plan()).decisions[0]
    assert (row.period_to, row.typed) == ("2026-06", {"period_to": "13.2026"})


def test_withdrawn_consent_is_shown(qtbot, page, rng):
    patient = demo_patient(rng, dt.date(2025, 3, 1))
    page.context_changed(patient, {"consent": Consent(given=True, withdrawn_date="2025-02")})
    assert page.banner.isVisible()
    assert "trukket tilbake 02.2025" in page.banner.text()
    page.context_changed(patient, {"consent": Consent(given=True, valid_to="2099")})
    assert not page.banner.isVisible()
