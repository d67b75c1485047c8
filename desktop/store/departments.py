"""The hospital's departments: a list an administrator keeps (add, rename, deactivate, never
delete), each mapped to one of the report categories of the indicators
(shared/spec/indicators.md). Patients and user accounts name their department by its name; a
rename changes the name everywhere in one transaction and keeps the old name as an alias,
because the process events (append-only) keep the name the department had when they happened.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.i18n import translate
from desktop.records import ValidationError
from desktop.store import accounts
from desktop.store.clock import now
from desktop.store.log import USER_ADMIN
from desktop.store.session import Session, as_session

if TYPE_CHECKING:
    import sqlite_utils

CATEGORIES = ("Barne- og ungdomspsykiatri", "Voksenpsykiatri", "Rusbehandling",
              "Barnehabilitering", "Somatikk/rehabilitering")
MAX_NAME = 80


class DepartmentError(ValidationError):
    """A refused change to the department list; one Bokmål sentence for the user."""


@dataclass(frozen=True)
class Department:
    """A department of the ward's list, and its report category."""

    id: int
    name: str
    active: bool
    category: str | None  # None: not mapped to a report category yet


def clean_name(name: str) -> str:
    return " ".join(name.split())


def list_departments(db: sqlite_utils.Database, active_only: bool = False) -> list[Department]:
    """Every department (active first, then by name), or only the active ones."""
    where = "WHERE active = 1 " if active_only else ""
    rows = db.execute(f"SELECT id, name, active, category FROM departments {where}"
                      "ORDER BY active DESC, name COLLATE NOCASE").fetchall()
    return [Department(i, n, bool(a), c) for i, n, a, c in rows]


def active_names(db: sqlite_utils.Database) -> list[str]:
    return [d.name for d in list_departments(db, active_only=True)]


def get_department(db: sqlite_utils.Database, name: str) -> Department | None:
    row = db.execute("SELECT id, name, active, category FROM departments WHERE name = ?",
                     [clean_name(name)]).fetchone()
    return Department(row[0], row[1], bool(row[2]), row[3]) if row else None


def check_known(db: sqlite_utils.Database, name: str) -> str:
    """``name`` as the list spells it, when it is an active department; else DepartmentError
    with one sentence (a typo such as "Slagenheten" never makes a patient nobody sees)."""
    found = get_department(db, name)
    if found is None or not found.active:
        raise DepartmentError(translate(
            "departments", "Avdelingen «{name}» finnes ikke i avdelingslisten. Velg en av: "
                           "{names}.").format(name=clean_name(name),
                                              names=", ".join(active_names(db)) or "–"))
    return found.name


def offered(session: Session, current: str = "") -> list[str]:
    """The departments a user may put a patient in: their own active departments (an
    administrator or a database without accounts, when the user has none: every active one),
    plus ``current`` (the patient's department now) so that an edit never moves it unasked."""
    db, user = session.db, session.user
    active = active_names(db)
    if user is not None and user.departments:
        names = [name for name in active if name in user.departments]
    elif user is None or user.is_admin:
        names = active
    else:
        names = []
    if current and current not in names:
        names.insert(0, current)
    return names


def preset_for_import(session: Session, from_file: str) -> str:
    """The department an imported new patient gets unless the user chooses: the file's, when
    it is one the user may choose; else the user's own (the first of theirs); else "" (the
    user must choose; never simply the first of the list)."""
    choices = offered(session)
    if from_file and from_file in choices:
        return from_file
    own = [name for name in choices if session.user is not None
           and name in session.user.departments]
    return own[0] if own else ""


def category_map(db: sqlite_utils.Database) -> dict[str, str]:
    """{department or former name: report category} for every mapped department."""
    rows = db.execute("SELECT name, category FROM departments WHERE category IS NOT NULL "
                      "UNION ALL SELECT a.name, d.category FROM department_aliases a "
                      "JOIN departments d ON d.id = a.department_id "
                      "WHERE d.category IS NOT NULL").fetchall()
    return {name: category for name, category in rows}


def current_names(db: sqlite_utils.Database) -> dict[str, str]:
    """{former name: the department's name now}."""
    rows = db.execute("SELECT a.name, d.name FROM department_aliases a "
                      "JOIN departments d ON d.id = a.department_id").fetchall()
    return dict(rows)


# ---------------------------------------------------------------- changes (administrators)

def may_administer(session: Session) -> bool:
    """An active administrator once accounts exist; whoever runs the program before that."""
    if session.user is None:
        return not accounts.has_accounts(session.db)
    fresh = accounts.get_user(session.db, session.user.username)
    return fresh is not None and fresh.active and fresh.is_admin


def _require_admin(session: Session) -> None:
    if not may_administer(session):
        raise DepartmentError(translate("departments",
                                        "Bare en administrator kan endre avdelingslisten."))


def _check_new_name(db: sqlite_utils.Database, name: str, keep_id: int | None = None) -> str:
    name = clean_name(name)
    if not name:
        raise DepartmentError(translate("departments", "Skriv inn navnet på avdelingen."))
    if len(name) > MAX_NAME:
        raise DepartmentError(translate("departments", "Navnet er for langt (høyst {n} tegn)."
                                        ).format(n=MAX_NAME))
    clash = db.execute("SELECT id FROM departments WHERE name = ? AND id IS NOT ?",
                       [name, keep_id]).fetchone()
    alias = db.execute("SELECT department_id FROM department_aliases WHERE name = ? "
                       "AND department_id IS NOT ?", [name, keep_id]).fetchone()
    if clash or alias:
        raise DepartmentError(translate("departments", "Avdelingen «{name}» finnes allerede."
                                        ).format(name=name))
    return name


def _check_category(category: str | None) -> None:
    if category is not None and category not in CATEGORIES:
        raise DepartmentError(translate("departments", "Velg en av rapportkategoriene."))


def _existing(db: sqlite_utils.Database, name: str) -> Department:
    found = get_department(db, name)
    if found is None:
        raise DepartmentError(translate("departments", "Fant ingen avdeling «{name}»."
                                        ).format(name=clean_name(name)))
    return found


def add_department(session: Session | sqlite_utils.Database, name: str,
                   category: str | None = None) -> Department:
    session = as_session(session)
    db = session.db
    _require_admin(session)
    _check_category(category)
    with db.atomic():
        name = _check_new_name(db, name)
        stamp = now()
        db.execute("INSERT INTO departments (name, active, category, created_at, updated_at) "
                   "VALUES (?, 1, ?, ?, ?)", [name, category, stamp, stamp])
        session.log(USER_ADMIN, None, {"action": "department_add", "department": name,
                                       "category": category})
    return _existing(db, name)


def set_category(session: Session | sqlite_utils.Database, name: str,
                 category: str | None) -> None:
    """Map a department to a report category (None: unmapped)."""
    session = as_session(session)
    _require_admin(session)
    _check_category(category)
    with session.db.atomic():
        found = _existing(session.db, name)
        session.db.execute("UPDATE departments SET category = ?, updated_at = ? WHERE id = ?",
                           [category, now(), found.id])
        session.log(USER_ADMIN, None, {"action": "department_category",
                                       "department": found.name, "category": category})


def set_active(session: Session | sqlite_utils.Database, name: str, active: bool) -> None:
    """Deactivate (no new patients or users there; its patients stay) or reactivate."""
    session = as_session(session)
    _require_admin(session)
    with session.db.atomic():
        found = _existing(session.db, name)
        session.db.execute("UPDATE departments SET active = ?, updated_at = ? WHERE id = ?",
                           [int(active), now(), found.id])
        session.log(USER_ADMIN, None, {
            "action": "department_activate" if active else "department_deactivate",
            "department": found.name})


def rename_department(session: Session | sqlite_utils.Database, old: str, new: str) -> int:
    """Rename in one transaction: the list, its patients, the user accounts that belong to it
    and the ward's professional names; the old name stays an alias for the process events.
    Returns the number of patients moved to the new name."""
    session = as_session(session)
    db = session.db
    _require_admin(session)
    with db.atomic():
        found = _existing(db, old)
        new = _check_new_name(db, new, keep_id=found.id)
        if new == found.name:
            return 0
        stamp = now()
        db.execute("UPDATE departments SET name = ?, updated_at = ? WHERE id = ?",
                   [new, stamp, found.id])
        db.execute("DELETE FROM department_aliases WHERE name = ?", [new])
        db.execute("INSERT OR REPLACE INTO department_aliases (name, department_id) "
                   "VALUES (?, ?)", [found.name, found.id])
        moved = db.execute("UPDATE patients SET department = ?, updated_at = ? "
                           "WHERE department = ?", [new, stamp, found.name]).rowcount
        users = _rename_in_accounts(db, found.name, new, stamp)
        db.execute("UPDATE OR IGNORE professional_names SET department = ? WHERE department = ?",
                   [new, found.name])
        db.execute("DELETE FROM professional_names WHERE department = ?", [found.name])
        session.log(USER_ADMIN, None, {"action": "department_rename", "from": found.name,
                                       "to": new, "patients": moved, "users": users})
    return moved


def _rename_in_accounts(db: sqlite_utils.Database, old: str, new: str, stamp: str) -> list[str]:
    changed = []
    for user_id, username, text in db.execute(
            "SELECT id, username, departments FROM users").fetchall():
        names = json.loads(text)
        if old in names:
            names = sorted({new if n == old else n for n in names})
            db.execute("UPDATE users SET departments = ?, updated_at = ? WHERE id = ?",
                       [json.dumps(names, ensure_ascii=False), stamp, user_id])
            changed.append(username)
    return changed


def ensure_departments(db: sqlite_utils.Database, names: Iterable[str]) -> None:
    """Add the ``names`` the list lacks (active; a name that is a report category maps to it).
    For the migration and the synthetic demo data, not for users' typing."""
    stamp = now()
    for name in names:
        name = clean_name(name)
        if not name:
            continue
        db.execute("INSERT OR IGNORE INTO departments (name, active, category, created_at, "
                   "updated_at) VALUES (?, 1, ?, ?, ?)",
                   [name, name if name in CATEGORIES else None, stamp, stamp])


OLD_CATEGORY_SETTING = "indicators.department_categories"  # before migration 0013: JSON map


def seed_departments(db: sqlite_utils.Database) -> None:
    """Migration 0013: the departments patients and users name, and the indicators' former
    mapping setting; a database naming none gets the five departments of records.DEPARTMENTS."""
    from desktop.records import DEPARTMENTS

    used = [row[0] for row in db.execute(
        "SELECT DISTINCT department FROM patients WHERE department != ''")]
    for (text,) in db.execute("SELECT departments FROM users").fetchall():
        used += json.loads(text)
    row = db.execute("SELECT value FROM settings WHERE key = ?",
                     [OLD_CATEGORY_SETTING]).fetchone()
    mapping = {str(k): str(v) for k, v in json.loads(row[0] if row else "{}").items()
               if v in CATEGORIES}
    ensure_departments(db, sorted(set(used) | set(mapping)) or DEPARTMENTS)
    for name, category in mapping.items():
        db.execute("UPDATE departments SET category = ? WHERE name = ?",
                   [category, clean_name(name)])
    db.execute("DELETE FROM settings WHERE key = ?", [OLD_CATEGORY_SETTING])
