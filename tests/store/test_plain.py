"""The plain connection a read-only command gets (store/plain.py): only on a current database
with nothing to clean up, and the store's reads give the same answers on it."""

from __future__ import annotations

import sqlite3

import sqlite_utils

from desktop import paths, store
from desktop.records import Patient
from desktop.store import plain
from desktop.store.db import migrations


def test_the_names_are_exactly_the_migrations_db_knows() -> None:
    assert plain.MIGRATIONS == tuple(m.name for m in migrations._migrations)
    assert plain.MIGRATION_SET == migrations.name


def _open(data_dir) -> sqlite3.Connection | None:
    return plain.open_current(paths.database_path(data_dir), paths.backup_dir(data_dir))


def test_a_current_database_reads_the_same_on_the_plain_connection(db, data_dir) -> None:
    store.add_patient(db, Patient(name="Liv Lunde", department="Voksenpsykiatri"))
    store.add_patient(db, Patient(name="Åse Ødegård", department="Voksenpsykiatri"))
    conn = _open(data_dir)
    assert isinstance(conn, sqlite3.Connection)
    try:
        for text in ("", "ø", "liv"):
            assert (store.search_patients(conn, text)  # type: ignore[arg-type]
                    == store.search_patients(db, text))
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        conn.close()


def test_a_missing_database_gets_none(data_dir) -> None:
    assert _open(data_dir) is None
    assert not paths.database_path(data_dir).exists()  # not created either


def test_a_database_that_needs_migrating_gets_none(data_dir) -> None:
    path = paths.database_path(data_dir)
    data_dir.mkdir(parents=True)
    old = sqlite_utils.Database(sqlite3.connect(str(path)))
    migrations.apply(old, stop_before="0025_search")
    old.close()
    assert _open(data_dir) is None
    store.open_db(path, paths.backup_dir(data_dir)).close()  # the full opening migrates
    conn = _open(data_dir)
    assert conn is not None
    conn.close()


def test_a_file_left_by_an_interrupted_delivery_gets_none(db, data_dir, tmp_path) -> None:
    db.execute("INSERT INTO pending_files (path, created_at) VALUES (?, ?)",
               [str(tmp_path / "x.pdf.part"), "2026-03-14T10:00:00"])
    db.conn.commit()
    assert _open(data_dir) is None  # the full opening removes it


def test_an_empty_file_gets_none(data_dir) -> None:
    data_dir.mkdir(parents=True)
    paths.database_path(data_dir).touch()
    assert _open(data_dir) is None
