"""Rotating online backups and restore, which backs up the current state first."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from desktop import paths, store
from desktop.records import Patient
from desktop.store import accounts, backup
from desktop.store.backup import AUTO, BEFORE_RESTORE, MANUAL, RestoreError
from desktop.store.check import check_database
from desktop.store.log import PRINT, RESTORE, USER_ADMIN, entries, log_event, verify_chain


def _names(db) -> list[str]:
    return [p.name for p in store.search_patients(db, limit=1000)]


@pytest.fixture
def live(db, data_dir, fast_hash):
    accounts.create_first_admin(db, "kari.admin", "Kari Admin", "langt-passord-1")
    store.add_patient(db, Patient(name="Åse Bråten", department="Voksenpsykiatri"))
    log_event(db, PRINT, 1, "A4")
    return db, paths.database_path(data_dir), paths.backup_dir(data_dir)


def test_a_backup_is_a_sound_self_contained_copy(live) -> None:
    db, db_path, folder = live
    copy = backup.backup_now(db_path, folder)
    assert copy.parent == folder and copy.name.endswith("-manual.sqlite")
    assert not list(folder.glob("*.partial"))
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT name FROM patients").fetchall() == [("Åse Bråten",)]
    assert verify_chain(conn) == []
    conn.close()
    assert check_database(copy) == []
    assert [b.label for b in backup.list_backups(folder)] == [MANUAL]


def test_rotation_keeps_one_automatic_copy_a_day_for_the_last_days(live) -> None:
    db, db_path, folder = live
    start = dt.datetime(2026, 1, 1, 8, 0)
    for day in range(5):
        for hour in (0, 4):
            backup.backup_now(db_path, folder, AUTO, keep=3,
                              when=start + dt.timedelta(days=day, hours=hour))
    for minute in range(4):
        backup.backup_now(db_path, folder, MANUAL, keep=3,
                          when=start + dt.timedelta(minutes=minute))
    kept = backup.list_backups(folder)
    automatic = [b.made_at for b in kept if b.label == AUTO]
    assert automatic == [start + dt.timedelta(days=d, hours=4) for d in (4, 3, 2)]
    manual = [b.made_at for b in kept if b.label == MANUAL]
    assert manual == [start + dt.timedelta(minutes=m) for m in (3, 2, 1)]


def test_a_backup_job_copies_in_the_background_and_keeps_its_error(live, tmp_path) -> None:
    db, db_path, folder = live
    job = backup.BackupJob(db_path, folder, 14, at_start=True)
    job.start()
    store.add_patient(db, Patient(name="Skrevet under kopieringen"))  # the window goes on
    job.join()
    assert job.error is None and job.made is not None and job.made.is_file()
    assert check_database(job.made) == []
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backup folder should be")
    failed = backup.BackupJob(db_path, blocked, 14, at_start=True)
    failed.start()
    failed.join()
    assert failed.made is None and isinstance(failed.error, OSError)


def test_automatic_backups_at_start_and_daily(live) -> None:
    db, db_path, folder = live
    now = dt.datetime(2026, 2, 1, 9, 0)
    assert backup.backup_if_due(db_path, folder, 14, when=now)  # none yet
    assert backup.backup_if_due(db_path, folder, 14, when=now + dt.timedelta(hours=5)) is None
    assert backup.backup_if_due(db_path, folder, 14, at_start=True,
                                when=now + dt.timedelta(hours=6))
    assert backup.backup_if_due(db_path, folder, 14, when=now + dt.timedelta(hours=31))
    days = {b.made_at.date() for b in backup.list_backups(folder)}
    assert days == {dt.date(2026, 2, 1), dt.date(2026, 2, 2)}


def test_restore_backs_up_first_and_brings_back_the_old_state(live) -> None:
    db, db_path, folder = live
    copy = backup.backup_now(db_path, folder)
    store.add_patient(db, Patient(name="Ørjan Sæther", department="Rusbehandling"))
    log_event(db, PRINT, 2, "A5")
    safety = backup.restore(db, db_path, folder, copy, user="kari.admin")
    assert safety.name.endswith(f"-{BEFORE_RESTORE}.sqlite")
    assert _names(db) == ["Åse Bråten"]
    kinds = [e.kind for e in entries(db)]
    assert kinds == [USER_ADMIN, PRINT, RESTORE] and entries(db)[-1].user == "kari.admin"
    saved = sqlite3.connect(safety)
    assert {r[0] for r in saved.execute("SELECT name FROM patients")} == {
        "Åse Bråten", "Ørjan Sæther"}
    saved.close()
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.add_patient(db, Patient(name="Liv Lunde"))  # the restored database takes new saves
    db.close()
    assert check_database(db_path) == []


def test_restore_refuses_a_bad_file_and_writes_nothing(live, tmp_path) -> None:
    db, db_path, folder = live
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not sqlite" * 200)
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE x (y)")
    conn.close()
    tampered = backup.backup_now(db_path, folder)
    conn = sqlite3.connect(tampered)
    conn.execute("DROP TRIGGER access_log_no_update")
    conn.execute("UPDATE access_log SET detail = 'A5'")
    conn.commit()
    conn.close()
    before = {b.path for b in backup.list_backups(folder)}
    for bad, message in ((junk, "SQLite"), (other, "ikke en sikkerhetskopi"),
                         (tampered, "Tilgangsloggen"), (tmp_path / "none.sqlite", "Fant ikke")):
        with pytest.raises(RestoreError, match=message):
            backup.restore(db, db_path, folder, bad)
    assert {b.path for b in backup.list_backups(folder)} == before
    assert _names(db) == ["Åse Bråten"] and [e.kind for e in entries(db)] == [USER_ADMIN, PRINT]


def _crafted(db_path, folder, *statements: str):
    made = backup.backup_now(db_path, folder)
    conn = sqlite3.connect(made)
    for statement in statements:
        conn.executescript(statement)
    conn.commit()
    conn.close()
    return made


def test_restore_refuses_crafted_files_and_changes_nothing(live, tmp_path) -> None:
    db, db_path, folder = live
    crafted = [
        (_crafted(db_path, folder, "CREATE TRIGGER quiet BEFORE INSERT ON access_log "
                                   "BEGIN SELECT RAISE(IGNORE); END"), "quiet"),
        (_crafted(db_path, folder, "DROP TRIGGER users_no_delete", "DELETE FROM users",
                  "CREATE TRIGGER users_no_delete BEFORE DELETE ON users\n        BEGIN SELECT "
                  "RAISE(ABORT, 'users are deactivated, never deleted'); END"),
         "ingen aktiv administrator"),
        (_crafted(db_path, folder, "UPDATE users SET active = 0"), "ingen aktiv administrator"),
        (_crafted(db_path, folder, "DROP TABLE plan_versions", "DROP TABLE plans"),
         "Tabellen plan_versions mangler"),
    ]
    store.save_checklist(db, 1, store.load_checklist(db, 1))
    crafted.append((_crafted(db_path, folder, "UPDATE checklists SET content = '{'"),
                    "kan ikke leses"))
    before = sorted(p.name for p in folder.iterdir())
    names, log_before = _names(db), [e.hash for e in entries(db)]
    for bad, message in crafted:
        with pytest.raises(RestoreError, match=message):
            backup.restore(db, db_path, folder, bad, user="kari.admin")
    assert sorted(p.name for p in folder.iterdir()) == before  # no before-restore copy either
    assert _names(db) == names and [e.hash for e in entries(db)] == log_before


def test_interrupted_partial_files_are_removed_at_the_next_start(live) -> None:
    db, db_path, folder = live
    db.close()
    left = [folder / "individuell-plan-x-manual.sqlite.partial",
            db_path.with_name(db_path.name + backup.STAGED)]
    folder.mkdir(exist_ok=True)
    for path in left:
        path.write_bytes(b"half a copy")
    store.open_db(db_path, folder).close()
    assert not any(path.exists() for path in left)


def test_a_partial_file_being_written_is_left_alone(live) -> None:
    import fcntl
    import os

    db, db_path, folder = live
    folder.mkdir(exist_ok=True)
    busy = folder / "busy.sqlite.partial"
    busy.write_bytes(b"being written")
    fd = os.open(busy, os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        store.open_db(db_path, folder).close()
        assert busy.exists()
    finally:
        os.close(fd)


def test_before_restore_copies_are_never_rotated_away(live) -> None:
    db, db_path, folder = live
    copy = backup.backup_now(db_path, folder)
    safety = backup.restore(db, db_path, folder, copy, user="kari.admin")
    for minute in range(4):
        backup.backup_now(db_path, folder, MANUAL, keep=1,
                          when=dt.datetime(2030, 1, 1, 8, minute))
        backup.backup_now(db_path, folder, AUTO, keep=1,
                          when=dt.datetime(2030, 1, 1 + minute, 8))
    assert safety.exists()
    assert [b.label for b in backup.list_backups(folder)].count(MANUAL) == 1


def test_a_restore_entry_is_in_the_restored_log_and_check_accepts_the_history(live) -> None:
    db, db_path, folder = live
    copy = backup.backup_now(db_path, folder)
    for n in range(3):
        log_event(db, PRINT, 1, f"etter {n}")
    backup.backup_now(db_path, folder)  # a copy with entries the restore replaces
    backup.restore(db, db_path, folder, copy, user="kari.admin")
    assert entries(db)[-1].kind == RESTORE
    assert check_database(db_path) == []
