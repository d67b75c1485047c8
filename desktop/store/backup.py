"""Rotating backups with SQLite's online backup API, and restore (which backs up first).

Automatic backups (label ``auto``: at start and daily) keep the newest copy of each of the last
``keep`` days; manual copies keep the newest ``keep``; the safety copies made before a restore
or a migration are never rotated away. A copy is written to a ``.partial`` file, synced and
renamed, so a crash never leaves half a copy under a backup's name.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.i18n import translate
from desktop.records import ValidationError
from desktop.store import cipher, search_keep
from desktop.store.log import RESTORE, log_event, verify_chain
from desktop.store.queries_ui import forget_staff_names
from desktop.store.safe_files import copy_database, fsync_path, lock_fd
from desktop.store.seals import seal_faults

if TYPE_CHECKING:
    import sqlite_utils

AUTO = "auto"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
LABELS = (AUTO, MANUAL, BEFORE_RESTORE)
PREFIX = "individuell-plan-"
_NAME = re.compile(rf"^{PREFIX}(\d{{8}}-\d{{6}}-\d{{6}})-({'|'.join(LABELS)})\.sqlite$")
_STAMP = "%Y%m%d-%H%M%S-%f"


class RestoreError(ValidationError):
    """A file that cannot be restored; one Bokmål sentence."""


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: dt.datetime
    label: str
    size: int


def backup_now(db_path: Path, folder: Path, label: str = MANUAL, keep: int | None = None,
               when: dt.datetime | None = None) -> Path:
    """Copy the live database (other connections may keep working) into ``folder``."""
    if label not in LABELS:
        raise ValueError(label)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = (when or dt.datetime.now()).strftime(_STAMP)
    target = folder / f"{PREFIX}{stamp}-{label}.sqlite"
    source = cipher.connect(db_path, read_only=True)
    try:
        copy_database(source, target)
    finally:
        source.close()
    if keep is not None:
        rotate(folder, keep)
    return target


def list_backups(folder: Path) -> list[Backup]:
    """The program's backups in ``folder``, newest first."""
    found = []
    for path in folder.glob(f"{PREFIX}*.sqlite") if folder.is_dir() else ():
        match = _NAME.match(path.name)
        if match:
            made_at = dt.datetime.strptime(match.group(1), _STAMP)
            found.append(Backup(path, made_at, match.group(2), path.stat().st_size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def rotate(folder: Path, keep: int) -> list[Path]:
    """Remove what the rotation no longer keeps; returns the removed files."""
    keep = max(1, keep)
    kept_days: set[dt.date] = set()
    others = 0
    removed = []
    for backup in list_backups(folder):
        if backup.label == AUTO:
            day = backup.made_at.date()
            if day in kept_days or len(kept_days) >= keep:
                removed.append(backup.path)
                continue
            kept_days.add(day)
        elif backup.label == MANUAL:  # before-restore copies are never rotated away
            others += 1
            if others > keep:
                removed.append(backup.path)
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def backup_if_due(db_path: Path, folder: Path, keep: int, at_start: bool = False,
                  when: dt.datetime | None = None) -> Path | None:
    """At start always, otherwise when the newest automatic backup is a day old."""
    when = when or dt.datetime.now()
    automatic = [b for b in list_backups(folder) if b.label == AUTO]
    if at_start or not automatic or when - automatic[0].made_at >= dt.timedelta(days=1):
        return backup_now(db_path, folder, AUTO, keep, when)
    return None


class BackupJob(threading.Thread):
    """One automatic backup off the window's thread: at 100 000 patients a copy takes about
    two seconds, which must not hold up the log-in or freeze typing (SQLite's backup step
    releases the GIL). ``made`` or ``error`` tells how it went once the thread has ended."""

    def __init__(self, db_path: Path, folder: Path, keep: int, at_start: bool = False) -> None:
        super().__init__(name="automatic-backup")
        self._args = (db_path, folder, keep, at_start)
        self.made: Path | None = None
        self.error: Exception | None = None

    def run(self) -> None:
        db_path, folder, keep, at_start = self._args
        try:
            self.made = backup_if_due(db_path, folder, keep, at_start=at_start)
        except (sqlite3.Error, OSError) as error:
            self.error = error


def _refusal(conn: sqlite3.Connection) -> str | None:
    """Why a database file may not be restored, or None."""
    # the schema's check runs the migrations on an empty database: sqlite-utils, which the
    # window's start does without (store/opening.py), is imported for a restore only
    from desktop.store.schema_check import active_admins, json_faults, schema_faults

    tables = {row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"patients", "access_log"} <= tables:
        return translate("backup", "Filen er ikke en sikkerhetskopi fra Individuell plan.")
    if [row[0] for row in conn.execute("PRAGMA integrity_check")] != ["ok"]:
        return translate("backup", "Sikkerhetskopien er skadet.")
    if verify_chain(conn):
        return translate("backup", "Tilgangsloggen i sikkerhetskopien er endret; den "
                                   "gjenopprettes ikke.")
    faults = schema_faults(conn)
    if faults:
        return translate("backup", "Sikkerhetskopien er bygd annerledes enn programmet bygger "
                                   "databasen ({fault}); den gjenopprettes ikke."
                         ).format(fault=faults[0].rstrip("."))
    if not active_admins(conn):
        return translate("backup", "Sikkerhetskopien har ingen aktiv administrator; den "
                                   "gjenopprettes ikke.")
    if seal_faults(conn):
        return translate("backup", "En signert planversjon eller et utskriftsgrunnlag i "
                                   "sikkerhetskopien er endret; den gjenopprettes ikke.")
    if json_faults(conn):
        return translate("backup", "Lagrede data i sikkerhetskopien kan ikke leses; den "
                                   "gjenopprettes ikke.")
    return None


def check_backup(path: Path) -> None:
    """Refuse a file that is not a sound database of this program: exactly the schema its
    migration level makes, an active administrator, integrity, an unbroken log, signed
    versions and print snapshots as sealed, and stored JSON that parses."""
    if not path.is_file():
        raise RestoreError(translate("backup", "Fant ikke filen {name}.").format(name=path))
    try:
        conn = cipher.connect(path, read_only=True)
        try:
            refusal = _refusal(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise RestoreError(translate("backup", "Filen er ikke en SQLite-database.")) from None
    if refusal:
        raise RestoreError(refusal)


STAGED = ".restore.partial"  # beside the live database; store.open_db removes a leftover


def _stage(source: Path, db_path: Path, entry: dict, user: str | None,
           key: bytes | None = None) -> Path:
    """The restored database, upgraded and with its restore entry committed, beside the live
    one, encrypted with the live database's ``key`` (an old clear backup is encrypted on the
    way; a ``.partial`` file a kill leaves is removed at the next start)."""
    import sqlite_utils

    from desktop.store.db import migrations

    staged = db_path.with_name(db_path.name + STAGED)
    staged.unlink(missing_ok=True)
    fd = os.open(staged, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        lock_fd(fd)  # tells the next start's clean-up that this writer still lives
        if cipher.key_for(source) != key:
            os.ftruncate(fd, 0)
            cipher.export_file(source, staged, key)
        else:
            src = cipher.connect(source, read_only=True)
            try:
                dest = cipher.connect(staged, key)
                try:
                    src.backup(dest)
                finally:
                    dest.close()
            finally:
                src.close()
        copy = sqlite_utils.Database(cipher.connect(staged, key), execute_plugins=False)
        try:
            copy.execute("PRAGMA foreign_keys = ON")
            migrations.apply(copy)  # a copy made by an older version of the program
            log_event(copy, RESTORE, None, entry, user=user)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        fsync_path(staged)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)
    return staged


def restore(db: sqlite_utils.Database, db_path: Path, folder: Path, source: Path,
            user: str | None = None) -> Path:
    """Replace the open database's content with ``source``. The current state is first copied
    to a ``before-restore`` backup (returned). The restored copy is upgraded and gets its
    ``restore`` entry (committed) before it replaces the live content in one transaction, so a
    kill leaves either the old database or the restored one with its entry. Entries logged
    after ``source`` was made remain only in the safety copy."""
    source = Path(source)
    check_backup(source)
    if db.conn.in_transaction:
        raise RuntimeError("restore inside a transaction")
    safety = backup_now(db_path, folder, BEFORE_RESTORE)
    staged = _stage(source, db_path, {"from": source.name, "safety_copy": safety.name}, user,
                    cipher.key_of(db.conn))
    try:
        src = cipher.connect(staged, read_only=True)
        try:
            src.backup(db.conn)  # one step: one write transaction on the live database
        finally:
            src.close()
    finally:
        staged.unlink(missing_ok=True)
    db.execute("PRAGMA journal_mode = WAL")
    forget_staff_names(db)
    search_keep.forget(db)  # pages were written, no changes counted
    return safety
