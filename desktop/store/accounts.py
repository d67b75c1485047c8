"""Personal accounts: argon2 password hashes, lockout after failed log-ins, roles and departments.

Users are never deleted (the access log names them): administrators deactivate them instead.
Every change an administrator makes and every log-in attempt is written to the access log.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, NamedTuple

from desktop import resources
from desktop.i18n import translate
from desktop.records_base import ValidationError
from desktop.store.clock import now
from desktop.store.log import (
    LOCK,
    LOGIN,
    LOGIN_FAILED,
    SELF_GRANT,
    UNKNOWN_USER,
    USER_ADMIN,
    log_event,
)

if TYPE_CHECKING:
    import sqlite_utils

ROLE_STAFF = "staff"
ROLE_ADMIN = "admin"
ROLES = (ROLE_STAFF, ROLE_ADMIN)

MAX_FAILURES = 3
LOCK_MINUTES = 5
MIN_PASSWORD_LENGTH = 12
MIN_DISTINCT_CHARACTERS = 5
COMMON_PASSWORDS = "common-passwords.txt"  # in resources/
# (user name, display name, role, departments, password) of the accounts `individuell-plan
# demo` creates: synthetic people, published passwords (docs/trust.md), so they are deactivated
# as soon as a real account exists
DEMO_ACCOUNTS = (
    ("demo.admin", "Demo Administrator", ROLE_ADMIN, (), "demo-passord-admin"),
    ("demo.voksen", "Vera Voksen", ROLE_STAFF,
     ("Voksenpsykiatri", "Rusbehandling"), "demo-passord-ansatt"),
    ("demo.barn", "Bendik Barn", ROLE_STAFF,
     ("Barne- og ungdomspsykiatri", "Barnehabilitering"), "demo-passord-ansatt"),
)
DEMO_USERNAMES = frozenset(account[0] for account in DEMO_ACCOUNTS)
_USERNAME = r"^[a-z0-9][a-z0-9._-]{1,39}$"  # compiled at its first match, not at import

# argon2id with the library's defaults (RFC 9106 low-memory profile); tests may swap it.
# ``hasher`` is made when first used (module __getattr__ below), so that a command that
# checks no password (`list` without --user) does without argon2's import.
if TYPE_CHECKING:
    from argon2 import PasswordHasher

    hasher: PasswordHasher


def __getattr__(name: str) -> object:
    if name != "hasher":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from argon2 import PasswordHasher

    made = globals()["hasher"] = PasswordHasher()
    return made


def _hasher() -> PasswordHasher:
    """The module's hasher (the production one, or the one a test swapped in)."""
    found = globals().get("hasher")
    return found if found is not None else __getattr__("hasher")  # type: ignore[return-value]


_dummy_hash: str | None = None

_COLUMNS = ("id, username, display_name, role, departments, active, failed_count, locked_until, "
            "must_change_password")


class AccountError(ValidationError):
    """An account action was refused; the message is one Bokmål sentence for the user."""


class LoginRefused(AccountError):
    """Wrong user name or password, a locked or a deactivated account."""


class User(NamedTuple):
    id: int
    username: str
    display_name: str
    role: str
    departments: tuple[str, ...]
    active: bool
    failed_count: int
    locked_until: str
    must_change_password: bool

    @property
    def is_admin(self) -> bool:
        return self.role == ROLE_ADMIN


def _user(row: tuple) -> User:
    import json  # here and below: `list` without --user reads no user

    id_, username, name, role, departments, active, failed, locked, must_change = row
    return User(id_, username, name, role, tuple(json.loads(departments)), bool(active),
                failed, locked, bool(must_change))


def has_accounts(db: sqlite_utils.Database) -> bool:
    return db.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None


def _written_user(db: sqlite_utils.Database, username: str) -> User:
    """The account this call has just written or checked (it exists)."""
    user = get_user(db, username)
    assert user is not None
    return user


def get_user(db: sqlite_utils.Database, username: str) -> User | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM users WHERE username = ?",
                     [username.strip()]).fetchone()
    return _user(row) if row else None


def list_users(db: sqlite_utils.Database) -> list[User]:
    rows = db.execute(f"SELECT {_COLUMNS} FROM users ORDER BY active DESC, display_name")
    return [_user(row) for row in rows.fetchall()]


@functools.cache
def common_passwords() -> frozenset[str]:
    """The list of the most used passwords shipped in resources/ (lower case)."""
    text = resources.read_bytes(COMMON_PASSWORDS).decode("utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def _letters(text: str) -> str:
    """Lower case, without the digits and signs people put around a word ("Passord123!")."""
    return text.lower().strip("0123456789!#$%&*+-.,:;?_@ '\"")


def _alnum(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def check_password_rules(password: str, username: str = "") -> None:
    """Refuse a weak password with one Bokmål sentence: shorter than ``MIN_PASSWORD_LENGTH``,
    with too few different characters, holding the user name, or (its letters without the
    digits and signs around them) one of the most used passwords."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(translate("accounts", "Passordet må ha minst {n} tegn.").format(
            n=MIN_PASSWORD_LENGTH))
    if len(set(password.lower())) < MIN_DISTINCT_CHARACTERS:
        raise AccountError(translate("accounts", "Passordet har for få ulike tegn; bland "
                                                 "bokstaver, sifre eller flere ord."))
    name, typed = _alnum(username), _alnum(password)
    if name and (name in typed or name[::-1] in typed) and (
            len(name) >= 4 or typed.strip("0123456789") == name):
        raise AccountError(translate("accounts", "Passordet kan ikke inneholde brukernavnet."))
    common = common_passwords()
    if password.lower() in common or _letters(password) in common or typed in common:
        raise AccountError(translate("accounts", "Passordet er blant de mest brukte "
                                                 "passordene; velg et annet."))


def _clean_username(username: str) -> str:
    username = username.strip().lower()
    if not re.match(_USERNAME, username):
        raise AccountError(translate(
            "accounts", "Brukernavnet må ha 2–40 tegn: små bokstaver a–z, sifre, punktum, "
                        "bindestrek eller understrek."))
    return username


def _clean(display_name: str, role: str, departments: list[str] | tuple[str, ...]) -> str:
    if not display_name.strip():
        raise AccountError(translate("accounts", "Skriv inn navnet til brukeren."))
    if role not in ROLES:
        raise AccountError(translate("accounts", "Ukjent rolle."))
    import json

    return json.dumps(sorted({d.strip() for d in departments if d.strip()}), ensure_ascii=False)


def _insert(db: sqlite_utils.Database, username: str, display_name: str, password: str,
            role: str, departments: list[str] | tuple[str, ...], actor: str) -> User:
    import json

    username = _clean_username(username)
    departments_json = _clean(display_name, role, departments)
    check_password_rules(password, username)
    password_hash = _hasher().hash(password)
    with db.atomic():
        if get_user(db, username) is not None:
            raise AccountError(translate("accounts", "Brukernavnet «{name}» er i bruk.").format(
                name=username))
        stamp = now()
        db.execute("INSERT INTO users (username, display_name, role, departments, password_hash, "
                   "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                   [username, display_name.strip(), role, departments_json, password_hash,
                    stamp, stamp])
        log_event(db, USER_ADMIN, None, {"action": "add", "username": username, "role": role,
                                         "departments": json.loads(departments_json)},
                  user=actor)
        created = _written_user(db, username)
        if username not in DEMO_USERNAMES:
            _retire_demo_accounts(db, created)
    _sync_wraps(db)  # the new user's password unlocks an encrypted database too
    return created


def has_real_accounts(db: sqlite_utils.Database) -> bool:
    """Whether any account but the demo ones exists (the database holds real people's work)."""
    names = ", ".join("?" * len(DEMO_USERNAMES))
    return db.execute(f"SELECT 1 FROM users WHERE username NOT IN ({names}) LIMIT 1",
                      sorted(DEMO_USERNAMES)).fetchone() is not None


def _retire_demo_accounts(db: sqlite_utils.Database, created: User) -> None:
    """The first real account ends the demo accounts (their passwords are published): each is
    deactivated by a real administrator, through ``set_active`` like any deactivation. A real
    staff account needs a real administrator first, or nobody could administer the database."""
    names = ", ".join("?" * len(DEMO_USERNAMES))
    demo = [row[0] for row in db.execute(
        f"SELECT username FROM users WHERE active = 1 AND username IN ({names}) "
        "ORDER BY username", sorted(DEMO_USERNAMES))]
    if not demo:
        return
    admin = created if created.is_admin else next(
        (user for user in list_users(db) if user.active and user.is_admin
         and user.username not in DEMO_USERNAMES), None)
    if admin is None:
        raise AccountError(translate("accounts", "Opprett først en egen administratorkonto; "
                                                 "demokontoene slås da av."))
    for username in demo:
        set_active(db, admin, username, False)


def create_first_admin(db: sqlite_utils.Database, username: str, display_name: str,
                       password: str) -> User:
    """The first account of a database; refused once any account exists."""
    with db.atomic():
        if has_accounts(db):
            raise AccountError(translate("accounts", "Det finnes allerede brukerkontoer."))
        return _insert(db, username, display_name, password, ROLE_ADMIN, (), username)


def _require_admin(db: sqlite_utils.Database, actor: User) -> User:
    fresh = get_user(db, actor.username)
    if fresh is None or not fresh.active or not fresh.is_admin:
        raise AccountError(translate("accounts", "Bare administratorer kan endre brukere."))
    return fresh


def _existing(db: sqlite_utils.Database, username: str) -> User:
    user = get_user(db, username)
    if user is None:
        raise AccountError(translate("accounts", "Fant ingen bruker «{name}».").format(
            name=username))
    return user


def _active_admins(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT COUNT(*) FROM users WHERE role = 'admin' AND active = 1"
                      ).fetchone()[0]


def add_user(db: sqlite_utils.Database, actor: User, username: str, display_name: str,
             password: str, role: str = ROLE_STAFF,
             departments: list[str] | tuple[str, ...] = ()) -> User:
    _require_admin(db, actor)
    return _insert(db, username, display_name, password, role, departments, actor.username)


def update_user(db: sqlite_utils.Database, actor: User, username: str, display_name: str,
                role: str, departments: list[str] | tuple[str, ...]) -> User:
    """Change name, role and departments (user names never change: the log refers to them)."""
    import json

    _require_admin(db, actor)
    departments_json = _clean(display_name, role, departments)
    with db.atomic():
        user = _existing(db, username)
        if user.is_admin and user.active and role != ROLE_ADMIN and _active_admins(db) == 1:
            raise AccountError(translate("accounts", "Den siste administratoren må beholde "
                                                     "rollen."))
        db.execute("UPDATE users SET display_name = ?, role = ?, departments = ?, "
                   "updated_at = ? WHERE id = ?",
                   [display_name.strip(), role, departments_json, now(), user.id])
        detail = {"action": "update", "username": user.username, "role": role,
                  "departments": json.loads(departments_json)}
        added = sorted(set(json.loads(departments_json)) - set(user.departments))
        if user.id == actor.id and added:  # access to patients by one's own hand: flagged
            detail["added"] = added
        log_event(db, SELF_GRANT if "added" in detail else USER_ADMIN, None, detail,
                  user=actor.username)
    return _written_user(db, username)


def reset_password(db: sqlite_utils.Database, actor: User, username: str,
                   new_password: str) -> None:
    """Set a new password, lift a lockout, and ask the user to choose their own at next log-in."""
    _require_admin(db, actor)
    user = _existing(db, username)
    check_password_rules(new_password, user.username)
    password_hash = _hasher().hash(new_password)
    with db.atomic():
        db.execute("UPDATE users SET password_hash = ?, failed_count = 0, locked_until = '', "
                   "must_change_password = ?, updated_at = ? WHERE id = ?",
                   [password_hash, int(user.id != actor.id), now(), user.id])
        log_event(db, USER_ADMIN, None, {"action": "reset_password", "username": user.username},
                  user=actor.username)
    _sync_wraps(db)  # the old password no longer unlocks, the new one does


def set_active(db: sqlite_utils.Database, actor: User, username: str, active: bool) -> None:
    """Deactivate (or reactivate) a user; the last active administrator stays."""
    _require_admin(db, actor)
    with db.atomic():
        user = _existing(db, username)
        if active and user.username in DEMO_USERNAMES and has_real_accounts(db):
            raise AccountError(translate("accounts", "Demokontoene kan ikke brukes i en "
                                                     "database med ekte brukere."))
        if not active and user.id == actor.id:
            raise AccountError(translate("accounts", "Du kan ikke deaktivere deg selv."))
        if not active and user.is_admin and user.active and _active_admins(db) == 1:
            raise AccountError(translate("accounts", "Den siste administratoren kan ikke "
                                                     "deaktiveres."))
        db.execute("UPDATE users SET active = ?, updated_at = ? WHERE id = ?",
                   [int(active), now(), user.id])
        log_event(db, USER_ADMIN, None, {"action": "activate" if active else "deactivate",
                                         "username": user.username}, user=actor.username)
    _sync_wraps(db)  # a deactivated user's wrap is removed


def change_password(db: sqlite_utils.Database, user: User, old: str, new: str) -> None:
    """The user's own change (after a reset, or at will); needs the current password."""
    row = db.execute("SELECT password_hash FROM users WHERE id = ?", [user.id]).fetchone()
    if row is None or not _verify(row[0], old):
        raise AccountError(translate("accounts", "Det nåværende passordet er feil."))
    if new == old:
        raise AccountError(translate("accounts", "Velg et annet passord enn det gamle."))
    check_password_rules(new, user.username)
    with db.atomic():
        db.execute("UPDATE users SET password_hash = ?, must_change_password = 0, "
                   "updated_at = ? WHERE id = ?", [_hasher().hash(new), now(), user.id])
        log_event(db, USER_ADMIN, None, {"action": "change_own_password",
                                         "username": user.username}, user=user.username)
    _sync_wraps(db)


def _verify(password_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _waste_time(password: str) -> None:
    """Verify against a dummy hash, so an unknown user name takes as long as a wrong password."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher().hash("not a password of anyone")
    _verify(_dummy_hash, password)


def authenticate(db: sqlite_utils.Database, username: str, password: str,
                 channel: str = "window", when: dt.datetime | None = None) -> User:
    """Check a log-in and log the attempt. Three failures in a row lock the account for
    ``LOCK_MINUTES``. The attempt is counted as a failure and committed *before* the password
    is verified, so a failed write (full disk, a process stopped mid-commit) can never give
    free guesses; a right password then undoes the count. An unknown user name is logged as
    ``(ukjent)``, never as the typed text (it may be a password typed in the wrong field).
    Raises LoginRefused with a message for the user."""
    moment = when or dt.datetime.now()
    with db.atomic():
        user, password_hash, refusal = _count_attempt(db, username.strip()[:64], channel,
                                                      moment)
    if user is None:
        _waste_time(password)
        raise LoginRefused(refusal)
    if refusal:
        raise LoginRefused(refusal)
    right = _verify(password_hash, password)
    with db.atomic():
        refusal = _outcome(db, user, password_hash, password, right, channel, moment)
    if refusal:
        raise LoginRefused(refusal)
    assert user is not None  # no refusal: the account exists
    _sync_wraps(db)  # after a rehash the wrap follows the new hash
    return _written_user(db, user.username)


def _wrong() -> str:
    return translate("accounts", "Feil brukernavn eller passord.")


def _failed(db: sqlite_utils.Database, user: User, reason: str, channel: str) -> None:
    log_event(db, LOGIN_FAILED, None, {"reason": reason, "channel": channel},
              user=user.username)


def _count_attempt(db: sqlite_utils.Database, typed: str, channel: str,
                   moment: dt.datetime) -> tuple[User | None, str, str]:
    """The attempt as a failure until the password proves right: (user, hash, refusal)."""
    row = db.execute(f"SELECT {_COLUMNS}, password_hash FROM users WHERE username = ?",
                     [typed]).fetchone()
    if row is None:
        log_event(db, LOGIN_FAILED, None, {"reason": "unknown_user", "channel": channel},
                  user=UNKNOWN_USER)
        return None, "", _wrong()
    user, password_hash = _user(row[:-1]), row[-1]
    locked_until = dt.datetime.fromisoformat(user.locked_until) if user.locked_until else None
    if locked_until and locked_until > moment:
        _failed(db, user, "locked", channel)
        minutes = int((locked_until - moment).total_seconds() // 60) + 1
        return user, password_hash, translate(
            "accounts", "Kontoen er låst etter for mange feil forsøk. Prøv igjen om {minutes} "
                        "min, eller be en administrator om nytt passord.").format(minutes=minutes)
    failures = user.failed_count + 1
    if failures < MAX_FAILURES:
        db.execute("UPDATE users SET failed_count = ? WHERE id = ?", [failures, user.id])
    else:
        until = (moment + dt.timedelta(minutes=LOCK_MINUTES)).isoformat(timespec="seconds")
        db.execute("UPDATE users SET failed_count = 0, locked_until = ? WHERE id = ?",
                   [until, user.id])
    return user, password_hash, ""


def _outcome(db: sqlite_utils.Database, user: User, password_hash: str, password: str,
             right: bool, channel: str, moment: dt.datetime) -> str:
    """Log the verified attempt; a right password undoes the count. Returns the refusal."""
    if not right:
        _failed(db, user, "password", channel)
        if user.failed_count + 1 < MAX_FAILURES:
            return _wrong()
        until = (moment + dt.timedelta(minutes=LOCK_MINUTES)).isoformat(timespec="seconds")
        log_event(db, LOCK, None, {"reason": "failed_logins", "until": until},
                  user=user.username)
        return translate(
            "accounts", "Feil passord for tredje gang: kontoen er låst i {minutes} min."
        ).format(minutes=LOCK_MINUTES)
    if not user.active:  # the count stays as it was before this attempt
        db.execute("UPDATE users SET failed_count = ?, locked_until = ? WHERE id = ?",
                   [user.failed_count, user.locked_until, user.id])
        _failed(db, user, "inactive", channel)
        return translate("accounts", "Kontoen er deaktivert. Kontakt en administrator.")
    if _hasher().check_needs_rehash(password_hash):
        db.execute("UPDATE users SET password_hash = ? WHERE id = ?",
                   [_hasher().hash(password), user.id])
    db.execute("UPDATE users SET failed_count = 0, locked_until = '' WHERE id = ?", [user.id])
    log_event(db, LOGIN, None, {"channel": channel}, user=user.username)
    return ""


def _sync_wraps(db: sqlite_utils.Database) -> None:
    """The keyring's wraps after a change of users or passwords (store/keyring.py, imported
    here: a command that only reads users, such as `list`, does without its hashing)."""
    from desktop.store import keyring

    keyring.sync_wraps(db)
