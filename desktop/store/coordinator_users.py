"""Which user of the program a coordinator is (the list's quick filter Mine); Qt-free.

The plan's hospital coordinator and the professionals on the Deltakere page are typed names,
and free text stays allowed. When the name is picked among the program's users, the user's
username is kept beside it (``patients.coordinator_user``, ``participants.username``, migration
0026), so that Mine finds the patient by the account, not by a name two users may share. A
name typed by hand that matches exactly one active user's name gets that user; a username is
kept only while the name still is that user's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.records_people import KIND_HOSPITAL_COORDINATOR
from desktop.store import log
from desktop.store.list_filters import name_key
from desktop.store.session import Session, as_session

if TYPE_CHECKING:
    import sqlite_utils

# the participants who may be users of the program (the hospital's coordinator); others are
# found by Mine by name only
USER_KINDS = (KIND_HOSPITAL_COORDINATOR,)


@dataclass(frozen=True)
class UserChoice:
    """An active user offered for a coordinator field: the name to fill in and who it is."""
    display_name: str
    username: str

    def label(self) -> str:
        """The line in the completer's list: the name and, to tell namesakes apart, the
        username."""
        return f"{self.display_name} ({self.username})"


def user_choices(db: sqlite_utils.Database) -> list[UserChoice]:
    """The active users, by name."""
    rows = db.execute("SELECT display_name, username FROM users WHERE active = 1 "
                      "ORDER BY display_name COLLATE NOCASE, username").fetchall()
    return [UserChoice(name, username) for name, username in rows]


def _users_named(db: sqlite_utils.Database, name: str) -> list[str]:
    key = name_key(name)
    if not key:
        return []
    return [choice.username for choice in user_choices(db)
            if name_key(choice.display_name) == key]


def _display_name(db: sqlite_utils.Database, username: str) -> str | None:
    row = db.execute("SELECT display_name FROM users WHERE username = ?", [username]).fetchone()
    return row[0] if row else None


def resolve_username(db: sqlite_utils.Database, name: str, username: str = "") -> str:
    """The user a coordinator named ``name`` is: ``username`` (the one picked) while the name
    is still that user's; else the one active user of that name; else "" (nobody, or
    namesakes: then only a pick tells them apart)."""
    if username:
        known = _display_name(db, username)
        if known is not None and name_key(known) == name_key(name):
            return username
    named = _users_named(db, name)
    return named[0] if len(named) == 1 else ""


def patient_coordinator_user(db: sqlite_utils.Database, patient_id: int | None) -> str:
    row = db.execute("SELECT coordinator_user FROM patients WHERE id = ?",
                     [patient_id]).fetchone()
    return str(row[0]) if row else ""


def pick_coordinator(session: Session | sqlite_utils.Database, patient_id: int,
                     username: str) -> None:
    """The plan's hospital coordinator was picked among the users: keep who it is on the
    patient and on the participant of that role and name (call after the plan is saved)."""
    acting = as_session(session)
    db = acting.db
    name = _display_name(db, username)
    if name is None:
        return
    with db.atomic():
        db.execute("UPDATE patients SET coordinator_user = ? WHERE id = ?", [username, patient_id])
        people = db.execute("SELECT id, name FROM participants WHERE patient_id = ? AND kind = ?",
                            [patient_id, KIND_HOSPITAL_COORDINATOR]).fetchall()
        for person_id, person_name in people:
            if name_key(person_name) == name_key(name):
                db.execute("UPDATE participants SET username = ? WHERE id = ?",
                           [username, person_id])
        acting.log(log.CHANGE, patient_id, {"form": "plan", "coordinator_user": username})


def fill_coordinator_users(db: sqlite_utils.Database) -> None:
    """Migration 0026: every plan coordinator and coordinator participant whose name is
    exactly one user's gets that user."""
    by_name: dict[str, list[str]] = {}
    for choice in user_choices(db):
        by_name.setdefault(name_key(choice.display_name), []).append(choice.username)
    unique = {key: names[0] for key, names in by_name.items() if len(names) == 1}
    if not unique:
        return
    patients = db.execute("SELECT id, coordinator_key FROM patients "
                          "WHERE coordinator_key > ''").fetchall()
    db.conn.executemany("UPDATE patients SET coordinator_user = ? WHERE id = ?",
                        [(unique[key], pid) for pid, key in patients if key in unique])
    kinds = ", ".join("?" * len(USER_KINDS))
    people = db.execute(f"SELECT id, name FROM participants WHERE kind IN ({kinds})",
                        list(USER_KINDS)).fetchall()
    db.conn.executemany("UPDATE participants SET username = ? WHERE id = ?",
                        [(unique[name_key(name)], pid) for pid, name in people
                         if name_key(name) in unique])
