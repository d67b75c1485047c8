"""The list model counts a search only up to its cap, and the whole list in full."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from desktop import store
from desktop.models.patient_list_model import PatientListModel
from desktop.records import Patient
from desktop.store.patient_query import PatientQuery


def test_a_search_is_counted_up_to_the_cap(db):
    for i in range(12):
        store.add_patient(db, Patient(name=f"Kari Nordvik {i:02d}"))
    store.add_patient(db, Patient(name="Per Hansen"))
    model = PatientListModel(PatientQuery(db), page_size=5, count_cap=10)
    model.set_search("nordvik")
    assert model.known_total() is None
    assert model.total() == 11 and model.beyond_cap()  # one past the cap: "10+ treff"

    while model.canFetchMore(QModelIndex()):  # every match loaded: the number is exact
        model.fetchMore(QModelIndex())
    assert model.total() == 12 and not model.beyond_cap()

    model.set_search("")
    assert model.total() == 13 and not model.beyond_cap()  # the whole list is never capped
    model.set_search("hansen")
    assert model.total() == 1 and not model.beyond_cap()
