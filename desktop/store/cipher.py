"""SQLCipher connections: the database and its backups encrypted with one random 256-bit key.

A clear file (the demo database, the tests' fixtures, a database not yet converted) opens
through the standard ``sqlite3`` module; an encrypted one through ``sqlcipher3`` with a raw key
(``PRAGMA key = "x'…'"``, so SQLCipher's own key derivation is skipped: the key is random, and
it is the wrap in store/keyring.py that is derived from a password). The sqlcipher3 connection
is wrapped so that its errors are the ``sqlite3`` module's (the rest of the store and the
window catch ``sqlite3.Error``), with the same SQLite result codes.

The keys this process has unlocked are remembered (``remember``), so that every opener of a
file of the data folder (backups, the check, a restore) finds the key without being given it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import sqlcipher3

HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32

_known: list[bytes] = []


def remember(key: bytes) -> None:
    """A key this process has unlocked (from a user's wrap); used to open the data folder's
    files."""
    if key not in _known:
        _known.append(key)


def forget_all() -> None:
    """Forget every unlocked key (the tests; a process that ends forgets them anyway)."""
    _known.clear()


def is_encrypted(path: str | Path) -> bool:
    """True when ``path`` exists, has content, and is not a clear SQLite file."""
    path = Path(path)
    try:
        with path.open("rb") as file:
            head = file.read(len(HEADER))
    except OSError:
        return False
    return bool(head) and head != HEADER


def _sqlcipher() -> Any:
    """The sqlcipher3 module, imported at the first encrypted connection (a clear database,
    the demo's, never loads it)."""
    import sqlcipher3

    return sqlcipher3


def _translated(error: sqlcipher3.Error) -> sqlite3.Error:
    kind = getattr(sqlite3, type(error).__name__, sqlite3.DatabaseError)
    if not (isinstance(kind, type) and issubclass(kind, sqlite3.Error)):
        kind = sqlite3.DatabaseError
    same = kind(*error.args)
    for name in ("sqlite_errorcode", "sqlite_errorname"):
        if hasattr(error, name):
            setattr(same, name, getattr(error, name))
    return same


class _Cursor:
    """A sqlcipher3 cursor whose errors are ``sqlite3`` errors."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)

    def _call(self, name: str, *args: Any) -> Any:
        try:
            return getattr(self._cursor, name)(*args)
        except _sqlcipher().Error as error:
            raise _translated(error) from error

    def execute(self, *args: Any) -> _Cursor:
        self._call("execute", *args)
        return self

    def executemany(self, *args: Any) -> _Cursor:
        self._call("executemany", *args)
        return self

    def executescript(self, *args: Any) -> _Cursor:
        self._call("executescript", *args)
        return self

    def fetchone(self) -> Any:
        return self._call("fetchone")

    def fetchmany(self, *args: Any) -> list:
        return cast(list, self._call("fetchmany", *args))

    def fetchall(self) -> list:
        return cast(list, self._call("fetchall"))

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        return self._call("__next__")


class CipherConnection:
    """A sqlcipher3 connection opened with ``key``; behaves as a ``sqlite3.Connection``."""

    def __init__(self, conn: Any, key: bytes) -> None:
        object.__setattr__(self, "_conn", conn)
        object.__setattr__(self, "key", key)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._conn, name, value)

    def _call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        try:
            return getattr(self._conn, name)(*args, **kwargs)
        except _sqlcipher().Error as error:
            raise _translated(error) from error

    def execute(self, *args: Any) -> _Cursor:
        return _Cursor(self._call("execute", *args))

    def executemany(self, *args: Any) -> _Cursor:
        return _Cursor(self._call("executemany", *args))

    def executescript(self, *args: Any) -> _Cursor:
        return _Cursor(self._call("executescript", *args))

    def cursor(self) -> _Cursor:
        return _Cursor(self._call("cursor"))

    def commit(self) -> None:
        self._call("commit")

    def rollback(self) -> None:
        self._call("rollback")

    def backup(self, target: Any, **kwargs: Any) -> None:
        self._call("backup", getattr(target, "_conn", target), **kwargs)

    def __enter__(self) -> CipherConnection:
        self._conn.__enter__()
        return self

    def __exit__(self, *exc: Any) -> Any:
        try:
            return self._conn.__exit__(*exc)
        except _sqlcipher().Error as error:
            raise _translated(error) from error


def file_of(db: Any) -> Path | None:
    """The file of the main database of ``db`` (a connection or sqlite-utils Database); None
    for an in-memory one."""
    row = db.execute("PRAGMA database_list").fetchone()
    return Path(row[2]) if row and row[2] else None


def key_of(conn: Any) -> bytes | None:
    """The key of an encrypted connection (None: a clear one)."""
    return cast("bytes | None", getattr(conn, "key", None)) if isinstance(
        conn, CipherConnection) else None


def _keyed(target: str, key: bytes, uri: bool, check_same_thread: bool) -> sqlite3.Connection:
    raw = _sqlcipher().connect(target, uri=uri, check_same_thread=check_same_thread)
    raw.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return cast(sqlite3.Connection, CipherConnection(raw, key))


def _opens(path: Path, key: bytes) -> bool:
    try:
        conn = _keyed(f"file:{path}?mode=ro", key, True, True)
    except sqlite3.Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def key_for(path: str | Path) -> bytes | None:
    """The remembered key that opens ``path`` (None: none does, or the file is clear)."""
    path = Path(path)
    if not is_encrypted(path):
        return None
    return next((key for key in reversed(_known) if _opens(path, key)), None)


def connect(path: str | Path, key: bytes | None = None, read_only: bool = False,
            check_same_thread: bool = True) -> sqlite3.Connection:
    """Open ``path``: with ``key`` (a new file is created encrypted), else clear if the file is
    clear or new, else with the remembered key that opens it. An encrypted file no remembered
    key opens raises ``sqlite3.DatabaseError`` ("file is not a database")."""
    path = Path(path)
    key = key or key_for(path)
    target = f"file:{path}?mode=ro" if read_only else str(path)
    if key is None:
        return sqlite3.connect(target, uri=read_only, check_same_thread=check_same_thread)
    return _keyed(target, key, read_only, check_same_thread)


def export_file(source: str | Path, target: str | Path, key: bytes | None) -> None:
    """Write ``source`` (clear, or encrypted with a remembered key) as the new file ``target``
    encrypted with ``key`` (None: clear), through ``sqlcipher_export``: how a clear database
    is converted, and how an old clear backup is restored into an encrypted database."""
    source, target = Path(source), Path(target)
    source_key = key_for(source)
    sqlcipher3 = _sqlcipher()
    raw = sqlcipher3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        if source_key:
            raw.execute(f"PRAGMA key = \"x'{source_key.hex()}'\"")
        attach = f"\"x'{key.hex()}'\"" if key else "''"
        raw.execute(f"ATTACH DATABASE ? AS target KEY {attach}", [str(target)])
        raw.execute("SELECT sqlcipher_export('target')").fetchone()
        version = int(raw.execute("PRAGMA main.user_version").fetchone()[0])
        raw.execute(f"PRAGMA target.user_version = {version}")
        raw.execute("DETACH DATABASE target")
    except sqlcipher3.Error as error:
        raise _translated(error) from error
    finally:
        raw.close()
