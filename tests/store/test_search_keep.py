"""The kept matches of a narrow search (store/search_keep.py): a keystroke that narrows the
last search finds exactly what a fresh search finds (æ, ø and å folded, orders, filters and
departments, pages and counts), and no change to the patients is missed: one written on the
same connection, one by another connection, a restore."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from contextlib import closing

import pytest

from desktop import paths, store
from desktop.demo import synthetic_id_number
from desktop.records import Patient
from desktop.store import accounts, backup, patients, search_keep
from desktop.store.list_filters import NO_FILTER, ListFilter
from tests.store.test_search_grams import FILTERS, TODAY, _reference, fill_ward

TYPED = ("ødegård", "ØDEGÅRD", "åse ø", "Bjørn h", "kari nordmann", "17.05.19", "ærl", "øy",
         "an", "han", "1", "a b")


@pytest.fixture(scope="module")
def ward():
    with closing(store.open_db(":memory:")) as db:
        fill_ward(db)
        yield db


@pytest.fixture(autouse=True)
def every_search_keeps(monkeypatch) -> None:
    """Every search reads and keeps all its matches (none walks the list)."""
    monkeypatch.setattr(patients, "broad_from", lambda _patients: 10**9)


def _ids(db, text: str, **asked) -> list[int]:
    return [p.id for p in store.search_patients(db, text, limit=10**6, **asked)]


def test_narrows() -> None:
    assert search_keep.narrows(["ød"], ["øde"])
    assert search_keep.narrows(["kari"], ["kari", "n"])
    assert search_keep.narrows(["ri", "no"], ["nordmann", "kari"])
    assert not search_keep.narrows(["øde"], ["ød"])
    assert not search_keep.narrows(["kari", "n"], ["kari"])


def test_each_keystroke_finds_what_a_fresh_search_finds(ward) -> None:
    for typed in TYPED:
        for quick in FILTERS:
            for chosen in (None, ["Voksenpsykiatri", "Rusbehandling"]):
                for order, descending in (("name", False), ("next_deadline", True),
                                          ("birth_date", False)):
                    asked = dict(order=order, descending=descending, departments=chosen,
                                 quick=quick)
                    search_keep.forget(ward)
                    for end in range(1, len(typed) + 1):
                        text = typed[:end]
                        expected = _reference(ward, text, order, descending, chosen, quick)
                        assert _ids(ward, text, **asked) == expected, (text, quick, order)
                        page = store.search_patients(ward, text, limit=7, offset=3, **asked)
                        assert [p.id for p in page] == expected[3:10]
                        assert store.count_patients(ward, text, chosen, quick=quick) == len(
                            expected)
                        assert store.count_patients(ward, text, chosen, cap=2,
                                                    quick=quick) == min(2, len(expected))


def test_a_narrowing_search_is_answered_from_the_kept_matches(ward) -> None:
    search_keep.forget(ward)
    store.search_patients(ward, "ø")
    statements: list[str] = []
    ward.conn.set_trace_callback(statements.append)
    try:
        found = store.search_patients(ward, "ØDE")
        counted = store.count_patients(ward, "øde", cap=1001)
    finally:
        ward.conn.set_trace_callback(None)
    assert found and all("øde" in p.name.casefold() for p in found)
    assert counted == len(_reference(ward, "øde", "name", False, None, NO_FILTER))
    assert not any("patients_fts" in sql or "patients_grams" in sql for sql in statements)


def test_another_order_or_filter_is_not_answered_from_them(ward) -> None:
    search_keep.forget(ward)
    store.search_patients(ward, "a")
    overdue = ListFilter(overdue=True, today=TODAY)
    assert _ids(ward, "an", quick=overdue) == _reference(ward, "an", "name", False, None,
                                                         overdue)
    assert _ids(ward, "ann", order="birth_date", descending=True) == _reference(
        ward, "ann", "birth_date", True, None, NO_FILTER)
    assert _ids(ward, "anne", departments=["BUP"]) == _reference(
        ward, "anne", "name", False, ["BUP"], NO_FILTER)


def test_a_change_on_the_same_connection_is_seen() -> None:
    db = store.open_db(":memory:")
    fill_ward(db)
    store.search_patients(db, "ø")
    assert _ids(db, "øde") == _reference(db, "øde", "name", False, None, NO_FILTER)
    kari = next(p for p in store.search_patients(db, "kari nordmann"))
    changed = store.get_patient(db, kari.id)
    store.search_patients(db, "ø")
    changed.name = "Kari Ødelund"
    store.update_patient(db, changed)
    assert kari.id in _ids(db, "øde")
    assert store.count_patients(db, "ødel") == 1
    db.close()


def test_a_change_by_another_connection_is_seen(tmp_path) -> None:
    path = tmp_path / "ward.sqlite"
    db = store.open_db(path)
    fill_ward(db)
    other = store.open_db(path)
    store.search_patients(db, "ø")
    before = _ids(db, "øde")
    born = dt.date(1970, 1, 2)
    added = store.add_patient(other, Patient(
        name="Øde Nykommer", birth_date=born.isoformat(),
        id_number=synthetic_id_number(born, random.Random(9)), department="BUP"))
    after = _ids(db, "øde")
    assert added.id in after and added.id not in before
    assert after == _reference(db, "øde", "name", False, None, NO_FILTER)
    other.close()
    db.close()


def test_a_restore_forgets_them(db, data_dir, fast_hash) -> None:
    accounts.create_first_admin(db, "kari.admin", "Kari Admin", "langt-passord-1")
    db_path, folder = paths.database_path(data_dir), paths.backup_dir(data_dir)
    copy = backup.backup_now(db_path, folder)  # no patients yet
    fill_ward(db)
    store.search_patients(db, "ø")
    assert _ids(db, "øde")
    backup.restore(db, db_path, folder, copy, user="kari.admin")
    assert _ids(db, "øde") == []


def test_a_bare_connection_keeps_them_too(tmp_path) -> None:
    path = tmp_path / "ward.sqlite"
    db = store.open_db(path)
    fill_ward(db)
    bare = sqlite3.connect(path)  # as the command line and the window's start read
    store.search_patients(bare, "ø")
    assert store.search_patients(bare, "øde") == store.search_patients(db, "øde")
    assert search_keep.matches(bare, ["øde"], search_keep.shape(
        "sort_name", False, None, NO_FILTER)) is not None
    bare.close()
    db.close()


def test_only_the_last_few_connections_are_kept(tmp_path) -> None:
    connections = [store.open_db(":memory:") for _ in range(search_keep.KEPT_CONNECTIONS + 2)]
    for db in connections:
        fill_ward(db)
        store.search_patients(db, "ø")
    assert len(search_keep._kept) <= search_keep.KEPT_CONNECTIONS
    for db in connections:
        db.close()
