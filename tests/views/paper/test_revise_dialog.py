"""Revider plan… (issue 13, item 5) through the window's patient action: the rows ticked by
default (concluded *overføre* or not ended), two carried over into a new draft with the new
period, evaluation date and note, a new consent version asked for and made, and the signed
version still reprinting byte for byte."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop import store
from desktop.records import Consent, Patient, Plan, PlanRow, Signature
from desktop.records_measures import CONCLUSION_CARRY, Evaluation
from desktop.reports import render_patient_pdf
from desktop.store import consents, measures
from desktop.views.paper.revise_dialog import ReviseDialog

DAY = dt.date(2026, 3, 14)


def _signed_patient(db):
    patient = store.add_patient(db, Patient(name="Rita Revisjon", birth_date="1982"))
    store.save_consent(db, patient.id, Consent(given=True, date="2026-01-01"))
    store.save_plan(db, patient.id, Plan(valid_from="2026-01-01", rows=[
        PlanRow(goal="Egen bolig", measures="Søke bolig"),
        PlanRow(goal="Jobb", measures="Arbeidstrening", ended="2026-02-20"),
        PlanRow(goal="Trening", measures="Treningskontakt", ended="2026-02-01"),
        PlanRow(goal="Økonomi", measures="Budsjett")]))
    measures.record_evaluation(db, patient.id, 1, Evaluation(
        date="2026-02-20", conclusion=CONCLUSION_CARRY, patient_view="Videre"))
    store.sign_version(db, patient.id, Signature(signed_date="2026-03-01"))
    return patient


def test_a_revision_carries_two_rows_and_leaves_the_signed_version(app_session, qtbot,
                                                                   modal_dialog,
                                                                   message_boxes):
    window = app_session.start()
    db = app_session.db
    patient = _signed_patient(db)
    signed = store.current_version(db, patient.id)
    signed_forms = ["plan", "decisions"]  # the signed version (the consent has its own versions)
    first = render_patient_pdf(db, patient.id, forms=signed_forms,
                               version_number=signed.number, today=DAY)
    window.reload_list()
    assert window.open_patient(patient.id)
    action = next(a for a in window.patient_menu.actions() if a.text() == "Revider plan…")
    message_boxes.answer = QMessageBox.StandardButton.Yes  # a new consent version: yes

    def revise(dialog):
        assert isinstance(dialog, ReviseDialog)
        assert dialog.carried() == [0, 1, 3]  # not ended, or concluded overføre
        dialog.rows.item(3).setCheckState(Qt.CheckState.Unchecked)
        dialog.rows.item(0).setCheckState(Qt.CheckState.Unchecked)
        dialog.rows.item(2).setCheckState(Qt.CheckState.Checked)
        for field, text in ((dialog.valid_from, "01.07.2026"), (dialog.evaluation_date,
                                                                "12.2026")):
            field.line.clear()
            qtbot.keyClicks(field.line, text)
        qtbot.keyClicks(dialog.note, "Ny periode etter ansvarsgruppemøtet")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    modal_dialog(action.trigger, revise)
    new = store.current_version(db, patient.id)
    assert new.number == signed.number + 1 and not new.frozen
    assert [r.goal for r in new.plan.rows] == ["Jobb", "Trening"]
    assert (new.plan.valid_from, new.plan.evaluation_date) == ("2026-07-01", "2026-12")
    assert new.plan.revision_note == "Ny periode etter ansvarsgruppemøtet"
    assert any("nytt samtykke" in q for q in message_boxes.questions)
    assert [v.number for v in consents.consent_versions(db, patient.id)] == [1, 2]
    assert window.workspace.version.number == new.number  # the workspace shows the new draft
    window.workspace.show_tab("plan")  # a page is filled when it is shown
    assert window.workspace.plan.rows.model.rowCount() == 2
    assert render_patient_pdf(db, patient.id, forms=signed_forms, version_number=signed.number,
                              today=DAY + dt.timedelta(days=40)) == first


def test_a_period_that_cannot_be_read_is_refused(db, qtbot):
    from desktop.store.session import Session

    patient = _signed_patient(db)
    dialog = ReviseDialog(Session(db), patient.id)
    qtbot.addWidget(dialog)
    dialog.valid_from.line.setText("31.02.2026")
    dialog.accept()
    assert dialog.error.text() and dialog.revision is None
    assert store.current_version(db, patient.id).frozen  # nothing made
