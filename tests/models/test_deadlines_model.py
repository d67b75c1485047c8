"""The Frister view's model: four groups, their rows a page at a time, sortable."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt

from desktop import store
from desktop.demo import fill_demo
from desktop.models.deadlines_model import DeadlineRole, DeadlinesModel
from desktop.records import Patient, Plan, PlanRow
from desktop.store.deadline_list import GROUP_LATER, GROUP_OVERDUE, DeadlineQuery
from desktop.store.session import Session

TODAY = dt.date(2026, 11, 18)
M = DeadlinesModel


def test_passes_qtmodeltester(qtmodeltester, db):
    fill_demo(db, 30, today=TODAY)
    model = DeadlinesModel(DeadlineQuery(Session(db), TODAY), page_size=3)
    for group in range(4):
        while model.canFetchMore(model.group_index(group)):
            model.fetchMore(model.group_index(group))
    model.sort(M.COL_PATIENT, Qt.SortOrder.DescendingOrder)
    model.fetchMore(model.group_index(GROUP_LATER))
    qtmodeltester.check(model, force_py=True)


def test_groups_count_and_page(db):
    for n in range(5):
        patient = store.add_patient(db, Patient(name=f"Pasient {n}", birth_date="1980-01-01",
                                                department="BUP"))
        store.save_plan(db, patient.id, Plan(evaluation_date="2026-11-0" + str(n + 1),
                                             rows=[PlanRow(goal="Bo", evaluation="2027-01")]))
    model = DeadlinesModel(DeadlineQuery(Session(db), TODAY), page_size=2)
    assert model.counts() == [5, 0, 0, 5]
    overdue = model.group_index(GROUP_OVERDUE)
    assert model.data(overdue) == "Forfalt (5)"
    assert model.rowCount(overdue) == 0 and model.hasChildren(overdue)
    model.fetchMore(overdue)
    model.fetchMore(overdue)
    model.fetchMore(overdue)
    assert model.rowCount(overdue) == 5 and not model.canFetchMore(overdue)
    first = model.index(0, M.COL_DUE, overdue)
    assert model.data(first) == "01.11.2026"
    assert model.data(model.index(0, M.COL_PATIENT, overdue)) == "Pasient 0"
    assert model.data(first, DeadlineRole).form == "plan"
    model.sort(M.COL_DUE, Qt.SortOrder.DescendingOrder)
    model.fetchMore(model.group_index(GROUP_OVERDUE))
    assert model.data(model.index(0, M.COL_DUE, model.group_index(GROUP_OVERDUE))) == (
        "05.11.2026")
    assert model.parent(model.index(0, 0, model.group_index(GROUP_OVERDUE))) == overdue
    assert model.parent(overdue) == QModelIndex()


def test_counts_and_pages_over_the_windows_budget_come_from_the_background(
        qtbot, db, monkeypatch):
    from desktop.models import background
    from desktop.store import budget

    for n in range(5):
        patient = store.add_patient(db, Patient(name=f"Pasient {n}", birth_date="1980-01-01",
                                                department="BUP"))
        store.save_plan(db, patient.id, Plan(evaluation_date="2026-11-0" + str(n + 1)))
    monkeypatch.setattr(budget, "STEPS", 1)  # every read overruns at SQLite's first look
    try:
        model = DeadlinesModel(DeadlineQuery(Session(db), TODAY), page_size=2,
                               read_budget=0.0)
        overdue = model.group_index(GROUP_OVERDUE)
        assert model.counting() and model.data(overdue) == "Forfalt (…)"
        qtbot.waitUntil(lambda: not model.counting(), timeout=5000)
        assert model.counts() == [5, 0, 0, 0] and model.data(overdue) == "Forfalt (5)"
        with qtbot.waitSignal(model.rowsInserted, timeout=5000):
            model.fetchMore(overdue)
        with qtbot.waitSignal(model.rowsInserted, timeout=5000):
            model.fetchMore(overdue)
        assert [model.data(model.index(r, M.COL_PATIENT, overdue)) for r in range(4)] == [
            "Pasient 0", "Pasient 1", "Pasient 2", "Pasient 3"]
        model.sort(M.COL_DUE, Qt.SortOrder.DescendingOrder)  # a page asked before is dropped
        qtbot.waitUntil(lambda: not model.counting(), timeout=5000)
        with qtbot.waitSignal(model.rowsInserted, timeout=5000):
            model.fetchMore(model.group_index(GROUP_OVERDUE))
        assert model.data(model.index(0, M.COL_PATIENT, model.group_index(GROUP_OVERDUE))) \
            == "Pasient 4"
    finally:
        background.stop_all()
