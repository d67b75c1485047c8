"""The patient list's "Neste frist" column: the earliest open deadline kept on the patient row,
red when overdue, amber within 14 days, sortable; it follows the saves."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt

from desktop import palette, store
from desktop.demo import fill_demo
from desktop.models.patient_list_model import AlertRole, PatientListModel
from desktop.records import Patient, Plan, PlanRow
from desktop.store.patient_query import PatientQuery

TODAY = dt.date(2026, 11, 20)
M = PatientListModel


def _patient(db, name: str, evaluation: str) -> int:
    patient = store.add_patient(db, Patient(name=name, birth_date="1980-01-01"))
    store.save_plan(db, patient.id, Plan(evaluation_date=evaluation))
    return patient.id


def _cell(model: PatientListModel, row: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, M.COL_DEADLINE), role)


def test_column_passes_qtmodeltester(qtmodeltester, db):
    fill_demo(db, 20, today=TODAY)
    model = PatientListModel(PatientQuery(db), page_size=6, today=TODAY)
    model.sort(M.COL_DEADLINE)
    qtmodeltester.check(model, force_py=True)


def test_overdue_red_soon_amber_later_plain_and_sorted(db):
    _patient(db, "Anne Senere", "2027-02-01")
    _patient(db, "Bjørn Forfalt", "2026-10")
    _patient(db, "Cato Snart", "2026-11-30")
    store.add_patient(db, Patient(name="Dina Ingen"))
    model = PatientListModel(PatientQuery(db), today=TODAY)
    model.sort(M.COL_DEADLINE)
    names = [model.data(model.index(r, M.COL_NAME)) for r in range(4)]
    assert names == ["Dina Ingen", "Bjørn Forfalt", "Cato Snart", "Anne Senere"]
    assert _cell(model, 0) == ""
    assert _cell(model, 1) == "31.10.2026  Evaluering av planen"
    assert _cell(model, 1, Qt.ItemDataRole.ForegroundRole).color().name() == palette.ERROR_TEXT
    assert _cell(model, 1, AlertRole) and "31.10.2026" in _cell(model, 1,
                                                                   Qt.ItemDataRole.ToolTipRole)
    assert (_cell(model, 2, Qt.ItemDataRole.ForegroundRole).color().name()
            == palette.ORANGE_TEXT)
    assert _cell(model, 3, Qt.ItemDataRole.ForegroundRole) is None
    assert not _cell(model, 3, AlertRole)


def test_the_column_follows_the_save(db):
    patient = _patient(db, "Anne Test", "2027-02-01")
    store.save_plan(db, patient, Plan(evaluation_date="2027-02-01",
                                      rows=[PlanRow(goal="Bo", evaluation="2026-12-01")]))
    model = PatientListModel(PatientQuery(db), today=TODAY)
    assert _cell(model, 0) == "01.12.2026  Evaluering av delmål"
    store.save_plan(db, patient, Plan(evaluation_date="2027-02-01", rows=[
        PlanRow(goal="Bo", evaluation="2026-12-01", ended="2026-11-19")]))
    model.refresh_patient(patient)
    assert _cell(model, 0) == "01.02.2027  Evaluering av planen"
    assert model.rowCount(QModelIndex()) == 1


def test_transferred_or_ended_plan_raises_no_evaluation_alarm(db):
    """Item 7: a plan overført til kommunen or avsluttet no longer alarms the ward: neither the
    evaluation column nor the next deadline; the consent's end still does."""
    from desktop.records import Consent
    from desktop.records_process import IP_ENDED, IP_TRANSFERRED, IpState
    from desktop.store.process import set_ip_state

    transferred = _patient(db, "Anne Overført", "2026-10-01")
    ended = _patient(db, "Bjørn Avsluttet", "2026-10-01")
    _patient(db, "Cato Aktiv", "2026-10-01")
    set_ip_state(db, transferred, IpState(state=IP_TRANSFERRED, date="2026-10-02", by="Test"))
    set_ip_state(db, ended, IpState(state=IP_ENDED, date="2026-10-02", by="Test",
                                    reason="Flyttet"))
    store.save_consent(db, ended, Consent(given=True, date="2026-01-01",
                                          valid_to="2026-11-30"))
    model = PatientListModel(PatientQuery(db), today=TODAY)
    model.sort(M.COL_NAME)
    rows = {model.data(model.index(r, M.COL_NAME)): r for r in range(3)}

    def evaluation_alert(name):
        return model.data(model.index(rows[name], M.COL_EVALUATION), AlertRole)

    assert not evaluation_alert("Anne Overført")
    assert not evaluation_alert("Bjørn Avsluttet")
    assert evaluation_alert("Cato Aktiv")
    assert _cell(model, rows["Anne Overført"]) == ""
    assert _cell(model, rows["Bjørn Avsluttet"]) == "30.11.2026  Samtykket går ut"
    assert _cell(model, rows["Cato Aktiv"]) == "01.10.2026  Evaluering av planen"
