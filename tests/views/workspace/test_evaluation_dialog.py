"""Evaluering av tiltak (issue 13, item 2): a dated evaluation with the patient's and the
professional's views side by side, *avslutte* setting the row's Avsluttet date when the user
says yes, the recorder being the logged-in user, the earlier evaluations listed, and nothing
typed thrown away without asking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop import store
from desktop.records import Patient, Plan, PlanRow
from desktop.records_measures import CONCLUSION_END, CONCLUSIONS, STAGE_ENDED, Evaluation
from desktop.store import measures
from desktop.store.session import Session
from desktop.views.workspace.evaluation_dialog import EvaluationDialog


def _patient(db):
    patient = store.add_patient(db, Patient(name="Eva Evaluering", birth_date="1975"))
    store.save_plan(db, patient.id, Plan(valid_from="2026-01-01", rows=[
        PlanRow(goal="Bolig", measures="Søke kommunal bolig", evaluation="2026-03"),
        PlanRow(goal="Jobb", measures="Arbeidstrening")]))
    return patient


def _fill(qtbot, dialog, conclusion: str) -> None:
    dialog.date.line.selectAll()
    qtbot.keyClicks(dialog.date.line, "11.03.2026")
    qtbot.keyClicks(dialog.patient_view, "Jeg har fått bolig og trives.")
    qtbot.keyClicks(dialog.professional_view, "Målet er nådd; oppfølging avsluttes.")
    dialog.achievement.setCurrentIndex(dialog.achievement.findData("nådd"))
    dialog.conclusions.button(CONCLUSIONS.index(conclusion)).setChecked(True)


def test_an_evaluation_with_both_views_that_ends_the_row(app_session, qtbot, modal_dialog,
                                                         message_boxes):
    window = app_session.start()
    patient = _patient(app_session.db)
    window.reload_list()
    assert window.open_patient(patient.id)
    workspace = window.workspace
    workspace.show_tab("plan")
    workspace.plan.select_row(0)
    qtbot.keyClicks(workspace.plan.measure.edits["scope"], "Én søknad")  # pending: saved first
    message_boxes.answer = QMessageBox.StandardButton.Yes  # «Skal tiltaket få avsluttet-dato?»

    def evaluate(dialog):
        assert isinstance(dialog, EvaluationDialog)
        boxes = (dialog.patient_view, dialog.professional_view)
        assert boxes[0].y() == boxes[1].y() and boxes[0].x() < boxes[1].x()  # side by side
        assert boxes[0].height() > 100
        _fill(qtbot, dialog, CONCLUSION_END)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    modal_dialog(lambda: qtbot.mouseClick(workspace.plan.measure.evaluate_button,
                                          Qt.MouseButton.LeftButton), evaluate)
    assert any("avsluttet-dato 11.03.2026" in q for q in message_boxes.questions)
    row = store.load_plan(app_session.db, patient.id).plan.rows[0]
    assert row.scope == "Én søknad"
    (evaluation,) = row.evaluations
    assert (evaluation.patient_view, evaluation.professional_view) == (
        "Jeg har fått bolig og trives.", "Målet er nådd; oppfølging avsluttes.")
    assert evaluation.conclusion == CONCLUSION_END and evaluation.date == "2026-03-11"
    assert evaluation.recorded_by == Session(app_session.db).display_name
    assert row.ended == "2026-03-11" and row.stage == STAGE_ENDED
    # the workspace shows the stored plan: the table's ended cell and the pane's latest line
    assert workspace.plan.rows.model.index(0, 6).data() == "11.03.2026"
    assert "11.03.2026 – nådd – avslutte" in workspace.plan.measure.latest.text()
    assert workspace.plan.rows.table.currentIndex().row() == 0


def test_avslutte_without_ending_the_row(db, qtbot, message_boxes):
    patient = _patient(db)
    dialog = EvaluationDialog(Session(db), patient.id, 1)
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog, CONCLUSION_END)
    message_boxes.answer = QMessageBox.StandardButton.No
    dialog.accept()
    row = store.load_plan(db, patient.id).plan.rows[1]
    assert row.evaluations[0].conclusion == CONCLUSION_END and row.ended == ""


def test_earlier_evaluations_are_listed_and_a_missing_view_is_refused(db, qtbot):
    patient = _patient(db)
    measures.record_evaluation(db, patient.id, 0, Evaluation(
        date="2026-02-01", achievement="delvis nådd", conclusion="fortsette",
        patient_view="Går sakte", recorded_by="Vera Voksen"))
    dialog = EvaluationDialog(Session(db), patient.id, 0)
    qtbot.addWidget(dialog)
    assert dialog.history.item(0).text() == "01.02.2026 – delvis nådd – fortsette (Vera Voksen)"
    assert "Går sakte" in dialog.history.item(0).toolTip()
    dialog.accept()  # neither view written, no conclusion
    assert dialog.error.isVisibleTo(dialog) and "vurdering" in dialog.error.text()
    assert len(store.load_plan(db, patient.id).plan.rows[0].evaluations) == 1


def test_cancel_with_text_asks_first(db, qtbot, message_boxes):
    patient = _patient(db)
    dialog = EvaluationDialog(Session(db), patient.id, 0)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.professional_view, "Viktig vurdering")
    message_boxes.answer = QMessageBox.StandardButton.No
    dialog.reject()
    assert dialog.isVisible() and message_boxes.questions  # still open, the text still there
    assert dialog.professional_view.toPlainText() == "Viktig vurdering"
    message_boxes.answer = QMessageBox.StandardButton.Yes
    dialog.reject()
    assert not dialog.isVisible()
    assert store.load_plan(db, patient.id).plan.rows[0].evaluations == []


def test_the_next_of_kin_view_is_optional(db, qtbot):
    patient = _patient(db)
    dialog = EvaluationDialog(Session(db), patient.id, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.kin_view.isVisible()
    dialog.with_kin.setChecked(True)
    assert dialog.kin_view.isVisible()
    qtbot.keyClicks(dialog.kin_view, "Mor er enig")
    dialog.conclusions.button(0).setChecked(True)
    dialog.accept()
    assert store.load_plan(db, patient.id).plan.rows[1].evaluations[0].next_of_kin_view == (
        "Mor er enig")


def test_undo_after_an_evaluation_cannot_take_it_away(app_session, qtbot, modal_dialog):
    window = app_session.start()
    patient = _patient(app_session.db)
    window.reload_list()
    assert window.open_patient(patient.id)
    workspace = window.workspace
    workspace.show_tab("plan")
    workspace.plan.select_row(1)
    qtbot.keyClicks(workspace.plan.measure.edits["scope"], "ukentlig")

    def evaluate(dialog):
        qtbot.keyClicks(dialog.patient_view, "Det går bra")
        dialog.conclusions.button(0).setChecked(True)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    modal_dialog(lambda: workspace.plan.measure.evaluate_button.click(), evaluate)
    assert not workspace.undo_stack.canUndo()  # the steps before the stored write are gone
    row = store.load_plan(app_session.db, patient.id).plan.rows[1]
    assert row.scope == "ukentlig" and len(row.evaluations) == 1
