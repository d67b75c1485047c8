"""Log-in to an encrypted data folder, and the one-time conversion of a clear one.

An encrypted database cannot be read before the password is known, so the log-in starts in
the clear side file (store/keyring.py): the attempt is counted there as a failure *before* the
password is tried (a kill or a failed write can give no free guesses; three in a row lock the
account for ``accounts.LOCK_MINUTES``), the database key is unwrapped with the password, the
database opened with it, and then the ordinary ``accounts.authenticate`` runs inside it.
Attempts that failed before the database could be opened are written to the access log at the
next opening. The window's log-in dialog and the command line's ``--user`` both come here.

A clear database with accounts (not the demo database) is converted at its first log-in: a
backup first, ``sqlcipher_export`` into a new file, checked (integrity, every table's rows, the
same `check` faults as before), wraps written, then the new file replaces the clear one and
every clear backup is encrypted in place.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import secrets
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import paths
from desktop.i18n import translate
from desktop.store import accounts, backup, cipher, keyring, policy
from desktop.store.accounts import LoginRefused, User
from desktop.store.log import LOCK, LOGIN, LOGIN_FAILED, UNKNOWN_USER, log_event
from desktop.store.safe_files import PARTIAL, fsync_path

if TYPE_CHECKING:
    import sqlite_utils

ENCRYPTING = f".encrypt{PARTIAL}"
_log = logging.getLogger("individuell_plan")


def is_encrypted(folder: Path) -> bool:
    return cipher.is_encrypted(paths.database_path(folder))


def _wrong() -> str:
    return translate("accounts", "Feil brukernavn eller passord.")


def _note(data: dict[str, Any], user: str, kind: str, detail: dict[str, Any],
          attempt: str = "") -> None:
    data["pending_log"] = (data["pending_log"] + [
        {"user": user, "kind": kind, "detail": detail, "attempt": attempt}])[-1000:]


def _count(folder: Path, typed: str, channel: str,
           moment: dt.datetime, attempt: str) -> tuple[dict[str, Any] | None, str, bool]:
    """Count the attempt as a failure until the password proves right: (wrap, refusal, whether
    this attempt locks the account if the password is wrong)."""
    found: dict[str, Any] = {}

    def change(data: dict[str, Any]) -> None:
        entry = data["users"].get(typed)
        at = moment.isoformat(timespec="seconds")
        if entry is None:
            _note(data, UNKNOWN_USER, LOGIN_FAILED,
                  {"reason": "unknown_user", "channel": channel, "at": at})
            return
        found["entry"] = entry
        attempts = data["attempts"].setdefault(typed, {"failed": 0, "locked_until": ""})
        until = attempts["locked_until"]
        if until and dt.datetime.fromisoformat(until) > moment:
            _note(data, typed, LOGIN_FAILED, {"reason": "locked", "channel": channel, "at": at})
            minutes = int((dt.datetime.fromisoformat(until) - moment).total_seconds() // 60) + 1
            found["refusal"] = translate(
                "accounts", "Kontoen er låst etter for mange feil forsøk. Prøv igjen om "
                            "{minutes} min, eller be en administrator om nytt "
                            "passord.").format(minutes=minutes)
            return
        attempts["failed"] += 1
        attempts["locked_until"] = ""
        _note(data, typed, LOGIN_FAILED, {"reason": "password", "channel": channel, "at": at},
              attempt)
        if attempts["failed"] >= accounts.MAX_FAILURES:
            until = (moment + dt.timedelta(minutes=accounts.LOCK_MINUTES)).isoformat(
                timespec="seconds")
            attempts.update(failed=0, locked_until=until)
            _note(data, typed, LOCK, {"reason": "failed_logins", "until": until}, attempt)
            found["locks"] = True

    keyring.update(folder, change)
    if "entry" not in found:
        return None, _wrong(), False
    return found["entry"], found.get("refusal", ""), found.get("locks", False)


def _undo_count(folder: Path, typed: str, attempt: str, login: dict[str, Any] | None) -> None:
    """The password was right: the attempt was no failure (its notes leave the pending log);
    ``login``: the detail of a log-in to note for the access log (one that opens no
    database)."""
    def change(data: dict[str, Any]) -> None:
        data["attempts"].pop(typed, None)
        data["pending_log"] = [entry for entry in data["pending_log"]
                               if entry.get("attempt") != attempt]
        if login is not None:
            _note(data, typed, LOGIN, login)

    keyring.update(folder, change)


def unlock(folder: Path, username: str, password: str, channel: str = "window",
           when: dt.datetime | None = None, note: str = "") -> bytes:
    """The database key from ``username``'s wrap, the attempt counted first; LoginRefused.
    ``note``: the command of a log-in that opens no database (`check`, `backup`), written to
    the access log at the next opening."""
    typed = username.strip().lower()[:64]
    moment = when or dt.datetime.now()
    attempt = secrets.token_hex(8)
    entry, refusal, locks = _count(folder, typed, channel, moment, attempt)
    if entry is None:
        accounts._waste_time(password)
        raise LoginRefused(refusal)
    if refusal:
        raise LoginRefused(refusal)
    key = keyring.unwrap(entry, typed, password)
    if key is None:
        if locks:
            raise LoginRefused(translate(
                "accounts", "Feil passord for tredje gang: kontoen er låst i {minutes} min."
            ).format(minutes=accounts.LOCK_MINUTES))
        raise LoginRefused(_wrong())
    _undo_count(folder, typed, attempt,
                {"channel": channel, "command": note} if note else None)
    return key


def write_pending_log(db: sqlite_utils.Database, folder: Path) -> None:
    """The failed attempts counted while the database was shut, into the access log."""
    pending = keyring.read(folder)["pending_log"]
    if not pending:
        return
    with db.atomic():
        for entry in pending:
            log_event(db, entry["kind"], None, entry["detail"], user=entry["user"])
    keyring.update(folder, lambda data: data.update(pending_log=data["pending_log"][len(pending):]))


def open_data_folder(folder: Path, key: bytes | None = None) -> sqlite_utils.Database:
    """store/db.py's opening, imported when a log-in first opens a folder (the log-in screen
    is shown without sqlite-utils, see store/opening.py)."""
    from desktop.store import db

    return db.open_data_folder(folder, key)


def log_in(folder: Path, username: str, password: str, channel: str = "window",
           when: dt.datetime | None = None) -> tuple[sqlite_utils.Database, User]:
    """Open the data folder as ``username`` (the caller holds the writer lock): unlock an
    encrypted database with the password, or open a clear one and convert it (not the demo
    database). Raises LoginRefused."""
    if is_encrypted(folder):
        key = unlock(folder, username, password, channel, when)
        cipher.remember(key)
        db = open_data_folder(folder, key)
        try:
            write_pending_log(db, folder)
            user = accounts.authenticate(db, username, password, channel, when)
        except BaseException:
            db.close()
            raise
        return db, user
    db = open_data_folder(folder)
    try:
        user = accounts.authenticate(db, username, password, channel, when)
    except BaseException:
        db.close()
        raise
    return secure(folder, db), user


def secure(folder: Path, db: sqlite_utils.Database) -> sqlite_utils.Database:
    """``db`` encrypted: converted if it is clear and has accounts (not the demo database);
    returns the database to go on with (the same object where nothing was to do)."""
    if cipher.key_of(db.conn) is not None or policy.is_demo(db) or not accounts.has_accounts(db):
        return db
    return convert(folder, db)


def _counts(conn: Any) -> dict[str, int]:
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _verify(clear: sqlite3.Connection, target: Path, key: bytes) -> None:
    from desktop.store.check import verify_connection

    conn = cipher.connect(target, key, read_only=True)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if not ok or _counts(conn) != _counts(clear) or (
                verify_connection(conn) != verify_connection(clear)):
            raise sqlite3.DatabaseError("the encrypted copy differs from the clear database")
    finally:
        conn.close()


def convert(folder: Path, db: sqlite_utils.Database) -> sqlite_utils.Database:
    """Encrypt the clear database ``db`` of ``folder`` with a new random key (see the module
    docstring); ``db`` is closed and the encrypted database returned. If anything fails before
    the switch, the clear database stays as it was and is returned (and the failure is in the
    diagnostics log); the next log-in tries again."""
    db_path, backups = paths.database_path(folder), paths.backup_dir(folder)
    key = keyring.new_key()
    target = db_path.with_name(db_path.name + ENCRYPTING)
    try:
        backup.backup_now(db_path, backups, backup.MANUAL)
        target.unlink(missing_ok=True)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cipher.export_file(db_path, target, key)
        _verify(db.conn, target, key)
        rows = db.execute("SELECT username, password_hash FROM users WHERE active = 1").fetchall()
        keyring.wrap_all(folder, key, [(name.lower(), hash_) for name, hash_ in rows])
        fsync_path(target)
    except (sqlite3.Error, OSError) as error:  # nothing switched: go on clear, try next time
        target.unlink(missing_ok=True)
        _log.error("the database could not be encrypted: %s", error)
        return db
    db.close()  # the last connection: the clear WAL is checkpointed and removed
    for side in ("-wal", "-shm"):
        db_path.with_name(db_path.name + side).unlink(missing_ok=True)
    os.replace(target, db_path)
    fsync_path(folder)
    cipher.remember(key)
    encrypt_backups(backups, key)
    return open_data_folder(folder, key)


def encrypt_backups(backups: Path, key: bytes) -> list[Path]:
    """Every clear copy in the backup folder re-written encrypted with ``key``, in place."""
    done = []
    for path in sorted(backups.glob("*.sqlite")) if backups.is_dir() else ():
        if cipher.is_encrypted(path):
            continue
        partial = path.with_name(path.name + PARTIAL)
        partial.unlink(missing_ok=True)
        cipher.export_file(path, partial, key)
        os.chmod(partial, 0o600)
        fsync_path(partial)
        os.replace(partial, path)
        done.append(path)
    fsync_path(backups)
    return done
