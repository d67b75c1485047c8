"""The patient list's quick filters combine with the search and the sort; the Neste frist
tooltip lists every open deadline of the patient."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop import store
from desktop.demo import fill_demo
from desktop.models.patient_list_model import PatientListModel
from desktop.records import Patient, Plan, PlanRow
from desktop.store.list_filters import ListFilter
from desktop.store.patient_query import PatientQuery

TODAY = dt.date(2026, 11, 20)
M = PatientListModel


def _patient(db, name: str, evaluation: str, row: str = "") -> int:
    patient = store.add_patient(db, Patient(name=name, birth_date="1980-01-01"))
    rows = [PlanRow(goal="Bo selv", evaluation=row)] if row else []
    store.save_plan(db, patient.id, Plan(evaluation_date=evaluation, rows=rows))
    return patient.id


def test_filtered_list_passes_qtmodeltester(qtmodeltester, db):
    fill_demo(db, 30, today=TODAY)
    model = PatientListModel(PatientQuery(db), page_size=4, today=TODAY)
    model.set_filter(ListFilter(soon=True, today=TODAY))
    model.sort(M.COL_DEADLINE)
    qtmodeltester.check(model, force_py=True)


def test_filters_combine_with_the_search(db):
    _patient(db, "Anne Senere", "2027-02-01")
    _patient(db, "Bjørn Forfalt", "2026-10", row="2026-11-01")
    _patient(db, "Anne Forfalt", "2026-09")
    model = PatientListModel(PatientQuery(db), today=TODAY)
    model.set_filter(ListFilter(overdue=True, today=TODAY))
    assert [model.summary(r).name for r in range(model.rowCount())] == [
        "Anne Forfalt", "Bjørn Forfalt"]
    model.set_search("anne")
    assert [model.summary(r).name for r in range(model.rowCount())] == ["Anne Forfalt"]
    assert model.total() == 1
    model.set_filter(ListFilter(today=TODAY))
    assert model.total() == 2


def test_the_tooltip_lists_every_open_deadline(db):
    _patient(db, "Bjørn Forfalt", "2026-12-01", row="2026-11-01")
    model = PatientListModel(PatientQuery(db), today=TODAY)
    tip = model.data(model.index(0, M.COL_DEADLINE), Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == ["01.11.2026  Evaluer delmål: Bo selv (forfalt)",
                                "01.12.2026  Planen skal evalueres"]
