"""Opening databases: pragmas, migrations from the first schema, backup before migrating."""

from __future__ import annotations

import sqlite3

import sqlite_utils

from desktop import paths, store
from desktop.store.check import check_database
from desktop.store.db import migrations


def test_a_new_database_has_wal_foreign_keys_and_full_sync(db) -> None:
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert not migrations.pending(db)


def test_migrating_from_the_first_schema_keeps_data_and_backs_up_first(data_dir) -> None:
    path = paths.database_path(data_dir)
    data_dir.mkdir(parents=True)
    old = sqlite_utils.Database(sqlite3.connect(str(path)))
    migrations.apply(old, stop_before="0002_access_log")
    old.execute("INSERT INTO patients (name, created_at, updated_at) "
                "VALUES ('Liv Lunde', 'x', 'x')")
    old.close()

    db = store.open_db(path, paths.backup_dir(data_dir))
    assert not migrations.pending(db)
    assert [p.name for p in store.search_patients(db)] == ["Liv Lunde"]
    backups = list(paths.backup_dir(data_dir).glob("before-*.sqlite"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT name FROM patients").fetchone()[0] == "Liv Lunde"
    assert "access_log" not in {r[0] for r in copy.execute(
        "SELECT name FROM sqlite_master WHERE type='table'")}
    copy.close()
    db.close()
    assert check_database(path) == []


def test_check_reports_a_missing_database_and_a_broken_file(tmp_path) -> None:
    assert check_database(tmp_path / "none.sqlite")
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database at all" * 100)
    assert check_database(broken)
