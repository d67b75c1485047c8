"""The detail pane under the plan rows (issue 13, item 1): the selected row's life area (with
the hospital's life areas as completions, a free word kept), scope, stage with its date (any
stage after any other; *avsluttet* fills the empty ended date), applied to and follow-up;
saved by the workspace like every field, and one undo step away."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop import store
from desktop.records import Patient, Plan, PlanRow
from desktop.records_measures import STAGE_ENDED, STAGE_GRANTED, STAGE_WISHED


def _open(app_session, rows):
    window = app_session.start()
    patient = store.add_patient(app_session.db, Patient(name="Dina Detalj", birth_date="1980"))
    store.save_plan(app_session.db, patient.id, Plan(valid_from="2026-01-01", rows=rows))
    window.reload_list()
    assert window.open_patient(patient.id)
    window.workspace.show_tab("plan")
    return window, patient


def _pick(qtbot, stage_box, stage: str) -> None:
    stage_box.setCurrentIndex(stage_box.findData(stage))
    stage_box.activated.emit(stage_box.currentIndex())


def test_the_pane_follows_the_selected_row_and_saves_its_fields(app_session, qtbot):
    window, patient = _open(app_session, [PlanRow(goal="Bolig", measures="Søke bolig"),
                                          PlanRow(goal="Jobb", life_area="Arbeid",
                                                  scope="2 dager")])
    plan = window.workspace.plan
    pane = plan.measure
    assert not pane.edits["life_area"].isEnabled()  # no row chosen yet
    plan.select_row(1)
    assert pane.edits["life_area"].text() == "Arbeid" and pane.edits["scope"].text() == "2 dager"
    plan.select_row(0)
    assert pane.edits["life_area"].text() == ""
    completer = pane.edits["life_area"].completer()
    assert "Bolig og dagligliv" in completer.model().stringList()  # the hospital's list
    pane.edits["life_area"].setFocus()
    qtbot.keyClicks(pane.edits["life_area"], "Bolig, eget ord")  # typed freely: kept
    qtbot.keyClicks(pane.edits["applied_to"], "Boligkontoret")
    qtbot.keyClicks(pane.edits["follow_up"], "Vera Voksen")
    qtbot.keyClicks(pane.edits["scope"], "1 søknad")
    _pick(qtbot, pane.stage, STAGE_WISHED)
    assert pane.stage_date.value()  # a new stage starts today unless told otherwise
    pane.stage_date.line.setFocus()
    pane.stage_date.line.selectAll()
    qtbot.keyClicks(pane.stage_date.line, "03.2026")
    qtbot.keyClick(pane.stage_date.line, Qt.Key.Key_Tab)
    plan.select_row(1)  # another row: nothing is lost
    assert window.workspace.flush()
    row = store.load_plan(app_session.db, patient.id).plan.rows[0]
    assert (row.life_area, row.applied_to, row.follow_up, row.scope) == (
        "Bolig, eget ord", "Boligkontoret", "Vera Voksen", "1 søknad")
    assert (row.stage, row.stage_date) == (STAGE_WISHED, "2026-03")
    assert store.load_plan(app_session.db, patient.id).plan.rows[1].life_area == "Arbeid"


def test_any_stage_follows_any_other_and_ended_fills_the_date(app_session, qtbot):
    window, patient = _open(app_session, [PlanRow(goal="Trening", stage=STAGE_GRANTED,
                                                  stage_date="2026-02-01")])
    plan = window.workspace.plan
    plan.select_row(0)
    pane = plan.measure
    _pick(qtbot, pane.stage, STAGE_ENDED)
    _pick(qtbot, pane.stage, STAGE_WISHED)  # back again: no forced order
    _pick(qtbot, pane.stage, STAGE_ENDED)
    assert window.workspace.flush()
    row = store.load_plan(app_session.db, patient.id).plan.rows[0]
    assert row.stage == STAGE_ENDED and row.stage_date == "2026-02-01"
    assert row.ended == "2026-02-01"  # the empty Avsluttet date was filled
    assert plan.rows.model.index(0, 6).data() == "01.02.2026"  # and shows in the table


def test_an_unreadable_stage_date_keeps_the_stored_one_and_undo_takes_a_field_back(
        app_session, qtbot):
    window, patient = _open(app_session, [PlanRow(goal="Bolig", stage=STAGE_WISHED,
                                                  stage_date="2026-01-05")])
    plan = window.workspace.plan
    plan.select_row(0)
    pane = plan.measure
    pane.stage_date.line.setFocus()
    pane.stage_date.line.selectAll()
    qtbot.keyClicks(pane.stage_date.line, "32.13.2026")
    qtbot.keyClick(pane.stage_date.line, Qt.Key.Key_Tab)
    assert pane.stage_date.error.isVisible()
    pane.edits["scope"].setFocus()
    qtbot.keyClicks(pane.edits["scope"], "Ukentlig")
    assert window.workspace.flush()
    row = store.load_plan(app_session.db, patient.id).plan.rows[0]
    assert row.stage_date == "2026-01-05" and row.scope == "Ukentlig"
    window.workspace.undo_stack.undo()
    assert store.load_plan(app_session.db, patient.id).plan.rows[0].scope == ""


def test_measure_names_are_offered_in_the_tiltak_cell(app_session, qtbot):
    from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit

    from desktop.store import local_lists

    window = app_session.start()
    # the list as an administrator keeps it (without accounts, so the window needs no log-in)
    for position, name in enumerate(["Støttekontakt", "Hjemmesykepleie",
                                     "Brukerstyrt personlig assistanse"]):
        app_session.db.execute("INSERT INTO local_lists (kind, position, value) VALUES (?, ?, ?)",
                               [local_lists.LIST_MEASURES, position, name])
    patient = store.add_patient(app_session.db, Patient(name="Tor Tiltak", birth_date="1980"))
    store.save_plan(app_session.db, patient.id, Plan(rows=[PlanRow(goal="Fritid")]))
    window.reload_list()
    assert window.open_patient(patient.id)
    plan = window.workspace.plan
    window.workspace.show_tab("plan")
    table = plan.rows.table
    table.setFocus()
    table.setCurrentIndex(plan.rows.model.index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in
                                table.viewport().findChildren(QPlainTextEdit)))
    editor = next(w for w in table.viewport().findChildren(QPlainTextEdit)
                  if w.isVisible() and hasattr(w, "line_completer"))
    qtbot.keyClicks(editor, "Én gang i uka:")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # a new line
    qtbot.keyClicks(editor, "kontakt")
    completer = editor.line_completer.completer
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    assert completer.currentCompletion() == "Støttekontakt"
    popup = completer.popup()  # the user picks the first name offered
    popup.setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.toPlainText() == "Én gang i uka:\nStøttekontakt"
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert plan.rows.model.index(0, 1).data() == "Én gang i uka:\nStøttekontakt"
