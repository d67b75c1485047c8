"""Access on a need of service: who sees which patient, nødtilgang with a logged reason, and the
access log's chain broken by a direct SQL edit."""

from __future__ import annotations

import sqlite3

import pytest

from desktop import paths, store
from desktop.demo import fill_demo
from desktop.store import access, accounts, audit, policy
from desktop.store.access import AccessDenied
from desktop.store.check import check_database
from desktop.store.log import EMERGENCY, OPEN_PATIENT, REFUSED, entries, log_event
from desktop.store.session import Session

pytestmark = pytest.mark.usefixtures("fast_hash")


@pytest.fixture
def ward(db):
    """40 demo patients, an administrator without departments and two staff."""
    fill_demo(db, 40)
    admin = accounts.create_first_admin(db, "kari.admin", "Kari Admin", "styrer-passord-1")
    adult = accounts.add_user(db, admin, "vera", "Vera Voksen", "passord-voksen",
                              departments=["Voksenpsykiatri", "Rusbehandling"])
    child = accounts.add_user(db, admin, "bendik", "Bendik Barn", "passord-barnehab",
                              departments=["Barnehabilitering"])
    return db, admin, adult, child


def _departments(db, ids) -> set[str]:
    return {store.get_patient(db, i).department for i in ids}


def test_staff_see_only_the_patients_of_their_departments(ward) -> None:
    db, admin, adult, child = ward
    everyone = store.search_patients(db, limit=1000)
    seen = access.search_visible(Session(db, adult), limit=1000)
    expected = [p.id for p in everyone if p.department in adult.departments]
    assert expected and [p.id for p in seen] == expected
    assert access.count_visible(Session(db, adult)) == len(expected)
    children = access.search_visible(Session(db, child), limit=1000)
    assert _departments(db, [p.id for p in children]) == {"Barnehabilitering"}
    name = seen[0].name.split()[0]
    found = access.search_visible(Session(db, adult), name, limit=1000)
    assert found and all(p.department in adult.departments for p in found)
    assert access.count_visible(Session(db, adult), name) == len(found)


def test_administrators_get_no_patients_by_their_role(ward) -> None:
    db, admin, _, _ = ward
    session = Session(db, admin)
    assert access.search_visible(session) == [] and access.count_visible(session) == 0
    with pytest.raises(AccessDenied, match="nødtilgang"):
        access.open_patient(Session(db, admin), 1)


def test_opening_is_logged_and_other_departments_are_refused(ward) -> None:
    db, _, adult, _ = ward
    own = access.search_visible(Session(db, adult))[0]
    other = next(p for p in store.search_patients(db, limit=1000)
                 if p.department not in adult.departments)
    before = len(entries(db))
    assert access.open_patient(Session(db, adult), own.id).id == own.id
    last = entries(db)[-1]
    assert (last.kind, last.user, last.patient_id) == (OPEN_PATIENT, "vera", own.id)
    with pytest.raises(AccessDenied) as refused:
        access.open_patient(Session(db, adult), other.id)
    with pytest.raises(AccessDenied) as unknown:
        access.open_patient(Session(db, adult), 999_999)
    assert str(refused.value) == str(unknown.value)  # no oracle
    logged = entries(db)[before + 1:]  # the refusals opened nothing, and are logged
    assert [(e.kind, e.patient_id) for e in logged] == [(REFUSED, other.id), (REFUSED, None)]
    assert "ukjent" in logged[1].detail


def test_emergency_access_needs_a_reason_and_stands_out_in_the_log(ward) -> None:
    db, _, adult, child = ward
    other = next(p for p in store.search_patients(db, limit=1000)
                 if p.department not in adult.departments + child.departments)
    vera = Session(db, adult)
    with pytest.raises(AccessDenied, match="begrunnelse"):
        access.emergency_open(vera, other.id, "  akutt ")
    assert not entries(db, kind=EMERGENCY)
    access.emergency_open(vera, other.id, "Innlagt akutt i natt, vakthavende lege ba om "
                                          "planen")
    logged = entries(db, kind=EMERGENCY)
    assert [(e.user, e.patient_id) for e in logged] == [("vera", other.id)]
    assert "vakthavende lege" in logged[0].detail
    row = audit.search_log(db, kinds=(EMERGENCY,))[0]
    assert row.is_emergency and row.patient_name == other.name and "Begrunnelse" in row.detail
    # the patient stays open to Vera for this session, and only to her
    assert access.may_see(vera, other.id)
    assert not access.may_see(Session(db, child), other.id)
    assert not access.may_see(Session(db, adult), other.id)  # her next session


def test_without_a_user_all_before_accounts_none_after_all_on_a_demo(db) -> None:
    fill_demo(db, 5)
    assert access.count_visible(Session(db, None)) == 5
    policy.create_demo_accounts(db)
    assert access.count_visible(Session(db, None)) == 5
    admin = accounts.get_user(db, "demo.admin")
    accounts.add_user(db, admin, "ekte", "Ekte Bruker", "ekstra-langt-ord", accounts.ROLE_ADMIN)
    assert access.count_visible(Session(db, None)) == 0 and not access.may_see(Session(db, None), 1)


def test_the_session_names_the_user_in_every_log_entry(ward) -> None:
    db, _, adult, _ = ward
    Session(db, adult).log("print", 1, "A4")
    assert entries(db)[-1].user == "vera"
    log_event(db, "print", 1, "A4")
    assert entries(db)[-1].user != "vera"


def test_a_log_entry_changed_by_direct_sql_is_detected(ward, data_dir) -> None:
    db, _, adult, _ = ward
    other = next(p for p in store.search_patients(db, limit=1000)
                 if p.department not in adult.departments)
    access.emergency_open(Session(db, adult), other.id, "Ringte fra legevakten, trengte planen")
    assert audit.chain_faults(db) == []
    db.close()
    conn = sqlite3.connect(paths.database_path(data_dir))
    conn.execute("DROP TRIGGER access_log_no_update")
    conn.execute("UPDATE access_log SET user = 'noen.andre' WHERE kind = 'emergency'")
    conn.commit()
    conn.close()
    faults = check_database(paths.database_path(data_dir))
    assert any("endret" in fault for fault in faults)
    reopened = store.open_db(paths.database_path(data_dir))
    assert audit.chain_faults(reopened)
    reopened.close()


def test_entries_cut_from_the_end_of_the_log_are_detected(ward, data_dir) -> None:
    db, _, adult, _ = ward
    access.open_patient(Session(db, adult), access.search_visible(Session(db, adult))[0].id)
    db.close()
    conn = sqlite3.connect(paths.database_path(data_dir))
    conn.execute("DROP TRIGGER access_log_no_delete")
    conn.execute("DELETE FROM access_log WHERE id = (SELECT MAX(id) FROM access_log)")
    conn.commit()
    conn.close()
    faults = check_database(paths.database_path(data_dir))
    assert any("slutten" in fault for fault in faults)


def test_nodtilgang_without_a_reason_is_no_oracle_and_is_logged(ward) -> None:
    db, _, adult, _ = ward
    other = next(p for p in store.search_patients(db, limit=1000)
                 if p.department not in adult.departments)
    session = Session(db, adult)
    before = len(entries(db))
    messages = []
    for number in (other.id_number, "01810112345"):  # a patient elsewhere, and nobody
        with pytest.raises(AccessDenied) as refused:
            access.reach_by_number(session, number, "kort")
        messages.append(str(refused.value))
    assert messages[0] == messages[1] and "begrunnelse" in messages[0]
    logged = entries(db)[before:]
    assert [(e.kind, e.user, e.patient_id) for e in logged] == [
        (REFUSED, "vera", other.id), (REFUSED, "vera", None)]
    assert all("01810112345" not in e.detail for e in logged)
    assert access.reach_by_number(session, other.id_number, "Akutt innlagt i natt").id == \
        other.id
    assert entries(db)[-1].kind == EMERGENCY


def test_a_new_patient_with_a_taken_number_is_refused_and_logged(ward) -> None:
    from desktop.records import Patient

    db, _, adult, _ = ward
    other = next(p for p in store.search_patients(db, limit=1000)
                 if p.department not in adult.departments and p.id_number)
    with pytest.raises(store.patients.NumberTaken, match="finnes allerede"):
        store.add_patient(Session(db, adult), Patient(name="Ny Person", id_number=other.id_number,
                                      department=adult.departments[0]))
    last = entries(db)[-1]
    assert (last.kind, last.user, last.patient_id) == (REFUSED, "vera", other.id)
