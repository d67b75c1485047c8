"""The window started on a plain connection (store/opening.py, issue 17 item 1): the list is
read and painted without sqlite-utils, the same connection is made writable right after the
paint, and nothing typed is lost either way: an edit made before that is saved too (the
session wraps the connection at once), and a database that needs migrating still gets its
backup and its migrations through the full opening."""

from __future__ import annotations

import sqlite3
import threading

import sqlite_utils

from desktop import paths, store
from desktop.app import main_window_for, make_application
from desktop.records import Patient
from desktop.store import opening
from desktop.store.db import migrations
from desktop.store.log import OPEN_PATIENT
from desktop.views.workspace.workspace import Workspace


def _current_folder(data_dir) -> int:
    """A current database in ``data_dir`` with one patient (its id)."""
    db = store.open_data_folder(data_dir)
    patient = store.add_patient(db, Patient(name="Liv Lunde", birth_date="1985-03-14",
                                            department="Voksenpsykiatri"))
    db.close()
    assert patient.id is not None
    return patient.id


def _window(qtbot, data_dir):
    make_application()
    db = opening.open_data_folder(data_dir)
    window = main_window_for(db)
    qtbot.addWidget(window)
    return db, window


def _opened_entries(data_dir, patient_id: int) -> int:
    conn = sqlite3.connect(paths.database_path(data_dir))
    try:
        return conn.execute("SELECT count(*) FROM access_log WHERE kind = ? AND patient_id = ?",
                            [OPEN_PATIENT, patient_id]).fetchone()[0]
    finally:
        conn.close()


def _type_next_of_kin(qtbot, window, patient_id: int, text: str) -> None:
    assert window.open_patient(patient_id)
    qtbot.keyClicks(window.workspace.checklist.next_of_kin, text)
    assert window.workspace.flush()


def test_the_list_is_read_on_a_plain_connection_made_writable_after_the_paint(
        qtbot, data_dir) -> None:
    _current_folder(data_dir)
    plain_conn, window = _window(qtbot, data_dir)
    assert isinstance(plain_conn, sqlite3.Connection)  # not a sqlite-utils Database
    assert not window.session.ready_to_write
    assert window.model.rowCount() == 1  # read on the plain connection
    window.show()
    qtbot.waitExposed(window)
    assert not window.session.ready_to_write or window.writable_later.done
    qtbot.waitUntil(lambda: window.writable_later.done)
    db = window.session.db
    assert isinstance(db, sqlite_utils.Database)
    assert db.conn is plain_conn  # the same connection, wrapped
    assert window.session.reading is db
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL, as store/db.py sets
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    window.close()
    db.close()


def test_the_pages_are_built_once_sqlite_utils_is_imported(qtbot, data_dir,
                                                            monkeypatch) -> None:
    """sqlite-utils is imported on a thread after the paint (store/opening.py); the window's
    thread waits for it before it wraps the connection and before it builds the pages (the two
    at once would share Python's lock). A thread held until the test lets it go stands for a
    slow import."""
    _current_folder(data_dir)
    release = threading.Event()
    importing = threading.Thread(target=release.wait, daemon=True)
    importing.start()
    monkeypatch.setattr(opening, "_writer_import", importing)
    steps = []
    build_step = Workspace._build_step
    monkeypatch.setattr(Workspace, "_build_step", lambda self: (steps.append(1),
                                                                 build_step(self)))
    plain_conn, window = _window(qtbot, data_dir)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)
    assert not steps and not window.session.ready_to_write  # nothing built, nothing wrapped
    assert not window.writable_later.done
    release.set()
    qtbot.waitUntil(lambda: window.workspace.pages_built and window.writable_later.done)
    assert window.session.db.conn is plain_conn
    window.close()
    plain_conn.close()


def test_an_edit_right_after_the_start_is_saved(qtbot, data_dir) -> None:
    patient_id = _current_folder(data_dir)
    plain_conn, window = _window(qtbot, data_dir)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.writable_later.done)
    _type_next_of_kin(qtbot, window, patient_id, "Søster, Kari")
    assert store.load_checklist(window.db, patient_id).next_of_kin == "Søster, Kari"
    assert _opened_entries(data_dir, patient_id) == 1
    window.close()
    plain_conn.close()
    assert store.load_checklist(store.open_data_folder(data_dir), patient_id).next_of_kin == (
        "Søster, Kari")


def test_an_edit_before_the_connection_was_made_writable_is_saved_too(qtbot, data_dir) -> None:
    """Nothing waits for the idle turns: the first write through the session wraps the
    connection itself (a patient opened and typed into before the event loop ran)."""
    patient_id = _current_folder(data_dir)
    plain_conn, window = _window(qtbot, data_dir)
    window.show()  # not painted yet: no event has been processed
    assert not window.session.ready_to_write
    _type_next_of_kin(qtbot, window, patient_id, "Bror, Per")
    assert window.session.ready_to_write
    assert window.session.db.conn is plain_conn
    assert _opened_entries(data_dir, patient_id) == 1
    qtbot.waitUntil(lambda: window.writable_later.done)  # the idle turns find it done
    assert window.session.db.conn is plain_conn
    window.close()
    plain_conn.close()
    assert store.load_checklist(store.open_data_folder(data_dir), patient_id).next_of_kin == (
        "Bror, Per")


def test_a_database_that_needs_migrating_gets_its_backup_and_migrations(qtbot, data_dir) -> None:
    path = paths.database_path(data_dir)
    data_dir.mkdir(parents=True)
    old = sqlite_utils.Database(sqlite3.connect(str(path)))
    migrations.apply(old, stop_before="0025_search")
    old.close()
    db, window = _window(qtbot, data_dir)
    assert isinstance(db, sqlite_utils.Database)  # the full opening
    assert not migrations.pending(db)
    backups = sorted(paths.backup_dir(data_dir).glob("before-0025_search-*.sqlite"))
    assert len(backups) == 1
    assert window.session.ready_to_write
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.writable_later.done)
    assert window.session.db is db  # nothing wrapped again
    window.close()
    db.close()


def test_a_new_data_folder_opens_through_the_full_opening(qtbot, data_dir) -> None:
    db = opening.open_data_folder(data_dir)
    assert isinstance(db, sqlite_utils.Database)
    assert not migrations.pending(db)
    db.close()
