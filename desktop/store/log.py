"""The access log: append-only entries chained by SHA-256, so a changed or deleted entry shows."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, NamedTuple

from desktop.store.clock import now
from desktop.store.where import Where

if TYPE_CHECKING:
    import sqlite_utils

# Kinds of entry (stored as these English keys; the views show Norwegian labels)
OPEN_PATIENT = "open_patient"
CHANGE = "change"
PRINT = "print"
EXPORT = "export"
IMPORT = "import"
SIGN = "sign"
# trust (store/accounts.py, store/access.py, store/backup.py)
LOGIN = "login"
LOGIN_FAILED = "login_failed"
LOGOUT = "logout"
LOCK = "lock"  # the window locked when idle, or an account locked after failed log-ins
EMERGENCY = "emergency"  # nødtilgang: a patient outside the user's departments, with a reason
USER_ADMIN = "user_admin"
RESTORE = "restore"
SNAPSHOT = "print_snapshot"  # the first print of a signed version fixed its print snapshot
REFUSED = "refused"  # a refused reach for a patient outside the user's departments
SELF_GRANT = "self_grant"  # an administrator gave themselves departments (flagged in the log view)
# people around the patient (store/participants.py, store/distribution.py)
COPY = "copy"  # a version, letter or minutes given to someone (the kopiliste)
RESERVATION_OVERRIDE = "reservation_override"  # a reserved person got a copy or invitation
KINDS = (OPEN_PATIENT, CHANGE, PRINT, EXPORT, IMPORT, SIGN,
         LOGIN, LOGIN_FAILED, LOGOUT, LOCK, EMERGENCY, USER_ADMIN, RESTORE, SNAPSHOT, REFUSED,
         SELF_GRANT, COPY, RESERVATION_OVERRIDE)
UNKNOWN_USER = "(ukjent)"  # the user of a failed log-in with an unknown user name

GENESIS = "0" * 64


class LogEntry(NamedTuple):
    id: int
    at: str
    user: str
    kind: str
    patient_id: int | None
    detail: str
    prev_hash: str
    hash: str


def system_user() -> str:
    """The operating system's user: who acts where nobody is logged in (no accounts yet)."""
    import getpass  # here: a command that logs nothing does without it

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "ukjent"


def _digest(prev_hash: str, at: str, user: str, kind: str, patient_id: int | None,
            detail: str) -> str:
    import hashlib  # here and below: loading OpenSSL (some 3 ms) and json are not for `list`,
    import json  # which logs nothing

    payload = json.dumps([prev_hash, at, user, kind, patient_id, detail], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def log_event(db: sqlite_utils.Database, kind: str, patient_id: int | None = None,
              detail: str | dict = "", user: str | None = None) -> None:
    """Append one entry (inside the caller's transaction when there is one) in the name of
    ``user`` (a session's ``username``; None: the operating system's user). Code that has a
    store.session.Session calls ``session.log(kind, patient_id, detail)``."""
    if isinstance(detail, dict):
        import json

        detail = json.dumps(detail, ensure_ascii=False, sort_keys=True)
    user = user or system_user()
    with db.atomic():
        row = db.execute("SELECT hash FROM access_log ORDER BY id DESC LIMIT 1").fetchone()
        prev = row[0] if row else GENESIS
        at = now()
        db.execute(
            "INSERT INTO access_log (at, user, kind, patient_id, detail, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [at, user, kind, patient_id, detail, prev,
             _digest(prev, at, user, kind, patient_id, detail)])


def entries(db: sqlite_utils.Database, patient_id: int | None = None,
            kind: str | None = None) -> list[LogEntry]:
    where = Where().equals("patient_id", patient_id).equals("kind", kind)
    rows = db.execute(f"SELECT id, at, user, kind, patient_id, detail, prev_hash, hash "
                      f"FROM access_log {where.sql()} ORDER BY id", where.params).fetchall()
    return [LogEntry(*row) for row in rows]


def verify_chain(conn) -> list[str]:
    """Faults in the chain (Norwegian lines); works on a plain sqlite3 connection."""
    faults = []
    prev = GENESIS
    last_id = None
    for id_, at, user, kind, patient_id, detail, prev_hash, hash_ in conn.execute(
            "SELECT id, at, user, kind, patient_id, detail, prev_hash, hash "
            "FROM access_log ORDER BY id"):
        last_id = id_
        if prev_hash != prev:
            faults.append(f"Tilgangsloggen er brutt før oppføring {id_}: "
                          "en oppføring er slettet eller endret.")
        if _digest(prev_hash, at, user, kind, patient_id, detail) != hash_:
            faults.append(f"Oppføring {id_} i tilgangsloggen er endret.")
        prev = hash_
    faults += _check_head(conn, last_id, prev)
    return faults


def _check_head(conn, last_id: int | None, last_hash: str) -> list[str]:
    """Entries cut from the end leave an intact chain; the head kept by a trigger shows it."""
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'log.head'").fetchone()
    except sqlite3.OperationalError:  # a database from before the settings table
        return []
    if row is None:
        if last_id is None or not _has_head_migration(conn):
            return []
        return ["Tilgangsloggens hode (log.head) mangler i innstillingene: det er slettet."]
    if row[0] == f"{last_id}:{last_hash}":
        return []
    return [f"Tilgangsloggen slutter før oppføring {row[0].split(':')[0]}: oppføringer på "
            "slutten er slettet."]


def _has_head_migration(conn) -> bool:
    try:
        return conn.execute("SELECT 1 FROM _sqlite_migrations WHERE name = '0006_log_head'"
                            ).fetchone() is not None
    except sqlite3.OperationalError:
        return False
