"""Trust settings kept in the database (idle lock, backups kept) and the demo accounts that
`individuell-plan demo` creates (documented in docs/trust.md; shown on a demo database only)."""

from __future__ import annotations

import sqlite_utils

from desktop.i18n import translate
from desktop.store import accounts
from desktop.store.accounts import ROLE_ADMIN, ROLE_STAFF, AccountError, User
from desktop.store.log import USER_ADMIN, log_event
from desktop.store.settings import get_setting, set_setting

KEY_IDLE_MINUTES = "trust.idle_minutes"
KEY_BACKUP_KEEP = "trust.backup_keep"
KEY_DEMO = "trust.demo"

DEFAULT_IDLE_MINUTES = 10
DEFAULT_BACKUP_KEEP = 14

# (user name, display name, role, departments, password): synthetic people only
DEMO_ACCOUNTS = (
    ("demo.admin", "Demo Administrator", ROLE_ADMIN, (), "demo-admin"),
    ("demo.voksen", "Vera Voksen", ROLE_STAFF,
     ("Voksenpsykiatri", "Rusbehandling"), "demo-ansatt"),
    ("demo.barn", "Bendik Barn", ROLE_STAFF,
     ("Barne- og ungdomspsykiatri", "Barnehabilitering"), "demo-ansatt"),
)


def _int_setting(db: sqlite_utils.Database, key: str, default: int) -> int:
    try:
        return max(1, int(get_setting(db, key, str(default))))
    except ValueError:
        return default


def idle_minutes(db: sqlite_utils.Database) -> int:
    """Minutes without input before the window locks."""
    return _int_setting(db, KEY_IDLE_MINUTES, DEFAULT_IDLE_MINUTES)


def backup_keep(db: sqlite_utils.Database) -> int:
    """How many automatic backups to keep."""
    return _int_setting(db, KEY_BACKUP_KEEP, DEFAULT_BACKUP_KEEP)


def set_trust_settings(db: sqlite_utils.Database, actor: User, idle: int, keep: int) -> None:
    """An administrator changes the idle time (1–240 min) and the backups kept (1–365)."""
    fresh = accounts.get_user(db, actor.username)
    if fresh is None or not fresh.active or not fresh.is_admin:
        raise AccountError(translate("accounts", "Bare administratorer kan endre innstillinger."))
    if not 1 <= idle <= 240:
        raise AccountError(translate("accounts", "Låsetiden må være mellom 1 og 240 minutter."))
    if not 1 <= keep <= 365:
        raise AccountError(translate("accounts", "Antall sikkerhetskopier må være mellom 1 og "
                                                 "365."))
    with db.atomic():
        set_setting(db, KEY_IDLE_MINUTES, str(idle))
        set_setting(db, KEY_BACKUP_KEEP, str(keep))
        log_event(db, USER_ADMIN, None, {"action": "settings", "idle_minutes": idle,
                                         "backup_keep": keep}, user=actor.username)


def create_demo_accounts(db: sqlite_utils.Database) -> list[User]:
    """On a database without accounts, add the documented demo accounts and mark it a demo
    database; on a database with accounts, do nothing."""
    with db.atomic():
        if accounts.has_accounts(db):
            return []
        (username, name, _, _, password), *others = DEMO_ACCOUNTS
        admin = accounts.create_first_admin(db, username, name, password)
        created = [admin]
        for username, name, role, departments, password in others:
            created.append(accounts.add_user(db, admin, username, name, password, role,
                                             departments))
        set_setting(db, KEY_DEMO, "1")
    return created


def is_demo(db: sqlite_utils.Database) -> bool:
    """A demo database: made by `demo` and holding no accounts but the demo ones. Only then does
    the log-in screen show the demo passwords (and the command line run without --user)."""
    if get_setting(db, KEY_DEMO) != "1":
        return False
    names = {row[0] for row in db.execute("SELECT username FROM users")}
    return bool(names) and names <= {account[0] for account in DEMO_ACCOUNTS}
