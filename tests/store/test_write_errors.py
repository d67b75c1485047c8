"""Failed writes are classified by SQLite's error code and errno, not by their message text."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from desktop.store.write_errors import WriteFailure, classify_write_error


def failure_of(connection: sqlite3.Connection, sql: str) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as caught:
        connection.execute(sql)
        connection.commit()
    return caught.value


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "plan.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.commit()
    connection.close()
    return path


def test_a_read_only_database(database: Path) -> None:
    read_only = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    error = failure_of(read_only, "INSERT INTO notes VALUES ('x')")
    assert classify_write_error(error) is WriteFailure.READ_ONLY
    query_only = sqlite3.connect(database)
    query_only.execute("PRAGMA query_only = ON")
    assert classify_write_error(failure_of(query_only, "INSERT INTO notes VALUES ('x')")) is (
        WriteFailure.READ_ONLY)


def test_a_full_database(database: Path) -> None:
    connection = sqlite3.connect(database)
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")  # no room for one more page
    error = failure_of(connection, "INSERT INTO notes SELECT hex(randomblob(5000))")
    assert error.sqlite_errorcode == sqlite3.SQLITE_FULL
    assert classify_write_error(error) is WriteFailure.DISK_FULL


def test_a_database_another_program_holds(database: Path) -> None:
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO notes VALUES ('held')")
    other = sqlite3.connect(database, timeout=0)
    assert classify_write_error(failure_of(other, "INSERT INTO notes VALUES ('x')")) is (
        WriteFailure.BUSY)
    holder.execute("ROLLBACK")


def test_the_message_text_does_not_count(database: Path) -> None:
    connection = sqlite3.connect(database)
    error = failure_of(connection, "INSERT INTO no_such_table_full_readonly VALUES (1)")
    assert "full" in str(error) and "readonly" in str(error)
    assert classify_write_error(error) is WriteFailure.OTHER
    assert classify_write_error(sqlite3.OperationalError("disk is full")) is WriteFailure.OTHER


@pytest.mark.parametrize(("number", "kind"), [
    (errno.ENOSPC, WriteFailure.DISK_FULL), (errno.EROFS, WriteFailure.READ_ONLY),
    (errno.EACCES, WriteFailure.READ_ONLY), (errno.EIO, WriteFailure.IO),
    (errno.ENOENT, WriteFailure.OTHER)])
def test_os_errors_by_errno(number: int, kind: WriteFailure) -> None:
    assert classify_write_error(OSError(number, "whatever the system says")) is kind


def test_a_real_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError) as caught:
        (tmp_path / "missing" / "file").write_text("x")
    assert classify_write_error(caught.value) is WriteFailure.OTHER  # ENOENT


def test_the_cause_of_a_wrapped_error_counts() -> None:
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as error:
            raise RuntimeError("copy failed") from error
    except RuntimeError as wrapped:
        assert classify_write_error(wrapped) is WriteFailure.DISK_FULL
