"""`check` tells a folder it cannot write (SQLite cannot make its -shm file) from a damaged
database (issue 16 item 19)."""

from __future__ import annotations

import sqlite3

from desktop import paths
from desktop.store import check


class _ReadOnlyConnection:
    def execute(self, *_args):
        error = sqlite3.OperationalError("attempt to write a readonly database")
        error.sqlite_errorcode = sqlite3.SQLITE_READONLY  # type: ignore[attr-defined]
        raise error

    def close(self) -> None:
        pass


def test_a_folder_it_cannot_write_is_not_called_damaged(db, data_dir, monkeypatch) -> None:
    monkeypatch.setattr(check.sqlite3, "connect", lambda *a, **k: _ReadOnlyConnection())
    (fault,) = check.check_database(paths.database_path(data_dir))
    assert fault.startswith("Kan ikke lese/skrive") and "skadet: " not in fault


def test_a_sound_database_has_no_faults(db, data_dir) -> None:
    assert check.check_database(paths.database_path(data_dir)) == []
