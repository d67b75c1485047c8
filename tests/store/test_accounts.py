"""Accounts: first administrator, argon2 hashes, lockout after three failures, deactivation,
password reset, the last administrator, demo accounts and the trust settings."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest
from argon2 import Type

from desktop.store import accounts, policy
from desktop.store.accounts import AccountError, LoginRefused
from desktop.store.log import LOCK, LOGIN, LOGIN_FAILED, USER_ADMIN, entries, verify_chain

PRODUCTION_HASHER = accounts.hasher


# cheap argon2 parameters so the tests run fast; the production ones are checked below
pytestmark = pytest.mark.usefixtures("fast_hash")


@pytest.fixture
def admin(db):
    return accounts.create_first_admin(db, "kari.admin", "Kari Admin", "riktig-passord")


def test_production_hashes_are_argon2id_with_the_librarys_slow_defaults() -> None:
    assert PRODUCTION_HASHER.type is Type.ID
    assert PRODUCTION_HASHER.time_cost >= 3
    assert PRODUCTION_HASHER.memory_cost >= 64 * 1024


def test_first_admin_only_on_an_empty_database(db) -> None:
    assert not accounts.has_accounts(db)
    admin = accounts.create_first_admin(db, "Kari.Admin ", "Kari Admin", "riktig-passord")
    assert admin.is_admin and admin.username == "kari.admin" and admin.departments == ()
    with pytest.raises(AccountError):
        accounts.create_first_admin(db, "ola", "Ola", "riktig-passord")
    stored = db.execute("SELECT password_hash FROM users").fetchone()[0]
    assert stored.startswith("$argon2id$") and "riktig-passord" not in stored
    assert [e.kind for e in entries(db)] == [USER_ADMIN]


def test_login_success_and_failure_are_logged_with_the_same_message(db, admin) -> None:
    user = accounts.authenticate(db, "KARI.ADMIN", "riktig-passord")
    assert user.username == "kari.admin"
    with pytest.raises(LoginRefused) as wrong_password:
        accounts.authenticate(db, "kari.admin", "feil-passord")
    with pytest.raises(LoginRefused) as unknown:
        accounts.authenticate(db, "ingen.her", "feil-passord")
    assert str(wrong_password.value) == str(unknown.value) == "Feil brukernavn eller passord."
    logged = [(e.kind, e.user) for e in entries(db)][1:]
    assert logged == [(LOGIN, "kari.admin"), (LOGIN_FAILED, "kari.admin"),
                      (LOGIN_FAILED, "(ukjent)")]
    assert not any("ingen.her" in e.user + e.detail for e in entries(db))
    assert verify_chain(db.conn) == []


def test_three_failures_lock_the_account_for_a_few_minutes(db, admin) -> None:
    start = dt.datetime(2026, 3, 2, 8, 0)
    for _ in range(2):
        with pytest.raises(LoginRefused):
            accounts.authenticate(db, "kari.admin", "feil", when=start)
    assert accounts.get_user(db, "kari.admin").failed_count == 2
    with pytest.raises(LoginRefused, match="låst"):
        accounts.authenticate(db, "kari.admin", "feil", when=start)
    assert entries(db)[-1].kind == LOCK
    # even the right password is refused while locked
    with pytest.raises(LoginRefused, match="låst"):
        accounts.authenticate(db, "kari.admin", "riktig-passord",
                              when=start + dt.timedelta(minutes=accounts.LOCK_MINUTES - 1))
    later = start + dt.timedelta(minutes=accounts.LOCK_MINUTES, seconds=1)
    user = accounts.authenticate(db, "kari.admin", "riktig-passord", when=later)
    assert user.failed_count == 0 and user.locked_until == ""


def test_a_success_resets_the_failure_count(db, admin) -> None:
    for _ in range(2):
        with pytest.raises(LoginRefused):
            accounts.authenticate(db, "kari.admin", "feil")
    accounts.authenticate(db, "kari.admin", "riktig-passord")
    for _ in range(2):
        with pytest.raises(LoginRefused, match="Feil brukernavn"):
            accounts.authenticate(db, "kari.admin", "feil")


def test_admin_adds_staff_who_may_not_administer(db, admin) -> None:
    staff = accounts.add_user(db, admin, "ola.n", "Ola Nordmann", "passord-for-ola",
                              departments=["Voksenpsykiatri", "Rusbehandling", " "])
    assert staff.role == accounts.ROLE_STAFF
    assert staff.departments == ("Rusbehandling", "Voksenpsykiatri")
    with pytest.raises(AccountError, match="administratorer"):
        accounts.add_user(db, staff, "per", "Per", "passord-for-per")
    with pytest.raises(AccountError, match="i bruk"):
        accounts.add_user(db, admin, "OLA.N", "Ola igjen", "passord-for-ola")
    with pytest.raises(AccountError, match="minst 12"):
        accounts.add_user(db, admin, "kort", "Kort Passord", "kort")
    with pytest.raises(AccountError, match="Brukernavnet"):
        accounts.add_user(db, admin, "Ola Nordmann", "Mellomrom", "passord-for-ola")
    assert [u.username for u in accounts.list_users(db)] == ["kari.admin", "ola.n"]


def test_deactivated_users_cannot_log_in_and_are_never_deleted(db, admin) -> None:
    accounts.add_user(db, admin, "ola.n", "Ola Nordmann", "passord-for-ola")
    accounts.set_active(db, admin, "ola.n", False)
    with pytest.raises(LoginRefused, match="deaktivert"):
        accounts.authenticate(db, "ola.n", "passord-for-ola")
    with pytest.raises(sqlite3.DatabaseError, match="never deleted"):
        db.execute("DELETE FROM users WHERE username = 'ola.n'")
    accounts.set_active(db, admin, "ola.n", True)
    assert accounts.authenticate(db, "ola.n", "passord-for-ola").active


def test_the_last_administrator_stays(db, admin) -> None:
    with pytest.raises(AccountError):
        accounts.set_active(db, admin, "kari.admin", False)
    with pytest.raises(AccountError, match="siste administratoren"):
        accounts.update_user(db, admin, "kari.admin", "Kari", accounts.ROLE_STAFF, [])
    second = accounts.add_user(db, admin, "per.admin", "Per Admin", "passord-for-per",
                               role=accounts.ROLE_ADMIN)
    accounts.set_active(db, second, "kari.admin", False)
    with pytest.raises(AccountError, match="siste administratoren"):
        accounts.update_user(db, second, "per.admin", "Per", accounts.ROLE_STAFF, [])


def test_reset_lifts_the_lock_and_asks_for_a_new_password(db, admin) -> None:
    accounts.add_user(db, admin, "ola.n", "Ola Nordmann", "passord-for-ola")
    for _ in range(3):
        with pytest.raises(LoginRefused):
            accounts.authenticate(db, "ola.n", "feil")
    accounts.reset_password(db, admin, "ola.n", "midlertidig-1")
    with pytest.raises(LoginRefused):
        accounts.authenticate(db, "ola.n", "passord-for-ola")
    user = accounts.authenticate(db, "ola.n", "midlertidig-1")
    assert user.must_change_password
    with pytest.raises(AccountError, match="nåværende"):
        accounts.change_password(db, user, "feil", "mitt-eget-passord")
    accounts.change_password(db, user, "midlertidig-1", "mitt-eget-passord")
    assert not accounts.authenticate(db, "ola.n", "mitt-eget-passord").must_change_password
    actions = [e.detail for e in entries(db, kind=USER_ADMIN)]
    assert any('"reset_password"' in a for a in actions)
    assert any('"change_own_password"' in a for a in actions)


def test_demo_accounts_only_on_a_database_without_accounts(db) -> None:
    created = policy.create_demo_accounts(db)
    assert [u.username for u in created] == [a[0] for a in policy.DEMO_ACCOUNTS]
    assert policy.is_demo(db)
    for username, _, role, departments, password in policy.DEMO_ACCOUNTS:
        user = accounts.authenticate(db, username, password)
        assert user.role == role and set(user.departments) == set(departments)
    assert policy.create_demo_accounts(db) == []
    admin = accounts.get_user(db, "demo.admin")
    with pytest.raises(AccountError, match="egen administratorkonto"):  # nobody could administer
        accounts.add_user(db, admin, "ekte.bruker", "Ekte Bruker", "ekstra-langt-ord")
    assert accounts.get_user(db, "ekte.bruker") is None and policy.is_demo(db)
    real = accounts.add_user(db, admin, "kari.ekte", "Kari Ekte", "ekstra-langt-ord",
                             accounts.ROLE_ADMIN)
    assert not policy.is_demo(db) and accounts.has_real_accounts(db)
    assert not any(accounts.get_user(db, name).active for name in accounts.DEMO_USERNAMES)
    retired = [json.loads(row[0])["username"] for row in db.execute(
        "SELECT detail FROM access_log WHERE kind = 'user_admin' AND user = 'kari.ekte' "
        "AND detail LIKE '%deactivate%'")]
    assert sorted(retired) == sorted(accounts.DEMO_USERNAMES)  # logged, by the real admin
    with pytest.raises(LoginRefused, match="deaktivert"):
        accounts.authenticate(db, "demo.voksen", "demo-passord-ansatt")
    with pytest.raises(AccountError, match="Demokontoene kan ikke"):
        accounts.set_active(db, real, "demo.voksen", True)
    accounts.add_user(db, real, "ekte.bruker", "Ekte Bruker", "ekstra-langt-ord")


def test_a_database_with_real_accounts_is_never_a_demo(db, admin) -> None:
    assert policy.create_demo_accounts(db) == []
    assert not policy.is_demo(db)


def test_trust_settings_have_defaults_and_only_admins_change_them(db, admin) -> None:
    assert policy.idle_minutes(db) == 10 and policy.backup_keep(db) == 14
    staff = accounts.add_user(db, admin, "ola.n", "Ola Nordmann", "passord-for-ola")
    with pytest.raises(AccountError):
        policy.set_trust_settings(db, staff, 5, 7)
    with pytest.raises(AccountError):
        policy.set_trust_settings(db, admin, 0, 7)
    policy.set_trust_settings(db, admin, 5, 7)
    assert policy.idle_minutes(db) == 5 and policy.backup_keep(db) == 7


def test_the_attempt_is_counted_before_the_password_is_verified(db, fast_hash,
                                                                 monkeypatch) -> None:
    import sqlite3

    accounts.create_first_admin(db, "kari.admin", "Kari Admin", "riktig-passord")

    def failing_commit(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(accounts, "_outcome", failing_commit)  # the write after verifying fails
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(sqlite3.OperationalError):
            accounts.authenticate(db, "kari.admin", "gjetning")
    monkeypatch.undo()
    with pytest.raises(accounts.LoginRefused, match="låst"):
        accounts.authenticate(db, "kari.admin", "riktig-passord")


def test_a_password_typed_as_user_name_is_not_logged(db, fast_hash) -> None:
    accounts.create_first_admin(db, "kari.admin", "Kari Admin", "riktig-passord")
    with pytest.raises(accounts.LoginRefused):
        accounts.authenticate(db, "Hemmelig-Passord-123", "")
    stored = db.execute("SELECT group_concat(user || detail) FROM access_log").fetchone()[0]
    assert "Hemmelig" not in stored and "(ukjent)" in stored
