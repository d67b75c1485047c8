"""Search as you type through the trigram index: what it finds, and that the index follows every
change of the patients."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

import sqlite_utils

from desktop import store
from desktop.demo import synthetic_id_number
from desktop.records import Patient
from desktop.store import access, patients
from desktop.store.db import migrations
from desktop.store.session import Session


def _names(db, text: str, **kwargs) -> list[str]:
    return [p.name for p in store.search_patients(db, text, limit=1000, **kwargs)]


def _add(db, name: str, born: dt.date | None = None, department: str = "Voksenpsykiatri",
         seed: int = 1) -> Patient:
    number = synthetic_id_number(born, random.Random(seed)) if born else ""
    return store.add_patient(db, Patient(name=name, birth_date=born.isoformat() if born else "",
                                         id_number=number, department=department))


def test_lower_case_norwegian_letters_find_upper_case_names(db) -> None:
    _add(db, "ÆRLEND ØYE")
    _add(db, "Åse Ødegård")
    _add(db, "Aase Odegard")
    assert _names(db, "ærlend") == ["ÆRLEND ØYE"]  # the index (three letters and more)
    assert _names(db, "øye") == ["ÆRLEND ØYE"]
    assert _names(db, "ødegå") == ["Åse Ødegård"]  # å is not a
    assert _names(db, "ØDEGÅRD") == ["Åse Ødegård"]
    assert _names(db, "æ") == ["ÆRLEND ØYE"]  # the scan (one and two letters)
    assert _names(db, "øy") == ["ÆRLEND ØYE"]
    assert _names(db, "å") == ["Åse Ødegård"]
    assert _names(db, "aa") == ["Aase Odegard"]


def test_birth_date_both_ways_and_the_fodselsnummer(db) -> None:
    born = dt.date(1943, 5, 17)
    aase = _add(db, "Åse Ødegård", born)
    _add(db, "Ola Nordmann", dt.date(1980, 1, 2), seed=2)
    assert _names(db, "17.05.1943") == ["Åse Ødegård"]
    assert _names(db, "1943-05-17") == ["Åse Ødegård"]
    assert _names(db, "17.05.19") == ["Åse Ødegård"]
    assert _names(db, aase.id_number) == ["Åse Ødegård"]
    assert _names(db, aase.id_number[6:]) == ["Åse Ødegård"]


def test_short_and_long_words_together_and_odd_characters(db) -> None:
    _add(db, "Bjørn Hansen")
    _add(db, "Bjørn Lie")
    _add(db, 'Kari "Kry" 100%')
    assert _names(db, "bjørn h") == ["Bjørn Hansen"]
    assert _names(db, "h bjørn") == ["Bjørn Hansen"]
    assert _names(db, "bj") == ["Bjørn Hansen", "Bjørn Lie"]
    assert _names(db, '"kry"') == ['Kari "Kry" 100%']
    assert _names(db, "100%") == ['Kari "Kry" 100%']
    assert _names(db, "0%") == ['Kari "Kry" 100%']
    assert _names(db, "rn_") == [] and _names(db, "r%n") == []
    assert _names(db, "zzz") == [] and _names(db, "z") == []


def test_the_department_filter_and_counts(db) -> None:
    for i in range(5):
        _add(db, f"Siv Berg {i}", department="Rusbehandling" if i % 2 else "Voksenpsykiatri")
    assert _names(db, "berg", departments=["Rusbehandling"]) == ["Siv Berg 1", "Siv Berg 3"]
    assert _names(db, "si", departments=["Rusbehandling"]) == ["Siv Berg 1", "Siv Berg 3"]
    assert _names(db, "berg", departments=[]) == []
    assert store.count_patients(db, "berg") == 5
    assert store.count_patients(db, "berg", ["Voksenpsykiatri"]) == 3
    assert store.count_patients(db, "berg", cap=2) == 2
    assert store.count_patients(db, "be", cap=10) == 5
    assert store.count_patients(db, "", cap=4) == 4
    assert access.count_visible(Session(db), "siv berg", cap=3) == 3


def test_the_index_follows_edits_and_deletions(db) -> None:
    patient = _add(db, "Liv Lunde")
    assert _names(db, "lunde") == ["Liv Lunde"]
    patient.name = "Liv Strand"
    store.update_patient(db, patient)
    assert _names(db, "lunde") == [] and _names(db, "strand") == ["Liv Strand"]
    store.save_checklist(db, patient.id, store.load_checklist(db, patient.id))
    assert _names(db, "strand") == ["Liv Strand"]  # a form save leaves the index right
    db.execute("DELETE FROM patients WHERE id = ?", [patient.id])
    assert _names(db, "strand") == []
    # FTS5's own check against the table: raises "database disk image is malformed" if the
    # index missed a change
    db.execute("INSERT INTO patients_fts (patients_fts, rank) VALUES ('integrity-check', 1)")


def test_an_index_page_is_the_same_whichever_way_it_is_found(db, monkeypatch) -> None:
    # enough matches that the search walks the sort index instead of sorting the matches
    rng = random.Random(3)
    departments = ("Rusbehandling", "Voksenpsykiatri", "BUP")
    with db.atomic():
        for i in range(1100):
            born = dt.date(1940 + i % 60, 1 + i % 12, 1 + i % 28)
            name = f"{rng.choice(['Ola', 'Åse', 'Øyvind', 'Eli'])} Hansen{rng.randint(0, 99)}"
            _add(db, name, born, rng.choice(departments), seed=i)
        for i in range(300):
            _add(db, f"Per Berg{i}", department="BUP")
    text = "hansen"
    assert patients._Plan(db, text).broad
    walked = {}
    for order in ("name", "birth_date", "consent", "department"):
        for descending in (False, True):
            pages = [store.search_patients(db, text, order, descending, limit=200, offset=o,
                                           departments=departments[:2]) for o in (0, 400)]
            walked[order, descending] = pages
    monkeypatch.setattr(patients, "broad_from", lambda _patients: 10**9)  # sort the matches
    for (order, descending), pages in walked.items():
        for offset, page in zip((0, 400), pages, strict=True):
            assert page == store.search_patients(db, text, order, descending, limit=200,
                                                 offset=offset, departments=departments[:2])
    assert len(walked["name", False][0]) == 200


def test_an_existing_database_gets_the_index_when_migrated(tmp_path) -> None:
    path = tmp_path / "old.sqlite"
    old = sqlite_utils.Database(sqlite3.connect(str(path)))
    migrations.apply(old, stop_before="0010_search_index")
    assert "patients_fts" not in old.table_names()
    old.execute("INSERT INTO patients (name, search_text, sort_name, created_at, updated_at) "
                "VALUES ('Åse Ødegård', 'åse ødegård', 'åse ødegård', 'x', 'x')")
    old.conn.commit()
    old.close()
    db = store.open_db(path)
    assert _names(db, "ødegård") == ["Åse Ødegård"] and _names(db, "ød") == ["Åse Ødegård"]
    assert list(tmp_path.glob("backups/before-0010_search_index-*.sqlite"))
    # 0025 filled the index of character pairs from the existing row, so one letter finds it
    pairs = {row[0] for row in db.execute("SELECT gram FROM patients_grams")}
    assert pairs == {"åse ødegård "[i:i + 2] for i in range(len("åse ødegård"))}
    assert _names(db, "å") == ["Åse Ødegård"] and _names(db, "a") == []


def test_a_short_search_finds_the_same_page_walked_or_read_from_the_pairs(db,
                                                                           monkeypatch) -> None:
    rng = random.Random(5)
    with db.atomic():
        for i in range(700):
            name = f"{rng.choice(['Ola', 'Åse', 'Kari', 'Eli'])} {rng.choice(['Berg', 'Lie'])}"
            _add(db, f"{name} {i}", dt.date(1950 + i % 50, 1 + i % 12, 1 + i % 28),
                 rng.choice(("Rusbehandling", "Voksenpsykiatri")), seed=i)
        _add(db, "Zara Qvist")
    queries = ("e", "li", "å", "19", "zq", "q", "e b")
    found = {}
    for text in queries:
        for order in ("name", "birth_date", "consent"):
            for descending in (False, True):
                for offset in (0, 100, 600):
                    key = text, order, descending, offset
                    found[key] = store.search_patients(db, text, order, descending, limit=50,
                                                       offset=offset,
                                                       departments=["Rusbehandling"])
    assert patients._Plan(db, "zq").driven == ["zq"]  # a rare pair: read from the pairs
    monkeypatch.setattr(patients, "broad_from", lambda _patients: 1)  # always the walk
    assert patients._Plan(db, "e").broad and not patients._Plan(db, "e").driven
    for (text, order, descending, offset), page in found.items():
        assert page == store.search_patients(db, text, order, descending, limit=50,
                                             offset=offset, departments=["Rusbehandling"])
    assert [p.name for p in found["q", "name", False, 0]] == []
