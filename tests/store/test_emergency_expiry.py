"""Nødtilgang that ends (issue 15 item 7): the session holds each grant with its reason and
expiry (the administrators' setting, default 4 hours), an expired or ended grant opens nothing,
and the setting is an administrator's, logged."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.demo import fill_demo
from desktop.store import access, accounts, policy, settings
from desktop.store.access import AccessDenied
from desktop.store.accounts import AccountError
from desktop.store.log import EMERGENCY, USER_ADMIN, entries
from desktop.store.session import Session

pytestmark = pytest.mark.usefixtures("fast_hash")
REASON = "Innlagt akutt i natt, vakthavende trenger planen"


@pytest.fixture
def ward(db):
    fill_demo(db, 12)
    admin = accounts.create_first_admin(db, "kari.admin", "Kari Admin", "styrer-passord-1")
    vera = accounts.add_user(db, admin, "vera", "Vera Voksen", "passord-voksen",
                             departments=["Voksenpsykiatri"])
    other = db.execute("SELECT id FROM patients WHERE department != 'Voksenpsykiatri' LIMIT 1"
                       ).fetchone()[0]
    return db, admin, vera, other


def test_a_grant_lasts_the_set_hours_with_its_reason(ward) -> None:
    db, _, vera, other = ward
    session = Session(db, vera)
    assert policy.emergency_hours(db) == settings.EMERGENCY_HOURS.default == 4
    before = dt.datetime.now()
    access.emergency_open(session, other, REASON)
    grant = session.emergency(other)
    assert grant is not None and grant.reason == REASON
    assert dt.timedelta(hours=4) == grant.expires - grant.started and grant.started >= before
    assert access.may_see(session, other)
    logged = entries(db, kind=EMERGENCY)[-1]
    assert json.loads(logged.detail)["hours"] == 4 and logged.user == "vera"
    later = grant.expires + dt.timedelta(seconds=1)
    assert session.emergency(other, later) is None  # expired: gone from the session
    assert not access.may_see(session, other) and session.emergency_patients == set()
    with pytest.raises(AccessDenied):
        access.open_patient(session, other)


def test_ending_all_grants_at_lock_or_log_out(ward) -> None:
    db, _, vera, other = ward
    session = Session(db, vera)
    access.emergency_open(session, other, REASON)
    assert [g.patient_id for g in session.end_emergencies()] == [other]
    assert not access.may_see(session, other)


def test_only_an_administrator_sets_the_hours_and_it_is_logged(ward) -> None:
    db, admin, vera, other = ward
    with pytest.raises(AccountError, match="administratorer"):
        policy.set_emergency_hours(Session(db, vera), 8)
    with pytest.raises(AccountError, match="mellom 1 og 24"):
        policy.set_emergency_hours(Session(db, admin), 25)
    policy.set_emergency_hours(Session(db, admin), 1)
    assert policy.emergency_hours(db) == 1
    last = entries(db, kind=USER_ADMIN)[-1]
    assert (last.user, json.loads(last.detail)) == (
        "kari.admin", {"action": "settings", "emergency_hours": 1})
    session = Session(db, vera)
    access.emergency_open(session, other, REASON)
    grant = session.emergency(other)
    assert grant is not None and grant.expires - grant.started == dt.timedelta(hours=1)
