"""The department list: migration 0013 fills it, administrators add, rename, deactivate and map
departments, a rename moves patients and accounts in one logged transaction, typos are refused."""

from __future__ import annotations

import json
import sqlite3

import pytest
import sqlite_utils

from desktop import store
from desktop.records import DEPARTMENTS, Patient
from desktop.reports import indicators as ind
from desktop.store import accounts, departments, log
from desktop.store import db as store_db
from desktop.store import events as ev
from desktop.store.session import Session

VOP = "Voksenpsykiatri"


@pytest.fixture(autouse=True)
def _fast(fast_hash) -> None:
    """Cheap password hashes."""


def _admin(db) -> Session:
    return Session(db, accounts.create_first_admin(db, "sjef", "Sjef", "kanel-tromme-vindu-lys"))


def test_a_new_database_starts_with_the_five_mapped_to_their_categories(db):
    found = departments.list_departments(db)
    assert [d.name for d in found] == sorted(DEPARTMENTS, key=str.casefold)
    assert all(d.active and d.category == d.name for d in found)


def test_migration_fills_the_list_from_patients_users_and_the_old_mapping(tmp_path):
    db = sqlite_utils.Database(sqlite3.connect(str(tmp_path / "old.sqlite")))
    store_db.configure(db)
    store_db.migrations.apply(db, stop_before="0013_departments")
    db.execute("INSERT INTO patients (name, department, sort_name, search_text, created_at, "
               "updated_at) VALUES ('Kari', 'Post 3', 'kari', 'kari', 'x', 'x')")
    db.execute("INSERT INTO users (username, display_name, role, departments, password_hash, "
               "created_at, updated_at) VALUES ('a', 'A', 'staff', ?, 'h', 'x', 'x')",
               [json.dumps(["Post 3", "Slagenheten"])])
    db.execute("INSERT INTO settings (key, value) VALUES (?, ?)",
               [departments.OLD_CATEGORY_SETTING, json.dumps({"Post 3": VOP})])
    db.conn.commit()
    store_db.migrations.apply(db)
    found = {d.name: d.category for d in departments.list_departments(db)}
    assert found == {"Post 3": VOP, "Slagenheten": None}  # no defaults on a used database
    assert store.settings.get_setting(db, departments.OLD_CATEGORY_SETTING) == ""
    assert ind.category_of(db, "Post 3") == VOP


def test_rename_moves_patients_and_accounts_in_one_logged_step(db):
    session = _admin(db)
    staff = accounts.add_user(db, session.user, "nils", "Nils", "kanel-tromme-vindu-lys",
                              departments=[VOP, "Rusbehandling"])
    pid = store.add_patient(db, Patient(name="Kari Nordmann", department=VOP)).id
    with db.atomic():
        ev.record_event(db, pid, ev.INFORMED, "2026-02-01", by="nils")
    assert departments.rename_department(session, VOP, "Voksenpsykiatrisk post") == 1
    assert store.get_patient(db, pid).department == "Voksenpsykiatrisk post"
    assert accounts.get_user(db, staff.username).departments == (
        "Rusbehandling", "Voksenpsykiatrisk post")
    entry = log.entries(db, kind=log.USER_ADMIN)[-1]
    assert json.loads(entry.detail)["action"] == "department_rename"
    # the event keeps the old name; it still counts under the department and its category
    report = ind.count(db, 2026, departments=("Voksenpsykiatrisk post",))
    assert report.tables["I1"].count(VOP, 1) == 1
    with pytest.raises(departments.DepartmentError):
        departments.add_department(session, "voksenpsykiatri")  # the former name is taken


def test_deactivate_keeps_patients_and_is_not_offered(db):
    session = _admin(db)
    pid = store.add_patient(db, Patient(name="Kari Nordmann", department=VOP)).id
    departments.set_active(session, VOP, False)
    assert VOP not in departments.active_names(db)
    assert store.get_patient(db, pid).department == VOP
    assert VOP not in departments.offered(session)
    assert departments.offered(session, current=VOP)[0] == VOP  # an edit keeps it
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM departments")


def test_a_typo_is_refused_with_one_sentence(db):
    with pytest.raises(departments.DepartmentError, match="«Slagenheten» finnes ikke"):
        departments.check_known(db, "Slagenheten")
    assert departments.check_known(db, " voksenpsykiatri ") == VOP


def test_only_an_administrator_changes_the_list(db):
    session = _admin(db)
    staff = accounts.add_user(db, session.user, "nils", "Nils", "kanel-tromme-vindu-lys",
                              departments=[VOP])
    with pytest.raises(departments.DepartmentError, match="administrator"):
        departments.add_department(Session(db, staff), "Post 4")
    added = departments.add_department(session, "Post 4")
    assert added.category is None and added.active
    departments.set_category(session, "Post 4", "Rusbehandling")
    assert ind.category_of(db, "Post 4") == "Rusbehandling"


def test_offered_is_the_users_own_active_departments(db):
    session = _admin(db)
    staff = accounts.add_user(db, session.user, "nils", "Nils", "kanel-tromme-vindu-lys",
                              departments=[VOP, "Gammel post"])
    assert departments.offered(Session(db, staff)) == [VOP]
    assert departments.offered(session) == departments.active_names(db)  # admin without any
