"""Why a write failed, read from SQLite's error code and the OS's errno (never from message
text, which differs between versions and languages): a kind the window turns into a sentence."""

from __future__ import annotations

import errno
import sqlite3
from enum import StrEnum


class WriteFailure(StrEnum):
    READ_ONLY = "read-only"  # a read-only file, folder or medium, or no permission to write
    DISK_FULL = "disk-full"
    BUSY = "busy"  # another program holds the database
    IO = "io"  # the disk or the network drive failed to read or write
    OTHER = "other"


_SQLITE: dict[int, WriteFailure] = {
    sqlite3.SQLITE_READONLY: WriteFailure.READ_ONLY,
    sqlite3.SQLITE_PERM: WriteFailure.READ_ONLY,
    sqlite3.SQLITE_CANTOPEN: WriteFailure.READ_ONLY,
    sqlite3.SQLITE_FULL: WriteFailure.DISK_FULL,
    sqlite3.SQLITE_BUSY: WriteFailure.BUSY,
    sqlite3.SQLITE_LOCKED: WriteFailure.BUSY,
    sqlite3.SQLITE_IOERR: WriteFailure.IO,
}
_ERRNO: dict[int, WriteFailure] = {
    errno.EROFS: WriteFailure.READ_ONLY,
    errno.EACCES: WriteFailure.READ_ONLY,
    errno.EPERM: WriteFailure.READ_ONLY,
    errno.ENOSPC: WriteFailure.DISK_FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): WriteFailure.DISK_FULL,  # quota (not on Windows)
    errno.EIO: WriteFailure.IO,
}


def classify_write_error(error: BaseException) -> WriteFailure:
    """The kind of a failed write: SQLite's primary result code (the low byte of the extended
    code), else the errno of an OSError, looking through the causes of a wrapped error."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        code = getattr(current, "sqlite_errorcode", None)
        if isinstance(current, sqlite3.Error) and isinstance(code, int):
            return _SQLITE.get(code & 0xFF, WriteFailure.OTHER)
        if isinstance(current, OSError) and current.errno is not None:
            return _ERRNO.get(current.errno, WriteFailure.OTHER)
        current = current.__cause__ or current.__context__
    return WriteFailure.OTHER
