"""Encryption at rest: the SQLCipher database, its wraps per user, conversion and backups."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from desktop import paths, store
from desktop.records import Patient
from desktop.store import accounts, backup, cipher, keyring, unlock
from desktop.store.accounts import LoginRefused
from desktop.store.check import check_database
from desktop.store.log import LOCK, LOGIN, LOGIN_FAILED, UNKNOWN_USER

ADMIN_PASSWORD = "rød ekorn hopper lavt"
STAFF_PASSWORD = "blå måke flyr høyt i dag"


def _clear_folder(data_dir: Path, patients: int = 3) -> Path:
    """A clear database with an administrator, a staff user and a few patients."""
    db = store.open_data_folder(data_dir)
    admin = accounts.create_first_admin(db, "admin", "Ada Admin", ADMIN_PASSWORD)
    accounts.add_user(db, admin, "sara", "Sara Sykepleier", STAFF_PASSWORD,
                      departments=["Voksenpsykiatri"])
    for number in range(patients):
        store.add_patient(db, Patient(name=f"Pasient Nummer{number}",
                                      department="Voksenpsykiatri"))
    db.close()
    return data_dir


def _encrypted_folder(data_dir: Path) -> Path:
    db, _ = unlock.log_in(_clear_folder(data_dir), "admin", ADMIN_PASSWORD)
    db.close()
    cipher.forget_all()
    return data_dir


def _db_file(folder: Path) -> Path:
    return paths.database_path(folder)


@pytest.fixture
def encrypted(data_dir: Path, fast_hash) -> Path:
    return _encrypted_folder(data_dir)


def test_the_first_log_in_encrypts_and_the_file_is_not_sqlite(data_dir, fast_hash) -> None:
    folder = _clear_folder(data_dir)
    rows = {}
    clear = sqlite3.connect(_db_file(folder))
    for table in ("patients", "users", "access_log", "settings"):
        rows[table] = clear.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
    clear.close()
    db, user = unlock.log_in(folder, "admin", ADMIN_PASSWORD)
    assert user.username == "admin" and cipher.key_of(db.conn) is not None
    for table in ("patients", "users"):  # every row kept
        assert db.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall() == rows[table]
    logged = db.execute("SELECT * FROM access_log ORDER BY id").fetchall()
    assert logged[:len(rows["access_log"])] == rows["access_log"]
    db.close()
    assert _db_file(folder).read_bytes()[:16] != cipher.HEADER
    assert not cipher.is_encrypted(folder / "nothing.sqlite")
    assert sorted(p.name for p in folder.glob("*.partial")) == []
    cipher.forget_all()
    with pytest.raises(sqlite3.DatabaseError):  # plain sqlite3 cannot read it
        sqlite3.connect(_db_file(folder)).execute("SELECT count(*) FROM patients").fetchone()
    with pytest.raises(sqlite3.DatabaseError):  # nor can the program without a key
        store.open_data_folder(folder)


def test_the_data_folder_and_its_files_are_the_owners_only(encrypted) -> None:
    if os.name == "nt":
        pytest.skip("POSIX modes")
    assert stat.S_IMODE(encrypted.stat().st_mode) == 0o700
    assert stat.S_IMODE(paths.backup_dir(encrypted).stat().st_mode) == 0o700
    for name in (paths.DB_FILE, keyring.KEYS_FILE):
        assert stat.S_IMODE((encrypted / name).stat().st_mode) == 0o600
    for copy in paths.backup_dir(encrypted).glob("*.sqlite"):
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600


def test_any_active_users_password_opens_it(encrypted) -> None:
    for name, password in (("admin", ADMIN_PASSWORD), ("sara", STAFF_PASSWORD)):
        db, user = unlock.log_in(encrypted, name, password)
        assert user.username == name
        assert store.count_patients(db) == 3
        db.close()
        cipher.forget_all()
    with pytest.raises(LoginRefused, match="Feil brukernavn eller passord"):
        unlock.log_in(encrypted, "sara", ADMIN_PASSWORD)
    with pytest.raises(LoginRefused, match="Feil brukernavn eller passord"):
        unlock.log_in(encrypted, "nobody", ADMIN_PASSWORD)


def test_a_deactivated_user_loses_the_wrap(encrypted) -> None:
    db, admin = unlock.log_in(encrypted, "admin", ADMIN_PASSWORD)
    accounts.set_active(db, admin, "sara", False)
    db.close()
    cipher.forget_all()
    assert "sara" not in keyring.read(encrypted)["users"]
    with pytest.raises(LoginRefused):
        unlock.log_in(encrypted, "sara", STAFF_PASSWORD)
    db, admin = unlock.log_in(encrypted, "admin", ADMIN_PASSWORD)
    accounts.set_active(db, admin, "sara", True)  # back: her password unlocks again
    db.close()
    cipher.forget_all()
    db, user = unlock.log_in(encrypted, "sara", STAFF_PASSWORD)
    assert user.username == "sara"
    db.close()


def test_password_change_and_reset_rewrap(encrypted) -> None:
    db, sara = unlock.log_in(encrypted, "sara", STAFF_PASSWORD)
    accounts.change_password(db, sara, STAFF_PASSWORD, "grønn frosk synger nå")
    db.close()
    cipher.forget_all()
    with pytest.raises(LoginRefused):
        unlock.log_in(encrypted, "sara", STAFF_PASSWORD)
    db, _ = unlock.log_in(encrypted, "sara", "grønn frosk synger nå")
    db.close()
    cipher.forget_all()
    db, admin = unlock.log_in(encrypted, "admin", ADMIN_PASSWORD)
    accounts.reset_password(db, admin, "sara", "midlertidig passord 7")
    new = accounts.add_user(db, admin, "ola", "Ola Nordmann", "ny bruker sitt passord")
    db.close()
    cipher.forget_all()
    with pytest.raises(LoginRefused):
        unlock.log_in(encrypted, "sara", "grønn frosk synger nå")
    db, sara = unlock.log_in(encrypted, "sara", "midlertidig passord 7")
    assert sara.must_change_password
    db.close()
    cipher.forget_all()
    db, ola = unlock.log_in(encrypted, new.username, "ny bruker sitt passord")
    db.close()


def test_the_failed_attempt_is_counted_before_the_password_is_tried(encrypted,
                                                                    monkeypatch) -> None:
    tried = []

    def unwrap(entry, username, password):
        tried.append(keyring.read(encrypted)["attempts"][username]["failed"])
        return None

    monkeypatch.setattr(keyring, "unwrap", unwrap)
    moment = dt.datetime(2026, 12, 1, 10, 0)
    for _ in range(2):
        with pytest.raises(LoginRefused, match="Feil brukernavn"):
            unlock.unlock(encrypted, "sara", "gjett et passord her", when=moment)
    assert tried == [1, 2]  # written (and synced) before the password was tried
    with pytest.raises(LoginRefused, match="tredje gang"):
        unlock.unlock(encrypted, "sara", "gjett et passord her", when=moment)
    monkeypatch.undo()
    with pytest.raises(LoginRefused, match="låst"):  # even the right password now
        unlock.unlock(encrypted, "sara", STAFF_PASSWORD, when=moment)
    later = moment + dt.timedelta(minutes=accounts.LOCK_MINUTES, seconds=1)
    key = unlock.unlock(encrypted, "sara", STAFF_PASSWORD, when=later)
    assert len(key) == cipher.KEY_BYTES
    assert keyring.read(encrypted)["attempts"] == {}


def test_failed_attempts_reach_the_access_log_at_the_next_opening(encrypted) -> None:
    with pytest.raises(LoginRefused):
        unlock.log_in(encrypted, "sara", "feil passord for sara")
    with pytest.raises(LoginRefused):
        unlock.log_in(encrypted, "et passord i feil felt", "x")
    db, _ = unlock.log_in(encrypted, "admin", ADMIN_PASSWORD)
    entries = db.execute("SELECT user, kind, detail FROM access_log ORDER BY id DESC LIMIT 4"
                         ).fetchall()[::-1]
    db.close()
    assert [(user, kind) for user, kind, _ in entries[-3:]] == [
        ("sara", LOGIN_FAILED), (UNKNOWN_USER, LOGIN_FAILED), ("admin", LOGIN)]
    assert all("feil felt" not in detail and "feil passord" not in detail
               for _, _, detail in entries)
    assert keyring.read(encrypted)["pending_log"] == []
    assert LOCK  # the lock entry is noted the same way (see the counting test)


def test_backups_are_encrypted_and_restore_works(encrypted) -> None:
    db, admin = unlock.log_in(encrypted, "admin", ADMIN_PASSWORD)
    folder = paths.backup_dir(encrypted)
    copies = list(folder.glob("*.sqlite"))
    assert copies and all(cipher.is_encrypted(copy) for copy in copies)  # the clear ones too
    made = backup.backup_now(_db_file(encrypted), folder, backup.MANUAL)
    assert made.read_bytes()[:16] != cipher.HEADER
    store.add_patient(db, Patient(name="Etter Kopien", department="Voksenpsykiatri"))
    assert store.count_patients(db) == 4
    safety = backup.restore(db, _db_file(encrypted), folder, made, admin.username)
    assert store.count_patients(db) == 3
    assert cipher.is_encrypted(safety)
    db.close()
    assert check_database(_db_file(encrypted), folder) == []
    cipher.forget_all()
    with pytest.raises(backup.RestoreError):  # without the key the file is unreadable
        backup.check_backup(made)


def test_an_old_clear_backup_is_restored_encrypted(data_dir, fast_hash) -> None:
    folder = _clear_folder(data_dir)
    clear_copy = data_dir.parent / "old-clear.sqlite"
    source = sqlite3.connect(_db_file(folder))
    source.backup(sqlite3.connect(clear_copy))
    source.close()
    db, admin = unlock.log_in(folder, "admin", ADMIN_PASSWORD)
    backup.restore(db, _db_file(folder), paths.backup_dir(folder), clear_copy, "admin")
    assert store.count_patients(db) == 3
    db.close()
    assert cipher.is_encrypted(_db_file(folder))


def test_the_demo_database_stays_clear(data_dir, fast_hash) -> None:
    from desktop.demo import fill_demo
    from desktop.store import policy

    db = store.open_data_folder(data_dir)
    fill_demo(db, 2)
    policy.create_demo_accounts(db)
    assert policy.is_demo(db)
    db.close()
    db, user = unlock.log_in(data_dir, "demo.admin", "demo-passord-admin")
    assert cipher.key_of(db.conn) is None
    db.close()
    assert _db_file(data_dir).read_bytes()[:16] == cipher.HEADER


def test_a_failed_conversion_leaves_the_clear_database(data_dir, fast_hash, monkeypatch) -> None:
    folder = _clear_folder(data_dir)

    def broken(*args) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(cipher, "export_file", broken)
    db, user = unlock.log_in(folder, "admin", ADMIN_PASSWORD)
    assert cipher.key_of(db.conn) is None and store.count_patients(db) == 3
    db.close()
    assert not cipher.is_encrypted(_db_file(folder))
    assert not list(folder.glob("*.partial"))
