"""The command line's side of trust: log-in with --user, the writer lock around each command,
the department check for commands on one PATIENT, and the `backup` and `restore` commands.

Documented in docs/trust.md.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop import paths
from desktop.cli import EXIT_OK, Refused, open_store
from desktop.i18n import translate

ENV_PASSWORD = "INDIVIDUELL_PLAN_PASSWORD"

# Commands that only read the database file: they run beside an open window, need no log-in,
# and show no patient data (check reports faults; backup copies the file within the data folder).
FREE_COMMANDS = ("check", "backup")
ADMIN_COMMANDS = ("restore",)


def _password(username: str) -> str:
    password = os.environ.get(ENV_PASSWORD)
    if password is not None:
        return password
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(translate("cli", "Passord for {user}: ").format(user=username))
    raise Refused(translate("cli", "Oppgi passordet i miljøvariabelen {env}.").format(
        env=ENV_PASSWORD))


def _login(args: argparse.Namespace, db):
    """The logged-in user, or None where the database needs none (no accounts, or a demo
    database used without --user)."""
    from desktop.store import accounts, policy

    username = getattr(args, "user", None)
    if not accounts.has_accounts(db):
        if username:
            raise Refused(translate("cli", "Databasen har ingen brukerkontoer ennå; start "
                                           "programmet og opprett den første administratoren."))
        return None
    if not username:
        if policy.is_demo(db) and args.command not in ADMIN_COMMANDS:
            return None
        raise Refused(translate("cli", "Databasen har brukerkontoer: oppgi --user BRUKERNAVN og "
                                       "passordet i {env}.").format(env=ENV_PASSWORD))
    user = accounts.authenticate(db, username, _password(username), channel="cli")
    if args.command in ADMIN_COMMANDS and not user.is_admin:
        raise Refused(translate("cli", "Bare administratorer kan gjenopprette en "
                                       "sikkerhetskopi."))
    return user


def _check_patient(args: argparse.Namespace, db, user) -> None:
    """Commands on one PATIENT (print, export, …) reach only the user's departments; a refusal
    is logged and says the same sentence whether the patient exists or not."""
    from desktop.store import access
    from desktop.store.patients import find_patient

    key = getattr(args, "patient", None)
    if not isinstance(key, str):
        return
    patient = find_patient(db, key)
    if patient is None or patient.id is None or not access.may_see(db, user, patient.id):
        access.log_refusal(db, user, "cli", patient.id if patient else None,
                           command=args.command)
        raise Refused(access.neutral_refusal())


@contextmanager
def command_context(args: argparse.Namespace) -> Iterator[None]:
    """Hold the data folder's writer lock and the user's session while one command runs."""
    from desktop.store import access
    from desktop.store.lock import FolderInUse, WriterLock

    if args.command in FREE_COMMANDS:
        yield
        return
    lock = WriterLock(paths.data_dir(args.data_dir))
    try:
        lock.acquire()
    except FolderInUse as in_use:
        raise Refused(str(in_use)) from None
    try:
        db = open_store(args)
        try:
            user = _login(args, db)
            if user is not None:
                access.begin_session(user)
            _check_patient(args, db, user)
        finally:
            db.close()
        yield
    finally:
        access.end_session()
        lock.release()


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.store import backup, policy

    folder = paths.data_dir(args.data_dir)
    db_path, backups = paths.database_path(folder), paths.backup_dir(folder)
    if args.list:
        for item in backup.list_backups(backups):
            print(f"{item.made_at:%d.%m.%Y %H:%M:%S}\t{item.label}\t{item.size}\t{item.path.name}")
        return EXIT_OK
    if not db_path.exists():
        raise Refused(translate("cli", "Fant ingen database i {folder}.").format(folder=folder))
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?",
                           [policy.KEY_BACKUP_KEEP]).fetchone()
    finally:
        conn.close()
    keep = int(row[0]) if row and row[0].isdigit() else policy.DEFAULT_BACKUP_KEEP
    print(backup.backup_now(db_path, backups, backup.MANUAL, keep))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.store import access, backup

    folder = paths.data_dir(args.data_dir)
    source = Path(args.file)
    if not source.exists() and (paths.backup_dir(folder) / args.file).exists():
        source = paths.backup_dir(folder) / args.file
    db = open_store(args)
    try:
        user = access.session_user()
        safety = backup.restore(db, paths.database_path(folder), paths.backup_dir(folder),
                                source, user.username if user else None)
    finally:
        db.close()
    print(translate("cli", "Gjenopprettet fra {source}. Tilstanden før er lagret i {safety}."
                    ).format(source=source.name, safety=safety))
    return EXIT_OK


def register(commands) -> None:
    backup = commands.add_parser("backup", help="lag en sikkerhetskopi nå (SQLite online backup)")
    backup.add_argument("--list", action="store_true", help="vis sikkerhetskopiene, nyeste først")
    backup.set_defaults(func=cmd_backup)
    restore = commands.add_parser(
        "restore", help="gjenopprett en sikkerhetskopi (tar først kopi av dagens tilstand)")
    restore.add_argument("file", metavar="FIL", help="sikkerhetskopien (sti eller filnavn i "
                                                     "backups/)")
    restore.set_defaults(func=cmd_restore)
