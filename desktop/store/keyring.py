"""The database key's wraps, one per active user, in ``keys.json`` beside the database.

The database key is 32 random bytes. For each active user it is sealed with AES-256-GCM under
a key derived from that user's password: the argon2id digest of the password with the user's
own salt and cost (the very digest in the user's password hash), put through SHA-256 with a
label. So the key is unwrapped by typing the password, and it can be re-wrapped whenever a
password hash changes (new user, password change, an administrator's reset, a rehash) by the
session that holds the key, without knowing the password. A deactivated user's wrap is
removed. The wraps must be readable before the database is open, so the file is clear; it also
holds the failed log-in attempts counted before a password is verified (store/unlock.py).

The file is written whole (temporary file, fsync, rename, folder fsync) under a lock file, with
mode 0600.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import secrets
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.store import cipher
from desktop.store.safe_files import fsync_path

if TYPE_CHECKING:
    import sqlite_utils

KEYS_FILE = "keys.json"
_LOCK_FILE = "keys.lock"
_LABEL = b"individuell-plan database key wrap v1"
# argon2 is imported where a wrap is made or opened: a command that opens no account (the
# command line's `list` without --user) does without its import


def keys_path(folder: Path) -> Path:
    return folder / KEYS_FILE


def new_key() -> bytes:
    return secrets.token_bytes(cipher.KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def read(folder: Path) -> dict[str, Any]:
    """The file's content (empty lists where there is no file)."""
    try:
        data = json.loads(keys_path(folder).read_text(encoding="utf-8"))
    except FileNotFoundError:
        data = {}
    data.setdefault("users", {})
    data.setdefault("attempts", {})
    data.setdefault("pending_log", [])
    return data


def _write(folder: Path, data: dict[str, Any]) -> None:
    path = keys_path(folder)
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(partial, path)
    fsync_path(folder)


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """One reader-writer of the file at a time (the window and a `check --user` beside it)."""
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / _LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform != "win32":
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def update(folder: Path, change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """Read, change and write the file back as one step; returns the new content."""
    with _locked(folder):
        data = read(folder)
        change(data)
        _write(folder, data)
    return data


def _params(password_hash: str) -> dict[str, Any]:
    """The salt and cost of an argon2 hash string (``$argon2id$v=19$m=…,t=…,p=…$salt$digest``)."""
    from argon2 import extract_parameters

    params = extract_parameters(password_hash)
    salt = password_hash.split("$")[-2]
    return {"type": password_hash.split("$")[1], "version": params.version, "m": params.memory_cost,
            "t": params.time_cost, "p": params.parallelism, "length": params.hash_len,
            "salt": salt}


def _wrapping_key(digest: bytes) -> bytes:
    return hashlib.sha256(_LABEL + digest).digest()


def _aes() -> Any:
    """Cryptodome's AES, imported when a wrap is made or opened (on ctypes: see
    desktop/cryptodome_backend.py)."""
    from desktop import cryptodome_backend

    cryptodome_backend.load_on_ctypes()  # before Cryptodome's first import
    from Cryptodome.Cipher import AES

    return AES


def wrap(key: bytes, username: str, password_hash: str) -> dict[str, Any]:
    """The database key sealed for the holder of the password behind ``password_hash``."""
    AES = _aes()

    entry = _params(password_hash)
    digest = _unb64(password_hash.split("$")[-1])
    nonce = secrets.token_bytes(12)
    seal = AES.new(_wrapping_key(digest), AES.MODE_GCM, nonce=nonce)
    seal.update(username.encode("utf-8"))
    wrapped, tag = seal.encrypt_and_digest(key)
    entry.update(nonce=_b64(nonce), wrapped=_b64(wrapped + tag))
    return entry


def unwrap(entry: dict[str, Any], username: str, password: str) -> bytes | None:
    """The database key, or None when the password is not the one the wrap was made for."""
    from argon2 import Type
    from argon2.low_level import hash_secret_raw

    AES = _aes()

    types = {"argon2id": Type.ID, "argon2i": Type.I, "argon2d": Type.D}
    digest = hash_secret_raw(password.encode("utf-8"), _unb64(entry["salt"]),
                             time_cost=entry["t"], memory_cost=entry["m"],
                             parallelism=entry["p"], hash_len=entry["length"],
                             type=types[entry["type"]], version=entry["version"])
    sealed = _unb64(entry["wrapped"])
    opener = AES.new(_wrapping_key(digest), AES.MODE_GCM, nonce=_unb64(entry["nonce"]))
    opener.update(username.encode("utf-8"))
    try:
        return bytes(opener.decrypt_and_verify(sealed[:-16], sealed[-16:]))
    except ValueError:
        return None


def folder_of(db: sqlite_utils.Database) -> Path | None:
    """The folder of the database file (None: an in-memory database)."""
    file = cipher.file_of(db)
    return file.parent if file else None


def _same_password(entry: dict[str, Any], password_hash: str) -> bool:
    from argon2.exceptions import InvalidHashError

    try:
        params = _params(password_hash)
    except (InvalidHashError, IndexError, ValueError):
        return False
    return all(entry.get(name) == value for name, value in params.items())


def wrap_all(folder: Path, key: bytes, users: list[tuple[str, str]]) -> None:
    """Wraps for exactly these (username, password hash) pairs: kept where the password is
    unchanged, made new where it changed or is new, removed for everybody else."""
    from argon2.exceptions import InvalidHashError

    def change(data: dict[str, Any]) -> None:
        old = data["users"]
        fresh = {}
        for username, password_hash in users:
            entry = old.get(username)
            if entry is not None and _same_password(entry, password_hash):
                fresh[username] = entry
                continue
            try:
                fresh[username] = wrap(key, username, password_hash)
            except (InvalidHashError, IndexError, ValueError):
                continue  # not an argon2 hash: this account cannot unlock the database
        data["users"] = fresh

    update(folder, change)


def sync_wraps(db: sqlite_utils.Database) -> None:
    """Bring the wraps in line with the accounts: one per active user, made from their current
    password hash. Nothing to do on a clear database. Called by every account change in
    store/accounts.py after it commits, and after each log-in."""
    key = cipher.key_of(db.conn)
    folder = folder_of(db)
    if key is None or folder is None:
        return
    rows = db.execute("SELECT username, password_hash FROM users WHERE active = 1").fetchall()
    wrap_all(folder, key, [(username.lower(), password_hash) for username, password_hash in rows])
