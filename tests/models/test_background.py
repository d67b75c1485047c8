"""Background reads keep their read-only connections for the next read on the same file
(models/background.py): a later read takes the idle one, reads in flight each have their
own, a read that failed does not give its connection back, and stop_all closes them."""

from __future__ import annotations

import sqlite3

import pytest

from desktop import store
from desktop.models import background
from desktop.records import Patient


@pytest.fixture
def ward(tmp_path):
    db = store.open_db(tmp_path / "ward.sqlite")
    store.add_patient(db, Patient(name="Åse Ødegård", birth_date="1980-01-01"))
    yield db
    background.stop_all()
    db.close()


def _read(qtbot, db, read):
    answers: list = []
    failures: list[str] = []
    worker = background.start(db, read, answers.append, failures.append)
    assert worker is not None
    qtbot.waitUntil(lambda: bool(answers or failures), timeout=5000)
    worker.wait(5000)
    return answers[0] if answers else failures[0]


def test_a_later_read_takes_the_connection_the_first_gave_back(qtbot, ward):
    first = _read(qtbot, ward, lambda db: db.conn)
    second = _read(qtbot, ward, lambda db: db.conn)
    assert second is first
    assert _read(qtbot, ward, lambda db: [p.name for p in store.search_patients(db, "øde")]) \
        == ["Åse Ødegård"]
    with pytest.raises(sqlite3.OperationalError):  # read-only
        first.execute("DELETE FROM patients")


def test_a_read_sees_what_was_written_after_the_last(qtbot, ward):
    assert _read(qtbot, ward, lambda db: store.count_patients(db)) == 1
    store.add_patient(ward, Patient(name="Ola Li", birth_date="1990-01-01"))
    assert _read(qtbot, ward, lambda db: store.count_patients(db)) == 2


def test_reads_at_once_each_have_a_connection(qtbot, ward):
    answers: list = []
    workers = [background.start(ward, lambda db: (db.conn, db.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000) "
        "SELECT count(*) FROM n").fetchone()), answers.append) for _ in range(2)]
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=10000)
    for worker in workers:
        worker.wait(5000)
    assert answers[0][0] is not answers[1][0]
    assert len(background._idle[(background.database_file(ward), None)]) == 2


def test_a_failed_read_does_not_give_its_connection_back(qtbot, ward):
    def broken(db):
        raise sqlite3.OperationalError("no such table: x")
    assert _read(qtbot, ward, broken) == "no such table: x"
    assert not background._idle.get((background.database_file(ward), None))


def test_stop_all_closes_the_kept_connections(qtbot, ward):
    kept = _read(qtbot, ward, lambda db: db.conn)
    background.stop_all()
    assert background._idle == {}
    with pytest.raises(sqlite3.ProgrammingError):  # closed
        kept.execute("SELECT 1")
