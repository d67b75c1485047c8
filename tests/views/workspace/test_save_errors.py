"""The sentence a failed save shows follows the error's code (store/write_errors.py)."""

from __future__ import annotations

import errno
import sqlite3

from desktop.views.workspace.workspace import describe_save_error


def test_each_kind_has_its_reason(qapp, tmp_path) -> None:
    connection = sqlite3.connect(tmp_path / "x.sqlite")
    connection.execute("CREATE TABLE t (x)")
    connection.execute("PRAGMA max_page_count = 2")
    try:
        connection.execute("INSERT INTO t SELECT hex(randomblob(9000))")
    except sqlite3.Error as error:
        full = error
    assert describe_save_error(full).startswith("Endringene er ikke lagret: disken er full.")
    assert "skrivebeskyttet" in describe_save_error(OSError(errno.EROFS, "Read-only"))
    assert "nettverksstasjonen" in describe_save_error(OSError(errno.EIO, "I/O"))
    other = describe_save_error(sqlite3.OperationalError("database disk image is full"))
    assert "feil ved skriving (database disk image is full)" in other
