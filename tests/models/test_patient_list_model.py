"""The patient list model: lazy pages, sorting through the store, search, highlighted states."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt

from desktop import store
from desktop.demo import fill_demo
from desktop.models.patient_list_model import AlertRole, PatientIdRole, PatientListModel
from desktop.records import Consent, Patient, Plan, Signature, format_partial_date
from desktop.store.patient_query import PatientQuery

TODAY = dt.date(2026, 11, 20)
M = PatientListModel


def _add(db, name: str, born: str = "1980-01-01", **kwargs) -> Patient:
    return store.add_patient(db, Patient(name=name, birth_date=born, **kwargs))


def test_model_passes_qtmodeltester(qtmodeltester, db):
    fill_demo(db, 30, today=TODAY)
    model = PatientListModel(PatientQuery(db), page_size=7, today=TODAY)
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)


def test_pages_load_lazily(db):
    fill_demo(db, 25, today=TODAY)
    model = PatientListModel(PatientQuery(db), page_size=10, today=TODAY)
    assert model.rowCount() == 10
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 20
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 25
    assert not model.canFetchMore(QModelIndex())
    assert model.total() == 25
    ids = {model.data(model.index(r, 0), PatientIdRole) for r in range(25)}
    assert len(ids) == 25


def test_norwegian_name_order_and_sort_by_birth(db):
    for name, born in (("Åse Berg", "1990-05-01"), ("Ola Dahl", "1950-01-01"),
                       ("Ærlend Vik", "2001-02-03"), ("Bjørn Moen", "1970")):
        _add(db, name, born)
    model = PatientListModel(PatientQuery(db), today=TODAY)
    names = [model.data(model.index(r, M.COL_NAME)) for r in range(model.rowCount())]
    assert names == ["Bjørn Moen", "Ola Dahl", "Ærlend Vik", "Åse Berg"]
    model.sort(M.COL_BORN, Qt.SortOrder.DescendingOrder)
    born = [model.data(model.index(r, M.COL_BORN)) for r in range(model.rowCount())]
    assert born == ["03.02.2001", "01.05.1990", "1970", "01.01.1950"]
    model.sort(M.COL_ID_NUMBER)  # not sortable: the order stays
    assert [model.data(model.index(r, M.COL_BORN)) for r in range(4)] == born


def test_search_matches_every_word(db):
    _add(db, "Kari Nordmann", "1980-03-04")
    _add(db, "Kari Solberg", "1975-06-07")
    _add(db, "Per Nordmann", "1960")
    model = PatientListModel(PatientQuery(db), today=TODAY)
    model.set_search("kari  nord")
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["Kari Nordmann"]
    assert model.total() == 1
    model.set_search("07.06.1975")
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["Kari Solberg"]
    model.set_search("")
    assert model.rowCount() == 3


def test_states_are_shown_and_highlighted(db):
    signed = _add(db, "Anne Signert")
    store.save_consent(db, signed.id, Consent(given=True, valid_to="2026-06"))  # expired
    store.save_plan(db, signed.id, Plan(valid_from="2026-02-01", evaluation_date="2026-10-01"))
    store.sign_version(db, signed.id, Signature(signed_date="2026-02-10"))
    withdrawn = _add(db, "Bente Trukket")
    store.save_consent(db, withdrawn.id, Consent(given=True, withdrawn_date="2026-03-01"))
    store.save_plan(db, withdrawn.id, Plan(valid_from="2026-02-01", valid_to="2027-01-31",
                                           evaluation_date="2027-01"))
    store.save_plan(db, withdrawn.id, Plan(valid_from="2026-02-01", valid_to="2027-01-31",
                                           evaluation_date="2027-01"))
    _add(db, "Cecilie Ny")
    model = PatientListModel(PatientQuery(db), today=TODAY)

    def cell(row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
        return model.data(model.index(row, column), role)

    assert cell(0, M.COL_CONSENT) == "Utløpt"
    assert cell(0, M.COL_CONSENT, AlertRole) is True
    assert "30.06.2026" not in cell(0, M.COL_CONSENT, Qt.ItemDataRole.ToolTipRole)
    assert format_partial_date("2026-06") in cell(0, M.COL_CONSENT, Qt.ItemDataRole.ToolTipRole)
    assert cell(0, M.COL_PERIOD) == "01.02.2026 – til etter evaluering"
    assert cell(0, M.COL_PLAN) == "Signert v1"
    assert cell(0, M.COL_EVALUATION) == "01.10.2026"
    assert cell(0, M.COL_EVALUATION, AlertRole) is True  # overdue
    assert cell(0, M.COL_EVALUATION, Qt.ItemDataRole.ForegroundRole) is not None

    assert cell(1, M.COL_CONSENT) == "Trukket tilbake"
    assert cell(1, M.COL_CONSENT, AlertRole) is True
    assert cell(1, M.COL_PERIOD) == "01.02.2026 – 31.01.2027"
    assert cell(1, M.COL_PLAN) == "Utkast v1"
    assert cell(1, M.COL_EVALUATION, AlertRole) is False

    assert cell(2, M.COL_CONSENT) == "Ikke innhentet"
    assert cell(2, M.COL_CONSENT, AlertRole) is False
    assert cell(2, M.COL_PLAN) == ""
    assert cell(2, M.COL_PERIOD) == ""


def test_refresh_patient_updates_one_line(qtbot, db):
    patient = _add(db, "Dag Ending", id_number="")
    model = PatientListModel(PatientQuery(db), today=TODAY)
    store.save_consent(db, patient.id, Consent(given=True))
    with qtbot.waitSignal(model.dataChanged):
        model.refresh_patient(patient.id)
    assert model.data(model.index(0, M.COL_CONSENT)) == "Ufullstendig"  # a tick, no date
    store.save_consent(db, patient.id, Consent(given=True, date="2026-01-05"))
    with qtbot.waitSignal(model.dataChanged):
        model.refresh_patient(patient.id)
    assert model.data(model.index(0, M.COL_CONSENT)) == "Samtykke gitt"


def test_headers_and_id_number_display(db):
    _add(db, "Eva Nummer", "", id_number="01818029116")
    model = PatientListModel(PatientQuery(db), today=TODAY)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:5] == ["Navn", "Født", "Fødselsnummer", "Avdeling", "Samtykke"]
    assert model.data(model.index(0, M.COL_ID_NUMBER)) == "018180 29116"
    assert model.data(model.index(0, M.COL_BORN)) == "01.01.1980"
