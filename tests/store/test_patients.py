"""Adding, finding and searching patients."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from desktop import store
from desktop.demo import synthetic_id_number
from desktop.records import Patient, ValidationError


def test_search_matches_name_birth_date_and_number_in_any_order(db) -> None:
    number = synthetic_id_number(dt.date(1943, 5, 17), random.Random(1))
    store.add_patient(db, Patient(name="Åse Ødegård", id_number=number, department="Rusbehandling"))
    store.add_patient(db, Patient(name="Ola Nordmann", birth_date="07.2012"))
    names = lambda text: [p.name for p in store.search_patients(db, text)]  # noqa: E731
    assert names("åse") == ["Åse Ødegård"]
    assert names("ØDEGÅRD åse") == ["Åse Ødegård"]
    assert names("17.05.1943") == ["Åse Ødegård"]
    assert names("1943-05") == ["Åse Ødegård"]
    assert names(number[:6]) == ["Åse Ødegård"]
    assert names("07.2012") == ["Ola Nordmann"]
    assert names("%") == [] and names("_") == []
    assert store.count_patients(db, "") == 2 and store.count_patients(db, "nordm") == 1


def test_the_list_sorts_the_norwegian_way_and_pages(db) -> None:
    for name in ("Åsa", "Øyvind", "Ærlend", "Zara", "anne", "Bjørn"):
        store.add_patient(db, Patient(name=name))
    assert [p.name for p in store.search_patients(db)] == \
        ["anne", "Bjørn", "Zara", "Ærlend", "Øyvind", "Åsa"]
    assert [p.name for p in store.search_patients(db, descending=True, limit=2)] == \
        ["Åsa", "Øyvind"]
    assert [p.name for p in store.search_patients(db, limit=2, offset=2)] == ["Zara", "Ærlend"]


def test_find_by_id_or_number_and_refuse_duplicates(db) -> None:
    number = synthetic_id_number(dt.date(1990, 1, 2), random.Random(5))
    patient = store.add_patient(db, Patient(name="Tor Vik", id_number=number))
    assert store.find_patient(db, str(patient.id)).name == "Tor Vik"
    assert store.find_patient(db, number).id == patient.id
    assert store.find_patient(db, "nobody") is None
    with pytest.raises(ValidationError, match="allerede"):
        store.add_patient(db, Patient(name="Tor Vik II", id_number=number))
    patient.phone = "900 00 000"
    store.update_patient(db, patient)
    assert store.get_patient(db, patient.id).phone == "900 00 000"


def test_search_can_be_limited_to_departments(db) -> None:
    store.add_patient(db, Patient(name="Siv Sara", department="Rusbehandling"))
    store.add_patient(db, Patient(name="Siv Gaup", department="Voksenpsykiatri"))
    store.add_patient(db, Patient(name="100% Siv", department="Voksenpsykiatri"))
    found = store.search_patients(db, "siv", departments=["Voksenpsykiatri"])
    assert [p.name for p in found] == ["100% Siv", "Siv Gaup"]
    assert store.search_patients(db, "", departments=["Rusbehandling"])[0].name == "Siv Sara"
    assert store.count_patients(db, "siv", departments=["Rusbehandling", "Voksenpsykiatri"]) == 3
    assert store.count_patients(db, "100%", departments=["Voksenpsykiatri"]) == 1
    assert store.search_patients(db, "", departments=[]) == []
