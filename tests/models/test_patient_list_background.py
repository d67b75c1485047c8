"""The patient list when a read outgrows the window's budget: it is read again in the
background, the list says it is searching meanwhile, and an answer to an older question is
dropped (models/patient_list_model.py, models/background.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex

from desktop import store
from desktop.models import background
from desktop.models.patient_list_model import PatientListModel
from desktop.records import Patient
from desktop.store import budget
from desktop.store.patient_query import PatientQuery

TODAY = dt.date(2026, 11, 20)


def _names(model) -> list[str]:
    return [model.summary(row).name for row in range(model.rowCount())]


@pytest.fixture
def patients(db):
    for i in range(30):
        store.add_patient(db, Patient(name=f"Kari Bakken {i:02d}" if i % 2 else f"Ola Li {i:02d}",
                                      birth_date="1980-01-01"))
    return db


@pytest.fixture
def every_read_too_slow(monkeypatch):
    """Every read on the window's thread overruns at SQLite's first look at the clock."""
    monkeypatch.setattr(budget, "STEPS", 1)
    yield
    background.stop_all()


def test_a_slow_search_comes_from_the_background(qtbot, patients, every_read_too_slow):
    expected = [s.name for s in store.search_patients(patients, "bakken", limit=10)]
    model = PatientListModel(PatientQuery(patients), page_size=10, today=TODAY,
                             read_budget=0.0)
    qtbot.waitUntil(lambda: not model.pending(), timeout=5000)  # the whole list, at start
    model.set_search("bakken")
    assert model.pending() and model.rowCount() == 0  # the window shows "Søker …"
    qtbot.waitUntil(lambda: not model.pending(), timeout=5000)
    assert _names(model) == expected


def test_an_answer_to_an_older_search_is_dropped(qtbot, patients, every_read_too_slow):
    model = PatientListModel(PatientQuery(patients), page_size=10, today=TODAY,
                             read_budget=0.0)
    model.set_search("bakken")
    model.set_search("ola")
    qtbot.waitUntil(lambda: not model.pending(), timeout=5000)
    qtbot.wait(100)  # an answer for "bakken" would have come by now
    assert model.search_text() == "ola"
    assert _names(model) and all(name.startswith("Ola Li") for name in _names(model))


def test_more_rows_and_the_count_come_from_the_background(qtbot, patients,
                                                            every_read_too_slow):
    model = PatientListModel(PatientQuery(patients), page_size=10, today=TODAY,
                             read_budget=0.0)
    qtbot.waitUntil(lambda: model.rowCount() == 10, timeout=5000)
    with qtbot.waitSignal(model.rowsInserted, timeout=5000):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 20
    assert _names(model) == [s.name for s in store.search_patients(patients, limit=20)]
    model.set_search("bakken")
    qtbot.waitUntil(lambda: not model.pending(), timeout=5000)
    with qtbot.waitSignal(model.countKnown, timeout=5000):
        assert model.total_soon() is None
    assert model.total_soon() == 15


def test_a_quick_read_stays_on_the_window_thread(patients):
    model = PatientListModel(PatientQuery(patients), page_size=10, today=TODAY)
    model.set_search("bakken")
    assert not model.pending()
    assert model.rowCount() == 10
    assert model.total_soon() == 15


def test_an_in_memory_database_is_read_whole_on_the_window_thread(every_read_too_slow):
    db = store.open_db(":memory:")
    store.add_patient(db, Patient(name="Kari Bakken", birth_date="1980-01-01"))
    model = PatientListModel(PatientQuery(db), today=TODAY, read_budget=0.0)
    model.set_search("bakken")
    assert not model.pending()
    assert _names(model) == ["Kari Bakken"]
