"""PatientQuery: the patient list's searches as one user may run them, without a session."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import store
from desktop.demo import fill_demo
from desktop.records import Consent
from desktop.store import accounts
from desktop.store.patient_query import PatientQuery
from desktop.store.session import Session

pytestmark = pytest.mark.usefixtures("fast_hash")


def test_a_query_pages_sorts_and_counts_like_the_store(db) -> None:
    fill_demo(db, 30, today=dt.date(2026, 11, 20))
    query = PatientQuery(db)
    everyone = store.search_patients(db, order="birth_date", descending=True, limit=1000)
    pages = [p.id for offset in (0, 12, 24)
             for p in query.search(order="birth_date", descending=True, offset=offset, limit=12)]
    assert pages == [p.id for p in everyone]
    name = everyone[0].name.split()[0]
    assert query.count(name) == store.count_patients(db, name) == len(query.search(name))
    assert query.count() == 30


def test_a_query_shows_only_its_users_departments_and_no_user_sees_nobody(db) -> None:
    fill_demo(db, 40)
    admin = accounts.create_first_admin(db, "kari.admin", "Kari Admin", "styrer-passord-1")
    adult = accounts.add_user(db, admin, "vera", "Vera Voksen", "passord-voksen",
                              departments=["Voksenpsykiatri"])
    seen = PatientQuery(Session(db, adult)).search(limit=1000)
    expected = [p.id for p in store.search_patients(db, limit=1000)
                if p.department == "Voksenpsykiatri"]
    assert expected and [p.id for p in seen] == expected
    assert PatientQuery(Session(db, adult)).count() == len(expected)
    # with accounts in the database, a query without a user finds nobody
    assert PatientQuery(db).search() == [] and PatientQuery(db).count() == 0


def test_a_summary_is_read_again_after_a_save(db) -> None:
    fill_demo(db, 3)
    query = PatientQuery(db)
    patient = query.search()[0]
    store.save_consent(db, patient.id, Consent(given=True, valid_to="2099"))
    assert query.summary(patient.id).consent_to == "2099"
    assert query.summary(10_000) is None
