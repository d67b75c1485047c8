"""The command line's side of trust: log-in with --user, the writer lock around each command,
the department check for commands on one PATIENT, and the `backup` and `restore` commands.

Documented in docs/trust.md.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import paths
from desktop.commands.base import EXIT_OK, Refused, open_store
from desktop.i18n import translate

if TYPE_CHECKING:
    from desktop.store.accounts import User

ENV_PASSWORD = "INDIVIDUELL_PLAN_PASSWORD"

# Commands that only read the database file: they run beside an open window, need no log-in,
# and show no patient data (check reports faults; backup copies the file within the data folder).
FREE_COMMANDS = ("check", "backup")
ADMIN_COMMANDS = ("restore",)
LOGIN_COMMANDS = ("restore", "user")  # need --user even on a demo database
DEMO_ONLY_COMMANDS = ("demo",)  # refused on a database with real accounts
# Commands that only read: without --user (nothing to log in, so nothing written) their
# log-in check reads a current database on a plain connection (base.open_store).
READING_COMMANDS = ("list",)


def password_from_env_or_prompt(username: str, prompt: str = "") -> str:
    """The acting user's password: from INDIVIDUELL_PLAN_PASSWORD, or asked for at a prompt
    (``prompt`` with {user}); never from an argument."""
    password = os.environ.get(ENV_PASSWORD)
    if password is not None:
        return password
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass((prompt or translate("cli", "Passord for {user}: ")).format(
            user=username))
    raise Refused(translate("cli", "Oppgi passordet i miljøvariabelen {env}.").format(
        env=ENV_PASSWORD))


def _changes_own_password(args: argparse.Namespace, user: User) -> bool:
    return (args.command == "user" and getattr(args, "action", None) == "passwd"
            and getattr(args, "username", "").strip().lower() == user.username)


def _demo_refused() -> Refused:
    return Refused(translate("cli", "Databasen har ekte brukerkontoer, så demo kan ikke "
                                    "legge inn syntetiske pasienter her; bruk en egen "
                                    "datamappe (--data-dir)."))


def _login(args: argparse.Namespace, folder: Path):
    """The database and the logged-in user, or None where the database needs none (no
    accounts, or a demo database used without --user). An encrypted database opens only with
    a user's password; a clear one with accounts is encrypted at its first log-in."""
    from desktop.store import accounts, cipher

    username = getattr(args, "user", None)
    if cipher.is_encrypted(paths.database_path(folder)):
        from desktop.store import unlock

        if args.command in DEMO_ONLY_COMMANDS:  # only a database with real accounts is
            raise _demo_refused()               # encrypted; a demo database stays clear
        if not username:
            raise Refused(_needs_user())
        db, user = unlock.log_in(folder, username, password_from_env_or_prompt(username),
                                 channel="cli")
    else:
        db = open_store(args, reading=args.command in READING_COMMANDS and not username)
        try:
            if args.command in DEMO_ONLY_COMMANDS and accounts.has_real_accounts(db):
                raise _demo_refused()
            user = _clear_login(args, db, username)
        except BaseException:
            db.close()
            raise
        if user is not None:
            from desktop.store import unlock

            db = unlock.secure(folder, db)
    try:
        _admit(args, user)
    except BaseException:
        db.close()
        raise
    return db, user


def _admit(args: argparse.Namespace, user: User | None) -> None:
    """What a logged-in user may not do from the command line: work on with a password an
    administrator reset (until they choose their own), or restore without being an admin."""
    if user is None:
        return
    if user.must_change_password and not _changes_own_password(args, user):
        raise Refused(translate("cli", "En administrator har satt et midlertidig passord for "
                                       "{user}: velg ditt eget med «individuell-plan --user "
                                       "{user} user passwd {user}» eller ved å logge inn i "
                                       "vinduet.").format(user=user.username))
    if args.command in ADMIN_COMMANDS and not user.is_admin:
        raise Refused(translate("cli", "Bare administratorer kan gjenopprette en "
                                       "sikkerhetskopi."))


def _needs_user() -> str:
    return translate("cli", "Databasen har brukerkontoer: oppgi --user BRUKERNAVN og "
                            "passordet i {env}.").format(env=ENV_PASSWORD)


def _clear_login(args: argparse.Namespace, db, username: str | None):
    from desktop.store import accounts, policy

    if not accounts.has_accounts(db):
        if username:
            raise Refused(translate("cli", "Databasen har ingen brukerkontoer ennå; opprett den "
                                           "første administratoren i vinduet eller med "
                                           "«individuell-plan user add BRUKERNAVN --admin»."))
        return None
    if not username:
        if policy.is_demo(db) and args.command not in LOGIN_COMMANDS:
            return None
        raise Refused(_needs_user())
    return accounts.authenticate(db, username, password_from_env_or_prompt(username),
                                 channel="cli")


def _unlock_for_reading(args: argparse.Namespace, folder: Path) -> None:
    """`check` and `backup` on an encrypted database: the key from --user's password (the
    attempt counted, the log-in logged at the next opening); nothing is written to the
    database, so they still run beside an open window."""
    from desktop.store import cipher, unlock

    username = getattr(args, "user", None)
    if not unlock.is_encrypted(folder) or getattr(args, "list", False):
        return
    if not username:
        raise Refused(_needs_user())
    cipher.remember(unlock.unlock(folder, username, password_from_env_or_prompt(username),
                                  channel="cli", note=args.command))


def _check_patient(args: argparse.Namespace, db, user) -> None:
    """Commands on one PATIENT (print, export, …) reach only the user's departments; a refusal
    is logged and says the same sentence whether the patient exists or not."""
    from desktop.store import access
    from desktop.store.patients import find_patient
    from desktop.store.session import Session

    key = getattr(args, "patient", None)
    if not isinstance(key, str):
        return
    patient = find_patient(db, key)
    session = Session(db, user)
    if patient is None or patient.id is None or not access.may_see(session, patient.id):
        access.log_refusal(session, "cli", patient.id if patient else None,
                           command=args.command)
        raise Refused(access.neutral_refusal())


@contextmanager
def command_context(args: argparse.Namespace) -> Iterator[User | None]:
    """Hold the data folder's writer lock while one command runs, and give the user who logged
    in with --user (None where the database needs no log-in); the command makes its session
    with base.open_session(args, user)."""
    from desktop.store.lock import FolderInUse, WriterLock

    folder = paths.data_dir(args.data_dir)
    if args.command in FREE_COMMANDS:
        _unlock_for_reading(args, folder)
        yield None
        return
    lock = WriterLock(folder)
    try:
        lock.acquire()
    except FolderInUse as in_use:
        raise Refused(str(in_use)) from None
    try:
        db, user = _login(args, folder)
        try:
            _check_patient(args, db, user)
        finally:
            db.close()
        yield user
    finally:
        lock.release()


def cmd_backup(args: argparse.Namespace, user: User | None) -> int:
    from desktop.store import backup, cipher, settings

    folder = paths.data_dir(args.data_dir)
    db_path, backups = paths.database_path(folder), paths.backup_dir(folder)
    if args.list:
        for item in backup.list_backups(backups):
            print(f"{item.made_at:%d.%m.%Y %H:%M:%S}\t{item.label}\t{item.size}\t{item.path.name}")
        return EXIT_OK
    if not db_path.exists():
        raise Refused(translate("cli", "Fant ingen database i {folder}.").format(folder=folder))
    conn = cipher.connect(db_path, read_only=True)
    try:
        keep = int(settings.BACKUP_KEEP.read(conn))
    finally:
        conn.close()
    print(backup.backup_now(db_path, backups, backup.MANUAL, keep))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, user: User | None) -> int:
    from desktop.store import backup

    folder = paths.data_dir(args.data_dir)
    source = Path(args.file)
    if not source.exists() and (paths.backup_dir(folder) / args.file).exists():
        source = paths.backup_dir(folder) / args.file
    db = open_store(args)
    try:
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
