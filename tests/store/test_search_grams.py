"""Short words through the index of character pairs (migration 0025): every search finds what
a plain substring scan of the search text finds, in the same order, however the search is
planned; and the pairs follow every change of the patients."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from desktop import store
from desktop.demo import fill_demo, synthetic_id_number
from desktop.records import Patient
from desktop.store import patients
from desktop.store.list_filters import NO_FILTER, ListFilter
from desktop.store.where import Where

TODAY = dt.date(2026, 6, 1)
NAMES = ("ÅSE ØDEGÅRD", "Åse Aas", "Aase Odegard", "ÆRLEND ØYE", "Ærlig Æsøy", "Bjørn Hansen",
         "Øystein Å", "Kari Nordmann", "Zara Qvist", 'Kari "Kry" 100%', "Anne-Lise Ås")
QUERIES = ("å", "Å", "æ", "ø", "a", "aa", "ås", "ÅS", "æs", "øy", "ØY", "ø å", "zq", "q", "x",
           "an", "AN", "ha", "han", "hansen", "ødegård", "ØDEGÅRD", "åse ø", "kari n", "e b",
           "19", "43", "17.", "17.05", "-0", ".1", "05.19", "0%", "%", "_", '"', "-", "1", "7",
           "bj h", "li", "ne-l", "zzz", "nordmann kari")
FILTERS = (NO_FILTER, ListFilter(overdue=True, today=TODAY), ListFilter(soon=True, today=TODAY),
           ListFilter(awaiting_reply=True, today=TODAY))


def _reference(db, text: str, order: str, descending: bool, departments,
               quick: ListFilter) -> list[int]:
    """Every match by a scan: each word a substring of the case-folded search text."""
    where = Where()
    for word in text.casefold().split():
        where.add("instr(search_text, ?) > 0", word)
    quick.add_to(where.one_of("department", departments))
    column = patients.SORT_COLUMNS[order]
    way = "DESC" if descending else "ASC"
    return [row[0] for row in db.execute(
        f"SELECT id FROM patients NOT INDEXED {where.sql()} "
        f"ORDER BY {column} {way}, sort_name {way}, id", where.params)]


def fill_ward(db) -> None:
    """80 demo patients and the names above (æ, ø and å in either case)."""
    fill_demo(db, 80, seed=11, today=TODAY)
    rng = random.Random(2)
    for i, name in enumerate(NAMES):
        born = dt.date(1943 + i, 5, 17)
        store.add_patient(db, Patient(name=name, birth_date=born.isoformat(),
                                      id_number=synthetic_id_number(born, rng),
                                      department=rng.choice(("BUP", "Voksenpsykiatri"))))


@pytest.fixture(scope="module")
def ward():
    db = store.open_db(":memory:")
    fill_ward(db)
    yield db
    db.close()


@pytest.mark.parametrize("threshold, farther", [(None, None), (1, 1), (1, 10**9), (10**9, None)],
                         ids=["planned", "walked", "walked by pairs", "sorted"])
def test_every_search_finds_what_a_scan_finds_in_the_same_order(ward, monkeypatch,
                                                                 threshold, farther) -> None:
    if threshold is not None:  # force the walk of the sort index, or reading the pairs
        monkeypatch.setattr(patients, "broad_from", lambda _patients: threshold)
    if farther is not None:  # walk by the search text, or by the pairs of the short words
        monkeypatch.setattr(patients, "WALKED_FARTHER", farther)
    departments = [None, ["Voksenpsykiatri", "Rusbehandling"]]
    for text in QUERIES:
        for quick in FILTERS:
            for chosen in departments:
                for order, descending in (("name", False), ("next_deadline", True)):
                    expected = _reference(ward, text, order, descending, chosen, quick)
                    found = [p.id for p in store.search_patients(
                        ward, text, order, descending, limit=len(expected) + 5,
                        departments=chosen, quick=quick)]
                    assert found == expected, (text, quick, chosen, order)
                    page = store.search_patients(ward, text, order, descending, limit=7,
                                                 offset=3, departments=chosen, quick=quick)
                    assert [p.id for p in page] == expected[3:10]
                assert store.count_patients(ward, text, chosen, quick=quick) == len(expected)
                assert store.count_patients(ward, text, chosen, cap=5, quick=quick) == min(
                    5, len(expected))


def test_norwegian_letters_and_number_parts_by_the_pairs(ward) -> None:
    def names(text: str) -> set[str]:
        return {p.name for p in store.search_patients(ward, text, limit=1000)}

    assert {"ÅSE ØDEGÅRD", "Åse Aas", "Øystein Å", "Anne-Lise Ås"} <= names("å")
    assert "Aase Odegard" not in names("å")  # å stays apart from a
    assert {"ÆRLEND ØYE", "Ærlig Æsøy"} <= names("æ")
    assert "Ærlig Æsøy" in names("æs")
    assert all("æs" in name.casefold() for name in names("æs"))
    assert names("qv") == {"Zara Qvist"}
    kari = store.search_patients(ward, "kari nordmann", limit=1)[0]
    number = ward.execute("SELECT id_number FROM patients WHERE id = ?", [kari.id]).fetchone()[0]
    assert kari.id in {p.id for p in store.search_patients(ward, number[-2:], limit=10**6)}


def _pairs_of(db, patient_id: int) -> set[str]:
    return {row[0] for row in db.execute(
        "SELECT gram FROM patients_grams WHERE patient_id = ?", [patient_id])}


def _expected_pairs(text: str) -> set[str]:
    text += " "
    return {text[i:i + 2] for i in range(len(text) - 1)}


def test_the_pairs_follow_additions_edits_and_deletions(db) -> None:
    patient = store.add_patient(db, Patient(name="Liv Lunde", birth_date="1970-03-04"))
    stored = db.execute("SELECT search_text FROM patients WHERE id = ?", [patient.id])
    assert _pairs_of(db, patient.id) == _expected_pairs(stored.fetchone()[0])
    patient.name = "Åsmund Qvam"
    store.update_patient(db, patient)
    text = db.execute("SELECT search_text FROM patients WHERE id = ?",
                      [patient.id]).fetchone()[0]
    assert _pairs_of(db, patient.id) == _expected_pairs(text)
    assert [p.name for p in store.search_patients(db, "qv")] == ["Åsmund Qvam"]
    assert store.search_patients(db, "lu") == []
    db.execute("DELETE FROM patients WHERE id = ?", [patient.id])
    assert _pairs_of(db, patient.id) == set()
    assert db.execute("SELECT COUNT(*) FROM patients_grams").fetchone()[0] == 0
